package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** The one-time password of a new account, to be handed to its owner once (a printed list or an SMS). */
@Schema(name = "HandedOutPassword", description = "A new account's one-time password; it must be changed at the first sign-in.")
public record HandedOutPassword(
        @Schema(required = true, example = "wang.wei") String username,
        @Schema(required = true, example = "王伟") String displayName,
        @Schema(description = "The account's station code; empty for the bureau.", example = "HT") String stationCode,
        @Schema(description = "The phone an SMS goes to.", example = "13912345678") String phone,
        @Schema(required = true, description = "The one-time password.", example = "k7Hq2mPz9xRt") String password)
        implements Serializable {

    @Override
    public String toString() {
        return "HandedOutPassword[" + username + "]"; // never the password in a log line
    }
}
