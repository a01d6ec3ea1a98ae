package cn.gov.wujin.yanghu.fraud.documents;

import java.io.Serializable;
import java.util.List;

/**
 * What a document says, laid out by the web tier's renderer in the order of the printed forms:
 * the title and number; the addressee (为 a notice to a bank or a person, else null); the form's
 * fields as label and value (the registration form is mostly fields); the body's paragraphs; a
 * table (the return plan's shares, else null); the signatures and the date on the right; a QR
 * code's text with its caption (the receipt's lookup address, else null); and the stub (存根)
 * the station keeps, on a page of its own (null for forms without one).
 */
public record DocumentContent(String kind, String title, String number, String addressee, List<Field> fields,
                              List<String> paragraphs, Table table, List<String> signatures, String date,
                              String qrText, String qrCaption, Stub stub) implements Serializable {

    public DocumentContent {
        fields = fields == null ? List.of() : List.copyOf(fields);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** A label and its value, one row of a form. */
    public record Field(String label, String value) implements Serializable {
    }

    /** A table with its column heads. */
    public record Table(List<String> columns, List<List<String>> rows) implements Serializable {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The stub (存根): its title and fields. */
    public record Stub(String title, List<Field> fields) implements Serializable {
        public Stub {
            fields = List.copyOf(fields);
        }
    }
}
