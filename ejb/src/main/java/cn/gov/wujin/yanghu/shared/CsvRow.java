package cn.gov.wujin.yanghu.shared;

import java.util.List;

/**
 * One data row of a {@link CsvFile}: its number as a spreadsheet shows it (the header is
 * row 1) and its values without surrounding spaces.
 */
public record CsvRow(int number, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The value of the column at {@code index} (0 for the first). */
    public String get(int index) {
        return values.get(index);
    }

    /** The name of a problem of the row as a whole: {@code rows[N]}. */
    public String field() {
        return "rows[" + number + "]";
    }

    /** The name of a problem of one value: {@code rows[N].column}, the column named as the form's field. */
    public String field(String column) {
        return field() + "." + column;
    }
}
