package io.fintechkg.extract;

import static io.fintechkg.extract.Articles.link;
import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;

/** A stock link names its company only where the linked text is the company's mention, not a piece of another word. */
class StockLinkRuleTest {

    @Test
    void wholeMentionGetsTheTicker() {
        String text = "招商证券、华泰证券等机构参与了本次发行。";
        var x = extract(text, link(text, "招商证券", "sh600999"));
        assertThat(x.entity("招商证券")).hasValueSatisfying(e -> assertThat(e.ticker()).isEqualTo("sh600999"));
    }

    @Test
    void linkAtTheHeadOfABranchGivesTheParentTheTicker() {
        String text = "中国电信北京分公司入驻产业园。";
        var x = extract(text, link(text, "中国电信", "sh601728"));
        assertThat(x.entity("中国电信")).hasValueSatisfying(e -> assertThat(e.ticker()).isEqualTo("sh601728"));
        assertThat(x.has("中国电信北京分公司", RelationType.PART_OF, "中国电信")).isTrue();
    }

    @Test
    void linkInsideAPlaceNameIsNoCompany() {
        String text = "苏州金融数据港今日开港，多家机构参加。";
        var x = extract(text, link(text, "数据港", "sh603881"));
        assertThat(x.names()).doesNotContain("数据港");
        assertThat(x.extraction().entities()).noneMatch(e -> "sh603881".equals(e.ticker()));
    }

    @Test
    void linkAtTheHeadOfAParentGroupNamesNeither() {
        String text = "中国银河集团有限公司与多家券商签署协议。";
        var x = extract(text, link(text, "中国银河", "sh601881"));
        assertThat(x.names()).contains("中国银河集团有限公司").doesNotContain("中国银河");
        assertThat(x.extraction().entities()).noneMatch(e -> "sh601881".equals(e.ticker()));
    }

    @Test
    void linkOnAnOrdinaryPhraseIsNothing() {
        String text = "各部门坚持线上线下两手抓，严查违规行为。";
        var x = extract(text, link(text, "线上线下", "sz300959"));
        assertThat(x.names()).doesNotContain("线上线下");
    }
}
