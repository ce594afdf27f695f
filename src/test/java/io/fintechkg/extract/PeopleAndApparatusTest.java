package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;

/** People named with a title or in appointment lists; the article's own bylines and datelines are no one. */
class PeopleAndApparatusTest {

    @Test
    void titleBetweenOrganisationAndPersonIsAPosition() {
        var x = extract("招商银行行长王良表示，将持续加大金融科技投入。");
        assertThat(x.typeOf("王良")).isEqualTo(EntityType.PERSON);
        assertThat(x.has("王良", RelationType.HOLDS_POSITION, "招商银行")).isTrue();
    }

    @Test
    void chainedTitlesGiveEachOrganisationAPosition() {
        var x = extract("中国科学院院士、国家开放大学校长赵明出席会议并讲话。");
        assertThat(x.has("赵明", RelationType.HOLDS_POSITION, "中国科学院")).isTrue();
        assertThat(x.has("赵明", RelationType.HOLDS_POSITION, "国家开放大学")).isTrue();
    }

    @Test
    void appointmentGivesAPostAndRemovalNone() {
        var x = extract("任命张建国为财政部副部长；免去刘海涛的财政部部长助理职务。");
        assertThat(x.has("张建国", RelationType.HOLDS_POSITION, "财政部")).isTrue();
        assertThat(x.typeOf("刘海涛")).isEqualTo(EntityType.PERSON);
        assertThat(x.has("刘海涛", RelationType.HOLDS_POSITION, "财政部")).isFalse();
    }

    @Test
    void bylinesDatelinesAndEditorsAreNotEntities() {
        var x = extract("新华社上海3月5日电（记者 王敏）上海证券交易所今日发布公告。\n（编辑 孙丽）\n责任编辑：李强");
        assertThat(x.names()).contains("上海证券交易所").doesNotContain("王敏", "孙丽", "李强", "新华社", "上海");
    }

    @Test
    void ordinaryNewsGivesNoInventedRelations() {
        var x = extract("周末的篮球赛吸引了不少球迷，大家都说比赛很精彩。有人表示，明年还要再来看球。");
        assertThat(x.extraction().relations()).isEmpty();
        assertThat(x.names()).isEmpty();
    }

    @Test
    void aReporterLearningFromABureauLeavesTheBureauReadable() {
        var x = extract("记者从上海市地方金融监督管理局获悉，蚂蚁集团、携程集团等12家企业已入驻上海金融科技产业园。");
        assertThat(x.names()).contains("上海市地方金融监督管理局", "蚂蚁集团", "携程集团");
        assertThat(x.has("携程集团", RelationType.SETTLED_IN, "上海金融科技产业园")).isTrue();
    }

    @Test
    void companiesHanLpTakesForPeopleStayNoOne() {
        var x = extract("特斯拉股价大涨，特斯拉表示将扩产，英伟达表示需求旺盛。马斯克称，特斯拉将继续投资。");
        assertThat(x.names()).doesNotContain("特斯拉", "英伟达");
        assertThat(x.typeOf("马斯克")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aFullChineseNameWrittenTwiceIsAPersonWithoutATitle() {
        var player = extract("决赛中，樊振东战胜了对手。赛后，樊振东与队友一起庆祝。");
        assertThat(player.typeOf("樊振东")).isEqualTo(EntityType.PERSON);
        var brand = extract("高盛上调了评级。高盛的分析师未作评论。");
        assertThat(brand.typeOf("高盛")).isNotEqualTo(EntityType.PERSON);
    }

    @Test
    void aPagesMetadataLinesNameNoOne() {
        var x = extract("""
                聚焦平台建设 释放区域发展新活力
                编辑日期:2017/3/10 9:24:36   作者:新闻中心
                银行快报 2021年4月7日 17:53:36  阅读量:39025
                来源: 深圳特区报          发布时间: 2021-01-27
                记者丨曾仰琳
                华龙网-新重庆客户端11月15日11时45分讯 重庆农村商业银行今日发布公告。
                |Archiver|手机版|小黑屋|临汾金融网
                """);
        assertThat(x.names()).contains("重庆农村商业银行")
                .doesNotContain("新闻中心", "银行快报", "深圳特区报", "曾仰琳", "华龙网", "临汾");
    }

    @Test
    void aShortLineWithAPeriodButNoDateIsNews() {
        assertThat(extract("财政部8月26日发布2021年1-7月国有企业经济运行情况").names()).contains("财政部");
    }

    @Test
    void aTitleAfterTheNameAndAListOfTitlesMakePeopleOfTheOrganisation() {
        var x = extract("省金融办旷仁山副主任参加了活动。复旦大学党委书记、校长王伟、副校长陈刚、招商银行行长刘明、行长助理孙立新出席。");
        assertThat(x.has("旷仁山", RelationType.HOLDS_POSITION, "省金融办")).isTrue();
        assertThat(x.has("王伟", RelationType.HOLDS_POSITION, "复旦大学")).isTrue();
        assertThat(x.has("陈刚", RelationType.HOLDS_POSITION, "复旦大学")).isTrue();
        assertThat(x.has("孙立新", RelationType.HOLDS_POSITION, "招商银行")).isTrue();
        assertThat(x.names()).doesNotContain("复旦大学党委");
    }

    @Test
    void aPersonHanLpKnowsByNameAndANameCutAfterItsSecondCharacter() {
        var x = extract("各界代表向习近平致以崇高敬意。上海新金融研究院理事长屠光绍认为，发展活力十足。");
        assertThat(x.typeOf("习近平")).isEqualTo(EntityType.PERSON);
        assertThat(x.has("屠光绍", RelationType.HOLDS_POSITION, "上海新金融研究院")).isTrue();
    }
}
