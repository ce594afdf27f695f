package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The name suffixes of {@code name-suffixes.tsv}, looked up by a name's last character, longest first. */
final class NameSuffixes {

    private final List<NameSuffix> all;
    private final Map<Character, List<NameSuffix>> byLastCharacter;
    /** Legal forms that may be left off without naming another entity, longest first (集团有限公司 … 公司). */
    private final List<String> companyForms;

    NameSuffixes(List<ExtractionTables.Row> rows) {
        this.all = rows.stream()
                .map(r -> new NameSuffix(r.get("suffix"), EntityType.ofLabel(r.get("type")),
                        NameSuffix.Kind.of(r.get("kind")), r.get("kind").equals("venue")))
                .sorted(Comparator.comparingInt((NameSuffix s) -> s.text().length()).reversed()).toList();
        this.byLastCharacter = all.stream().collect(Collectors.groupingBy(s -> s.text().charAt(s.text().length() - 1)));
        this.companyForms = all.stream().filter(s -> s.kind() == NameSuffix.Kind.COMPANY_FORM)
                .map(NameSuffix::text).toList();
    }

    /** {@return the suffixes ending with this character, longest first} */
    List<NameSuffix> endingWith(char last) {
        return byLastCharacter.getOrDefault(last, List.of());
    }

    /** {@return the longest suffix {@code name} ends with, or {@code null}} */
    NameSuffix of(String name) {
        if (name.isEmpty()) {
            return null;
        }
        for (NameSuffix suffix : endingWith(name.charAt(name.length() - 1))) {
            if (name.endsWith(suffix.text())) {
                return suffix;
            }
        }
        return null;
    }

    /** {@return the legal forms of companies, longest first} */
    List<String> companyForms() {
        return companyForms;
    }

    /** {@return {@code name} without a trailing company form, e.g. 华为技术 for 华为技术有限公司} */
    String withoutCompanyForm(String name) {
        for (String form : companyForms) {
            if (name.endsWith(form) && name.length() > form.length() + 1) {
                return name.substring(0, name.length() - form.length());
            }
        }
        return name;
    }
}
