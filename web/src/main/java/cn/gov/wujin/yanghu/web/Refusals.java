package cn.gov.wujin.yanghu.web;

import cn.gov.wujin.yanghu.shared.BusinessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

/**
 * Finds, inside the wrappers the EJB container adds, the reason a call was refused: a
 * business rule, invalid input, or a concurrent change. Null when it was a real failure.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Throwable reason(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException || t instanceof ConstraintViolationException
                    || t instanceof OptimisticLockException) {
                return t;
            }
        }
        return null;
    }
}
