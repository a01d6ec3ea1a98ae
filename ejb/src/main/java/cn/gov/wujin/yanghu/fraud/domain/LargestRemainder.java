package cn.gov.wujin.yanghu.fraud.domain;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shares a whole number of units (fen) in proportion to weights so that the shares add up to
 * the total exactly (the largest-remainder method, 最大余数法): each share is first its exact
 * value rounded down; the units left over (fewer than the number of shares) go one each to the
 * largest remainders. No share then differs from its exact value by a unit or more. Ties go to
 * the larger weight, then to the earlier position, so the same input always gives the same shares.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * The shares of {@code total} units by {@code weights}, in their order.
     *
     * @throws IllegalArgumentException for a negative total, no weights, a negative weight, or
     *                                  weights that are all zero (nothing to share by)
     */
    public static long[] allocate(long total, long[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("a negative total cannot be shared: " + total);
        }
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("no weights to share by");
        }
        if (Arrays.stream(weights).anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("a weight is negative: " + Arrays.toString(weights));
        }
        // exact products: a total of 10^12 fen times a weight of 10^12 fen does not fit a long
        BigInteger sum = Arrays.stream(weights).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("the weights are all zero");
        }
        long[] shares = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] quotient = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
            shares[i] = quotient[0].longValueExact();
            remainders[i] = quotient[1];
            given += shares[i];
        }
        long left = total - given; // < weights.length: each share lost less than one unit
        Integer[] order = IntStream.range(0, weights.length).boxed().sorted(Comparator
                .comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.comparingLong((Integer i) -> weights[i]).reversed())
                .thenComparingInt(i -> i)).toArray(Integer[]::new);
        for (int k = 0; k < left; k++) {
            shares[order[k]]++;
        }
        return shares;
    }
}
