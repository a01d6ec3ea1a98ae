package cn.gov.wujin.yanghu.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.Instant;

/** One audit row as pages and the API show it; summaries are masked when written. */
@Schema(description = "One entry of an audit trail: who did what to which record, when and from where. Personal data in the "
        + "summary is masked.")
public record AuditEntryView(
        @Schema(required = true, description = "When it happened.") Instant occurredAt,
        @Schema(required = true, description = "The username of who did it (system for scheduled work).", example = "officer1")
        String actor,
        @Schema(required = true, description = "What was done.", enumeration = {"CREATE", "UPDATE", "DELETE", "VIEW_PERSONAL_DATA", "LOGIN",
                "LOGIN_FAILED", "ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED", "PASSWORD_CHANGED", "TOKEN_ISSUED", "TOKEN_REVOKED", "NOTIFIED",
                "SMS_SENT", "SMS_FAILED", "DOCUMENT_ISSUED", "DOCUMENT_REPRINTED", "RETENTION_PURGED",
                "SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_RESET", "SESSION_ENDED"}, example = "UPDATE") String action,
        @Schema(required = true, description = "The kind of record (for a case: FraudCase, StopPayment, FundReturn or "
                + "CaseDocument).",
                example = "FraudCase") String entityType,
        @Schema(description = "The record as it stands after the change, in short (personal data masked).",
                example = "HT-2026-000123 ORDER_BRUSHING ACCEPTED loss 25800.00 officer officer1 due 2026-03-15T02:20:00Z "
                        + "stop-payments 1 frozen 0.00 returned 0.00")
        String summary,
        @Schema(description = "The client's address, when the action came from a request.", example = "10.32.4.17")
        String clientAddress) implements Serializable {
}
