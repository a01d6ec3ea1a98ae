package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** One's own second factor, as the profile and the API show it. */
@Schema(description = "The signed-in person's second factor.")
public record SecondFactorStatus(
        @Schema(required = true, description = "Whether sign-in asks for a code from an authenticator app (TOTP).") boolean totp,
        @Schema(description = "When the authenticator app was confirmed.") Instant totpConfirmedAt,
        @Schema(required = true, description = "Recovery codes not used yet.", minimum = "0", maximum = "10") int recoveryCodesLeft,
        @Schema(required = true, description = "Whether a role of the account requires a second factor (the administrator's setting).")
        boolean required,
        @Schema(required = true, description = "Security keys and platform authenticators (WebAuthn) registered, enrolled on the "
                + "profile's page.", minimum = "0") int securityKeys) implements Serializable {

    /** A role requires a factor and none is enrolled: nothing else may be done before enrolling. */
    public boolean mustEnrol() {
        return required && !totp && securityKeys == 0;
    }
}
