package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;

/** The answer to a sent tip; {@code created} is false when a retry found the tip sent before. */
public record TipReceipt(long id, String status, String trackingCode, boolean created) implements Serializable {
}
