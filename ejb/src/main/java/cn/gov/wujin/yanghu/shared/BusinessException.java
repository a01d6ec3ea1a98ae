package cn.gov.wujin.yanghu.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A refusal the user can act on. Carries a message key (resolved in the user's language by
 * the web tier), its arguments and, when one input is at fault, the field's name.
 * Rolls the transaction back: a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]") + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input at fault, or null. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
