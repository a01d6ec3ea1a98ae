package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** One of a person's ways in that is open now: a signed-in browser, or an API token. */
@Schema(description = "A signed-in browser (WEB) or an API token (API_TOKEN) of the caller that is open now.")
public record SessionView(
        @Schema(required = true, description = "WEB: end it with DELETE /me/sessions/{id}; API_TOKEN: with DELETE /me/tokens/{id}.",
                enumeration = {"WEB", "API_TOKEN"}, example = "WEB") String kind,
        @Schema(required = true, description = "The session's or the token's id.", example = "812") long id,
        @Schema(required = true, description = "The device, from the client's user agent (? when it sent none).",
                example = "Chrome · Windows") String device,
        @Schema(description = "The client's address when it signed in.", example = "10.32.4.17") String address,
        @Schema(required = true, description = "When it signed in.") Instant startedAt,
        @Schema(description = "When it was last used (to the minute), if ever.") Instant lastUsedAt,
        @Schema(description = "When it expires by itself (tokens; a browser's session ends after 30 idle minutes).") Instant expiresAt,
        @Schema(required = true, description = "True for the session or token of this very request.") boolean current)
        implements Serializable {
}
