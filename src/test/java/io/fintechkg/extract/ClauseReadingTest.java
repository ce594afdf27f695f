package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;

/** Relations stated across clauses: a subject carried on, a word that refers back, a seat after its body. */
class ClauseReadingTest {

    @Test
    void aSubjectCarriesOnThroughClausesThatHaveNone() {
        var x = extract("此前一个月，杭州银行公告称，拟出资人民币10亿元全资设立杭银理财有限责任公司，而本次投资尚需批准。");
        assertThat(x.has("杭州银行", RelationType.ESTABLISHED, "杭银理财有限责任公司")).isTrue();
        assertThat(x.has("杭州银行", RelationType.INVESTS_IN, "杭银理财有限责任公司")).isTrue();
    }

    @Test
    void aClauseWithItsOwnSubjectOrAPersonsWordsCarriesNoTopic() {
        var x = extract("会上，苏州市金融局局长王强表示，将推动更多金融科技项目落户相城区。");
        assertThat(x.relations()).noneMatch(r -> r.contains("LANDED_IN"));
    }

    @Test
    void aWordThatRefersBackStandsForTheBodyItRefersTo() {
        var x = extract("4月28日晚间，青岛银行公告称，近日，该行收到监管批复，同意该行出资10亿元人民币筹建青银理财有限责任公司"
                + "（下称“青银理财”），注册地在青岛市。");
        assertThat(x.has("青岛银行", RelationType.INVESTS_IN, "青银理财有限责任公司")).isTrue();
        assertThat(x.has("青银理财有限责任公司", RelationType.LANDED_IN, "青岛市")).isTrue();
        assertThat(x.has("青岛银行", RelationType.LANDED_IN, "青岛市")).isFalse();
    }

    @Test
    void aStakeWithoutItsCompanyIsInTheCompanyOfTheStakeBeforeIt() {
        var x = extract("鹏飞矿业和鹏风投资合计持有华风期货46.15%股权，华风证券股份有限公司持有37.74%股权。"
                + "2月，港汇期货正式成立，烟台港持股60%。");
        assertThat(x.has("华风证券股份有限公司", RelationType.INVESTS_IN, "华风期货")).isTrue();
        assertThat(x.has("烟台港", RelationType.INVESTS_IN, "港汇期货")).isTrue();
        assertThat(x.has("烟台港", RelationType.INVESTS_IN, "华风期货")).isFalse();
    }
}
