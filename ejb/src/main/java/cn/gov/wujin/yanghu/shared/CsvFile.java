package cn.gov.wujin.yanghu.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as every import reads it: UTF-8 (a byte-order mark, as spreadsheet programs
 * write it, is skipped), RFC 4180 (commas, quotes and line breaks inside double-quoted
 * fields, "" for a quote, CRLF or LF), the expected header first, then the data rows. Rows
 * without a value (blank lines, trailing {@code ,,,}) are skipped. Rows are numbered as a
 * spreadsheet shows them, the header being row 1, and every problem is named that way:
 * {@code file} for the file as a whole, {@code rows[N]} for a row, {@code rows[N].column}
 * for a value. The file is refused before any row is checked when it is larger than
 * {@link #MAX_BYTES}, has more than {@link #MAX_ROWS} data rows, is not UTF-8, has another
 * header or an unclosed quote.
 */
public final class CsvFile {

    /** Data rows (the header not counted) one import may hold. */
    public static final int MAX_ROWS = 10_000;

    /** Bytes one import may hold (5 MiB), the same as the pages' upload limit in web.xml. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The name of problems of the file as a whole. */
    public static final String FILE = "file";

    /** Strict RFC 4180: text after a closing quote or a quote never closed is refused, not guessed at. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final List<String> columns;
    private final List<CsvRow> rows;

    private CsvFile(List<String> columns, List<CsvRow> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** The checks of one row; its problems go with those of every other row. */
    @FunctionalInterface
    public interface RowCheck {
        void check(CsvRow row, InvalidInputsException.Collector problems);
    }

    /**
     * Reads the file, whose header must be {@code columns} (case and spaces aside); refuses
     * it as a whole ({@link InvalidInputException}) before any row is looked at.
     */
    public static CsvFile read(byte[] content, List<String> columns) {
        return read(content, columns, List.of());
    }

    /**
     * Reads the file, whose header must be {@code columns} followed by none, some or all of
     * {@code optional}, in that order (a file may leave out the later ones); every row then has
     * the header's number of values. Refuses it as a whole as {@link #read(byte[], List)} does.
     */
    public static CsvFile read(byte[] content, List<String> columns, List<String> optional) {
        if (content != null && content.length > MAX_BYTES) {
            throw new InvalidInputException(FILE, "csv.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text = utf8(content == null ? new byte[0] : content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = null;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                List<String> values = record.stream().map(String::strip).toList();
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = checkHeader(values, columns, optional);
                } else if (rows.size() == MAX_ROWS) {
                    throw new InvalidInputException(FILE, "csv.tooManyRows", MAX_ROWS);
                } else {
                    rows.add(new CsvRow(Math.toIntExact(record.getRecordNumber()), values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: does not happen
        }
        if (header == null) {
            throw new InvalidInputException(FILE, "csv.header", expected(columns, optional));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(FILE, "csv.empty");
        }
        return new CsvFile(header, List.copyOf(rows));
    }

    /** The columns of the file's header (the required ones and the optional ones it has). */
    public List<String> columns() {
        return columns;
    }

    /** The data rows, in the file's order. */
    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Checks every row: a row with another number of values than the header is named
     * ({@code rows[N]}) and not checked further, the others go to {@code check}. Throws
     * {@link InvalidInputsException} with every problem of every row when there is one.
     */
    public void checkEachRow(RowCheck check) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        for (CsvRow row : rows) {
            if (row.values().size() != columns.size()) {
                problems.add(row.field(), "csv.columns", row.number(), columns.size());
            } else {
                check.check(row, problems);
            }
        }
        problems.throwIfAny();
    }

    /** The parser reports a broken quote while looking for the next record: named by the row it was reading. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            long row = parser.getRecordNumber() + 1;
            throw new InvalidInputException("rows[" + row + "]", "csv.quoting", row);
        }
    }

    /** The header's columns: the required ones and as many of the optional ones as it names. */
    private static List<String> checkHeader(List<String> values, List<String> columns, List<String> optional) {
        List<String> found = values.stream().map(v -> v.toLowerCase(Locale.ROOT).replace(" ", "")).toList();
        int extra = found.size() - columns.size();
        if (extra < 0 || extra > optional.size() || !found.subList(0, columns.size()).equals(columns)
                || !found.subList(columns.size(), found.size()).equals(optional.subList(0, extra))) {
            throw new InvalidInputException(FILE, "csv.header", expected(columns, optional));
        }
        return List.copyOf(found);
    }

    /** The header as a refusal shows it: {@code a,b,c[,d,e]}. */
    private static String expected(List<String> columns, List<String> optional) {
        return String.join(",", columns) + (optional.isEmpty() ? "" : "[," + String.join(",", optional) + "]");
    }

    /** Spreadsheet programs may save in another encoding (GBK): refused, rather than storing garbled names. */
    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FILE, "csv.encoding");
        }
    }
}
