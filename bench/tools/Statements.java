/** Runs each argument after URL and USER as one SQL statement, autocommit (VACUUM too). Usage: URL USER SQL…  (password in PGPASSWORD) */
public class Statements {
    public static void main(String[] a) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD")); var s = c.createStatement()) {
            for (int i = 2; i < a.length; i++) {
                s.execute(a[i]);
            }
        }
    }
}
