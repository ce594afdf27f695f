package io.fintechkg.resolve;

import io.fintechkg.ontology.EntityType;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a name becomes a lookup key. Two written forms that a reader would take for the same name get the same key:
 * NFKC folds full-width letters, digits and brackets to half-width (（集团）→ (集团)), white space and quotes go,
 * Latin letters are lower-cased.
 */
public final class EntityNames {

    /**
     * Company-form suffixes that do not change which company is meant: 华为技术有限公司 and 华为技术 are one
     * company. Longest first, so that 股份有限公司 is removed whole. 集团 is deliberately not among them: a group and
     * the listed company of the same stem are different institutions (中国平安保险(集团) vs 中国平安). Branch words
     * (分公司, 分行, 支行) are not either, so a branch never collapses into its parent.
     */
    private static final List<String> COMPANY_FORMS = List.of("集团股份有限公司", "股份有限公司", "有限责任公司",
            "集团有限公司", "有限公司", "股份公司", "co.,ltd.", "co.,ltd", "co.ltd", "inc.", "ltd.");

    private static final Pattern IGNORED = Pattern.compile("[\\s\\u3000《》〈〉「」『』\"'“”‘’]");

    private EntityNames() {
    }

    /** {@return the name as it is compared: NFKC, no white space or quotes, lower case} */
    public static String normalise(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return IGNORED.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the normalised name without its company-form suffix; unchanged for other types and for a name that
     * is nothing but the suffix}
     */
    public static String withoutCompanyForm(String normalisedName, EntityType type) {
        if (type != EntityType.INSTITUTION) {
            return normalisedName;
        }
        for (String form : COMPANY_FORMS) {
            if (normalisedName.endsWith(form) && normalisedName.length() > form.length() + 1) {
                String stem = normalisedName.substring(0, normalisedName.length() - form.length());
                // 集团有限公司 loses only 有限公司: the group word stays part of the name
                return form.startsWith("集团") ? stem + "集团" : stem;
            }
        }
        return normalisedName;
    }

    /** {@return the key of a name of an entity of that type, e.g. {@code Institution:华为技术}} */
    public static String key(EntityType type, String normalisedName) {
        return type.label() + ":" + normalisedName;
    }

    /** {@return the key of a stock code: one listed company, whatever the type an article gave it} */
    public static String tickerKey(String ticker) {
        return "ticker:" + ticker.trim().toLowerCase(Locale.ROOT);
    }
}
