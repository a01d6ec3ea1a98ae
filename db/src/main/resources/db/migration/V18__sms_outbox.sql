-- SMS that reach the field: every message is a row of the outbox, written in the transaction of
-- the change that causes it (a rolled-back change sends nothing), and sent after commit by a
-- dispatcher that every instance runs. An instance claims due rows for a while (a lease:
-- claimed_by, claimed_until) with FOR UPDATE SKIP LOCKED, so two instances never take the same
-- row; a row whose lease ran out (its instance died) is claimed again.

-- Which kinds of notification also go by SMS; the administrator changes it. A kind first offered
-- without a row here gets one (not by SMS), so that it shows on the administrator's page.
CREATE TABLE notification_kind_setting (
    kind     varchar(40) PRIMARY KEY,
    sms      boolean     NOT NULL,
    version  bigint      NOT NULL DEFAULT 0,
    CONSTRAINT notification_kind_format CHECK (kind ~ '^[A-Z][A-Z0-9_]{1,39}$')
);
INSERT INTO notification_kind_setting (kind, sms) VALUES
    ('LEAD_URGENT', true),             -- a new urgent warning lead: 30 minutes to reach the person
    ('LEAD_HELP_REQUESTED', true),     -- a call for help with door-to-door dissuasion
    ('STOP_PAYMENT_ENDING', true),     -- a stop-payment's 48-hour window ends within 6 hours
    ('REQUEST_ESCALATED', true),       -- an enterprise request escalated to the station head
    ('LIAISON_NOTICE', true),          -- a liaison's anti-fraud notice to enterprise contacts
    ('LEAD_ESCALATED', false),
    ('LEAD_OVERDUE', false),
    ('LEAD_HELP_ANSWERED', false),
    ('CASE_AWAITS_DECISION', false),
    ('CASE_DECIDED', false),
    ('CASE_HANDED_OVER', false),
    ('STOP_PAYMENT_ENDED', false),
    ('TIP_STATUS_CHANGED', false),
    ('SHIFT_TOMORROW', false),
    ('SHIFT_SOON', false),
    ('SHIFT_COVER_NEEDED', false),
    ('SHIFT_MOVED', false),
    ('SHIFT_CANCELLED', false),
    ('REQUEST_OVERDUE', false),
    ('ACCOUNT_LOCKED', false);

-- A person's own choice: SMS on or off, and quiet hours (bureau time) during which a message that
-- is not urgent waits. No row: SMS on, no quiet hours. A window may run across midnight
-- (22:00-07:00).
CREATE TABLE notification_preference (
    account_id   bigint      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    sms_enabled  boolean     NOT NULL DEFAULT true,
    quiet_from   time,
    quiet_to     time,
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT notification_quiet_both CHECK ((quiet_from IS NULL) = (quiet_to IS NULL)),
    CONSTRAINT notification_quiet_not_empty CHECK (quiet_from IS NULL OR quiet_from <> quiet_to)
);

CREATE TABLE sms_outbox (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id     bigint        REFERENCES account (id) ON DELETE SET NULL, -- null: someone without an account
    station_id     bigint,                                                   -- the account's, for the audit trail
    phone          varchar(20)   NOT NULL,                                   -- as PhoneNumbers.normalize leaves it
    kind           varchar(40)   NOT NULL,
    urgent         boolean       NOT NULL DEFAULT false,
    text           varchar(1000) NOT NULL,
    status         varchar(8)    NOT NULL DEFAULT 'PENDING',
    created_at     timestamptz   NOT NULL DEFAULT clock_timestamp(),
    not_before     timestamptz   NOT NULL DEFAULT clock_timestamp(),          -- quiet hours, or the next retry
    attempts       integer       NOT NULL DEFAULT 0,                          -- claims so far
    claimed_by     varchar(100),                                              -- instance/claim of the running attempt
    claimed_until  timestamptz,
    sent_at        timestamptz,
    last_error     varchar(500),
    CONSTRAINT sms_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT sms_outbox_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
-- what the dispatcher looks for every few seconds: due, unsent rows (few, however long the table grows)
CREATE INDEX sms_outbox_due ON sms_outbox (not_before) WHERE status = 'PENDING';
-- the administrator's page, newest first, by status
CREATE INDEX sms_outbox_status ON sms_outbox (status, id DESC);
