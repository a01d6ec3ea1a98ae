package cn.gov.wujin.yanghu.patrol.application;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "I don't know" the station: the place's words decide when they name one station's area, else the bureau's queue. */
class TipPlacesTest {

    private static final List<TipPlaces.Area> WUJIN = List.of(
            new TipPlaces.Area(1, "湖塘派出所", "Hutang Police Station", List.of("湖塘社区", "花园社区", "马杭社区")),
            new TipPlaces.Area(2, "牛塘派出所", "Niutang Police Station", List.of("牛塘社区", "卢家巷村")),
            new TipPlaces.Area(3, "嘉泽派出所", "Jiaze Police Station", List.of("嘉泽社区")));

    @Test
    void theTownOrTheCommunityNamesTheStation() {
        assertThat(TipPlaces.stationFor("湖塘菜场门口", WUJIN)).contains(1L);
        assertThat(TipPlaces.stationFor("卢家巷村村委会东侧", WUJIN)).contains(2L);
        assertThat(TipPlaces.stationFor("花园社区3幢", WUJIN)).contains(1L);
        assertThat(TipPlaces.stationFor("near the Jiaze bus stop", WUJIN)).contains(3L);
        assertThat(TipPlaces.stationFor("马杭社区", WUJIN)).contains(1L);
    }

    @Test
    void theLongestNameDecides() {
        // "牛塘社区" (4) names the community; "湖塘" (2) is only the road's name
        assertThat(TipPlaces.stationFor("牛塘社区湖塘路口", WUJIN)).contains(2L);
    }

    @Test
    void nothingOrTwoStationsAlikeLeaveItToTheBureau() {
        assertThat(TipPlaces.stationFor("人民路和长虹路交叉口", WUJIN)).isEmpty();
        assertThat(TipPlaces.stationFor("湖塘到牛塘的公交车上", WUJIN)).isEmpty();
        assertThat(TipPlaces.stationFor("花园路", WUJIN)).isEmpty(); // a community's bare name is a common word
        assertThat(TipPlaces.stationFor("  ", WUJIN)).isEmpty();
        assertThat(TipPlaces.stationFor(null, WUJIN)).isEmpty();
    }
}
