package io.fintechkg.extract;

import static io.fintechkg.extract.ExtractionAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import io.fintechkg.ontology.EntityType;
import io.fintechkg.ontology.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names read from their suffixes, lists, 简称 and 《》: each test is a sentence written the way news writes it. */
class NameRulesTest {

    @Test
    void readsACompanyNameBackToTheWordBeforeIt() {
        var x = extract("据悉，中国证券登记结算有限责任公司将于下月上线新系统。");
        assertThat(x.typeOf("中国证券登记结算有限责任公司")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.names()).doesNotContain("结算有限责任公司");
    }

    @Test
    void keepsShortBracketsInsideCompanyNames() {
        var x = extract("华夏基金（香港）有限公司今日宣布推出新产品。");
        assertThat(x.typeOf("华夏基金（香港）有限公司")).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void ignoresDescriptorsAndCountsThatAreNoNames() {
        var x = extract("多家国有银行和股份制银行参与其中，全省十三个地市政府也派员出席。");
        assertThat(x.names()).isEmpty();
    }

    @Test
    void typesListItemsByTheirHeadNoun() {
        var x = extract("会上，平安科技、京东数科和度小满金融等5家企业签署了合作备忘录。");
        assertThat(x.typeOf("平安科技")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("京东数科")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("度小满金融")).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void listOfProjectsMakesProjectsAndTheirOwnersUnits() {
        var x = extract("开幕式上，上海期货交易所数据中心和兴业银行研发基地等2个重点项目正式开工。");
        assertThat(x.typeOf("上海期货交易所数据中心")).isEqualTo(EntityType.PROJECT);
        assertThat(x.typeOf("兴业银行研发基地")).isEqualTo(EntityType.PROJECT);
        assertThat(x.has("兴业银行研发基地", RelationType.PART_OF, "兴业银行")).isTrue();
        assertThat(x.has("上海期货交易所数据中心", RelationType.PART_OF, "上海期货交易所")).isTrue();
    }

    @Test
    void anItemsOwnSuffixBeatsTheListHead() {
        var x = extract("长三角金融科技联盟、苏州银行等12家机构入驻园区。");
        assertThat(x.typeOf("长三角金融科技联盟")).isEqualTo(EntityType.COMMITTEE);
        assertThat(x.typeOf("苏州银行")).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void abbreviationInBracketsIsAnAliasAndItsLaterUseAMention() {
        var x = extract("中国支付清算协会（以下简称“支付清算协会”）近日印发《条码支付安全技术规范》。支付清算协会表示，将加强行业自律。");
        assertThat(x.entity("支付清算协会")).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("中国支付清算协会");
            assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(x.typeOf("条码支付安全技术规范")).isEqualTo(EntityType.POLICY);
        assertThat(x.has("中国支付清算协会", RelationType.ISSUED, "条码支付安全技术规范")).isTrue();
    }

    @Test
    void bookTitleMarksMakeAPolicyOnlyForDocuments() {
        var x = extract("据《财经》杂志报道，《关于推动数字金融发展的指导意见》明确提出支持科技企业。");
        assertThat(x.typeOf("关于推动数字金融发展的指导意见")).isEqualTo(EntityType.POLICY);
        assertThat(x.names()).doesNotContain("财经");
    }

    @Test
    void quotedNameReleasedIsAPolicy() {
        var x = extract("活动现场，“数字人民币十条”正式发布。");
        assertThat(x.typeOf("数字人民币十条")).isEqualTo(EntityType.POLICY);
    }

    @Test
    void quotedCoreWithItsHeadIsOnePolicyWithTheCoreAsAlias() {
        var x = extract("实现“共同富裕”目标需要金融支持。");
        assertThat(x.entity("共同富裕")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("共同富裕目标"));
    }

    @Test
    void companyFormVariantsAreOneEntity() {
        var x = extract("中国电子信息产业集团有限公司今日成立新部门。中国电子信息产业集团表示，将加大研发投入。");
        assertThat(x.entity("中国电子信息产业集团")).hasValueSatisfying(
                e -> assertThat(e.name()).isEqualTo("中国电子信息产业集团有限公司"));
    }

    @Test
    void namedEventWithYearAndOrdinal() {
        var x = extract("第三届全球数字金融峰会在杭州举行。");
        assertThat(x.typeOf("第三届全球数字金融峰会")).isEqualTo(EntityType.EVENT);
        assertThat(x.has("第三届全球数字金融峰会", RelationType.HELD_AT, "杭州")).isTrue();
    }

    @Test
    void signingCeremonyWithoutAProperNameIsNoEvent() {
        var x = extract("建设银行与腾讯在深圳举行战略合作协议签约仪式。");
        assertThat(x.extraction().entities()).noneMatch(e -> e.type() == EntityType.EVENT);
        assertThat(x.has("建设银行", RelationType.PARTNERS_WITH, "腾讯")).isTrue();
    }

    @Test
    void aGovernmentPortfolioJoinedByHeIsOneName() {
        var x = extract("广州市住房和城乡建设局近日发布通知，浦东持牌金融机构和科技公司积极响应。");
        assertThat(x.typeOf("广州市住房和城乡建设局")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.names()).noneMatch(n -> n.contains("机构和"));
    }

    @Test
    void kindsOfFirmsAndRoutineMeetingsAreNoNames() {
        var x = extract("多家上市公司和基金公司参与认购，部分保险公司也加大了配置。公司将于下月召开2023年第一次临时股东大会。");
        assertThat(x.names()).isEmpty();
    }

    @Test
    void quantifiedKindsAndClassesOfBanksAreNoNames() {
        var x = extract("不少影院延长了营业时间，众多银行加大投放。中小银行理财子公司陆续开业，农商行也在跟进。");
        assertThat(x.names()).isEmpty();
    }

    @Test
    void regulatorsLocalOfficesWrittenShortAreInstitutions() {
        var x = extract("浙江证监局与宁波银保监局近日联合开展专项检查。");
        assertThat(x.typeOf("浙江证监局")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("宁波银保监局")).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void organisationHanLpKnowsByNameStandsAloneWithoutSuffix() {
        var x = extract("华为在深圳发布了新一代操作系统，华为常务董事余承东出席发布会。");
        assertThat(x.typeOf("华为")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.has("余承东", RelationType.HOLDS_POSITION, "华为")).isTrue();
    }

    @Test
    void venuesAndBuildingsArePlacesInTheCityTheirNameBeginsWith() {
        // the hand-annotated real news places a venue in the city of its name (杭州国际会议中心 → 杭州)
        var x = extract("峰会在杭州国际博览中心举行，杭州市金融局在杭州举办了对接会。杭州国际金融大厦已启用。");
        assertThat(x.typeOf("杭州国际博览中心")).isEqualTo(EntityType.PLACE);
        assertThat(x.typeOf("杭州国际金融大厦")).isEqualTo(EntityType.PLACE);
        assertThat(x.has("杭州国际博览中心", RelationType.LOCATED_IN, "杭州")).isTrue();
    }

    @Test
    void aPlaceIsInTheLongestPlaceItsNameBeginsWithAndAnOfficialNameInItsBracket() {
        var x = extract("钱江新城位于杭州，钱江新城核心区聚集了大批金融机构。"
                + "中国（北京）自由贸易试验区及中国（北京）自由贸易试验区国际商务服务片区加快建设。");
        assertThat(x.has("钱江新城核心区", RelationType.LOCATED_IN, "钱江新城")).isTrue();
        assertThat(x.has("中国（北京）自由贸易试验区国际商务服务片区", RelationType.LOCATED_IN, "中国（北京）自由贸易试验区"))
                .isTrue();
        assertThat(x.relations()).noneMatch(r -> r.endsWith("-> 中国"));
    }

    @Test
    void aBrandBeforeATradeNamesAFirmAndWordsBeforeItDoNot() {
        var x = extract("港信期货正式成立，紫风投资和毅达资本参与了投资。券商系期货公司和产业投资机构也有布局，中国期货业发展迅速。");
        assertThat(x.typeOf("港信期货")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("紫风投资")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("毅达资本")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.names()).noneMatch(n -> n.contains("券商系") || n.contains("产业投资") || n.equals("中国期货"));
    }

    @Test
    void aVerbBeforeAPlaceNameIsNoPartOfTheZone() {
        var x = extract("规划建设北京城市副中心，高质量建设潮白河国家森林公园。");
        assertThat(x.names()).contains("北京城市副中心").noneMatch(n -> n.startsWith("规划") || n.startsWith("高质量"));
    }

    @Test
    void observatoriesAndZoneCommitteesAreInstitutions() {
        var x = extract("浙江省气象台发布暴雨预警，杭州市钱塘新区管理委员会随即启动应急响应。");
        assertThat(x.typeOf("浙江省气象台")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("杭州市钱塘新区管理委员会")).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void aNameStartsAfterTheVerbThatFoundsOrJoinsIt() {
        var x = extract("招商银行已在深圳设立招银云创科技有限公司，并将联合中国人民银行深圳市中心支行开展试点。");
        assertThat(x.names()).contains("招银云创科技有限公司", "中国人民银行深圳市中心支行");
        assertThat(x.names()).noneMatch(n -> n.startsWith("设立") || n.startsWith("联合") || n.endsWith("中心"));
    }

    @Test
    void aPlainWordOrATradeAtTheHeadIsNoParent() {
        var x = extract("区块链联合实验室揭牌，中国银行业监督管理委员会和数字货币联合创新中心出席。");
        assertThat(x.names()).doesNotContain("区块链", "数字货币", "中国银行业");
        var parent = extract("中国平安金融科技实验室成立，中国平安董事长出席。");
        assertThat(parent.has("中国平安金融科技实验室", RelationType.PART_OF, "中国平安")).isTrue();
    }

    @Test
    void aSchoolNamedAfterALinkedCompanyIsNotItsUnit() {
        String text = "中国石化大学获批设立。";
        var x = extract(text, new io.fintechkg.parse.StockLink("中国石化", "sh600028", 0, 4));
        assertThat(x.names()).doesNotContain("中国石化");
    }

    @Test
    void aFundIsAProjectButAFundTownIsAPlace() {
        var x = extract("浙江省金融控股有限公司出资设立浙江数字经济产业基金，并探讨建设基金小镇。");
        assertThat(x.typeOf("浙江数字经济产业基金")).isEqualTo(EntityType.PROJECT);
        assertThat(x.names()).doesNotContain("建设基金");
    }

    @Test
    void theConjunctionClosingAListIsNoPartOfTheLastName() {
        var x = extract("成员单位包括招商银行、浙商银行和广发证券研究所。");
        assertThat(x.names()).contains("浙商银行", "广发证券研究所");
        assertThat(x.has("广发证券研究所", RelationType.PART_OF, "广发证券")).isTrue();
        assertThat(x.names()).noneMatch(n -> n.contains("和"));
    }

    @Test
    void aBankWithItsWholeSuffixIsNoAbbreviationOfAnother() {
        var x = extract("成员包括宁波银行、宁波农商银行等。");
        assertThat(x.entity("宁波银行").map(ExtractedEntity::name)).contains("宁波银行");
        assertThat(x.entity("宁波农商银行").map(ExtractedEntity::name)).contains("宁波农商银行");
    }

    @Test
    void aPolicyTitleEndsWithItsPeriodInBrackets() {
        var x = extract("浙江省地方金融监督管理局发布了《数字金融发展规划（2023－2027年）》。");
        assertThat(x.typeOf("数字金融发展规划（2023－2027年）")).isEqualTo(EntityType.POLICY);
        assertThat(x.has("浙江省地方金融监督管理局", RelationType.ISSUED, "数字金融发展规划（2023－2027年）")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            该中心是国内首家大型商业银行总行级科技金融创新中心。 | 首家
            合肥首座金融主题产业园正式开园。                   | 首座
            全省首个金融小镇落户包河。                         | 首个
            包河正由成本中心向价值中心加速升级。               | 中心
            北京将建设全球财富管理中心和国际绿色投资集团。     | 中心
            支持引进高水平专科医院和国际化医院。               | 医院
            """)
    void descriptionsAndKindsAreNoNames(String sentence, String word) {
        assertThat(extract(sentence).names()).noneMatch(n -> n.contains(word));
    }

    @Test
    void aStateBodyOrAKnownNameNamesAnInstitutionOfCommonWords() {
        var x = extract("国家金融科技认证中心与交通银行金融科技研究院达成合作。");
        assertThat(x.typeOf("国家金融科技认证中心")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("交通银行金融科技研究院")).isEqualTo(EntityType.LAB);
    }

    @Test
    void partyCongressesPlenumsWrittenWholeAndSessionsAreEventsByTheirNumbers() {
        var x = extract("深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神，第十三届全国人民代表大会第四次会议审议通过了纲要。");
        assertThat(x.names()).contains("党的十九大", "十九届五中全会", "第十三届全国人民代表大会第四次会议")
                .doesNotContain("十九届二中全会");
        assertThat(x.typeOf("五中全会")).isEqualTo(EntityType.EVENT);
    }

    @Test
    void aQuotedNameHeadsAnEventAndAPressConferenceIsRoutine() {
        var x = extract("“嘉庚论坛”在厦门大学举行，会上还举行了“新华丝路西部中心”揭牌仪式。在2021中新金融峰会新闻发布会上，"
                + "有关负责人介绍了“国寿杯·乐拍CBD”摄影摄像大赛。");
        assertThat(x.typeOf("嘉庚论坛")).isEqualTo(EntityType.EVENT);
        assertThat(x.typeOf("“新华丝路西部中心”揭牌仪式")).isEqualTo(EntityType.EVENT);
        assertThat(x.typeOf("“国寿杯·乐拍CBD”摄影摄像大赛")).isEqualTo(EntityType.EVENT);
        assertThat(x.typeOf("2021中新金融峰会")).isEqualTo(EntityType.EVENT);
        assertThat(x.names()).noneMatch(n -> n.endsWith("新闻发布会"));
    }

    @Test
    void aQuotedConceptIsNoInstitution() {
        assertThat(extract("包河正由“成本中心”向“价值中心”加速升级，发挥“试点银行”作用。").names()).isEmpty();
    }

    @Test
    void aPlaceCompoundIsAFormOfTheInnerPlaceTheArticleNamesAlone() {
        var x = extract("浦东金融数据港开港，构建金融科技产业集群\n华为技术有限公司等11家机构入驻金融数据港。");
        assertThat(x.entity("浦东金融数据港")).map(ExtractedEntity::name).hasValue("金融数据港");
    }

    @Test
    void aSpaceBetweenChineseWordsSeparatesClausesOfATitle() {
        var x = extract("助力金融港湾建设 江干区与戴德梁行 签下战略合作框架协议");
        assertThat(x.names()).noneMatch(n -> n.contains("签下") || n.contains(" "));
    }

    @Test
    void anAbbreviationAfterAGenericNameIsNoError() {
        var x = extract("支持综合保税区（以下简称“综保区”）开展维修业务，综保区将扩大试点。");
        assertThat(x.names()).doesNotContain("综保区");
    }

    @Test
    void aListOfPlacesNamedTogetherIsAPlaceThatHoldsThem() {
        var x = extract("积极推进通州区与河北省三河市、大厂回族自治县、香河县（以下称北三县）一体化发展。两地合作建设示范区。");
        assertThat(x.typeOf("北三县")).isEqualTo(EntityType.PLACE);
        assertThat(x.has("香河县", RelationType.LOCATED_IN, "北三县")).isTrue();
        assertThat(x.has("三河市", RelationType.LOCATED_IN, "北三县")).isTrue();
        assertThat(x.relations()).noneMatch(r -> r.contains("PARTNERS_WITH"));
    }

    @Test
    void aKnownNameCountsOnlyAsWordsOfItsOwn() {
        // 国航 is in the lexicon, but here its characters straddle 外国 and 航空
        var x = extract("试点允许外国航空公司经营该城市至第三国的货运航线，省内银行可为其提供结算服务。");
        assertThat(x.names()).doesNotContain("外国航空公司", "省内银行");
    }

    @Test
    void eachSpreadsOverAKindAndNamesNoBody() {
        var x = extract("国务院各部委、各直属机构要结合实际认真贯彻落实。");
        assertThat(x.typeOf("国务院")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.names()).noneMatch(n -> n.contains("各"));
    }

    @Test
    void aCitysRoleInNationalStrategyIsNoBodyAndLeavesThePlace() {
        var x = extract("广州将加快建设具有全球影响力的科技创新中心，助力香港国际金融中心建设。"
                + "浙江东海商品交易中心落户宁波。");
        assertThat(x.names()).noneMatch(n -> n.endsWith("科技创新中心") || n.endsWith("国际金融中心"));
        assertThat(x.typeOf("香港")).isEqualTo(EntityType.PLACE);
        assertThat(x.typeOf("浙江东海商品交易中心")).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void aNumberAndADivisionCountPlacesAndNameNone() {
        var x = extract("规划提出，推动两区三县一体化发展，打造“一城六镇”格局。");
        assertThat(x.names()).doesNotContain("三县", "两区", "六镇");
    }

    @Test
    void aConjunctionInsideAnEarlierItemStartsTheListTheHeadTypes() {
        var x = extract("加快滨江湿地公园、会展中心建设及梅溪、松岭等特色小镇建设。");
        assertThat(x.typeOf("梅溪")).isEqualTo(EntityType.PLACE);
        assertThat(x.typeOf("松岭")).isEqualTo(EntityType.PLACE);
        assertThat(x.names()).noneMatch(n -> n.contains("及"));
    }

    @Test
    void universitiesListedBeforeTheirHeadAreInstitutions() {
        var x = extract("活动吸引了斯坦福、麻省理工等全球名校的学者参加。");
        assertThat(x.typeOf("斯坦福")).isEqualTo(EntityType.INSTITUTION);
        assertThat(x.typeOf("麻省理工")).isEqualTo(EntityType.INSTITUTION);
    }

    @Test
    void kindsOfFundAndInvestingInAPlaceAreNoNames() {
        var x = extract("鼓励私募股权投资基金和基础设施领域不动产投资信托基金参与，进一步扩大对港澳投资开放。"
                + "公司与30多个国家和地区的创新机构开展合作。");
        assertThat(x.names()).doesNotContain("私募股权投资基金", "基础设施领域不动产投资信托基金", "港澳投资",
                "30多个国家", "地区的创新机构");
    }
}
