package cn.gov.wujin.yanghu.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvFileTest {

    private static final List<String> HEADER = List.of("code", "name", "note");

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsAreNumberedAsInASpreadsheet() {
        CsvFile file = read("\uFEFFCode, Name ,NOTE\r\n"
                + "\"常州, 武进\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                + "\n"
                + ",,\n"
                + " x ,,\n"
                + "\n\n");
        assertThat(file.rows()).containsExactly(
                new CsvRow(2, List.of("常州, 武进", "say \"hi\"", "two\r\nlines")),
                new CsvRow(5, List.of("x", "", "")));
        assertThat(file.rows().get(1).field()).isEqualTo("rows[5]");
        assertThat(file.rows().get(1).field("name")).isEqualTo("rows[5].name");
    }

    @Test
    void aLastLineWithoutBreakAndLfOnlyFilesAreRead() {
        assertThat(read("code,name,note\na,b,c").rows()).containsExactly(new CsvRow(2, List.of("a", "b", "c")));
        assertThat(read("\n\ncode,name,note\na,b,c\n").rows()).extracting(CsvRow::number).as("blank lines count").containsExactly(4);
    }

    @Test
    void anotherHeaderIsRefusedNamingTheExpectedColumns() {
        InvalidInputException refused = refusal("code,name\na,b\n");
        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("csv.header");
        assertThat(refused.arguments()).containsExactly("code,name,note");
        assertThat(refusal("").messageKey()).isEqualTo("csv.header");
        assertThat(refusal("\n \n").messageKey()).isEqualTo("csv.header");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> CsvFile.read(null, HEADER)).messageKey())
                .isEqualTo("csv.header");
    }

    @Test
    void optionalColumnsMayFollowInTheirOrderAndTheLaterOnesMayBeLeftOut() {
        List<String> optional = List.of("place", "when");
        assertThat(CsvFile.read("code,name,note\na,b,c\n".getBytes(StandardCharsets.UTF_8), HEADER, optional).columns())
                .isEqualTo(HEADER);
        CsvFile some = CsvFile.read("code,name,note,Place\na,b,c,d\n".getBytes(StandardCharsets.UTF_8), HEADER, optional);
        assertThat(some.columns()).containsExactly("code", "name", "note", "place");
        assertThat(some.rows().get(0).get(3)).isEqualTo("d");
        assertThat(CsvFile.read("code,name,note,place,when\na,b,c,d,e\n".getBytes(StandardCharsets.UTF_8), HEADER, optional)
                .columns()).hasSize(5);
        for (String header : List.of("code,name,note,when", "code,name,note,place,when,more", "code,name,place")) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> CsvFile.read((header + "\na,b,c,d\n").getBytes(StandardCharsets.UTF_8), HEADER, optional));
            assertThat(refused.messageKey()).as(header).isEqualTo("csv.header");
            assertThat(refused.arguments()).containsExactly("code,name,note[,place,when]");
        }
        InvalidInputsException shortRow = catchThrowableOfType(InvalidInputsException.class, () -> CsvFile.read(
                "code,name,note,place\na,b,c\n".getBytes(StandardCharsets.UTF_8), HEADER, optional).checkEachRow((row, problems) -> {
        }));
        assertThat(shortRow.problems().get(0).arguments()).as("a row has the header's number of values").containsExactly(2, 4);
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        InvalidInputException refused = refusal("code,name,note\r\n,,\r\n\r\n");
        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("csv.empty");
    }

    @Test
    void moreRowsThanTheCapAreRefusedAsAWhole() {
        StringBuilder csv = new StringBuilder("code,name,note\n");
        for (int i = 0; i < CsvFile.MAX_ROWS; i++) {
            csv.append(i).append(",n,\n");
        }
        assertThat(read(csv.toString()).rows()).hasSize(CsvFile.MAX_ROWS);
        InvalidInputException refused = refusal(csv.append("one,too,many\n").toString());
        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("csv.tooManyRows");
        assertThat(refused.arguments()).containsExactly(CsvFile.MAX_ROWS);
    }

    @Test
    void moreBytesThanTheCapAreRefusedBeforeReading() {
        byte[] content = new byte[CsvFile.MAX_BYTES + 1];
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> CsvFile.read(content, HEADER));
        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("csv.tooLarge");
        assertThat(refused.arguments()).containsExactly(5);
    }

    @Test
    void aFileInAnotherEncodingIsRefused() {
        byte[] gbk = "code,name,note\n1,常州,\n".getBytes(Charset.forName("GBK"));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> CsvFile.read(gbk, HEADER));
        assertThat(refused.field()).isEqualTo("file");
        assertThat(refused.messageKey()).isEqualTo("csv.encoding");
    }

    @Test
    void aBrokenQuoteIsRefusedNamingItsRow() {
        InvalidInputException unclosed = refusal("code,name,note\na,b,c\nd,\"never closed,x\ne,f,g\n");
        assertThat(unclosed.field()).isEqualTo("rows[3]");
        assertThat(unclosed.messageKey()).isEqualTo("csv.quoting");
        assertThat(unclosed.arguments()).containsExactly(3L);
        InvalidInputException trailing = refusal("code,name,note\n\"a\"b,c,d\n");
        assertThat(trailing.field()).isEqualTo("rows[2]");
        assertThat(trailing.messageKey()).isEqualTo("csv.quoting");
    }

    @Test
    void everyRowIsCheckedAndEveryProblemNamedARowWithOtherColumnsIsNotChecked() {
        CsvFile file = read("code,name,note\na,b,c\nd,e\nf,,h\ni,j,k,l\n");
        List<Integer> checked = new ArrayList<>();
        InvalidInputsException refused = catchThrowableOfType(InvalidInputsException.class, () -> file.checkEachRow((row, problems) -> {
            checked.add(row.number());
            if (row.get(1).isEmpty()) {
                problems.add(row.field("name"), "common.required");
            }
        }));
        assertThat(checked).containsExactly(2, 4);
        assertThat(refused.problems()).extracting(InvalidInputException::field).containsExactly("rows[3]", "rows[4].name", "rows[5]");
        assertThat(refused.problems().get(0).messageKey()).isEqualTo("csv.columns");
        assertThat(refused.problems().get(0).arguments()).containsExactly(3, 3);
    }

    @Test
    void rowsWithoutProblemsPass() {
        List<String> codes = new ArrayList<>();
        read("code,name,note\na,b,c\n").checkEachRow((row, problems) -> codes.add(row.get(0)));
        assertThat(codes).containsExactly("a");
    }

    private static CsvFile read(String csv) {
        return CsvFile.read(csv.getBytes(StandardCharsets.UTF_8), HEADER);
    }

    private static InvalidInputException refusal(String csv) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> read(csv));
        assertThat(refused).as(csv).isNotNull();
        return refused;
    }
}
