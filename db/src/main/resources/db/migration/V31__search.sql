-- Search (one search box): the text of cases, tips, warning leads, visits, enterprise requests,
-- enterprises and projects, indexed with PostgreSQL's own full-text search. The server has no
-- Chinese word segmenter (no zhparser, pg_jieba or pg_bigm), and pg_trgm cannot use its index for
-- the 1-2 character words most Chinese queries are. So every Chinese character is a word of its
-- own, at its position, and a query asks for characters next to each other ('养' <-> '老'):
-- a 2-character word is answered from the GIN index.
--
-- search_document: the text as NFKC (full-width letters and digits become ASCII), ASCII lower
-- case; a +86 / 0086 country prefix dropped and the spaces, dashes, dots and brackets between
-- digits removed, as PhoneNumbers does (138 1234-5678 is 13812345678, an account typed in groups
-- one number); every character that is neither a-z, 0-9 nor a Chinese character a separator;
-- each Chinese character a word. The query side (search.SearchText) does exactly the same to
-- the words typed. IMMUTABLE, so a generated column keeps it in the writing transaction,
-- bulk COPY included.
CREATE FUNCTION search_document(content text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT to_tsvector('simple'::regconfig,
    regexp_replace(
        regexp_replace(
            regexp_replace(
                regexp_replace(lower(normalize(content, NFKC) COLLATE "C"),
                    '(^|[^0-9])(\+86|0086)[\s().-]*([0-9])', '\1\3', 'g'),
                '([0-9])[\s().-]+(?=[0-9])', '\1', 'g'),
            '[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', ' ', 'g'),
        '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])', ' \1 ', 'g'))
$$;

-- What each record is found by. The separator keeps the fields apart (no phrase runs from one
-- field into the next); coalesce and || rather than concat_ws, which is not IMMUTABLE.
ALTER TABLE fraud_case ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(case_number || ' | ' || narrative || ' | ' || coalesce(contact_method, ''))) STORED;
CREATE INDEX fraud_case_search ON fraud_case USING gin (search_doc);

ALTER TABLE tip ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(coalesce(description, '') || ' | ' || coalesce(place, ''))) STORED;
CREATE INDEX tip_search ON tip USING gin (search_doc);

ALTER TABLE warning_lead ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(phone || ' | ' || coalesce(person_name, '') || ' | ' || coalesce(address, '')
        || ' | ' || coalesce(outcome_note, ''))) STORED;
CREATE INDEX warning_lead_search ON warning_lead USING gin (search_doc);

ALTER TABLE visit ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(coalesce(people_met, '') || ' | ' || coalesce(topics, ''))) STORED;
CREATE INDEX visit_search ON visit USING gin (search_doc);

ALTER TABLE enterprise_request ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(coalesce(description, '') || ' | ' || coalesce(resolution, ''))) STORED;
CREATE INDEX enterprise_request_search ON enterprise_request USING gin (search_doc);

ALTER TABLE enterprise ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(name || ' | ' || credit_code::text || ' | ' || coalesce(address, '')
        || ' | ' || coalesce(contact_name, ''))) STORED;
CREATE INDEX enterprise_search ON enterprise USING gin (search_doc);

ALTER TABLE project ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(coalesce(name, '') || ' | ' || coalesce(site_address, ''))) STORED;
CREATE INDEX project_search ON project USING gin (search_doc);

