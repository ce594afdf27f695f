package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Relations read from trigger words between names. */
class RelationTriggersTest {

    @Test
    void organisersBeforeZhuBanOrganiseTheEvent() {
        var x = extract("本届论坛由上海市金融学会、陆家嘴金融城管理局联合主办，2024陆家嘴金融科技论坛在上海中心举行。");
        assertThat(x.has("上海市金融学会", RelationType.ORGANIZED, "2024陆家嘴金融科技论坛")).isTrue();
        assertThat(x.has("陆家嘴金融城管理局", RelationType.ORGANIZED, "2024陆家嘴金融科技论坛")).isTrue();
    }

    @Test
    void guidanceIsNotOrganising() {
        var x = extract("由中国人民银行指导，深圳市金融局主办的金融科技创新大赛在深圳举行。");
        assertThat(x.has("深圳市金融局", RelationType.ORGANIZED, "金融科技创新大赛")).isTrue();
        assertThat(x.has("中国人民银行", RelationType.ORGANIZED, "金融科技创新大赛")).isFalse();
    }

    @Test
    void listsThatSettleInAPlaceEachSettle() {
        var x = extract("苏州银行、东吴证券和同程数科等8家机构入驻苏州金融科技产业园。");
        assertThat(x.has("苏州银行", RelationType.SETTLED_IN, "苏州金融科技产业园")).isTrue();
        assertThat(x.has("东吴证券", RelationType.SETTLED_IN, "苏州金融科技产业园")).isTrue();
        assertThat(x.has("同程数科", RelationType.SETTLED_IN, "苏州金融科技产业园")).isTrue();
    }

    @Test
    void transformedFromReadsBothEnds() {
        var x = extract("南京金融科技产业园由南京软件产业园转型升级而来。");
        assertThat(x.has("南京金融科技产业园", RelationType.TRANSFORMED_FROM, "南京软件产业园")).isTrue();
    }

    @Test
    void foundersAfterYouEstablishTheNewCompany() {
        var x = extract("中国数字资产集团有限公司是由中国国新控股有限责任公司、中国诚通控股集团有限公司共同发起组建的。");
        assertThat(x.has("中国国新控股有限责任公司", RelationType.ESTABLISHED, "中国数字资产集团有限公司")).isTrue();
        assertThat(x.has("中国诚通控股集团有限公司", RelationType.ESTABLISHED, "中国数字资产集团有限公司")).isTrue();
    }

    @Test
    void membershipListsAreMembersOfTheCommitteeNamedBefore() {
        var x = extract("长三角数字金融联盟今日成立。联盟首批成员单位30家，包括上海银行、南京银行、杭州银行等区域性银行。");
        assertThat(x.has("上海银行", RelationType.MEMBER_OF, "长三角数字金融联盟")).isTrue();
        assertThat(x.has("杭州银行", RelationType.MEMBER_OF, "长三角数字金融联盟")).isTrue();
    }

    @Test
    void whatIsLaunchedAtACeremonyIsLaunchedAtIt() {
        var x = extract("开园仪式上，杭州金融科技实验室正式揭牌。");
        assertThat(x.has("杭州金融科技实验室", RelationType.LAUNCHED_AT, "开园仪式")).isFalse();
        var named = extract("杭州金融城开园仪式在杭州举行。开园仪式上，浙江大学金融科技研究院正式揭牌。");
        assertThat(named.has("浙江大学金融科技研究院", RelationType.LAUNCHED_AT, "杭州金融城开园仪式")).isTrue();
        assertThat(named.has("浙江大学金融科技研究院", RelationType.PART_OF, "浙江大学")).isTrue();
    }

    @Test
    void shareholdingsInvestInTheCompanyDescribed() {
        var x = extract("新设立的长江数字科技有限公司股权结构为：湖北省联合发展投资集团有限公司持有51%；武汉金融控股集团有限公司持有49%。");
        assertThat(x.has("湖北省联合发展投资集团有限公司", RelationType.INVESTS_IN, "长江数字科技有限公司")).isTrue();
        assertThat(x.has("武汉金融控股集团有限公司", RelationType.INVESTS_IN, "长江数字科技有限公司")).isTrue();
    }

    @Test
    void placeCompoundsAreLocatedInTheOuterPlace() {
        var x = extract("在苏州工业园区举行的签约活动吸引了众多企业，苏州将继续支持科技创新。");
        assertThat(x.relations()).noneMatch(r -> r.contains("LOCATED_IN") && r.startsWith("苏州 "));
    }

    @Test
    void organisersOfThisYearsEventAreReadFromTheSentenceBefore() {
        var x = extract("10月18日，2023金融街论坛年会在北京开幕。本届年会由北京市人民政府、中国人民银行、新华社、"
                + "国家外汇管理局共同主办。");
        assertThat(x.has("北京市人民政府", RelationType.ORGANIZED, "2023金融街论坛年会")).isTrue();
        assertThat(x.has("国家外汇管理局", RelationType.ORGANIZED, "2023金融街论坛年会")).isTrue();
        assertThat(x.has("2023金融街论坛年会", RelationType.HELD_AT, "北京")).isTrue();
    }

    @Test
    void whatTwoPartnersBuildTogetherBothEstablish() {
        var x = extract("深圳市人民政府与腾讯控股有限公司共建的深圳金融科技研究院今日揭牌。");
        assertThat(x.has("深圳市人民政府", RelationType.ESTABLISHED, "深圳金融科技研究院")).isTrue();
        assertThat(x.has("腾讯控股有限公司", RelationType.ESTABLISHED, "深圳金融科技研究院")).isTrue();
    }

    @Test
    void issuerOfADocumentIssuesIt() {
        var x = extract("国务院办公厅近日印发《关于加快发展数字经济的指导意见》。");
        assertThat(x.has("国务院办公厅", RelationType.ISSUED, "关于加快发展数字经济的指导意见")).isTrue();
        assertThat(x.has("国务院办公厅", RelationType.PART_OF, "国务院")).isTrue();
    }

    @Test
    void aHeadCutInsideAWordIsNoParent() {
        var x = extract("会议期间，中国银行业协会发布了《中国银行业数字化转型白皮书》。");
        assertThat(x.typeOf("中国银行业协会")).isEqualTo(EntityType.COMMITTEE);
        assertThat(x.names()).doesNotContain("中国银行", "中国");
    }
}
