package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;

/** Articles in traditional characters are read on a simplified view and reported in their own characters. */
class TraditionalScriptTest {

    @Test
    void simplifiesOneCharacterForOneSoThatOffsetsHold() {
        String traditional = "前海深港國際金融城與澳門金融管理局";
        String simplified = TraditionalScript.simplified(traditional);
        assertThat(simplified).isEqualTo("前海深港国际金融城与澳门金融管理局").hasSameSizeAs(traditional);
        assertThat(TraditionalScript.simplified("上海市浦东新区")).isSameAs("上海市浦东新区");
    }

    @Test
    void writesAFormBackInTheArticlesOwnCharacters() {
        String original = "北京銀行上海分行設立上海張江支行。";
        var back = TraditionalScript.writtenAs(original, TraditionalScript.simplified(original));
        assertThat(back.apply("北京银行上海分行")).isEqualTo("北京銀行上海分行");
        // not written as such in the article: each character as the article writes it
        assertThat(back.apply("北京银行张江支行")).isEqualTo("北京銀行張江支行");
    }

    @Test
    void readsTraditionalNewsAndNamesItsEntitiesAsWritten() {
        var x = extract("北京銀行與上海市張江高新技術產業開發區管理委員會簽訂戰略合作協議，北京銀行副行長許寧躍出席。");
        assertThat(x.names()).contains("北京銀行", "許寧躍");
        assertThat(x.names()).noneMatch(name -> name.contains("银行") || name.contains("许"));
        assertThat(x.has("許寧躍", RelationType.HOLDS_POSITION, "北京銀行")).isTrue();
    }
}
