package io.fintechkg.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fintechkg.ingest.Document;
import io.fintechkg.ingest.DocumentSources;
import io.fintechkg.ingest.Input;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is refused with a reason that names the document and says what is wrong. */
class BadInputTest {

    private static final String FRONT_MATTER = """
            ---
            title: '测试'
            date: Tue, 27 Jul 2021 10:58:44 GMT
            ---
            """;

    private final ArticleParser parser = new NewsArticleParser();

    private ParseException refusal(String name, byte[] content) {
        ParseException refusal = catchThrowableOfType(ParseException.class,
                () -> parser.parse(new Document(name, "/in/" + name, content)));
        assertThat(refusal).as("a ParseException for " + name).isNotNull();
        assertThat(refusal.document()).isEqualTo(name);
        assertThat(refusal.getMessage()).isEqualTo(name + ": " + refusal.reason());
        return refusal;
    }

    private String reason(String text) {
        return refusal("bad.txt", text.getBytes(UTF_8)).reason();
    }

    @Test
    void refusesABinaryFileFoundInAFolder(@TempDir Path folder) throws IOException {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        png[8] = 0;
        Files.write(folder.resolve("chart.png"), png);
        Input input = new DocumentSources().open(List.of(folder.toString())).findFirst().orElseThrow();

        ParseException refusal = refusal(input.name(), ((Document) input).content());

        assertThat(refusal.reason()).isEqualTo("binary: NUL byte at byte offset 8");
    }

    @Test
    void refusesControlCharactersWithoutNulAsBinary() {
        byte[] content = new byte[2000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (1 + i % 8);
        }

        assertThat(refusal("noise.bin", content).reason())
                .isEqualTo("binary: 2,000 of the first 2,000 characters are control characters");
    }

    @Test
    void refusesTextThatIsNotUtf8AtTheByteWhereItBreaks() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(FRONT_MATTER.getBytes(UTF_8));
        content.write("<p>".getBytes(UTF_8));
        int offset = content.size();
        content.write("新浪财经".getBytes(Charset.forName("GBK")));

        assertThat(refusal("gbk.txt", content.toByteArray()).reason())
                .isEqualTo("not UTF-8: invalid byte 0x%02X at byte offset %d", 0xD0, offset);
    }

    @Test
    void refusesAFileCutInsideAMultiByteCharacter() {
        byte[] whole = "浦东金融".getBytes(UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

        assertThat(refusal("cut.md", cut).reason()).isEqualTo("not UTF-8: incomplete character at byte offset 9");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusal("empty.txt", new byte[0]).reason()).isEqualTo("empty: 0 bytes");
        assertThat(reason(" \n\u3000\n")).startsWith("empty: ");
    }

    @Test
    void refusesFrontMatterThatIsNeverClosed() {
        assertThat(reason("\n---\ntitle: '标题'\ndate: '2023-08-01'\n\n<p>正文</p>\n"))
                .isEqualTo("front matter not closed: the '---' on line 2 has no closing '---' line");
    }

    @Test
    void refusesInvalidYamlNamingItsLineInTheFile() {
        String reason = reason("---\ntitle: '标题'\ncategories: [金融\ndate: ''\n---\n<p>正文。</p>\n");

        assertThat(reason).startsWith("invalid YAML in front matter at line ").contains("',' or ']'");
        assertThat(reason).matches("invalid YAML in front matter at line [345]: .*");
    }

    @Test
    void refusesFrontMatterThatIsNotAMapping() {
        assertThat(reason("---\n- 金融\n- 新浪财经\n---\n正文。\n"))
                .isEqualTo("invalid YAML in front matter at line 2: expected 'key: value' lines, found a list");
    }

    @Test
    void refusesABodyWithoutText() {
        assertThat(reason(FRONT_MATTER + "\n<div>   \n<p>　　</p><!-- 正文下iframe -->\n<p class=\"article-editor\">责任编辑：王蒙</p></div>\n"))
                .isEqualTo("no body text: the HTML holds no article text");
        assertThat(reason(FRONT_MATTER + "\n\n640.png\n\n发布时间:2023-08-01 10:03\n"))
                .isEqualTo("no body text: only image names and page furniture");
        assertThat(reason(FRONT_MATTER + "\n\n")).isEqualTo("no body text after the front matter");
    }

    @Test
    void refusesHtmlThatEndsInsideATag() {
        assertThat(reason(FRONT_MATTER + "<div>\n<p>　　金融数据港开港。</p>\n<p cms-style=\"font-L"))
                .isEqualTo("truncated HTML: the input ends inside the tag '<p cms-style=\"font-L' on line 7");
    }

    @Test
    void refusesHtmlThatEndsInsideAComment() {
        assertThat(reason(FRONT_MATTER + "<div>\n<p>　　金融数据港开港。</p>\n<!-- 文末二维码 start\n<div>"))
                .isEqualTo("truncated HTML: the input ends inside the comment opened on line 7");
    }

    @Test
    void acceptsHtmlThatLeavesElementsOpenOrUsesALessThanSign() throws ParseException {
        ParsedArticle article = parser.parse(new Document("open.txt", "/in/open.txt",
                (FRONT_MATTER + "<div>\n<p>　　同比增速<5%，环比持平。\n<p>　　第二段").getBytes(UTF_8)));

        assertThat(ParsedBody.paragraphs(article)).extracting(TextSpan::text).containsExactly("同比增速<5%，环比持平。", "第二段");
    }

    @Test
    void refusesANullDocumentWithoutAnUncheckedException() {
        ParseException refusal = catchThrowableOfType(ParseException.class, () -> parser.parse(null));

        assertThat(refusal.reason()).isEqualTo("no document");
    }

    @Test
    void refusesAPageThatIsNeitherUtf8NorTheCharsetItDeclares() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write("<html><head><meta charset=\"gbk\"></head><body><p>".getBytes(UTF_8));
        int offset = content.size();
        content.write(new byte[] {(byte) 0xFF, 'x'});

        assertThat(refusal("broken.html", content.toByteArray()).reason()).isEqualTo(("not UTF-8: invalid byte 0xFF at "
                + "byte offset %1$d; the page declares GB18030, but it is not GB18030: invalid byte 0xFF at byte offset "
                + "%1$d").formatted(offset));
    }
}
