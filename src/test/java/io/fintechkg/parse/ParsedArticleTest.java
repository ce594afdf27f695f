package io.fintechkg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedArticleTest {

    private final ParsedArticle seed = parseSeed();

    private static ParsedArticle parseSeed() {
        try {
            return new NewsArticleParser().parse(SampleArticlesTest.sample("seed-pudong-data-port.txt"));
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void findsTheSentenceAroundEveryCharacterOfEverySentence() {
        for (TextSpan sentence : seed.sentences()) {
            for (int offset = sentence.start(); offset < sentence.end(); offset++) {
                assertThat(seed.sentenceAt(offset)).isEqualTo(sentence);
            }
        }
    }

    @Test
    void findsNoSentenceOutsideTheText() {
        assertThat(seed.sentenceAt(-1)).isNull();
        assertThat(seed.sentenceAt(seed.text().length())).isNull();
        int lineBreak = seed.text().indexOf('\n');
        assertThat(seed.sentenceAt(lineBreak)).isNull();
        assertThat(seed.paragraphAt(lineBreak)).isNull();
    }

    @Test
    void findsTheParagraphOfAStockLink() {
        StockLink unicom = seed.stockLinks().get(2);

        assertThat(seed.paragraphAt(unicom.start()).text()).startsWith("开港仪式上，中央国债登记结算有限公司");
    }

    @Test
    void listsTheStockLinksOfOneSentence() {
        StockLink haitong = seed.stockLinks().getFirst();
        TextSpan sentence = seed.sentenceAt(haitong.start());

        assertThat(seed.stockLinksIn(sentence)).containsExactly(haitong);
        assertThat(seed.stockLinksIn(seed.sentences().getFirst())).isEmpty();
    }

    @Test
    void replacesMissingListsWithEmptyOnes() {
        ParsedArticle article = new ParsedArticle("a", "b", "t", null, null, null, null, "", null, null, null, "h");

        assertThat(article.categories()).isEmpty();
        assertThat(article.sentences()).isEqualTo(List.of());
        assertThat(article.sentenceAt(0)).isNull();
    }
}
