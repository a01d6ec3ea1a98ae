package cn.gov.wujin.yanghu.shared;

/** Someone else saved the record since it was read: the second save is refused, never merged silently. */
public class ConflictException extends BusinessException {

    public ConflictException(String entityType, Object id) {
        super("error.conflict", null, entityType, id);
    }
}
