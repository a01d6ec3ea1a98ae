package cn.gov.wujin.yanghu.operations.domain;

/**
 * A kind of record with personal data that is kept for a term and then purged or anonymised,
 * with the statement that finds the due rows (?1 the cut-off: the term's start before which a
 * row is due) and the one that handles a batch of them (?1 the cut-off, ?2 the batch's size).
 * Cases and the audit trail are never among them: cases follow the archive rules, and the
 * trail is kept whole.
 */
public enum RetentionKind {

    /** Photos of anonymous tips, counted from the tip's submission; the tip itself stays. */
    TIP_PHOTO("SELECT count(*) FROM tip_photo p JOIN tip t ON t.id = p.tip_id WHERE t.submitter_account_id IS NULL AND t.submitted_at < ?1",
            "WITH due AS (SELECT p.tip_id FROM tip_photo p JOIN tip t ON t.id = p.tip_id "
                    + "WHERE t.submitter_account_id IS NULL AND t.submitted_at < ?1 ORDER BY p.tip_id LIMIT ?2), "
                    + "gone AS (DELETE FROM tip_photo WHERE tip_id IN (SELECT tip_id FROM due) RETURNING tip_id) "
                    + "UPDATE tip SET photo_type = NULL WHERE id IN (SELECT tip_id FROM gone)"),

    /**
     * Triaged tips, counted from the triage: what was written about the place and the people
     * blanked, the coordinates and photo dropped; category, station, group, status and the
     * dates stay, so every count (tip_daily, points) is unchanged.
     */
    CLOSED_TIP("SELECT count(*) FROM tip WHERE status <> 'NEW' AND triaged_at < ?1 AND anonymised_at IS NULL",
            "WITH due AS (SELECT id FROM tip WHERE status <> 'NEW' AND triaged_at < ?1 AND anonymised_at IS NULL ORDER BY id LIMIT ?2), "
                    + "photos AS (DELETE FROM tip_photo WHERE tip_id IN (SELECT id FROM due)) "
                    + "UPDATE tip SET description = '-', place = '-', latitude = NULL, longitude = NULL, triage_note = NULL, "
                    + "photo_type = NULL, anonymised_at = now() WHERE id IN (SELECT id FROM due)"),

    /** Notifications, from their creation (the audit trail keeps that each was sent). */
    NOTIFICATION("SELECT count(*) FROM notification WHERE created_at < ?1",
            "DELETE FROM notification WHERE id IN (SELECT id FROM notification WHERE created_at < ?1 ORDER BY id LIMIT ?2)"),

    /** API tokens, from their expiry or revocation, whichever came first. */
    API_TOKEN("SELECT count(*) FROM api_token WHERE least(expires_at, coalesce(revoked_at, expires_at)) < ?1",
            "DELETE FROM api_token WHERE id IN (SELECT id FROM api_token "
                    + "WHERE least(expires_at, coalesce(revoked_at, expires_at)) < ?1 ORDER BY id LIMIT ?2)"),

    /** Sent text messages of the SMS outbox (a phone number and its text), from sending. */
    SMS_SENT("SELECT count(*) FROM sms_outbox WHERE status = 'SENT' AND sent_at < ?1",
            "DELETE FROM sms_outbox WHERE id IN (SELECT id FROM sms_outbox WHERE status = 'SENT' AND sent_at < ?1 ORDER BY id LIMIT ?2)"),

    /** Failures of scheduled work (their messages may name records), from the failure. */
    JOB_FAILURE("SELECT count(*) FROM job_failure WHERE failed_at < ?1",
            "DELETE FROM job_failure WHERE id IN (SELECT id FROM job_failure WHERE failed_at < ?1 ORDER BY id LIMIT ?2)"),

    /** Idempotency keys of members' steps on shifts (the phone app's retries), from the step: a retry comes within hours. */
    SHIFT_STEP_KEY("SELECT count(*) FROM shift_step_key WHERE created_at < ?1",
            "DELETE FROM shift_step_key WHERE id IN (SELECT id FROM shift_step_key WHERE created_at < ?1 ORDER BY id LIMIT ?2)"),
    /** Where a volunteer's phone was during a patrol (the optional track), from receipt. */
    PATROL_TRACK("SELECT count(*) FROM shift_track_point WHERE received_at < ?1",
            "DELETE FROM shift_track_point WHERE id IN (SELECT id FROM shift_track_point WHERE received_at < ?1 ORDER BY id LIMIT ?2)");

    private final String countDue;
    private final String purgeBatch;

    RetentionKind(String countDue, String purgeBatch) {
        this.countDue = countDue;
        this.purgeBatch = purgeBatch;
    }

    public String countDue() {
        return countDue;
    }

    public String purgeBatch() {
        return purgeBatch;
    }

    /** Anonymised (kept for the counts) rather than deleted. */
    public boolean anonymises() {
        return this == CLOSED_TIP;
    }
}
