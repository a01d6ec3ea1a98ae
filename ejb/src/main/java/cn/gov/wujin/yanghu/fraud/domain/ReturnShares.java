package cn.gov.wujin.yanghu.fraud.domain;

import cn.gov.wujin.yanghu.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a return plan, without a database. Money traced to a victim (可查明的) goes to
 * that victim, at most what they transferred to the account and were not given back yet. What
 * cannot be traced is shared in proportion to each victim's loss (what they transferred, less what
 * came back before and less their traced money), exactly to the fen by {@link LargestRemainder},
 * and never more than the losses together: what is more stays frozen for a later round.
 */
public final class ReturnShares {

    /** One victim's claim on the account. */
    public record Claim(BigDecimal transferred, BigDecimal returnedBefore, BigDecimal traced) {
    }

    /** One victim's share: {@code amount = traced + proportional}. */
    public record Share(BigDecimal loss, BigDecimal traced, BigDecimal proportional, BigDecimal amount) {
    }

    private ReturnShares() {
    }

    /**
     * The shares of {@code available} (the account's frozen money not yet given back), in the
     * claims' order. Refuses traced money beyond a victim's open claim ({@code traced[i].amount})
     * and traced money beyond what is available ({@code traced}).
     */
    public static List<Share> of(BigDecimal available, List<Claim> claims) {
        BigDecimal tracedTotal = BigDecimal.ZERO;
        long[] losses = new long[claims.size()];
        long lossTotal = 0;
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            BigDecimal open = claim.transferred().subtract(claim.returnedBefore()).max(BigDecimal.ZERO);
            if (claim.traced().signum() < 0 || claim.traced().compareTo(open) > 0) {
                throw new InvalidInputException("traced[" + i + "].amount", "returnPlan.tracedMoreThanOwed", open.toPlainString());
            }
            tracedTotal = tracedTotal.add(claim.traced());
            losses[i] = fen(open.subtract(claim.traced()));
            lossTotal += losses[i];
        }
        if (tracedTotal.compareTo(available) > 0) {
            throw new InvalidInputException("traced", "returnPlan.tracedMoreThanAvailable", available.toPlainString());
        }
        long pool = Math.min(fen(available.subtract(tracedTotal)), lossTotal);
        long[] proportional = pool == 0 ? new long[claims.size()] : LargestRemainder.allocate(pool, losses);
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            BigDecimal traced = claims.get(i).traced().setScale(2);
            BigDecimal share = yuan(proportional[i]);
            shares.add(new Share(yuan(losses[i]), traced, share, traced.add(share)));
        }
        return shares;
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
