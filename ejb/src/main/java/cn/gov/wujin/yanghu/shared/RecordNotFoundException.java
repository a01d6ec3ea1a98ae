package cn.gov.wujin.yanghu.shared;

/**
 * The record does not exist, or the caller may not know that it does: a record of another
 * station answers the same as a missing one, so its existence does not leak.
 */
public class RecordNotFoundException extends BusinessException {

    public RecordNotFoundException(String entityType, Object id) {
        super("error.notFound", null, entityType, id);
    }
}
