package io.fintechkg.cli;

import io.fintechkg.store.QueryTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints a query table with aligned columns; Chinese characters count as two columns, as a terminal shows them. */
final class TableFormat {

    private static final int MAX_CELL = 80;

    private TableFormat() {
    }

    static void print(QueryTable table, PrintWriter out) {
        var rows = new ArrayList<List<String>>();
        rows.add(table.columns());
        table.rows().forEach(row -> rows.add(row.stream().map(TableFormat::clip).toList()));
        int[] widths = new int[table.columns().size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        line(widths, out);
        for (int r = 0; r < rows.size(); r++) {
            var text = new StringBuilder("|");
            for (int i = 0; i < widths.length; i++) {
                String cell = rows.get(r).get(i);
                text.append(' ').append(cell).append(" ".repeat(widths[i] - width(cell))).append(" |");
            }
            out.println(text);
            if (r == 0) {
                line(widths, out);
            }
        }
        line(widths, out);
        out.println(table.rows().size() + (table.rows().size() == 1 ? " row" : " rows"));
    }

    private static void line(int[] widths, PrintWriter out) {
        var text = new StringBuilder("+");
        for (int width : widths) {
            text.append("-".repeat(width + 2)).append('+');
        }
        out.println(text);
    }

    private static String clip(String cell) {
        String flat = cell.replace('\n', ' ');
        return flat.length() > MAX_CELL ? flat.substring(0, MAX_CELL - 1) + "…" : flat;
    }

    static int width(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFF60 ? 2 : 1).sum();
    }
}
