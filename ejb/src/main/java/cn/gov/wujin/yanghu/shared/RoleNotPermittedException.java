package cn.gov.wujin.yanghu.shared;

/** The caller may see the record, but their role may not do this to it (HTTP 403). */
public class RoleNotPermittedException extends BusinessException {

    public RoleNotPermittedException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
