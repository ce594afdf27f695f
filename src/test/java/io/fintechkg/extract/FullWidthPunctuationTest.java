package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;

/** Pages that write Chinese with ASCII punctuation are read like print; numbers keep their marks. */
class FullWidthPunctuationTest {

    @Test
    void writesAsciiMarksFullWidthOneForOne() {
        assertThat(FullWidthPunctuation.of("中国(深圳)综合开发研究院发布报告,共1,000页;时间17:53!"))
                .isEqualTo("中国（深圳）综合开发研究院发布报告，共1,000页；时间17:53！");
    }

    @Test
    void aClauseEndsAtAnAsciiCommaAndNamesKeepTheirOwnBrackets() {
        var x = extract("4月7日,浙江股权交易中心正式入驻钱江新城,中国(深圳)综合开发研究院发布了研究报告。");
        assertThat(x.has("浙江股权交易中心", RelationType.SETTLED_IN, "钱江新城")).isTrue();
        assertThat(x.names()).contains("中国(深圳)综合开发研究院");
    }
}
