package io.fintechkg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ingest.Document;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Samples cut at every few hundred bytes, or with bytes overwritten, either parse with valid spans or are refused
 * with a stated reason: never an unexpected failure, which is how the parser reports a bug of its own.
 */
class DamagedInputTest {

    /** Markup, quoting and line bytes, a stray UTF-8 lead byte and a stray continuation byte. */
    private static final byte[] DAMAGE = {'<', '>', '-', '\n', '\'', '"', '&', ';', ' ', 'x', (byte) 0xE3, (byte) 0x80};

    private final ArticleParser parser = new NewsArticleParser();

    @ParameterizedTest
    @MethodSource("io.fintechkg.parse.SampleArticlesTest#samples")
    void parsesOrRefusesEveryCutOfASample(String name) {
        byte[] content = SampleArticlesTest.sample(name).content();
        for (int length = 1; length < content.length; length += 97) {
            check(name, Arrays.copyOf(content, length));
        }
    }

    @ParameterizedTest
    @MethodSource("io.fintechkg.parse.SampleArticlesTest#samples")
    void parsesOrRefusesASampleWithBytesOverwritten(String name) {
        byte[] content = SampleArticlesTest.sample(name).content();
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 50; round++) {
            byte[] damaged = content.clone();
            for (int i = 0; i < 3; i++) {
                damaged[random.nextInt(damaged.length)] = DAMAGE[random.nextInt(DAMAGE.length)];
            }
            check(name, damaged);
        }
    }

    private void check(String name, byte[] content) {
        try {
            ParsedArticle article = parser.parse(new Document(name, name, content));
            for (TextSpan span : article.sentences()) {
                assertThat(article.text().substring(span.start(), span.end())).isEqualTo(span.text());
            }
            for (StockLink link : article.stockLinks()) {
                assertThat(article.text().substring(link.start(), link.end())).isEqualTo(link.text());
            }
        } catch (ParseException e) {
            assertThat(e.reason()).doesNotStartWith("unexpected failure");
        }
    }
}
