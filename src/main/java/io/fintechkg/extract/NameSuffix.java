package io.fintechkg.extract;

import static io.fintechkg.ontology.EntityType.COMMITTEE;
import static io.fintechkg.ontology.EntityType.EVENT;
import static io.fintechkg.ontology.EntityType.INSTITUTION;
import static io.fintechkg.ontology.EntityType.LAB;
import static io.fintechkg.ontology.EntityType.PLACE;

import io.fintechkg.ontology.EntityType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The words Chinese names end with, and what they make of the name: 有限公司 an institution, 实验室 a lab,
 * 联合会 a committee, 论坛 an event, 产业园 a place. Checked longest first.
 *
 * @param text   the suffix as written
 * @param type   the type a name with this suffix has when nothing in the sentence says otherwise
 * @param kind   how the suffix behaves in names
 */
record NameSuffix(String text, EntityType type, Kind kind) {

    enum Kind {
        /** The legal form of a company: {@code 华为技术} and {@code 华为技术有限公司} are one company. */
        COMPANY_FORM,
        /** An organisation of its own (银行, 交易所, 大学). */
        ORGANISATION,
        /** A unit of a parent organisation (分公司, 司, 研究院); a name in front of it is the parent. */
        UNIT,
        /** One character, common inside ordinary words: only taken when HanLP tags the word as a name. */
        SINGLE_CHARACTER,
        /** A named event. */
        EVENT,
        /** A place; the name must contain a place name HanLP knows, so that 汽车小镇 stays generic. */
        PLACE
    }

