-- The audit trail: one append-only table. The application only inserts; the database
-- itself refuses UPDATE, DELETE and TRUNCATE, whoever asks.

CREATE TABLE audit_entry (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor           varchar(40)  NOT NULL,
    action          varchar(40)  NOT NULL,
    entity_type     varchar(40),
    entity_id       varchar(40),
    station_id      bigint,      -- no foreign key: the trail outlives what it describes
    summary         varchar(500),
    client_address  varchar(64)
);
CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_station ON audit_entry (station_id, occurred_at DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
