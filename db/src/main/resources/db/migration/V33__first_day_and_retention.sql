-- Issue 25: what a bureau sets on the first day of a deployment, and how long personal data is kept.

-- Settings of how the deployment runs, edited by ADMIN (/admin/operations-settings.xhtml), audited.
-- TRUSTED_PROXIES: the balancers (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For
-- names the client; empty: none, every caller is who its connection says it is.
CREATE TABLE operations_setting (
    name     varchar(32)    PRIMARY KEY,
    value    varchar(1000)  NOT NULL DEFAULT '',
    version  bigint         NOT NULL DEFAULT 0
);
INSERT INTO operations_setting (name, value) VALUES ('TRUSTED_PROXIES', '');

-- How long each kind of record with personal data is kept (days after the moment the kind
-- counts from; 0 for API tokens: dropped once expired). Cases are never purged here.
CREATE TABLE retention_setting (
    kind     varchar(24)  PRIMARY KEY,
    days     integer      NOT NULL CHECK (days BETWEEN 0 AND 36500),
    version  bigint       NOT NULL DEFAULT 0
);
INSERT INTO retention_setting (kind, days) VALUES
    ('TIP_PHOTO', 365),        -- photos of anonymous tips, from the tip's submission
    ('CLOSED_TIP', 1095),      -- triaged tips, from the triage: personal fields anonymised, the counts kept
    ('NOTIFICATION', 180),     -- from creation
    ('API_TOKEN', 0),          -- from expiry (or revocation)
    ('SMS_SENT', 180),         -- sent rows of the SMS outbox, from sending
    ('JOB_FAILURE', 30);       -- failures of scheduled work, from the failure

-- A closed tip whose personal fields the retention job blanked (kept for the counts).
ALTER TABLE tip ADD COLUMN anonymised_at timestamptz;

-- An account whose password was handed out (import, reset) must change it before anything else.
ALTER TABLE account ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;

-- The SMS with a new account's one-time password (an account import that hands them out by SMS).
INSERT INTO notification_kind_setting (kind, sms) VALUES ('SETUP_PASSWORD', true) ON CONFLICT (kind) DO NOTHING;
