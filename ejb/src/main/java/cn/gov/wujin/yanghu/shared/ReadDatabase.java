package cn.gov.wujin.yanghu.shared;

import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The database for reads that may lag a few seconds: the pool {@code jdbc/yanghu-read}, which the
 * start scripts point at the streaming standby of {@code ./run.sh cluster} (or the bureau's, by
 * YANGHU_READ_DB_HOST and _PORT), else at the primary. Its connections are non-transactional, so a
 * read there never joins the caller's JTA transaction beside the primary's connection.
 */
@ApplicationScoped
public class ReadDatabase {

    public static final String JNDI_NAME = "jdbc/yanghu-read";

    /** The pool, or empty when the domain has none (a domain set up before it existed). */
    public Optional<DataSource> dataSource() {
        try {
            return Optional.of((DataSource) new InitialContext().lookup(JNDI_NAME));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }

    /** Where the pool points and how far behind it is, for ADMIN; never throws. */
    public Description describe() {
        Optional<DataSource> ds = dataSource();
        if (ds.isEmpty()) {
            return new Description(null, false, null, "no pool " + JNDI_NAME);
        }
        try (Connection c = ds.get().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_is_in_recovery(), "
                     + "extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8")) {
            r.next();
            boolean standby = r.getBoolean(1);
            double lag = r.getDouble(2);
            Double lagSeconds = standby && !r.wasNull() ? Math.max(0, lag) : null;
            String url = c.getMetaData().getURL();
            // the server, not the driver's options (ApplicationName, connectTimeout) behind it
            return new Description(url.contains("?") ? url.substring(0, url.indexOf('?')) : url, standby, lagSeconds, null);
        } catch (SQLException e) {
            return new Description(null, false, null, e.getMessage());
        }
    }

    /**
     * The read pool as ADMIN sees it: its JDBC URL, whether that server is a standby (in recovery),
     * the age of the last transaction it replayed (null on a primary, or before any replay), and
     * the error when it cannot be reached.
     */
    public record Description(String url, boolean standby, Double lagSeconds, String error) {
    }
}
