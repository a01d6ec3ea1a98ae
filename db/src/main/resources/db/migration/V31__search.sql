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

-- What each record is found by. concat_ws skips nulls; the separator keeps the fields apart
-- (no phrase runs from one field into the next).
ALTER TABLE fraud_case ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(concat_ws(' | ', case_number, narrative, contact_method))) STORED;
CREATE INDEX fraud_case_search ON fraud_case USING gin (search_doc);

ALTER TABLE tip ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(concat_ws(' | ', description, place))) STORED;
CREATE INDEX tip_search ON tip USING gin (search_doc);

ALTER TABLE warning_lead ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(concat_ws(' | ', phone, person_name, address, outcome_note))) STORED;
CREATE INDEX warning_lead_search ON warning_lead USING gin (search_doc);

ALTER TABLE visit ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(concat_ws(' | ', people_met, topics))) STORED;
CREATE INDEX visit_search ON visit USING gin (search_doc);

ALTER TABLE enterprise_request ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(concat_ws(' | ', description, resolution))) STORED;
CREATE INDEX enterprise_request_search ON enterprise_request USING gin (search_doc);

ALTER TABLE enterprise ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(concat_ws(' | ', name, credit_code, address, contact_name))) STORED;
CREATE INDEX enterprise_search ON enterprise USING gin (search_doc);

ALTER TABLE project ADD COLUMN search_doc tsvector
    GENERATED ALWAYS AS (search_document(concat_ws(' | ', name, site_address))) STORED;
CREATE INDEX project_search ON project USING gin (search_doc);
