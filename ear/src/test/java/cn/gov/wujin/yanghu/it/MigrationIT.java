package cn.gov.wujin.yanghu.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The application migrates the schema at start, and says so on /health/ready. */
class MigrationIT extends DeployedApplication {

    @Test
    void allMigrationsAreApplied() throws Exception {
        List<String> applied = new ArrayList<>();
        try (Connection db = TestEnv.database();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("success")).isTrue();
                applied.add(rs.getString("version"));
            }
        }
        assertThat(applied).startsWith("1", "2", "3");
    }

    @Test
    void schemaHasTheOrganizationAndAuditTables() throws Exception {
        try (Connection db = TestEnv.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'public' ORDER BY table_name")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).contains("station", "community", "grid", "account", "account_role", "api_token", "audit_entry",
                    "fraud_type", "fraud_case", "fraud_victim", "money_transfer", "suspect_identifier", "case_transition");
        }
    }

    @Test
    void readinessChecksTheDatabase() throws Exception {
        HttpResponse<String> ready = Api.getAbsolute(TestEnv.baseUrl().resolve("health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        long latest = TestEnv.number("SELECT max(version::int) FROM flyway_schema_history WHERE success");
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"")
                .contains("\"schemaVersion\":\"" + latest + "\"");
        assertThat(Api.getAbsolute(TestEnv.baseUrl().resolve("health/live")).body()).contains("\"name\":\"application\"");
    }
}
