-- The procedure's numbers (time limits and counts) as a reference table an ADMIN keeps: the
-- rules change by notice, not by release. Each row names its source; the README lists them.
-- min/max bound what an ADMIN may set, so a typing slip cannot switch a rule off.
CREATE TABLE procedure_limit (
    code        varchar(40)  PRIMARY KEY,
    amount      integer      NOT NULL,
    unit        varchar(8)   NOT NULL CHECK (unit IN ('HOURS', 'DAYS', 'MONTHS', 'TIMES')),
    min_amount  integer      NOT NULL CHECK (min_amount > 0),
    max_amount  integer      NOT NULL,
    name_zh     varchar(100) NOT NULL,
    name_en     varchar(150) NOT NULL,
    source      varchar(300) NOT NULL,
    sort_order  integer      NOT NULL,
    updated_by  varchar(40),
    updated_at  timestamptz,
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT procedure_limit_bounds CHECK (min_amount <= amount AND amount <= max_amount)
);

INSERT INTO procedure_limit (code, amount, unit, min_amount, max_amount, name_zh, name_en, source, sort_order) VALUES
('STOP_PAYMENT_HOURS',            48, 'HOURS',  1, 168, '紧急止付期限', 'How long a stop-payment holds',
    '银发〔2016〕86号《关于加强支付结算管理防范电信网络新型违法犯罪有关事项的通知》；公安部、原银监会《电信网络新型违法犯罪涉案账户紧急止付和快速冻结工作规范》', 10),
('STOP_PAYMENTS_PER_ACCOUNT',      2, 'TIMES',  1, 10,  '同一账户止付次数上限', 'Stop-payments allowed per account',
    '《电信网络新型违法犯罪涉案账户紧急止付和快速冻结工作规范》（止付期满可再止付一次）', 20),
('FREEZE_MONTHS',                  6, 'MONTHS', 1, 12,  '冻结期限', 'Term of a freeze',
    '《公安机关办理刑事案件程序规定》（冻结存款、汇款等财产的期限为六个月）', 30),
('FREEZE_EXTENDED_MONTHS',        12, 'MONTHS', 1, 24,  '经批准的冻结期限（重大复杂案件）', 'Term of a freeze approved by a supervisor (major cases)',
    '《公安机关办理刑事案件程序规定》（重大、复杂案件经批准可为一年）', 40),
('FREEZE_BOARD_DAYS',             15, 'DAYS',   1, 90,  '冻结到期提醒范围', 'Freezes shown as expiring within',
    '本局工作要求', 50),
('FREEZE_ALERT_FIRST_DAYS',       15, 'DAYS',   1, 90,  '冻结到期第一次提醒', 'First alert before a freeze expires',
    '本局工作要求', 60),
('FREEZE_ALERT_SECOND_DAYS',       7, 'DAYS',   1, 90,  '冻结到期第二次提醒', 'Second alert before a freeze expires',
    '本局工作要求', 70),
('FREEZE_ALERT_LAST_DAYS',         3, 'DAYS',   1, 90,  '冻结到期最后提醒', 'Last alert before a freeze expires',
    '本局工作要求', 80),
('RETURN_NOTICE_DAYS',            30, 'DAYS',   1, 180, '返还公告期', 'Notice period of a return plan',
    '《电信网络新型违法犯罪案件冻结资金返还若干规定》（无法确定被害人资金的按比例返还，返还前公告）', 90),
('RECONSIDERATION_REQUEST_DAYS',   7, 'DAYS',   1, 60,  '不予立案申请复议期限', 'Time to ask for reconsideration of not filing',
    '《公安机关办理刑事案件程序规定》（收到不予立案通知书后七日以内申请复议）', 100),
('RECONSIDERATION_DECISION_DAYS', 30, 'DAYS',   1, 90,  '复议决定期限', 'Time to decide a reconsideration',
    '《公安机关办理刑事案件程序规定》（收到复议申请后三十日以内作出决定）', 110),
('REVIEW_REQUEST_DAYS',            7, 'DAYS',   1, 60,  '申请复核期限', 'Time to ask the bureau for review',
    '《公安机关办理刑事案件程序规定》（收到复议决定书后七日以内向上一级公安机关申请复核）', 120),
