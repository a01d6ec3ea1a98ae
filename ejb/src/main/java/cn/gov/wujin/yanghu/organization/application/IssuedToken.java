package cn.gov.wujin.yanghu.organization.application;

import java.time.Instant;

public record IssuedToken(String token, Instant expiresAt) {
}
