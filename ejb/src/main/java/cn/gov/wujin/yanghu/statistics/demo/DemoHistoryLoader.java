package cn.gov.wujin.yanghu.statistics.demo;

import cn.gov.wujin.yanghu.organization.application.Passwords;
import cn.gov.wujin.yanghu.organization.demo.DemoData;
import cn.gov.wujin.yanghu.shared.BureauTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Writes {@link DemoHistory} at the first start with {@code yanghu.demo=true} and
 * {@code yanghu.demo.history=true} (./run.sh sets both; the test server only the first): a
 * year of all 13 stations' work, so the dashboards and lists look like a bureau's. It runs after
 * the fixed demo data and never touches the fixed accounts' records: the history belongs to
 * accounts of its own ({@code ht.officer1}, {@code ht.volunteer1}, …).
 *
 * <p>Each kind of row is one INSERT of arrays ({@code unnest}), with ids reserved from the
 * tables' own sequences, so the references are known before writing. The database's triggers keep
 * what they keep for every write (case tally, daily case and tip figures, shift attendance); what
 * the services write beside a record (transitions, points) is written here too. Audit rows are
 * not: the history was never done by anyone. One transaction: a failed load leaves nothing.
 */
@Singleton
@Startup
// the last of the fixed demo loaders, which run in one line (each skips when its tables hold rows,
// so the history comes after all of them); a line, because Payara's start-up refuses some
// diamond-shaped @DependsOn graphs as "cyclic"
@DependsOn("LiaisonDemoData")
public class DemoHistoryLoader {

    private static final Logger LOG = Logger.getLogger(DemoHistoryLoader.class.getName());

    @Resource(lookup = "jdbc/yanghu")
    private DataSource dataSource;

    @Inject
    private Passwords passwords;

    @Inject
    @ConfigProperty(name = "yanghu.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "yanghu.demo.history", defaultValue = "false")
    private boolean history;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!demo || !history) {
            return;
        }
        long started = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            try (Statement s = db.createStatement()) {
                // several instances may start at once: one loads, the others wait and find it done
                s.execute("SELECT pg_advisory_xact_lock(20261206)");
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM account WHERE username = 'ht.head'")) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            DemoHistory generated = DemoHistory.generate(LocalDate.now(BureauTime.ZONE), DemoHistory.SEED);
            long made = System.nanoTime();
            Map<String, Integer> rows = new DemoHistoryWriter(db, passwords.hash(DemoData.PASSWORD)).write(generated);
            LOG.info(String.format("Demo history loaded in %.1f s (generated in %.1f s): %s", (System.nanoTime() - started) / 1e9,
                    (made - started) / 1e9, rows));
        } catch (SQLException e) {
            throw new IllegalStateException("demo history: " + e.getMessage(), e);
        }
    }

    /** Station ids by code. */
    static Map<String, Long> stations(Connection db) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT code, id FROM station"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }
}
