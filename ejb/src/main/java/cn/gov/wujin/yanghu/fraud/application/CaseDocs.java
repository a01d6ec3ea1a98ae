package cn.gov.wujin.yanghu.fraud.application;

/**
 * What the API document says of the fields that several fraud forms and views share (the
 * annotations take constants): one wording, and one pattern for amounts, wherever they appear.
 */
public final class CaseDocs {

    /** An amount as the views give it: yuan with exactly two decimals. */
    public static final String AMOUNT = "^[0-9]+\\.[0-9]{2}$";

    /** An amount as the forms take it: yuan, at most 12 digits before the point and two after, no sign, no exponent. */
    public static final String AMOUNT_INPUT = "^[0-9]{1,12}(\\.[0-9]{1,2})?$";

    public static final String AMOUNT_INPUT_TEXT = "A decimal string in yuan (CNY): at most 12 digits before the point and two after, "
            + "no sign or exponent (\"12000.10\"; never a JSON number, so nothing is lost to floating point).";

    public static final String CASE_NUMBER = "^[A-Z]{2,8}-[0-9]{4}-[0-9]{6}$";

    public static final String FRAUD_TYPE = "The code of a fraud type (GET /api/v1/fraud-types): ORDER_BRUSHING, FAKE_INVESTMENT, "
            + "FAKE_LOAN, FAKE_CUSTOMER_SERVICE, IMPERSONATING_AUTHORITIES, FAKE_CREDIT_REPAIR, FAKE_SHOPPING, "
            + "IMPERSONATING_ACQUAINTANCE, GAME_TRADING, ROMANCE, ELDERLY_CARE, OTHER, or one the administrator added.";

    public static final String STATUS = "Where the case stands: REPORTED (报案) → ACCEPTED (受案) → FILED (立案) or NOT_FILED (不予立案) "
            + "→ INVESTIGATING (侦查) → SOLVED (破案) → PROSECUTION_TRANSFERRED (移送起诉) → CLOSED (结案); WITHDRAWN (撤案) from "
            + "FILED or INVESTIGATING. Not filing may be contested: RECONSIDERING (复议中, the station decides) and REVIEWING "
            + "(复核中, the bureau decides) lead back to NOT_FILED or on to FILED; new facts re-open it (ACCEPTED).";

    public static final String ACTION = "A step of the procedure: ACCEPT (REPORTED → ACCEPTED), FILE (ACCEPTED → FILED), NOT_FILE "
            + "(ACCEPTED → NOT_FILED), INVESTIGATE (FILED → INVESTIGATING), SOLVE (INVESTIGATING → SOLVED), TRANSFER (SOLVED → "
            + "PROSECUTION_TRANSFERRED), CLOSE (PROSECUTION_TRANSFERRED → CLOSED), WITHDRAW (FILED or INVESTIGATING → WITHDRAWN), EXTEND_REVIEW (ACCEPTED → "
            + "ACCEPTED: more time for the filing decision), RECONSIDER (NOT_FILED → RECONSIDERING: the person asks for "
            + "reconsideration, 复议), UPHOLD (RECONSIDERING → NOT_FILED), REVERSE (RECONSIDERING → FILED), REQUEST_REVIEW (NOT_FILED "
            + "→ REVIEWING: the person asks the bureau for review, 复核), REVIEW_UPHOLD (REVIEWING → NOT_FILED), REVIEW_REVERSE "
            + "(REVIEWING → FILED), REOPEN (NOT_FILED → ACCEPTED: new facts).";

    public static final String SERVED_DOCUMENT = "The paper served: ACCEPTANCE_RECEIPT (受案回执), FILING_DECISION (立案决定书), "
            + "NOT_FILING_NOTICE (不予立案通知书), RECONSIDERATION_DECISION (复议决定书), REVIEW_DECISION (复核决定书).";

    public static final String SERVICE_METHOD = "How it was served: IN_PERSON (直接送达), POST (邮寄送达), SMS (短信送达), OTHER.";

    public static final String CHANNEL = "How the money left: BANK_CARD (银行卡), ALIPAY (支付宝), WECHAT_PAY (微信支付), CRYPTO (虚拟货币), "
            + "CASH (现金), OTHER.";

    public static final String IDENTIFIER_TYPE = "The kind of identifier: PHONE (5–20 digits once spaces, dashes, brackets, dots and +86 or 0086 are "
            + "removed), BANK_ACCOUNT (8–32 digits once spaces and dashes are "
            + "removed), PAYMENT_ACCOUNT (an Alipay or WeChat Pay account, 3–100 characters), WECHAT (a WeChat ID, 3–64 of a–z, 0–9, "
            + "_ and -), QQ (5–12 digits, not starting with 0), URL (a domain or URL), APP (an app's name, up to 100 characters), "
            + "IP (IPv4 or IPv6).";

    private CaseDocs() {
    }
}
