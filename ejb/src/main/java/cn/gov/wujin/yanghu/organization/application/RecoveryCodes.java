package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/** The recovery codes of a newly confirmed factor, shown this once. */
@Schema(description = "Ten single-use recovery codes, shown this once: each signs in once in place of a code from the app.")
public record RecoveryCodes(
        @Schema(required = true, description = "The codes (5 letters or digits, a dash, 5 more).", minItems = 10, maxItems = 10,
                example = "[\"K7QXM-2WD9P\", \"3HNVA-T8RZC\", \"P2MXK-7YQWE\", \"ZR4TD-N6HBA\", \"WQ8CV-5JMKT\", "
                        + "\"E3YPH-RX7NB\", \"M9KDA-42VQZ\", \"TB6WN-HC3XP\", \"G5RJQ-8MEAV\", \"XN2PB-KD9TW\"]")
        List<String> recoveryCodes) implements Serializable {
}
