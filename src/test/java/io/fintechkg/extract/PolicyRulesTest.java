package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;

/** Documents named with or without 《》, and the issuers their titles name. */
class PolicyRulesTest {

    @Test
    void aTitleNamesItsIssuersBeforeGuanyu() {
        var x = extract("2021年11月，在《中共中央国务院关于深入打好污染防治攻坚战的意见》中明确提出要稳步推进建设。");
        String policy = "中共中央国务院关于深入打好污染防治攻坚战的意见";
        assertThat(x.typeOf(policy)).isEqualTo(EntityType.POLICY);
        assertThat(x.has("中共中央", RelationType.ISSUED, policy)).isTrue();
        assertThat(x.has("国务院", RelationType.ISSUED, policy)).isTrue();
    }

    @Test
    void aDocumentTitleWithoutBookMarksIsAPolicyOfItsIssuer() {
        var x = extract("国务院关于支持北京城市副中心高质量发展的意见\n各省、自治区、直辖市人民政府：现提出以下意见。");
        assertThat(x.has("国务院", RelationType.ISSUED, "国务院关于支持北京城市副中心高质量发展的意见")).isTrue();
    }

    @Test
    void whatABodyDraftsUpToTheKindOfDocumentIsAPolicyWhenItIsNamed() {
        var x = extract("在加强顶层设计方面，市中新项目管理局制定了中新金融科技合作示范区创建方案，明确了基本框架。"
                + "会议还研究制定了存量疏解调整综合政策。");
        assertThat(x.has("市中新项目管理局", RelationType.ISSUED, "中新金融科技合作示范区创建方案")).isTrue();
        assertThat(x.names()).noneMatch(n -> n.endsWith("综合政策"));
    }

    @Test
    void aShortFormThatKeepsTheHeadOfALongNameIsOneEntityWithIt() {
        var x = extract("广州市金融局印发金融科技三年行动计划\n4月27日，广州市地方金融监督管理局印发"
                + "《金融科技创新发展三年行动计划（2021—2023年）》。");
        assertThat(x.entity("广州市金融局")).map(ExtractedEntity::name).hasValue("广州市地方金融监督管理局");
        assertThat(x.entity("金融科技三年行动计划")).map(ExtractedEntity::name)
                .hasValue("金融科技创新发展三年行动计划（2021—2023年）");
    }
}
