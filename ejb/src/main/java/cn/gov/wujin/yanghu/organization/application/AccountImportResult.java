package cn.gov.wujin.yanghu.organization.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;

/** An account import's plan, and the new accounts' one-time passwords when they are handed out as a list. */
@Schema(name = "AccountImport", description = "What an account import did (or would do), and the one-time passwords of the new "
        + "accounts when they are handed out as a list (shown this once, never again).")
public record AccountImportResult(
        @Schema(required = true) ImportPlan plan,
        @Schema(required = true, enumeration = {"LIST", "SMS"}, description = "How the passwords are handed out.", example = "LIST")
        String delivery,
        @Schema(required = true, description = "LIST, not a dry run: every new account's one-time password. Otherwise empty "
                + "(SMS: queued in the SMS outbox, one message per new account).") List<HandedOutPassword> passwords)
        implements Serializable {
}