    static final List<NameSuffix> ALL = List.of(
            new NameSuffix("股份有限公司", INSTITUTION, Kind.COMPANY_FORM),
            new NameSuffix("有限责任公司", INSTITUTION, Kind.COMPANY_FORM),
            new NameSuffix("有限公司", INSTITUTION, Kind.COMPANY_FORM),
            new NameSuffix("集团公司", INSTITUTION, Kind.COMPANY_FORM),
            new NameSuffix("分公司", INSTITUTION, Kind.UNIT),
            new NameSuffix("公司", INSTITUTION, Kind.COMPANY_FORM),
            new NameSuffix("集团", INSTITUTION, Kind.COMPANY_FORM),
            new NameSuffix("分行", INSTITUTION, Kind.UNIT),
            new NameSuffix("支行", INSTITUTION, Kind.UNIT),
            new NameSuffix("银行", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("证券", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("交易所", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("大学", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("学院", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("人民政府", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("政府", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("兵团", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("办公室", INSTITUTION, Kind.UNIT),
            new NameSuffix("总局", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("管理局", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("监会", INSTITUTION, Kind.ORGANISATION),
            // a regulator's local office is written short: 深圳证监局, 江苏银保监局, 上海银监局
            new NameSuffix("监局", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("工程院", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("科学院", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("国务院", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("局", INSTITUTION, Kind.SINGLE_CHARACTER),
            new NameSuffix("委", INSTITUTION, Kind.SINGLE_CHARACTER),
            new NameSuffix("厅", INSTITUTION, Kind.SINGLE_CHARACTER),
            new NameSuffix("部", INSTITUTION, Kind.SINGLE_CHARACTER),
            new NameSuffix("署", INSTITUTION, Kind.SINGLE_CHARACTER),
            new NameSuffix("司", INSTITUTION, Kind.SINGLE_CHARACTER),
            new NameSuffix("院", INSTITUTION, Kind.SINGLE_CHARACTER),
            new NameSuffix("实验室", LAB, Kind.UNIT),
            new NameSuffix("研究院", LAB, Kind.UNIT),
            new NameSuffix("研究所", LAB, Kind.UNIT),
            new NameSuffix("研究中心", LAB, Kind.UNIT),
            new NameSuffix("研发中心", LAB, Kind.UNIT),
            new NameSuffix("实验中心", LAB, Kind.UNIT),
            new NameSuffix("中心支行", INSTITUTION, Kind.UNIT),
            new NameSuffix("创新中心", LAB, Kind.UNIT),
            new NameSuffix("技术中心", LAB, Kind.UNIT),
            new NameSuffix("中心", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("基地", EntityType.PROJECT, Kind.UNIT),
            new NameSuffix("专业委员会", COMMITTEE, Kind.UNIT),
            new NameSuffix("专委会", COMMITTEE, Kind.UNIT),
            new NameSuffix("委员会", COMMITTEE, Kind.ORGANISATION),
            // 证券监督管理委员会, 新区管理委员会: a regulator or a zone's government, not a member-based body
            new NameSuffix("管理委员会", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("气象台", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("电视台", INSTITUTION, Kind.ORGANISATION),
            new NameSuffix("基金", EntityType.PROJECT, Kind.UNIT),
            new NameSuffix("联合会", COMMITTEE, Kind.ORGANISATION),
            new NameSuffix("协会", COMMITTEE, Kind.ORGANISATION),
            new NameSuffix("学会", COMMITTEE, Kind.ORGANISATION),
            new NameSuffix("商会", COMMITTEE, Kind.ORGANISATION),
            new NameSuffix("联盟", COMMITTEE, Kind.ORGANISATION),
            new NameSuffix("分会", COMMITTEE, Kind.UNIT),
            new NameSuffix("仪式", EVENT, Kind.EVENT),
            new NameSuffix("论坛", EVENT, Kind.EVENT),
            new NameSuffix("峰会", EVENT, Kind.EVENT),
            new NameSuffix("大会", EVENT, Kind.EVENT),
            new NameSuffix("大赛", EVENT, Kind.EVENT),
            new NameSuffix("交易会", EVENT, Kind.EVENT),
            new NameSuffix("博览会", EVENT, Kind.EVENT),
            new NameSuffix("对接会", EVENT, Kind.EVENT),
            new NameSuffix("研讨会", EVENT, Kind.EVENT),
            new NameSuffix("发布会", EVENT, Kind.EVENT),
            new NameSuffix("推介会", EVENT, Kind.EVENT),
            new NameSuffix("座谈会", EVENT, Kind.EVENT),
            new NameSuffix("年会", EVENT, Kind.EVENT),
            new NameSuffix("工作会议", EVENT, Kind.EVENT),
            new NameSuffix("会议", EVENT, Kind.EVENT),
            new NameSuffix("开幕式", EVENT, Kind.EVENT),
            new NameSuffix("产业园", PLACE, Kind.PLACE),
            new NameSuffix("科技园", PLACE, Kind.PLACE),
            new NameSuffix("园区", PLACE, Kind.PLACE),
            new NameSuffix("小镇", PLACE, Kind.PLACE),
            new NameSuffix("新区", PLACE, Kind.PLACE),
            new NameSuffix("开发区", PLACE, Kind.PLACE),
            new NameSuffix("自贸区", PLACE, Kind.PLACE),
            new NameSuffix("港", PLACE, Kind.PLACE),
            // venues and buildings are places where things are held or moved into, not institutions
            new NameSuffix("会展中心", PLACE, Kind.PLACE),
            new NameSuffix("会议中心", PLACE, Kind.PLACE),
            new NameSuffix("博览中心", PLACE, Kind.PLACE),
            new NameSuffix("大厦", PLACE, Kind.PLACE))
            .stream().sorted(Comparator.comparingInt((NameSuffix s) -> s.text.length()).reversed()).toList();

    private static final java.util.Map<Character, List<NameSuffix>> BY_LAST_CHARACTER = ALL.stream().collect(
            java.util.stream.Collectors.groupingBy(s -> s.text.charAt(s.text.length() - 1)));

    /** {@return the suffixes ending with this character, longest first} */
    static List<NameSuffix> endingWith(char last) {
        return BY_LAST_CHARACTER.getOrDefault(last, List.of());
    }

    /** {@return the longest suffix {@code name} ends with, or {@code null}} */
    static NameSuffix of(String name) {
        if (name.isEmpty()) {
            return null;
        }
        for (NameSuffix suffix : endingWith(name.charAt(name.length() - 1))) {
            if (name.endsWith(suffix.text)) {
                return suffix;
            }
        }
        return null;
    }

    /** {@return {@code name} without a trailing company form, e.g. 华为技术 for 华为技术有限公司} */
    static String withoutCompanyForm(String name) {
        for (String form : COMPANY_FORMS) {
            if (name.endsWith(form) && name.length() > form.length() + 1) {
                return name.substring(0, name.length() - form.length());
            }
        }
        return name;
    }

    /** Venues and buildings: named after their city (深圳会展中心) without the text placing them in it. */
    static final Set<String> VENUES = Set.of("会展中心", "会议中心", "博览中心", "大厦");

    /** Legal forms that may be left off without naming another entity, longest first. */
    static final List<String> COMPANY_FORMS = List.of("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司",
            "有限公司", "集团公司", "集团", "公司");
}
