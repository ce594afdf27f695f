package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names the gazetteer knows, where the text writes them as words of their own. */
class KnownNameRuleTest {

    @ParameterizedTest(name = "{0}: {1} is a {2}")
    @CsvSource(delimiter = '|', textBlock = """
            央行近日表示，将继续实施稳健的货币政策。               | 央行       | INSTITUTION
            中信证券和天风证券当日均发布了研究报告。               | 中信证券   | INSTITUTION
            工信部印发通知，要求加快推进工业互联网建设。           | 工信部     | INSTITUTION
            中国期货业协会日前公布了最新数据。                     | 中国期货业协会 | COMMITTEE
            京津冀三地将共同推进数据要素市场建设。                 | 京津冀     | PLACE
            该项目位于江苏省苏州市吴中区。                         | 吴中区     | PLACE
            两家公司的总部分别设在新加坡和卢森堡。                 | 卢森堡     | PLACE
            """)
    void readsAKnownNameWrittenAsAWordOfItsOwn(String sentence, String name, EntityType type) {
        assertThat(extract(sentence).typeOf(name)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}: no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            将过去的“在城市中建花园”模式转变为新的模式。            | 中建
            游客们在上海滩的老建筑前合影留念。                     | 上海
            一批新企业沿河而建，形成了特色产业带。                 | 沿河
            """)
    void readsNoKnownNameInsideOtherWords(String sentence, String form) {
        assertThat(extract(sentence).names()).doesNotContain(form);
    }

    @Test
    void aCountysShortNameIsAPlaceOnlyWhereTheArticleNamesItsCity() {
        assertThat(extract("合肥金融港去年新增企业80家。包河正加速建设区域金融中心。").typeOf("包河"))
                .isEqualTo(EntityType.PLACE);
        assertThat(extract("包河正加速建设区域金融中心。").names()).doesNotContain("包河");
    }

    @Test
    void formsOfOneKnownEntryAreOneEntity() {
        var x = extract("中国建设银行今日在广州设立科技金融创新中心。建行表示，该中心将服务粤港澳大湾区。");
        assertThat(x.entity("建行")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("中国建设银行"));
        assertThat(x.entity("中国建设银行")).map(ExtractedEntity::ticker).hasValue("sh601939");
    }
}
