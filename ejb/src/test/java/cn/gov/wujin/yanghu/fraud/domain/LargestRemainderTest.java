package cn.gov.wujin.yanghu.fraud.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargestRemainderTest {

    @Test
    void athousandRandomPlansAddUpExactlyAndNoShareIsAFenOff() {
        Random random = new Random(20261206L);
        for (int plan = 0; plan < 1000; plan++) {
            int victims = 1 + random.nextInt(40);
            long[] weights = new long[victims];
            for (int i = 0; i < victims; i++) {
                // losses from 0.01 to 10 million yuan, some of them zero (covered by traced money)
                weights[i] = random.nextInt(10) == 0 ? 0 : 1 + (long) (random.nextDouble() * random.nextDouble() * 1_000_000_000L);
            }
            if (Arrays.stream(weights).sum() == 0) {
                weights[0] = 1;
            }
            long total = (long) (random.nextDouble() * 2_000_000_000L);
            long[] shares = LargestRemainder.allocate(total, weights);

            assertThat(Arrays.stream(shares).sum()).as("plan %d adds up", plan).isEqualTo(total);
            BigDecimal sum = BigDecimal.valueOf(Arrays.stream(weights).sum());
            for (int i = 0; i < victims; i++) {
                BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weights[i])).divide(sum, MathContext.DECIMAL128);
                assertThat(BigDecimal.valueOf(shares[i]).subtract(exact).abs()).as("plan %d share %d", plan, i)
                        .isLessThan(BigDecimal.ONE);
                if (weights[i] == 0) {
                    assertThat(shares[i]).isZero();
                }
            }
        }
    }

    @Test
    void oneVictimGetsEverything() {
        assertThat(LargestRemainder.allocate(1_234_567, new long[]{42})).containsExactly(1_234_567);
    }

    @Test
    void equalWeightsShareTheLeftOverFenFromTheFirstOn() {
        assertThat(LargestRemainder.allocate(100, new long[]{1, 1, 1})).containsExactly(34, 33, 33);
        assertThat(LargestRemainder.allocate(200, new long[]{5, 5, 5})).containsExactly(67, 67, 66);
        // the same input, the same shares
        assertThat(LargestRemainder.allocate(200, new long[]{5, 5, 5})).containsExactly(67, 67, 66);
    }

    @Test
    void aTieOfRemaindersGoesToTheLargerWeight() {
        // exact 1.5 and 4.5: both remainders are a half, the one unit left goes to the larger weight
        assertThat(LargestRemainder.allocate(6, new long[]{1, 3})).containsExactly(1, 5);
    }

    @Test
    void nothingToShareGivesZeros() {
        assertThat(LargestRemainder.allocate(0, new long[]{3, 4})).containsExactly(0, 0);
    }

    @Test
    void zeroOrNegativeWeightsAndNegativeTotalsAreRefused() {
        assertThatThrownBy(() -> LargestRemainder.allocate(100, new long[]{0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.allocate(100, new long[]{})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.allocate(100, new long[]{3, -1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.allocate(-1, new long[]{3})).isInstanceOf(IllegalArgumentException.class);
    }
}
