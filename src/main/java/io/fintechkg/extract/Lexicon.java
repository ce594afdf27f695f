package io.fintechkg.extract;

import static io.fintechkg.ontology.EntityType.INSTITUTION;
import static io.fintechkg.ontology.EntityType.LAB;
import static io.fintechkg.ontology.EntityType.PROJECT;

import io.fintechkg.ontology.EntityType;
import java.util.Map;
import java.util.Set;

/** The word lists the rules read Chinese news with; kept together so that they can be read and extended. */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs that occur inside organisation names (登记结算, 技术研发, 监督管理); other verbs end a name. */
    static final Set<String> NAME_VERBS = Set.of("研发", "发展", "投资", "管理", "服务", "建设", "生产", "登记", "结算",
            "交易", "控股", "开发", "监督", "保险", "创新", "研究", "咨询", "经纪", "联合", "创业", "支付", "通信",
            "科技", "信息", "营销", "运营", "融资", "担保", "征信", "清算", "托管", "设计", "制造", "引领", "计算",
            "工程", "检测", "认证", "监管", "统计", "执法", "规划", "改革", "物业", "置地", "发行", "监督管理");

    /** Words that start no name and end the one being read leftwards. */
    static final Set<String> BOUNDARY_WORDS = Set.of("在", "由", "与", "和", "及", "将", "的", "是", "等", "为", "对",
            "向", "从", "被", "把", "于", "经", "据", "以", "并", "也", "都", "已", "了", "着", "即", "还", "又", "或", "同", "跟", "给", "让", "请", "任命", "免去", "包括", "其中", "当天",
            "会上", "本次", "此次", "这一", "该", "其", "各", "这个", "一个", "一批", "会同", "引入", "属于",
            "参加", "出席", "举行", "召开", "成立", "发布", "通报", "表示", "认为", "介绍", "加入", "作为", "成为",
            "邀请", "指导", "支持", "主办", "承办", "协办", "推动", "打造", "携手", "共建", "签署", "例如",
            "分别", "以及", "相关", "有关", "收购", "并购", "入驻", "进驻", "落户", "宣布", "公告", "旗下", "控股的",
            "设立", "组建", "创办", "出资", "意向", "发起");

    /** Descriptors that do not make a name: 国有银行, 联合创新实验室, 相关部门 are not entities. */
    static final Set<String> GENERIC_WORDS = Set.of("国有", "股份制", "民营", "外资", "城商", "农商", "商业", "大型",
            "中小", "地方", "相关", "有关", "各类", "各家", "多家", "其他", "联合", "创新", "金融", "科技", "专业",
            "国内", "境内", "境外", "头部", "全国性", "区域性", "新兴", "传统", "互联网", "外部", "合作", "主管",
            "监管", "数字", "国家级", "重点", "领军", "行业", "研发", "研究", "技术", "工作", "成立", "全国",
            "该", "本", "这家", "一家", "首批", "新", "大", "小", "省级", "市级", "部门", "政府", "人民", "企业",
            "机构", "管理", "服务", "第一", "第一次", "一次", "首次", "城市", "执法", "数据", "信息", "业务", "产业",
            "中央", "国家", "工程", "国家级重点", "地方性",
            // classes of banks in news shorthand: 中小银行, 城商行理财子公司 name no one
            "中小银行", "城商行", "农商行", "股份行", "国有大行", "村镇银行",
            // kinds of financial firms and determiners: 基金公司, 上市公司, 部分保险公司, 子公司 name no one
            "基金", "保险", "上市", "子", "母", "总", "信托", "期货", "理财", "资管", "私募", "公募", "券商", "投资", "财务",
            "消费金融", "金融控股", "控股", "参股", "合资", "独资", "外商", "部分", "一些", "多个", "若干", "各个", "所有",
            "该行", "本行", "该所", "农村商业", "城市商业", "村镇", "民营企业", "国有企业", "中资", "港股", "A股", "线上", "线下", "国际", "全球", "综合", "高端", "高峰", "签约", "启动", "揭牌");

    /** Quantifiers that open a noun phrase about a kind, not a name: 不少影院, 众多银行, 许多研究院. */
    static final Set<String> QUANTIFIERS = Set.of("不少", "众多", "许多", "诸多", "大批", "大量", "一批", "部分", "一些",
            "多家", "各家", "若干", "数家", "几家");

    /** The head noun after 等 in a list says what its items are: 等3个重点项目 are projects. */
    static final Map<String, EntityType> LIST_HEADS = Map.ofEntries(
            Map.entry("项目", PROJECT), Map.entry("实验室", LAB), Map.entry("研究院", LAB),
            Map.entry("研究机构", LAB), Map.entry("机构", INSTITUTION), Map.entry("企业", INSTITUTION),
            Map.entry("单位", INSTITUTION), Map.entry("公司", INSTITUTION), Map.entry("部门", INSTITUTION),
            Map.entry("银行", INSTITUTION), Map.entry("券商", INSTITUTION), Map.entry("平台", INSTITUTION),
            Map.entry("会员", INSTITUTION), Map.entry("高校", INSTITUTION), Map.entry("院校", INSTITUTION),
            Map.entry("巨头", INSTITUTION), Map.entry("厂商", INSTITUTION), Map.entry("基金", PROJECT));

    /** Titles that tie a person to the organisation named before them. */
    static final Set<String> TITLES = Set.of("董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "执行副总裁",
            "首席执行官", "CEO", "行长", "副行长", "主任", "副主任", "会长", "副会长", "秘书长", "副秘书长", "院士",
            "院长", "副院长", "所长", "理事长", "主席", "副主席", "党委书记", "书记", "副书记", "市长", "副市长",
            "省长", "副省长", "区长", "副区长", "县长", "部长", "副部长", "部长助理", "局长", "副局长", "司长", "副司长",
            "厅长", "副厅长", "校长", "副校长", "政委", "副政委", "司令员", "副司令员", "主任委员", "副主任委员",
            "总监", "首席经济学家", "创始人", "合伙人", "董事", "监事长", "总工程师", "总编辑", "委员");

    /** Verbs of saying and attending that follow a person's name in news. */
    static final Set<String> PERSON_VERBS = Set.of("表示", "认为", "指出", "说", "称", "介绍", "致辞", "出席",
            "讲话", "强调", "透露", "坦言", "提到", "发言", "主持", "宣布", "担任");

    /** The common Chinese surnames, single and double (a name HanLP guesses must start with one to count alone). */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
            + "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
            + "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
            + "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
            + "佘池查麻苑迟邝井";

    /** Heads of documents that are policies: 意见, 办法, 白皮书, 十条. */
    static final Set<String> POLICY_HEADS = Set.of("意见", "办法", "规定", "条例", "通知", "方案", "规划", "计划",
            "白皮书", "纲要", "指引", "指南", "细则", "决定", "法", "标准", "措施", "条", "政策", "战略", "目标",
            "行动计划", "若干规定", "管理办法", "实施意见", "规范", "准则", "制度", "要求", "公约", "规则");

    /** Heads of named things that are not entities (pilot schemes, campaigns); they still hide the names inside. */
    static final Set<String> NON_ENTITY_HEADS = Set.of("试点", "活动", "行动", "工程", "专项", "专班", "热搜");

    /** Media outlets named in 《》 are not policies. */
    static final Set<String> MEDIA_HEADS = Set.of("社", "报", "网", "杂志", "周刊", "日报", "晚报", "时报");
}
