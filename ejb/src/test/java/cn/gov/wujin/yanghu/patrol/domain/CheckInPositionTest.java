package cn.gov.wujin.yanghu.patrol.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInPositionTest {

    @Test
    void onSiteWithinTheTolerancePlusTheAccuracy() {
        assertThat(CheckInPosition.isOnSite(0, 300, null)).isTrue();
        assertThat(CheckInPosition.isOnSite(300, 300, null)).isTrue();
        assertThat(CheckInPosition.isOnSite(300.5, 300, null)).isFalse();
        assertThat(CheckInPosition.isOnSite(340, 300, 50.0)).isTrue();
        assertThat(CheckInPosition.isOnSite(351, 300, 50.0)).isFalse();
        assertThat(CheckInPosition.isOnSite(10, 0, 0.0)).isFalse();
    }

    @Test
    void aJudgedPositionKeepsTheRoundedDistance() {
        CheckInPosition off = CheckInPosition.judged(31.7, 119.9, 20.0, 1234.6, 300);
        assertThat(off.onSite()).isFalse();
        assertThat(off.distanceMeters()).isEqualTo(1235);
        CheckInPosition unjudged = CheckInPosition.unjudged(31.7, 119.9, null);
        assertThat(unjudged.onSite()).isNull();
        assertThat(unjudged.distanceMeters()).isNull();
    }
}
