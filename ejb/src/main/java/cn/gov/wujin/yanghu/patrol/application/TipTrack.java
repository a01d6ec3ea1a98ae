package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.Instant;

/** What a tracking code shows to anyone who holds it: the status, nothing else. */
public record TipTrack(String trackingCode, String status, Instant submittedAt) implements Serializable {
}
