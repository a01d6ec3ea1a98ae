package cn.gov.wujin.yanghu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff see their own station's records; another station's answer 404, exactly like missing ones. */
class StationScopingIT extends DeployedApplication {

    private long stationA;
    private long stationB;
    private long communityA;
    private long communityB;

    @BeforeEach
    void twoStationsWithACommunityEach() {
        Api admin = Api.demo("admin");
        stationA = Fixtures.station(admin);
        stationB = Fixtures.station(admin);
        communityA = Fixtures.community(admin, stationA);
        communityB = Fixtures.community(admin, stationB);
    }

    @Test
    void officerSeesOwnStationAndGets404ForAnother() {
        Api officerA = Api.as(Fixtures.account(Api.demo("admin"), stationA, "OFFICER"), Fixtures.PASSWORD);

        assertThat(officerA.get("communities/" + communityA).status()).isEqualTo(200);

        Api.Reply other = officerA.get("communities/" + communityB);
        Api.Reply missing = officerA.get("communities/999999999");
        assertThat(other.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(missing.body());

        assertThat(officerA.get("communities?stationId=" + stationB).status()).isEqualTo(404);
        assertThat(officerA.get("communities/" + communityB + "/grids").status()).isEqualTo(404);
        assertThat(officerA.get("communities").array().stream().map(v -> ((JsonObject) v).getJsonNumber("stationId").longValue()))
                .isNotEmpty().containsOnly(stationA);
    }

    @Test
    void stationHeadIsScopedLikeTheirStaff() {
        Api headB = Api.as(Fixtures.account(Api.demo("admin"), stationB, "SUPERVISOR"), Fixtures.PASSWORD);
        assertThat(headB.get("communities/" + communityB).status()).isEqualTo(200);
        assertThat(headB.get("communities/" + communityA).status()).isEqualTo(404);
    }

    @Test
    void bureauSupervisorAndAdministratorSeeAllStations() {
        for (String user : new String[]{"supervisor1", "admin"}) {
            Api bureau = Api.demo(user);
            assertThat(bureau.get("communities/" + communityA).status()).isEqualTo(200);
            assertThat(bureau.get("communities/" + communityB).status()).isEqualTo(200);
            assertThat(bureau.get("communities").array().stream().map(v -> ((JsonObject) v).getJsonNumber("stationId").longValue()))
                    .contains(stationA, stationB);
        }
    }
}
