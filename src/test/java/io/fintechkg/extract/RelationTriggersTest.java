package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import java.util.List;

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
    void twoEventsJoinedByJiAreEachHeldAndOrganised() {
        var x = extract("由杭州市上城区人民政府主办的杭州金融科技小镇开园仪式暨2024钱塘数字金融峰会在杭州国际博览中心举行。");
        assertThat(x.typeOf("杭州金融科技小镇开园仪式")).isEqualTo(EntityType.EVENT);
        assertThat(x.typeOf("2024钱塘数字金融峰会")).isEqualTo(EntityType.EVENT);
        assertThat(x.names()).noneMatch(n -> n.contains("暨"));
        for (String event : List.of("杭州金融科技小镇开园仪式", "2024钱塘数字金融峰会")) {
            assertThat(x.has(event, RelationType.HELD_AT, "杭州国际博览中心")).as(event).isTrue();
            assertThat(x.has("杭州市上城区人民政府", RelationType.ORGANIZED, event)).as(event).isTrue();
        }
    }

    @Test
    void subsidiaryShortFormsAfterQiXiaArePartOfTheGroup() {
        var x = extract("苏州银行旗下苏银理财、中信集团旗下中信证券等均已完成改革，旗下理财子公司也将跟进。");
        assertThat(x.typeOf("苏银理财")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.has("苏银理财", RelationType.PART_OF, "苏州银行")).isTrue();
        assertThat(x.has("中信证券", RelationType.PART_OF, "中信集团")).isTrue();
        assertThat(x.names()).noneMatch(n -> n.startsWith("理财"));
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

    @Test
    void investorsOfAFundingRoundInvestInTheCompany() {
        var x = extract("杭州链融科技有限公司完成3亿元A轮融资。本轮融资由浙江省创业投资集团有限公司领投，宁波开发投资集团有限公司跟投。");
        assertThat(x.has("浙江省创业投资集团有限公司", RelationType.INVESTS_IN, "杭州链融科技有限公司")).isTrue();
        assertThat(x.has("宁波开发投资集团有限公司", RelationType.INVESTS_IN, "杭州链融科技有限公司")).isTrue();
    }

    @Test
    void aTimeBetweenHolderAndRuGuStillInvests() {
        var x = extract("南京银行和江苏银行已于2020年入股苏州智汇科技有限公司。");
        assertThat(x.has("南京银行", RelationType.INVESTS_IN, "苏州智汇科技有限公司")).isTrue();
        assertThat(x.has("江苏银行", RelationType.INVESTS_IN, "苏州智汇科技有限公司")).isTrue();
    }

    @Test
    void controllingHolderInvestsAndOwnsTheUnit() {
        var x = extract("华润集团控股的华润数科投资有限公司参与了本次交易。");
        assertThat(x.has("华润集团", RelationType.INVESTS_IN, "华润数科投资有限公司")).isTrue();
        assertThat(x.has("华润数科投资有限公司", RelationType.PART_OF, "华润集团")).isTrue();
    }

    @Test
    void payingInToSetUpAFundFoundsAndInvests() {
        var x = extract("建设银行将出资10亿元设立建信科技产业基金。");
        assertThat(x.has("建设银行", RelationType.ESTABLISHED, "建信科技产业基金")).isTrue();
        assertThat(x.has("建设银行", RelationType.INVESTS_IN, "建信科技产业基金")).isTrue();
    }

    @Test
    void drafterTogetherWithAnotherIssuesThePolicy() {
        var x = extract("《数字金融发展若干措施》由杭州市地方金融监督管理局会同杭州市财政局共同制定。");
        assertThat(x.has("杭州市地方金融监督管理局", RelationType.ISSUED, "数字金融发展若干措施")).isTrue();
        assertThat(x.has("杭州市财政局", RelationType.ISSUED, "数字金融发展若干措施")).isTrue();
    }

    @Test
    void renamingAfterATimePhraseIsStillARenaming() {
        var x = extract("上海浦银科技有限公司已于近日正式更名为上海浦发数字科技有限公司。");
        assertThat(x.has("上海浦发数字科技有限公司", RelationType.TRANSFORMED_FROM, "上海浦银科技有限公司")).isTrue();
    }

    @Test
    void registeredSeatOfTheCompanyJustFoundedLandsIt() {
        var x = extract("建设银行已在上海设立建信金科有限公司，该公司注册地位于上海市浦东新区。");
        assertThat(x.has("建设银行", RelationType.ESTABLISHED, "建信金科有限公司")).isTrue();
        assertThat(x.has("建信金科有限公司", RelationType.LANDED_IN, "上海市浦东新区")).isTrue();
        assertThat(x.has("建设银行", RelationType.LANDED_IN, "上海市浦东新区")).isFalse();
        var subject = extract("长三角数据联盟由上海银行、南京银行发起成立，注册地位于江苏省南京市鼓楼区。");
        assertThat(subject.has("长三角数据联盟", RelationType.LANDED_IN, "鼓楼区")).isTrue();
        assertThat(subject.has("南京银行", RelationType.LANDED_IN, "鼓楼区")).isFalse();
    }

    @Test
    void bothPartnersOfAnAgreementBuildWhatTheyAgreeOn() {
        var x = extract("交通银行与复旦大学签署战略合作协议，双方将共建星河金融科技联合实验室。");
        assertThat(x.has("交通银行", RelationType.PARTNERS_WITH, "复旦大学")).isTrue();
        assertThat(x.has("交通银行", RelationType.ESTABLISHED, "星河金融科技联合实验室")).isTrue();
        assertThat(x.has("复旦大学", RelationType.ESTABLISHED, "星河金融科技联合实验室")).isTrue();
    }

    @Test
    void foundersActingJointlyArePartners() {
        var x = extract("星河数字金融实验室由南京银行和南京大学共同设立。");
        assertThat(x.has("南京银行", RelationType.ESTABLISHED, "星河数字金融实验室")).isTrue();
        assertThat(x.has("南京银行", RelationType.PARTNERS_WITH, "南京大学")).isTrue();
        var apart = extract("星河数字金融实验室由南京银行和南京大学发起设立。");
        assertThat(apart.has("南京银行", RelationType.PARTNERS_WITH, "南京大学")).isFalse();
    }

    @Test
    void theSubjectBeforeAPlaceIsWhatWasTransformed() {
        var x = extract("杭州金融科技中心位于杭州市上城区，由杭州国际金融大厦转型升级而来。");
        assertThat(x.has("杭州金融科技中心", RelationType.TRANSFORMED_FROM, "杭州国际金融大厦")).isTrue();
        assertThat(x.has("上城区", RelationType.TRANSFORMED_FROM, "杭州国际金融大厦")).isFalse();
    }

    @Test
    void aCentreOrganisationsMoveIntoIsAPlace() {
        var x = extract("南京银行、苏州银行等10家机构意向入驻南京金融科技创新中心。");
        assertThat(x.typeOf("南京金融科技创新中心")).isEqualTo(EntityType.PLACE);
        assertThat(x.has("苏州银行", RelationType.SETTLED_IN, "南京金融科技创新中心")).isTrue();
    }

    @Test
    void theBareHeadOfTheEventJustNamedIsThatEvent() {
        var x = extract("“2023杭州数字金融峰会”在杭州举行。峰会由杭州市地方金融监督管理局主办。"
                + "峰会上，钱塘数字金融产业园正式揭牌。峰会当天，杭州市金融科技协会区块链专业委员会成立。");
        assertThat(x.has("杭州市地方金融监督管理局", RelationType.ORGANIZED, "2023杭州数字金融峰会")).isTrue();
        assertThat(x.has("钱塘数字金融产业园", RelationType.LAUNCHED_AT, "2023杭州数字金融峰会")).isTrue();
        assertThat(x.has("杭州市金融科技协会区块链专业委员会", RelationType.LAUNCHED_AT, "2023杭州数字金融峰会")).isTrue();
        assertThat(x.has("杭州", RelationType.LAUNCHED_AT, "2023杭州数字金融峰会")).isFalse();
    }

    @Test
    void aPersonElectedToAPostOfTheBodyHoldsIt() {
        var x = extract("杭州银行副行长张伟当选杭州数字金融联盟理事长。");
        assertThat(x.has("张伟", RelationType.HOLDS_POSITION, "杭州数字金融联盟")).isTrue();
        assertThat(x.has("张伟", RelationType.HOLDS_POSITION, "杭州银行")).isTrue();
    }

    @Test
    void everyBodyOfAListThatIssuesJointlyIssues() {
        var x = extract("杭州市地方金融监督管理局、杭州市财政局和杭州市科学技术局联合印发《科技金融发展若干措施》。");
        assertThat(x.has("杭州市地方金融监督管理局", RelationType.ISSUED, "科技金融发展若干措施")).isTrue();
        assertThat(x.has("杭州市财政局", RelationType.ISSUED, "科技金融发展若干措施")).isTrue();
        assertThat(x.has("杭州市科学技术局", RelationType.ISSUED, "科技金融发展若干措施")).isTrue();
    }

    @Test
    void aBodySetUpInAPlaceAndWhatIsBuiltThereLandInIt() {
        var x = extract("中国农业银行科技金融创新中心在深圳正式挂牌成立。推动在北京城市副中心建设北京政务服务平台。");
        assertThat(x.has("中国农业银行科技金融创新中心", RelationType.LANDED_IN, "深圳")).isTrue();
        assertThat(x.has("北京政务服务平台", RelationType.LANDED_IN, "北京城市副中心")).isTrue();
    }

    @Test
    void whatAPlaceBringsInSettlesThere() {
        var x = extract("不仅如此，钱江新城还引进了五大交易平台，包括浙江股权交易中心、杭州产权交易所等。");
        assertThat(x.has("浙江股权交易中心", RelationType.SETTLED_IN, "钱江新城")).isTrue();
        assertThat(x.has("杭州产权交易所", RelationType.SETTLED_IN, "钱江新城")).isTrue();
    }

    @Test
    void aKnownPlaceAZoneIsNamedAfterIsAnEntityWithTheZoneInIt() {
        var x = extract("济南中央商务区举办新入驻企业欢迎仪式。");
        assertThat(x.has("济南中央商务区", RelationType.LOCATED_IN, "济南")).isTrue();
    }

    @Test
    void aMemberOfEveryBodyOfAListOfExchanges() {
        var x = extract("鑫源期货是大连商品交易所、郑州商品交易所的会员单位，是中国金融期货交易所的交易结算会员单位。");
        assertThat(x.has("鑫源期货", RelationType.MEMBER_OF, "大连商品交易所")).isTrue();
        assertThat(x.has("鑫源期货", RelationType.MEMBER_OF, "郑州商品交易所")).isTrue();
        assertThat(x.has("鑫源期货", RelationType.MEMBER_OF, "中国金融期货交易所")).isTrue();
    }

    @Test
    void foundersWorkingTogetherFoundAndArePartners() {
        var x = extract("中国农业银行持续支持科技事业，在2005年与中国工程院携手成立了李四光科学奖基金会。");
        assertThat(x.has("中国农业银行", RelationType.ESTABLISHED, "李四光科学奖基金会")).isTrue();
        assertThat(x.has("中国工程院", RelationType.ESTABLISHED, "李四光科学奖基金会")).isTrue();
        assertThat(x.has("中国农业银行", RelationType.PARTNERS_WITH, "中国工程院")).isTrue();
    }

    @Test
    void bothPartiesBuildAQuotedUnitOfTheBodyItIsNamedAfter() {
        var x = extract("9月13日，兴业银行与厦门大学举行战略合作签约仪式，双方将共同探索学科建设，合作共建厦门大学“厦门国际金融科技研究院”。");
        assertThat(x.has("兴业银行", RelationType.ESTABLISHED, "厦门国际金融科技研究院")).isTrue();
        assertThat(x.has("厦门大学", RelationType.ESTABLISHED, "厦门国际金融科技研究院")).isTrue();
        assertThat(x.has("厦门国际金融科技研究院", RelationType.PART_OF, "厦门大学")).isTrue();
    }

    @Test
    void whatIsPublishedAtAnEventIsLaunchedThereAndIssuedByItsPublisher() {
        var x = extract("1月12日，西安丝路金融大会在西安举行。西安综合开发研究院在大会上发布的《2023·西部金融指数》显示增长较快。");
        assertThat(x.has("2023·西部金融指数", RelationType.LAUNCHED_AT, "西安丝路金融大会")).isTrue();
        assertThat(x.has("西安综合开发研究院", RelationType.ISSUED, "2023·西部金融指数")).isTrue();
        assertThat(x.has("西安综合开发研究院", RelationType.LAUNCHED_AT, "西安丝路金融大会")).isFalse();
    }
}
