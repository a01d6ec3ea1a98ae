package cn.gov.wujin.yanghu.shared;

/** The caller may see the record but not do this to it (a rule of the domain, not a missing role). */
public class RuleViolationException extends BusinessException {

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
