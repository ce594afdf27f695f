package io.fintechkg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ingest.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The articles bundled under {@code samples/} parse into clean text whose spans all point at what they say. */
class SampleArticlesTest {

    static final List<String> SAMPLES = List.of("seed-pudong-data-port.txt", "sina-ai-basketball-referee.txt",
            "sina-beijing-agencies-penalised.txt", "sina-harbin-digital-economy.txt",
            "sina-property-investment-stats.txt", "sina-rare-earth-group-founded.txt",
            "sina-state-council-appointments.txt", "news-bocom-joint-labs.md", "news-fund-town-summit.md",
            "news-nifa-mobile-finance-committee.md", "news-psbc-ant-partnership.md");

    private final ArticleParser parser = new NewsArticleParser();

    static Document sample(String name) {
        try (InputStream in = SampleArticlesTest.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return new Document(name, "classpath:/samples/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> samples() {
        return SAMPLES.stream();
    }

    ParsedArticle parse(String name) throws ParseException {
        return parser.parse(sample(name));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void parsesEverySampleIntoTitledTextWithSentences(String name) throws ParseException {
        ParsedArticle article = parse(name);
        assertThat(article.name()).isEqualTo(name);
        assertThat(article.title()).isNotBlank();
        assertThat(ParsedBody.text(article)).isNotBlank();
        assertThat(ParsedBody.paragraphs(article)).isNotEmpty();
        assertThat(ParsedBody.sentences(article)).hasSizeGreaterThanOrEqualTo(ParsedBody.paragraphs(article).size());
        assertThat(article.contentHash()).matches("[0-9a-f]{64}");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySpanIsTheTextAtItsOffsets(String name) throws ParseException {
        ParsedArticle article = parse(name);
        String text = article.text();
        for (TextSpan span : article.paragraphs()) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
        }
        for (TextSpan span : article.sentences()) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
            assertThat(span.text()).isEqualTo(span.text().strip()).doesNotContain("\n");
        }
        for (StockLink link : article.stockLinks()) {
            assertThat(text.substring(link.start(), link.end())).isEqualTo(link.text());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void paragraphsAreTheLinesOfTheTextWithoutIndentation(String name) throws ParseException {
        ParsedArticle article = parse(name);
        assertThat(article.paragraphs()).extracting(TextSpan::text)
                .containsExactlyElementsOf(List.of(article.text().split("\n")));
        assertThat(article.paragraphs()).allSatisfy(p -> assertThat(p.text()).doesNotStartWith("\u3000")
                .isEqualTo(p.text().strip()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void leavesNoPageFurnitureInTheText(String name) throws ParseException {
        String text = parse(name).text();
        assertThat(text).doesNotContain("责任编辑", "新浪财经APP", "appendQr", "<", "&#123;", "640.png", "发布时间",
                "阅读次数", "分享到", "二维码", "现金红包", "相关新闻", " 摄");
    }

    static Stream<Arguments> titlesAndDates() {
        return Stream.of(
                Arguments.of("seed-pudong-data-port.txt", "浦东金融数据港开港 构建具有全球影响力的金融科技产业集群", "2021-07-27T10:58:44Z"),
                Arguments.of("sina-ai-basketball-referee.txt", "AI 篮球裁判火了，走步算得特别准，就问哈登慌不慌", "2022-07-31T06:13:25Z"),
                Arguments.of("sina-beijing-agencies-penalised.txt", "\"北京18家中介机构被查处\"上热搜 网友：需要优质教育资源的均衡分布",
                        "2021-05-01T02:00:31Z"),
                Arguments.of("sina-harbin-digital-economy.txt", "100余户头部企业齐聚哈尔滨共话数字经济发展", "2022-07-27T06:06:02Z"),
                Arguments.of("sina-property-investment-stats.txt", "1-4月份全国房地产开发投资下降2.7%", "2022-05-16T02:23:34Z"),
                Arguments.of("sina-rare-earth-group-founded.txt", "中国稀土集团有限公司成立", "2021-12-23T01:32:36Z"),
                Arguments.of("sina-state-council-appointments.txt", "国务院任免国家工作人员", "2022-06-24T13:28:35Z"),
                Arguments.of("news-bocom-joint-labs.md", "银行联合创新实验室建设统计:聚焦人工智能、大数据、信息安全等", "2023-08-01T00:00:00Z"),
                Arguments.of("news-fund-town-summit.md", "2017中国基金小镇高峰论坛在莱西圆满落幕", null),
                Arguments.of("news-nifa-mobile-finance-committee.md", "中国互联网金融协会在北京召开移动金融专业委员会成立暨第一次工作会议", null),
                Arguments.of("news-psbc-ant-partnership.md", "邮储银行与蚂蚁金服在北京举行全面深化战略合作协议签约仪式", null));
    }

    @ParameterizedTest
    @MethodSource("titlesAndDates")
    void readsTitleAndPublicationTimeOfEverySample(String name, String title, String publishedAt) throws ParseException {
        ParsedArticle article = parse(name);

        assertThat(article.title()).isEqualTo(title);
        assertThat(article.publishedAt()).isEqualTo(publishedAt == null ? null : Instant.parse(publishedAt));
        // the title opens the clean text, and no body line repeats it
        assertThat(article.text()).startsWith(title + "\n");
        assertThat(ParsedBody.text(article)).doesNotStartWith(title);
    }

    @Test
    void readsTheSeedArticlesFrontMatter() throws ParseException {
        ParsedArticle article = parse("seed-pudong-data-port.txt");
        assertThat(article.title()).isEqualTo("浦东金融数据港开港 构建具有全球影响力的金融科技产业集群");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2021-07-27T10:58:44Z"));
        assertThat(article.source()).isEqualTo("新浪财经");
        assertThat(article.categories()).containsExactly("金融", "新浪财经", "新浪财经－国內");
        assertThat(article.origin()).isEqualTo("classpath:/samples/seed-pudong-data-port.txt");
    }

    @Test
    void dropsTheOriginalTitleLineThatRepeatsTheTitleWithItsStockLink() throws ParseException {
        ParsedArticle article = parse("seed-pudong-data-port.txt");
        assertThat(ParsedBody.text(article)).doesNotContain("原标题").startsWith("7月27日，“全力打造城市数字化转型示范区");
        assertThat(article.stockLinks()).extracting(StockLink::ticker).doesNotContain("sh603881");
    }

    @Test
    void keepsStockLinksWhereTheyStandInsideLongerNames() throws ParseException {
        ParsedArticle article = parse("seed-pudong-data-port.txt");
        assertThat(article.stockLinks()).extracting(StockLink::text, StockLink::ticker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("海通证券", "sh600837"),
                org.assertj.core.groups.Tuple.tuple("国泰君安", "sh601211"),
                org.assertj.core.groups.Tuple.tuple("中国联通", "sh600050"),
                org.assertj.core.groups.Tuple.tuple("交通银行", "sh601328"));
        StockLink unicom = article.stockLinks().get(2);
        assertThat(article.text().substring(unicom.start(), unicom.end() + 5)).isEqualTo("中国联通上海分公司");
        assertThat(ParsedBody.text(article)).contains("海通证券研发中心", "交通银行金融科技研究院");
    }

    @Test
    void splitsSentencesOnSemicolonsOfAList() throws ParseException {
        ParsedArticle article = parse("seed-pudong-data-port.txt");
        assertThat(ParsedBody.sentences(article)).extracting(TextSpan::text).contains(
                "开港仪式上，中央国债登记结算有限公司中债数金、中国金融期货交易所技术研发基地和海通证券研发中心等3个重点项目在金融数据港顺利落成；",
                "推动行业自治。");
    }

    @Test
    void dropsTheOriginalTitleLineWhenOnlyItsDashesDiffer() throws ParseException {
        ParsedArticle article = parse("sina-property-investment-stats.txt");
        assertThat(article.title()).isEqualTo("1-4月份全国房地产开发投资下降2.7%");
        assertThat(ParsedBody.text(article)).doesNotContain("原标题").startsWith("据国家统计局消息");
    }

    @Test
    void dropsImageBlocksAndTheirCaptions() throws ParseException {
        ParsedArticle article = parse("sina-harbin-digital-economy.txt");
        assertThat(ParsedBody.text(article)).doesNotContain("姜辉 摄", "原标题");
        assertThat(ParsedBody.paragraphs(article)).hasSize(3);
        assertThat(article.stockLinks()).singleElement()
                .satisfies(link -> assertThat(link.ticker()).isEqualTo("sh688688"));
    }

    @Test
    void dropsTheRelatedNewsBox() throws ParseException {
        ParsedArticle article = parse("sina-beijing-agencies-penalised.txt");
        assertThat(ParsedBody.text(article)).startsWith("5月1日消息").doesNotContain("北京严查炒作学区房");
    }

    @Test
    void readsMarkdownNewsWithoutItsPageFurniture() throws ParseException {
        ParsedArticle article = parse("news-bocom-joint-labs.md");
        assertThat(article.title()).isEqualTo("银行联合创新实验室建设统计:聚焦人工智能、大数据、信息安全等");
        assertThat(article.url()).isEqualTo("http://goodcol.com/yjxw/info.aspx?itemid=976");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2023-08-01T00:00:00Z"));
        assertThat(article.source()).isNull();
        assertThat(ParsedBody.text(article)).startsWith("随着银行数字化转型加速").doesNotContain("640.png", "发布时间", "分享到");
    }

    @Test
    void makesEachLineOfPlainTextNewsAParagraph() throws ParseException {
        ParsedArticle article = parse("news-psbc-ant-partnership.md");
        assertThat(article.publishedAt()).isNull();
        assertThat(ParsedBody.paragraphs(article)).extracting(TextSpan::text).first().isEqualTo("本报记者 吕东");
        assertThat(ParsedBody.sentences(article)).extracting(TextSpan::text).contains("本报记者 吕东");
        assertThat(ParsedBody.text(article)).doesNotContain("(编辑 孙倩)");
    }
}
