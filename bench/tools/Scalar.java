/** Prints the first column of the first row of a query. Usage: URL USER SQL   (password in PGPASSWORD) */
public class Scalar {
    public static void main(String[] a) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(a[0], a[1], System.getenv("PGPASSWORD"));
             var rs = c.createStatement().executeQuery(a[2])) {
            System.out.println(rs.next() ? rs.getString(1) : "");
        }
    }
}
