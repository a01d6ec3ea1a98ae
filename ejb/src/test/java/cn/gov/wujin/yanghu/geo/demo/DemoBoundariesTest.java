package cn.gov.wujin.yanghu.geo.demo;

import cn.gov.wujin.yanghu.geo.domain.Outline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBoundariesTest {

    @Test
    void stationsDoNotOverlapGridsLieInCommunitiesInStationsAndEveryPointOfTheDistrictHasAGrid() {
        Map<String, Map<String, List<String>>> places = new LinkedHashMap<>();
        for (Object[] s : DemoBoundaries.STATIONS) {
            Map<String, List<String>> communities = new LinkedHashMap<>();
            for (int c = 11; c <= 14; c++) {
                String code = s[0] + "-" + c;
                communities.put(code, List.of(code + "-G1", code + "-G2", code + "-G3"));
            }
            places.put((String) s[0], communities);
        }
        places.get("HT").put("HT-01", List.of("HT-01-G1", "HT-01-G2"));
        DemoBoundaries.Drawn drawn = DemoBoundaries.draw(new DemoBoundaries.Places(places));

        assertThat(drawn.stations()).hasSize(13);
        assertThat(drawn.communities()).hasSize(53);
        assertThat(drawn.grids()).hasSize(158);
        List<Outline> stations = new ArrayList<>(drawn.stations().values());
        for (int i = 0; i < stations.size(); i++) {
            for (int j = i + 1; j < stations.size(); j++) {
                assertThat(stations.get(i).overlaps(stations.get(j), 1)).as(i + " and " + j).isFalse();
            }
        }
        for (Object[] s : DemoBoundaries.STATIONS) {
            Outline station = drawn.stations().get((String) s[0]);
            assertThat(station.covers((Double) s[1], (Double) s[2])).as("the town's centre is in its station: " + s[0]).isTrue();
            places.get((String) s[0]).forEach((community, grids) -> {
                assertThat(drawn.communities().get(community).within(station, 1)).as(community).isTrue();
                grids.forEach(grid -> assertThat(drawn.grids().get(grid).within(drawn.communities().get(community), 1)).as(grid).isTrue());
            });
        }
        Outline district = DemoBoundaries.district();
        Random random = new Random(7);
        int inside = 0;
        for (int i = 0; i < 2000; i++) {
            double lat = 31.48 + random.nextDouble() * 0.38;
            double lon = 119.68 + random.nextDouble() * 0.52;
            if (district.covers(lat, lon)) {
                inside++;
                assertThat(drawn.grids().values().stream().filter(g -> g.covers(lat, lon)).count())
                        .as("grids at %s,%s", lat, lon).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(inside).isGreaterThan(800);
    }
}
