package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;

/** A TOTP secret as shown once, at enrolment. */
@Schema(description = "A new TOTP secret, shown this once: add it to an authenticator app (scan otpauthUri as a QR code or type the "
        + "secret), then confirm with a code. It is never shown again.")
public record TotpEnrolment(
        @Schema(required = true, description = "The secret in base32 (RFC 4648, no padding), 32 characters.",
                pattern = "^[A-Z2-7]{32}$", example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") String secret,
        @Schema(required = true, description = "The otpauth URI authenticator apps read from a QR code (HMAC-SHA1, 6 digits, 30 s).",
                example = "otpauth://totp/Yanghu:officer1?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Yanghu&algorithm=SHA1&digits=6&period=30")
        String otpauthUri) implements Serializable {
}