('REVIEW_DECISION_DAYS',          30, 'DAYS',   1, 90,  '复核决定期限', 'Time to decide a review',
    '《公安机关办理刑事案件程序规定》（收到复核申请后三十日以内作出决定）', 130),
('FILING_REVIEW_DAYS',             3, 'DAYS',   1, 30,  '立案审查期限', 'Time to decide on filing',
    '公安部《关于改革完善受案立案制度的意见》（受案后三日以内作出立案或者不予立案的决定）', 140),
('FILING_REVIEW_EXTENDED_DAYS',   30, 'DAYS',   1, 90,  '延长后的立案审查期限', 'Time to decide on filing, extended once',
    '公安部《关于改革完善受案立案制度的意见》（重大疑难复杂案件经批准可延长至三十日）', 150),
('FILING_REVIEW_FURTHER_DAYS',    60, 'DAYS',   1, 180, '再次延长后的立案审查期限', 'Time to decide on filing, extended twice',
    '电信网络诈骗案件立案审查的延长（本局经负责人批准的做法）', 160);

-- The receipt (受案回执) handed to the person who reported carries a query code for the public
-- progress lookup. The application assigns it when the case is accepted; rows written by SQL
-- (demo history, bench loads) get one from the same alphabet here. No I, O, 0 or 1: read aloud
-- and typed from paper, they are confused.
ALTER TABLE fraud_case ADD COLUMN receipt_code varchar(12);
CREATE UNIQUE INDEX fraud_case_receipt_code ON fraud_case (receipt_code);

CREATE FUNCTION new_receipt_code() RETURNS varchar LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 1 + floor(random() * 32)::int, 1), '')
    FROM generate_series(1, 10)
$$;

CREATE FUNCTION fraud_case_receipt_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.receipt_code IS NULL AND NEW.status <> 'REPORTED' THEN
        NEW.receipt_code := new_receipt_code();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER fraud_case_receipt_code BEFORE INSERT ON fraud_case
    FOR EACH ROW EXECUTE FUNCTION fraud_case_receipt_code();

UPDATE fraud_case SET receipt_code = new_receipt_code() WHERE status <> 'REPORTED';

-- A freeze (冻结) has a term: it expires unless renewed (续冻) before then, or ends by an
-- unfreeze (解冻). Status and expiry are kept on the stop-payment the freeze followed.
ALTER TABLE stop_payment
    ADD COLUMN freeze_status     varchar(10) CHECK (freeze_status IN ('ACTIVE', 'RENEWED', 'LAPSED', 'UNFROZEN')),
    ADD COLUMN freeze_expires_at timestamptz,
    ADD CONSTRAINT stop_payment_freeze_state CHECK ((frozen_at IS NULL) = (freeze_status IS NULL)
        AND (frozen_at IS NULL) = (freeze_expires_at IS NULL));

-- The term in calendar months of the bureau's zone, as the application counts it.
CREATE FUNCTION freeze_expiry(frozen_at timestamptz) RETURNS timestamptz LANGUAGE sql STABLE AS $$
    SELECT ((frozen_at AT TIME ZONE 'Asia/Shanghai') + make_interval(months => l.amount)) AT TIME ZONE 'Asia/Shanghai'
    FROM procedure_limit l WHERE l.code = 'FREEZE_MONTHS'
$$;

UPDATE stop_payment SET freeze_status = 'ACTIVE', freeze_expires_at = freeze_expiry(frozen_at) WHERE frozen_at IS NOT NULL;

-- Rows written by SQL (demo history) with a freeze get its state as the application would.
CREATE FUNCTION stop_payment_freeze_term() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.frozen_at IS NOT NULL AND NEW.freeze_status IS NULL THEN
        NEW.freeze_status := 'ACTIVE';
        NEW.freeze_expires_at := freeze_expiry(NEW.frozen_at);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER stop_payment_freeze_term BEFORE INSERT ON stop_payment
    FOR EACH ROW EXECUTE FUNCTION stop_payment_freeze_term();

CREATE INDEX stop_payment_freeze_expiry ON stop_payment (freeze_expires_at) WHERE freeze_status IN ('ACTIVE', 'RENEWED');
CREATE INDEX stop_payment_account ON stop_payment (account);
