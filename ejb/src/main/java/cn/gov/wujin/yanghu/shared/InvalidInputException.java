package cn.gov.wujin.yanghu.shared;

/** One input breaks a rule that Bean Validation cannot see (uniqueness, checksums, combinations). */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