-- One index of identifiers (涉案要素): the phones, bank and payment accounts, WeChat and QQ ids,
-- URLs and app names that free text names (case narratives, tip descriptions, enterprise
-- requests, visit notes), each with where it was seen. Extraction is conservative: an 11-digit
-- phone never inside a longer digit run, a bank account 16-19 digits with a valid Luhn check
-- digit and not shaped like an ID-card number, WeChat, QQ and Alipay ids only after their
-- keyword, an app name only quoted before "APP/软件/客户端", a URL only with a known top-level
-- domain and never an e-mail's. Values are normalised as the intake does (IdentifierType), so a
-- sighting and a case's identifier are the same value. search.IdentifierExtraction is the Java
-- twin (its unit test holds the table of true and false positives).
CREATE FUNCTION luhn_valid(digits text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT sum(CASE WHEN (length(digits) - i) % 2 = 1
                THEN (substr(digits, i, 1)::int * 2) - CASE WHEN substr(digits, i, 1)::int * 2 > 9 THEN 9 ELSE 0 END
                ELSE substr(digits, i, 1)::int END) % 10 = 0
FROM generate_series(1, length(digits)) i
$$;

-- PL/pgSQL, not SQL: an SQL function would be inlined and its seven patterns planned again for
-- every insert (1.4 ms a tip, measured); PL/pgSQL keeps the plan.
CREATE FUNCTION extract_identifiers(content text) RETURNS TABLE (type text, value text)
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
RETURN QUERY WITH t AS (SELECT normalize(content, NFKC) AS s)
SELECT DISTINCT f.type, f.value FROM (
    SELECT 'PHONE', regexp_replace(m[1], '[ -]', '', 'g')
    FROM t, regexp_matches(t.s, '(?<![0-9])(?:\+86[ -]?|0086[ -]?)?(1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4})(?![0-9])', 'g') m
    UNION ALL
    SELECT 'BANK_ACCOUNT', d
    FROM t, regexp_matches(t.s, '(?<![0-9])([1-9][0-9]{3}(?:[ -]?[0-9]{4}){2,3}(?:[ -]?[0-9]{1,3})?)(?![0-9])', 'g') m,
         regexp_replace(m[1], '[ -]', '', 'g') d
    WHERE length(d) BETWEEN 16 AND 19 AND luhn_valid(d)
      AND d !~ '^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{4}$'
    UNION ALL
    SELECT 'PAYMENT_ACCOUNT', lower(m[1])
    FROM t, regexp_matches(t.s, '支付宝(?:账号|账户|帐号)?[:： ]*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|1[3-9][0-9]{9}(?![0-9]))', 'g') m
    UNION ALL
    SELECT 'WECHAT', lower(m[1])
    FROM t, regexp_matches(t.s, '(?:微信号?|[Vv][Xx]|[Ww][Xx]|[Ww]e[Cc]hat)[:： ]*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])', 'g') m
    UNION ALL
    SELECT 'QQ', m[1]
    FROM t, regexp_matches(t.s, '[Qq][Qq](?:号码|号)?[:： ]*([1-9][0-9]{4,10})(?![0-9])', 'g') m
    UNION ALL
    SELECT 'URL', lower(split_part(x.u, '/', 1)) || regexp_replace(substr(x.u, length(split_part(x.u, '/', 1)) + 1), '/+$', '')
    FROM t, regexp_matches(t.s, '(?<![A-Za-z0-9.@_-])(?:[Hh][Tt][Tt][Pp][Ss]?://)?(?:[Ww][Ww][Ww]\.)?((?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|top|xyz|vip|cc|app|io|info|shop|site|online|club|ltd)(?::[0-9]{1,5})?(?:/[A-Za-z0-9._~%/?#=&+-]*)?)(?![A-Za-z0-9])', 'g') m,
         LATERAL (SELECT m[1] AS u) x
    UNION ALL
    SELECT 'APP', lower(regexp_replace(btrim(m[1]), '\s+', ' ', 'g'))
    FROM t, regexp_matches(t.s, '[“"「《]([^”"」》\n]{2,20})[”"」》] ?(?:APP|App|app|软件|客户端)', 'g') m
) f (type, value);
END
$$;

-- A sighting: an identifier a record's text names. A dismissed sighting (an officer found it is
-- not the suspect's: the bank's hotline, the victim's own card) counts nowhere but is kept, with
-- who and why, and text edited later does not bring it back.
CREATE TABLE identifier_sighting (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    type            varchar(20)   NOT NULL,
    value           varchar(300)  NOT NULL,
    kind            varchar(12)   NOT NULL,
    record_id       bigint        NOT NULL,
    station_id      bigint        REFERENCES station (id),
    seen_at         timestamptz   NOT NULL DEFAULT now(),
    dismissed_at    timestamptz,
    dismissed_by    varchar(40),
    dismiss_reason  varchar(500),
    CONSTRAINT identifier_sighting_once UNIQUE (kind, record_id, type, value),
    CONSTRAINT identifier_sighting_kind_known CHECK (kind IN ('CASE', 'TIP', 'REQUEST', 'VISIT')),
    CONSTRAINT identifier_sighting_dismissed CHECK ((dismissed_at IS NULL) = (dismiss_reason IS NULL))
);
CREATE INDEX identifier_sighting_value ON identifier_sighting (value, type) WHERE dismissed_at IS NULL;

-- Kept in the writing transaction, whoever writes: the services, the demo history, a bulk COPY.
-- New rows per statement (one pass over a COPY's rows); a changed text or station per row.
-- The update trigger's TG_ARGV: the kind, the text column.
-- One function per table rather than one with dynamic SQL, which is planned again for every insert.
CREATE FUNCTION fraud_case_sightings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO identifier_sighting (type, value, kind, record_id, station_id)
        SELECT e.type, e.value, 'CASE', n.id, n.station_id FROM new_rows n, extract_identifiers(n.narrative) e
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION tip_sightings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO identifier_sighting (type, value, kind, record_id, station_id)
        SELECT e.type, e.value, 'TIP', n.id, n.station_id FROM new_rows n, extract_identifiers(n.description) e
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION enterprise_request_sightings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO identifier_sighting (type, value, kind, record_id, station_id)
        SELECT e.type, e.value, 'REQUEST', n.id, n.station_id FROM new_rows n, extract_identifiers(n.description) e
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION visit_sightings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO identifier_sighting (type, value, kind, record_id, station_id)
        SELECT e.type, e.value, 'VISIT', n.id, n.station_id FROM new_rows n, extract_identifiers(n.topics) e
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION identifier_sightings_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    body text := to_jsonb(NEW) ->> TG_ARGV[1];
BEGIN
    IF body IS NOT DISTINCT FROM (to_jsonb(OLD) ->> TG_ARGV[1]) AND NEW.station_id IS NOT DISTINCT FROM OLD.station_id THEN
        RETURN NULL;
    END IF;
    DELETE FROM identifier_sighting s WHERE s.kind = TG_ARGV[0] AND s.record_id = NEW.id AND s.dismissed_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM extract_identifiers(body) e WHERE e.type = s.type AND e.value = s.value);
    INSERT INTO identifier_sighting (type, value, kind, record_id, station_id)
        SELECT e.type, e.value, TG_ARGV[0], NEW.id, NEW.station_id FROM extract_identifiers(body) e
        ON CONFLICT DO NOTHING;
    UPDATE identifier_sighting SET station_id = NEW.station_id
        WHERE kind = TG_ARGV[0] AND record_id = NEW.id AND station_id IS DISTINCT FROM NEW.station_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER fraud_case_sightings_inserted AFTER INSERT ON fraud_case REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION fraud_case_sightings_inserted();
CREATE TRIGGER fraud_case_sightings_updated AFTER UPDATE OF narrative, station_id ON fraud_case
    FOR EACH ROW EXECUTE FUNCTION identifier_sightings_updated('CASE', 'narrative');
CREATE TRIGGER tip_sightings_inserted AFTER INSERT ON tip REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tip_sightings_inserted();
CREATE TRIGGER tip_sightings_updated AFTER UPDATE OF description, station_id ON tip
    FOR EACH ROW EXECUTE FUNCTION identifier_sightings_updated('TIP', 'description');
CREATE TRIGGER enterprise_request_sightings_inserted AFTER INSERT ON enterprise_request REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enterprise_request_sightings_inserted();
CREATE TRIGGER enterprise_request_sightings_updated AFTER UPDATE OF description, station_id ON enterprise_request
    FOR EACH ROW EXECUTE FUNCTION identifier_sightings_updated('REQUEST', 'description');
CREATE TRIGGER visit_sightings_inserted AFTER INSERT ON visit REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION visit_sightings_inserted();
CREATE TRIGGER visit_sightings_updated AFTER UPDATE OF topics, station_id ON visit
    FOR EACH ROW EXECUTE FUNCTION identifier_sightings_updated('VISIT', 'topics');

-- The records written before this migration.
INSERT INTO identifier_sighting (type, value, kind, record_id, station_id)
SELECT e.type, e.value, 'CASE', c.id, c.station_id FROM fraud_case c, extract_identifiers(c.narrative) e
UNION ALL
SELECT e.type, e.value, 'TIP', t.id, t.station_id FROM tip t, extract_identifiers(t.description) e
UNION ALL
SELECT e.type, e.value, 'REQUEST', r.id, r.station_id FROM enterprise_request r, extract_identifiers(r.description) e
UNION ALL
SELECT e.type, e.value, 'VISIT', v.id, v.station_id FROM visit v, extract_identifiers(v.topics) e
ON CONFLICT DO NOTHING;

-- One record of a person: victims (by ID-card number, or without one by phone) and warning-lead
-- persons (by phone) are read together (search.Persons). A victim's earlier cases are found by
-- their ID-card number.
CREATE INDEX fraud_victim_id_card ON fraud_victim (id_card_number) WHERE id_card_number IS NOT NULL;

-- The "recovery" kinds of fraud (二次诈骗: a fake refund, account unfreezing or lawyer who promises
-- to get the first loss back): a victim's new case of such a kind is flagged, and the officer is
-- prompted to warn. An administrator may mark other types so.
ALTER TABLE fraud_type ADD COLUMN recovery boolean NOT NULL DEFAULT false;
INSERT INTO fraud_type (code, name_zh, name_en, sort_order, recovery) VALUES
    ('FAKE_RECOVERY', '虚假退款、解冻、律师追损', 'Fake refund, account unfreezing or lawyer recovery', 105, true)
ON CONFLICT (code) DO UPDATE SET recovery = true;
