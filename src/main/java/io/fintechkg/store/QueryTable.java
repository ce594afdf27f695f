package io.fintechkg.store;

import java.util.List;

/**
 * The result of an ad-hoc read query, every value already rendered as text.
 *
 * @param columns the column names, in query order
 * @param rows    the rows, each as long as {@code columns}
 */
public record QueryTable(List<String> columns, List<List<String>> rows) {
}
