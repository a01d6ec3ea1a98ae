package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

@Schema(description = "A bearer token for the API.")
public record IssuedToken(
        @Schema(required = true, description = "The token (opaque, 43 characters of base64url): send it as Authorization: Bearer <token>.",
                pattern = "^[A-Za-z0-9_-]{43}$", example = "q3J8vX2mN0pLr5TzYw7cH1dKfE9sUaB4gQ6iVxZoR2M") String token,
        @Schema(required = true, description = "When it stops being accepted.") Instant expiresAt) implements Serializable {
}
