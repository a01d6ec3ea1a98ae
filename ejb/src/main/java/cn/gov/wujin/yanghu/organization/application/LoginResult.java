package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What a password check found. Unknown users, wrong passwords and inactive accounts all read INVALID. */
public record LoginResult(Outcome outcome, String username, Set<String> roles, Instant lockedUntil) implements Serializable {

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED,
        /** The password was right; the account signs in with a second factor, not sent yet. */
        SECOND_FACTOR_REQUIRED
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, Set.of(), null);
    }
}
