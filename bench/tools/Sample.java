/** Prints up to 2,000 phone and bank-account identifiers from a 1 % sample, for the lookup load. Usage: URL USER (PGPASSWORD). */
public class Sample {
    public static void main(String[] a) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT normalized_value FROM suspect_identifier TABLESAMPLE SYSTEM (1) "
                     + "WHERE type IN ('PHONE', 'BANK_ACCOUNT') LIMIT 2000")) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }
}
