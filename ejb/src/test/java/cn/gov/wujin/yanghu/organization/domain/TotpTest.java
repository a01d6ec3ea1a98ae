package cn.gov.wujin.yanghu.organization.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: the SHA-1 rows (8 digits). */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void rfc6238TestVectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
    }

    /** RFC 4226, Appendix D: HOTP of counters 0 and 9 (6 digits). */
    @Test
    void rfc4226Vectors() {
        assertThat(Totp.code(RFC_KEY, 0, 6)).isEqualTo("755224");
        assertThat(Totp.code(RFC_KEY, 9, 6)).isEqualTo("520489");
    }

    @Test
    void acceptsOneStepEitherSideAndEachStepOnce() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 1, 6), now, 0)).isEqualTo(step - 1);
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step + 1, 6), now, 0)).isEqualTo(step + 1);
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step - 2, 6), now, 0)).isEqualTo(-1);
        assertThat(Totp.match(RFC_KEY, Totp.code(RFC_KEY, step, 6), now, step)).as("used already").isEqualTo(-1);
        assertThat(Totp.match(RFC_KEY, "12a456", now, 0)).isEqualTo(-1);
        assertThat(Totp.match(RFC_KEY, null, now, 0)).isEqualTo(-1);
    }

    @Test
    void base32RoundTrip() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_KEY);
    }
}
