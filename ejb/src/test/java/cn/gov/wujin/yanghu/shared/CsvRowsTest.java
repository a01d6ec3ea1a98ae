package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<List<String>> rows = CsvRows.parse("\uFEFFa,b,c\r\n\"常州, 武进\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nx,,\n");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("常州, 武进", "say \"hi\"", "two\nlines"), List.of("x", "", ""));
    }

    @Test
    void aLastLineWithoutBreakCountsAndNothingGivesNoRows() {
        assertThat(CsvRows.parse("a,b")).containsExactly(List.of("a", "b"));
        assertThat(CsvRows.parse("")).isEmpty();
        assertThat(CsvRows.parse(null)).isEmpty();
    }
}
