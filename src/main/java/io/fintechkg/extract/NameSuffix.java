package io.fintechkg.extract;

import io.fintechkg.ontology.EntityType;

/**
 * A word Chinese names end with, and what it makes of the name: 有限公司 an institution, 实验室 a lab, 联合会 a
 * committee, 论坛 an event, 产业园 a place (the rows of {@code name-suffixes.tsv}).
 *
 * @param text  the suffix as written
 * @param type  the type a name with this suffix has when nothing in the sentence says otherwise
 * @param kind  how the suffix behaves in names
 * @param venue whether it names a venue or building, named after its city without the text placing it there
 */
record NameSuffix(String text, EntityType type, Kind kind, boolean venue) {

    enum Kind {
        /** A line of business (期货, 投资, 资本): a firm's name when a brand stands before it (天风期货). */
        TRADE,
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
        /** A place; the name must contain a place name, so that 汽车小镇 stays generic. */
        PLACE;

        static Kind of(String written) {
            return written.equals("venue") ? PLACE : valueOf(written.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
