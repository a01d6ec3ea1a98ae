package cn.gov.wujin.yanghu.patrol.domain;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A tracking code typed as people type it still finds the tip. */
class TrackingCodeTest {

    @Test
    void withoutTheHyphenInLowerCaseOrWithSpacesItIsTheSameCode() {
        assertThat(TrackingCode.normalise("7KQ2M-XH9PA")).isEqualTo("7KQ2M-XH9PA");
        assertThat(TrackingCode.normalise("7KQ2MXH9PA")).isEqualTo("7KQ2M-XH9PA");
        assertThat(TrackingCode.normalise("7kq2m-xh9pa")).isEqualTo("7KQ2M-XH9PA");
        assertThat(TrackingCode.normalise(" 7kq2m xh9pa ")).isEqualTo("7KQ2M-XH9PA");
        assertThat(TrackingCode.normalise("7KQ 2M XH 9PA")).isEqualTo("7KQ2M-XH9PA");
        assertThat(TrackingCode.normalise("7KQ2M－XH9PA")).isEqualTo("7KQ2M-XH9PA"); // a full-width hyphen from a Chinese keyboard
        assertThat(TrackingCode.normalise("7KQ2M\u3000XH9PA")).isEqualTo("7KQ2M-XH9PA");
    }

    @Test
    void whatIsNoCodeFindsNothing() {
        assertThat(TrackingCode.normalise(null)).isEmpty();
        assertThat(TrackingCode.normalise("abc")).isEqualTo("ABC");
        assertThat(TrackingCode.normalise("7KQ2M-XH9PA1")).isEqualTo("7KQ2MXH9PA1");
    }

    @Test
    void aNewCodeIsTwoGroupsOfFiveWithoutLookAlikes() {
        String code = TrackingCode.generate(new Random(19));
        assertThat(code).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");
        assertThat(TrackingCode.normalise(code)).isEqualTo(code);
    }
}
