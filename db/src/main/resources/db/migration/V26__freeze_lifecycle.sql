-- A freeze (冻结) lives on until it is renewed (续冻), unfrozen (解冻) or lapses at its expiry.
-- A SUPERVISOR may approve the extended term (FREEZE_EXTENDED_MONTHS) at the freeze; a renewal
-- runs the same term again from the previous expiry.
ALTER TABLE stop_payment
    ADD COLUMN freeze_extended  boolean NOT NULL DEFAULT false,
    ADD COLUMN unfrozen_at      timestamptz,
    ADD COLUMN unfrozen_by      varchar(40),
    ADD COLUMN unfreeze_reason  varchar(1000),
    ADD CONSTRAINT stop_payment_unfreeze CHECK ((freeze_status = 'UNFROZEN') = (unfrozen_at IS NOT NULL)
        AND (unfrozen_at IS NULL) = (unfrozen_by IS NULL) AND (unfrozen_at IS NULL) = (unfreeze_reason IS NULL));

-- One row per renewal: each is a decision of its own (a document is produced per renewal).
CREATE TABLE freeze_renewal (
    id                   bigserial    PRIMARY KEY,
    stop_payment_id      bigint       NOT NULL REFERENCES stop_payment (id) ON DELETE CASCADE,
    renewed_at           timestamptz  NOT NULL,
    previous_expires_at  timestamptz  NOT NULL,
    new_expires_at       timestamptz  NOT NULL,
    approved_by          varchar(40)  NOT NULL,
    CONSTRAINT freeze_renewal_later CHECK (new_expires_at > previous_expires_at)
);
CREATE INDEX freeze_renewal_stop_payment ON freeze_renewal (stop_payment_id, renewed_at);

-- The alerts before an expiry, each threshold (in days) once per freeze and expiry, whichever
-- instance gets there first: the primary key decides, a renewal's new expiry is told anew.
CREATE TABLE freeze_alert (
    stop_payment_id  bigint       NOT NULL REFERENCES stop_payment (id) ON DELETE CASCADE,
    expires_at       timestamptz  NOT NULL,
    days             integer      NOT NULL,
    alerted_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (stop_payment_id, expires_at, days)
);

-- Serialises stop-payment requests on one account across instances (pg_advisory_xact_lock on
-- this key) before they are counted against STOP_PAYMENTS_PER_ACCOUNT.
CREATE FUNCTION stop_payment_account_lock_key(account varchar) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT hashtextextended('stop-payment-account:' || account, 0)
$$;

-- A freeze nearing its expiry also goes by SMS: money released unnoticed is lost to the victims.
INSERT INTO notification_kind_setting (kind, sms) VALUES ('FREEZE_EXPIRING', true) ON CONFLICT (kind) DO NOTHING;
