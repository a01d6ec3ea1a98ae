package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;
import java.time.Instant;

public record IssuedToken(String token, Instant expiresAt) implements Serializable {
}
