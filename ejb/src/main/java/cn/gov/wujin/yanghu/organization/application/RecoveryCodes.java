package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/** The recovery codes of a newly confirmed factor, shown this once. */
@Schema(description = "Ten single-use recovery codes, shown this once: each signs in once in place of a code from the app.")
public record RecoveryCodes(
        @Schema(required = true, description = "The codes (5 letters or digits, a dash, 5 more).", minItems = 10, maxItems = 10,
                example = "[\"K7QXM-2WD9P\"]") List<String> recoveryCodes) implements Serializable {
}
