package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;
import java.time.Instant;

/** One of a person's security keys, as their page lists it. */
public record KeyView(long id, String name, Instant createdAt, Instant lastUsedAt) implements Serializable {
}
