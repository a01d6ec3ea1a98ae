package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes and full views of personal data reach the audit trail, which the database keeps append-only. */
class AuditIT extends DeployedApplication {

    private static final String VALID_ID_CARD = "11010519491231002X";

    @Test
    void creatingAnAccountIsAuditedWithActorStationAndMaskedSummary() throws Exception {
        Api admin = Api.demo("admin");
        long station = Fixtures.station(admin);
        String user = Fixtures.account(admin, station, "OFFICER");
        long id = LockoutIT.accountId(user);

        try (Connection db = TestEnv.database();
             PreparedStatement q = db.prepareStatement("SELECT actor, station_id, summary, client_address FROM audit_entry "
                     + "WHERE action = 'CREATE' AND entity_type = 'Account' AND entity_id = ?")) {
            q.setString(1, String.valueOf(id));
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("actor")).isEqualTo("admin");
                assertThat(rs.getLong("station_id")).isEqualTo(station);
                assertThat(rs.getString("summary")).contains(user).contains("139****5678").doesNotContain("13912345678");
                assertThat(rs.getString("client_address")).isNotBlank();
            }
        }
    }

    @Test
    void personalDataIsMaskedByDefaultAndAFullViewIsAudited() throws Exception {
        Api admin = Api.demo("admin");
        String user = "masked." + TestEnv.unique();
        Api.Reply created = admin.post("accounts", Json.createObjectBuilder().add("username", user).add("displayName", "测试")
                .add("stationId", Fixtures.station(admin)).add("roles", Json.createArrayBuilder().add("OFFICER"))
                .add("password", Fixtures.PASSWORD).add("phone", "13912345678").add("idCardNumber", VALID_ID_CARD).build());
        assertThat(created.status()).isEqualTo(201);
        long id = created.id();

        Api.Reply masked = admin.get("accounts/" + id);
        assertThat(masked.json().getString("phone")).isEqualTo("139****5678");
        assertThat(masked.json().getString("idCardNumber")).isEqualTo("110105********002X");
        assertThat(masked.json().getBoolean("masked")).isTrue();
        assertThat(admin.get("accounts?q=" + user).json().getJsonArray("rows").getJsonObject(0).getString("phoneMasked"))
                .isEqualTo("139****5678");
        assertThat(countAudit("VIEW_PERSONAL_DATA", id)).isZero();

        Api.Reply full = admin.get("accounts/" + id + "?full=true");
        assertThat(full.json().getString("phone")).isEqualTo("13912345678");
        assertThat(full.json().getString("idCardNumber")).isEqualTo(VALID_ID_CARD);
        assertThat(countAudit("VIEW_PERSONAL_DATA", id)).isEqualTo(1);
    }

    @Test
    void aRefusedChangeLeavesNoAuditRow() throws Exception {
        Api admin = Api.demo("admin");
        String user = "refused." + TestEnv.unique();
        Api.Reply refused = admin.post("accounts", Json.createObjectBuilder().add("username", user).add("displayName", "测试")
                .add("stationId", Fixtures.station(admin)).add("roles", Json.createArrayBuilder().add("OFFICER"))
                .add("password", Fixtures.PASSWORD).add("idCardNumber", "110105194912310021").build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("idCardNumber");
        assertThat(TestEnv.number("SELECT count(*) FROM audit_entry WHERE summary LIKE ?", user + "%")).isZero();
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncateOnTheTrail() throws Exception {
        Api.as("officer1", TestEnv.DEMO_PASSWORD); // a login writes at least one row
        try (Connection db = TestEnv.database(); Statement s = db.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET actor = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_entry WHERE actor = 'someone-else'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    private static long countAudit(String action, long accountId) throws SQLException {
        return TestEnv.number("SELECT count(*) FROM audit_entry WHERE action = ? AND entity_type = 'Account' AND entity_id = ?",
                action, String.valueOf(accountId));
    }
}
