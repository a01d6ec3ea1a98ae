package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.audit.AuditEntryView;
import cn.gov.wujin.yanghu.fraud.application.CaseCommands;
import cn.gov.wujin.yanghu.fraud.application.CaseDocs;
import cn.gov.wujin.yanghu.fraud.application.CaseFilter;
import cn.gov.wujin.yanghu.fraud.application.CaseIntake;
import cn.gov.wujin.yanghu.fraud.application.CaseQueries;
import cn.gov.wujin.yanghu.fraud.application.CaseQueue;
import cn.gov.wujin.yanghu.fraud.application.CaseRow;
import cn.gov.wujin.yanghu.fraud.application.FraudCaseView;
import cn.gov.wujin.yanghu.fraud.application.LinkedCase;
import cn.gov.wujin.yanghu.fraud.application.NewFraudCase;
import cn.gov.wujin.yanghu.fraud.application.NoticeServiceRequest;
import cn.gov.wujin.yanghu.fraud.application.StopPaymentOutcome;
import cn.gov.wujin.yanghu.fraud.application.StopPaymentRequest;
import cn.gov.wujin.yanghu.fraud.domain.CaseAction;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.organization.application.OfficerChoice;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Fraud cases (电信网络诈骗案件): intake, reading, the procedure, linking. A case is answered
 * with the tips it was opened from ({@link CaseWithTips}).
 */
@Path("fraud-cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FraudCaseResource {

    /**
     * A step of the procedure: ACCEPT, FILE, NOT_FILE, INVESTIGATE, SOLVE, TRANSFER, CLOSE, WITHDRAW, and after not filing
     * RECONSIDER, UPHOLD, REVERSE, REQUEST_REVIEW, REVIEW_UPHOLD, REVIEW_REVERSE, REOPEN; EXTEND_REVIEW while accepted.
     */
    @Schema(name = "CaseTransitionRequest", description = "A step of the case's procedure.")
    public static class TransitionRequest {
        @Schema(required = true, description = CaseDocs.ACTION + " FILE, NOT_FILE, CLOSE, WITHDRAW, EXTEND_REVIEW, UPHOLD, REVERSE "
                + "and REOPEN are a SUPERVISOR's; REVIEW_UPHOLD and REVIEW_REVERSE a bureau SUPERVISOR's (no station).")
        public CaseAction action;
        @Schema(maxLength = 1000, description = "Why: required for NOT_FILE, WITHDRAW, EXTEND_REVIEW, UPHOLD, REVIEW_UPHOLD and "
                + "REOPEN (the new facts), optional otherwise.",
                example = "经审查不符合立案条件")
        public String reason;
        /** Optional: the version read; a newer one answers 409. */
        @Schema(description = "The case's version as read: when given and the case has changed since, nothing is done (409).",
                example = "3")
        public Long version;
    }

    /** Money returned to a victim: {@code victim} counts from 1 as in the case's list. */
    @Schema(name = "FundReturnRequest", description = "Money returned (返还) to a victim.")
    public static class ReturnRequest {
        @Schema(required = true, minimum = "1", description = "The victim's position in the case's victims, counting from 1.",
                example = "1")
        public int victim;
        @Schema(required = true, pattern = CaseDocs.AMOUNT_INPUT, description = CaseDocs.AMOUNT_INPUT_TEXT + " More than zero; "
                + "all the case's returns together at most what was frozen.", example = "5000.00")
        public String amount;
        @Schema(description = "When the money was returned; now when left out.")
        public java.time.OffsetDateTime returnedAt;
    }

    /** Why a freeze is released (解冻). */
    @Schema(name = "UnfreezeRequest", description = "An unfreeze (解冻) of a freeze in force, with its reason.")
    public static class UnfreezeRequest {
        @Schema(required = true, maxLength = 1000, description = "Why the money is released: not blank, at most 1000 characters.",
                example = "经查明该账户资金与本案无关")
        public String reason;
    }

    /** Who has the case and when its next step is due; either may be left out. */
    @Schema(name = "CaseAssignmentRequest", description = "Who has the case and when its next step is due: at least one of officer "
            + "and dueAt.")
    public static class AssignmentRequest {
        @Schema(description = "The username of an active OFFICER of the case's station (GET /api/v1/fraud-cases/{id}/officers) to "
                + "hand the case to: a SUPERVISOR's decision.", example = "officer1")
        public String officer;
        @Schema(description = "The new due date of the next step, in the future: the SUPERVISOR or the officer who has the case.")
        public java.time.OffsetDateTime dueAt;
        /** Optional: the version read; a newer one answers 409. */
        @Schema(description = "The case's version as read: when given and the case has changed since, nothing is done (409).",
                example = "3")
        public Long version;
    }

    /** The list's page of cases, by the name the document gives it (the JSON is a {@link Page}). */
    @Schema(name = "CaseRowPage", description = "A page of the case list.")
    record CaseRowPage(@Schema(required = true, description = Page.ROWS_TEXT) List<CaseRow> rows,
                       @Schema(required = true, minimum = "0", description = Page.TOTAL_TEXT, example = "137") long total) {
    }

    /** The list's page of the cases carrying an identifier, by the name the document gives it (the JSON is a {@link Page}). */
    @Schema(name = "LinkedCasePage", description = "Every case carrying an identifier, as one page.")
    record LinkedCasePage(@Schema(required = true, description = "Every case carrying the identifier, newest first.") List<LinkedCase> rows,
                          @Schema(required = true, minimum = "0", description = "The number of rows.", example = "3") long total) {
    }

    /** A report as an integrator sends it (the document's example of an intake). */
    private static final String INTAKE_EXAMPLE = """
            {
              "stationCode": "HT",
              "fraudType": "ORDER_BRUSHING",
              "reportedAt": "2026-03-12T10:20:00+08:00",
              "contactStartedAt": "2026-03-09T19:30:00+08:00",
              "contactMethod": "QQ 群招募刷单",
              "narrative": "受害人在 QQ 群看到“点赞返利”兼职广告，添加“客服”后按要求下载“淘金联盟”APP 做刷单任务。前两单返还了本金和佣金，\
            随后被要求连做“联单”，先后向对方提供的银行卡和支付宝账户转账共计 25800 元，对方以“任务未完成”为由拒绝返还，并将其拉黑。",
              "victims": [
                {"name": "王丽", "idNumber": "320412199003151238", "phone": "139 1234 2468", "age": 36, "occupation": "公司职员"}
              ],
              "transfers": [
                {"time": "2026-03-10T14:05:00+08:00", "amount": "5800.00", "channel": "BANK_CARD",
                 "fromAccount": "6217001234567890123", "toAccount": "6222021105001234567", "toBank": "中国工商银行"},
                {"time": "2026-03-11T09:40:00+08:00", "amount": "20000.00", "channel": "ALIPAY", "toAccount": "tjlm_kefu@163.com"}
              ],
              "identifiers": [
                {"type": "PHONE", "value": "+86 171-2345-6789"},
                {"type": "BANK_ACCOUNT", "value": "6222 0211 0500 1234 567"},
                {"type": "PAYMENT_ACCOUNT", "value": "tjlm_kefu@163.com"},
                {"type": "QQ", "value": "2850012345"},
                {"type": "APP", "value": "淘金联盟"}
              ]
            }""";

    @Inject
    private CaseIntake intake;

    @Inject
    private CaseQueries cases;

    @Inject
    private CaseCommands commands;

    @Inject
    private TipQueries tips;

    @POST
    @Operation(summary = "Register a fraud report as a new case", description = """
            Registers a report (报案登记) as a new case in status REPORTED, numbered per station and year (HT-2026-000123), its \
            acceptance due within 24 hours. The case goes to the station named by stationCode, or to the caller's own station when \
            it is left out (a bureau account must name one; a station out of the caller's scope is refused).

            Every field is checked and every problem is answered at once (400, each in errors with its field, such as \
            victims[0].idNumber); nothing is stored then: an unknown or inactive fraud type, reportedAt in the future, contact \
            after the report, an invalid ID-card number, phone, amount, channel or identifier.

            An OFFICER who registers a report keeps the case (assignedOfficer); a report registered by anyone else waits for a \
            supervisor to hand it out. Each suspect identifier links the case to the other cases carrying it (linkedCases: check \
            them at once, 串并案); an earlier warning lead about one of the victims' phones is linked to the case. With tipId, the \
            volunteer's fraud tip (FRAUD_LEAD, still NEW, of the caller's station; else 400, or 409 when it was triaged meanwhile) \
            becomes CASE_OPENED with this case, its volunteer is told and earns points. The registration is audited.""")
    @APIResponse(responseCode = "201", description = "Registered: the new case, with its number and the cases it links to.",
            headers = @Header(name = "Location", description = "The new case's address (/api/v1/fraud-cases/{id}).",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseWithTips.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: every problem in errors as {field, message}; nothing was stored.")
    public Response register(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewFraudCase.class), examples = @ExampleObject(name = "orderBrushing",
            summary = "A victim of an order-brushing scam (刷单返利) reports at the Hutang station", value = INTAKE_EXAMPLE)))
                             @NotNull NewFraudCase form) {
        FraudCaseView created = intake.register(form);
        return Response.created(URI.create("fraud-cases/" + created.id())).entity(withTips(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a fraud case", description = """
            The case with its victims, money (stop-payments, freezes, returns), procedure so far, linked cases and the tips it was \
            opened from. The victims' ID-card numbers and phones are masked (320412********1234, 138****5678) unless full=true: \
            the full view is an OFFICER's or a SUPERVISOR's (an AUXILIARY gets 403) and each one is written to the audit trail.""")
    @APIResponse(responseCode = "200", description = "The case.")
    public CaseWithTips get(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                            @Parameter(description = "true: the victims' personal data in full (OFFICER or SUPERVISOR; audited).")
                            @QueryParam("full") @DefaultValue("false") boolean full) {
        return withTips(full ? cases.getWithPersonalData(id) : cases.get(id));
    }

    @GET
    @Operation(summary = "List fraud cases, or find the cases carrying an identifier", description = """
            Without identifier: a page of the cases the caller may see (a station's staff and its head their station's, bureau \
            accounts every station's), without personal data, filtered by every parameter given. Sorted by reportedAt, newest first, \
            unless sort and order say otherwise; a work queue lists the most urgent first (the nearest dueAt) unless sort is given. \
            The total counts every matching case.

            With identifier: every case carrying it, whatever its kind (a number may be a phone, a QQ number and an account at \
            once), as one page (LinkedCasePage) of at most 500 matches, newest first; the other parameters are ignored. Cases of \
            stations the caller may not see show only their number, station and the shared identifiers (visible false).""")
    @APIResponse(responseCode = "200", description = "A page of cases (CaseRowPage), or with identifier the cases carrying it "
            + "(LinkedCasePage).", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(anyOf = {CaseRowPage.class, LinkedCasePage.class})))
    public Response list(@Parameter(description = "A suspect identifier of any kind, as typed (normalised here): answers every case "
                                 + "carrying it instead of the list. Not blank.", example = "+86 171 2345 6789")
                         @QueryParam("identifier") String identifier,
                         @Parameter(description = "Only cases in this status.") @QueryParam("status") CaseStatus status,
                         @Parameter(description = "Only cases of this fraud type (its code).", example = "ORDER_BRUSHING")
                         @QueryParam("type") String type,
                         @Parameter(description = "Only cases reported on or after this day (Beijing time, Asia/Shanghai).")
                         @QueryParam("from") LocalDate from,
                         @Parameter(description = "Only cases reported on or before this day (Beijing time).")
                         @QueryParam("to") LocalDate to,
                         @Parameter(description = "true: only cases whose next step is overdue.")
                         @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                         @Parameter(description = "A work queue: awaiting-decision (ACCEPTED, PROSECUTION_TRANSFERRED, "
                                 + "RECONSIDERING or REVIEWING: the supervisor's decision is next), due (due by the end of today, Beijing time, overdue ones included), "
                                 + "overdue (past their due date), stop-payment-ending (a stop-payment's 48-hour window ends within 6 "
                                 + "hours with nothing frozen). Case-insensitive; an unknown queue is refused (400).",
                                 schema = @Schema(type = SchemaType.STRING, enumeration = {"awaiting-decision", "due", "overdue",
                                         "stop-payment-ending"}))
                         @QueryParam("queue") String queue,
                         @Parameter(description = "true: only the cases assigned to the caller.")
                         @QueryParam("mine") @DefaultValue("false") boolean mine,
                         @Parameter(description = "Only the cases of this station (its code, case-insensitive); a station out of "
                                 + "the caller's scope gives an empty page.", example = "HT")
                         @QueryParam("station") String station, @Context SecurityContext security,
                         // sort and order take any value (an unknown one means the default): no enumeration, or the
                         // document would call a request invalid that the server serves
                         @Parameter(description = "The field to sort by: reportedAt, caseNumber, status or dueAt; any other value "
                                 + "sorts by reportedAt.", example = "caseNumber")
                         @QueryParam("sort") String sort,
                         @Parameter(description = "asc, or desc (the default): any value other than asc (case-insensitive) is "
                                 + "desc. Ignored for a work queue without sort.", schema = @Schema(type = SchemaType.STRING,
                                 defaultValue = "desc"))
                         @QueryParam("order") @DefaultValue("desc") String order,
                         // first and size: checked and documented for every list in one place (PagingParameters, ApiContractFilter)
                         @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("size") @DefaultValue("20") int size) {
        if (identifier != null) {
            if (identifier.isBlank()) {
                throw new InvalidInputException("identifier", "fraud.identifier.queryRequired");
            }
            var carrying = cases.carrying(identifier); // one shape with the list: a page, here of every case carrying it
            return Response.ok(new Page<>(carrying, carrying.size())).build();
        }
        CaseQueue workQueue = queue == null || queue.isBlank() ? null
                : CaseQueue.byKey(queue).orElseThrow(() -> new InvalidInputException("queue", "case.queue.unknown", queue));
        String me = mine && security.getUserPrincipal() != null ? security.getUserPrincipal().getName() : null;
        Page<CaseRow> page = cases.search(new CaseFilter(status, type == null || type.isBlank() ? null : type.strip(), from, to, me, overdue,
                null, workQueue, station == null || station.isBlank() ? null : station.strip()), first, size, sort,
                "asc".equalsIgnoreCase(order));
        return Response.ok(page).build();
    }

    @GET
    @Path("{id}/links")
    @Operation(summary = "List the cases linked to a case", description = """
            The other cases that share a normalised suspect identifier with this one (串并案), in any station, by id; an identifier \
            a bureau supervisor marked not significant links nothing. A case of a station the caller may not see shows only its \
            number, station and the shared identifiers (visible false).""")
    @APIResponse(responseCode = "200", description = "The linked cases (empty when none).")
    public List<LinkedCase> links(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id) {
        return cases.links(id);
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Take a step of a case's procedure", description = """
            Moves the case one step: ACCEPT (REPORTED → ACCEPTED), FILE or NOT_FILE (ACCEPTED → FILED or NOT_FILED), INVESTIGATE \
            (FILED → INVESTIGATING), SOLVE (INVESTIGATING → SOLVED), TRANSFER (SOLVED → PROSECUTION_TRANSFERRED), CLOSE \
            (PROSECUTION_TRANSFERRED → CLOSED), WITHDRAW (FILED or INVESTIGATING → WITHDRAWN).

            After not filing (不予立案): RECONSIDER (NOT_FILED → RECONSIDERING) records the person's request for reconsideration \
            (复议), taken within 7 days of the serving of the not-filing notice (POST /api/v1/fraud-cases/{id}/services), or of \
            the NOT_FILE step while no serving is recorded; later, 409 naming the window. UPHOLD (RECONSIDERING → NOT_FILED) or \
            REVERSE (RECONSIDERING → FILED) decide it. REQUEST_REVIEW (NOT_FILED → REVIEWING, right after UPHOLD) records the \
            request for review at the bureau (复核), within 7 days of the serving of the reconsideration decision (or of UPHOLD); \
            REVIEW_UPHOLD (REVIEWING → NOT_FILED) or REVIEW_REVERSE (REVIEWING → FILED) decide it. REOPEN (NOT_FILED → ACCEPTED) \
            re-opens the filing decision on new facts. EXTEND_REVIEW (ACCEPTED → ACCEPTED) extends the filing review to 30 days \
            from acceptance, then 60; a third time answers 409.

            FILE, NOT_FILE, CLOSE, WITHDRAW, EXTEND_REVIEW, UPHOLD, REVERSE and REOPEN are a SUPERVISOR's decision; \
            REVIEW_UPHOLD and REVIEW_REVERSE a bureau SUPERVISOR's (without a station; a station's head gets 403); the other \
            steps an OFFICER's or a SUPERVISOR's; an AUXILIARY takes none (403). A step not possible from the case's status \
            answers 409 (not_allowed); NOT_FILE, WITHDRAW, EXTEND_REVIEW, UPHOLD, REVIEW_UPHOLD and REOPEN need a reason (400); \
            with version, a case changed meanwhile answers 409 (conflict). Nothing changes then.

            The step is kept with who, when and why, and the next step is due from now: ACCEPTED 3 days, FILED 7, INVESTIGATING \
            60, SOLVED and PROSECUTION_TRANSFERRED 30, RECONSIDERING and REVIEWING 30; none in a final status. The filing \
            review and the procedure's times are reference values ADMIN keeps (procedure_limit). A case that now waits for a \
            supervisor's decision (ACCEPTED, PROSECUTION_TRANSFERRED, RECONSIDERING, REVIEWING) is notified to its station's \
            heads (REVIEWING: to the bureau's supervisors); a supervisor's decision to the case's officer. Audited.""")
    @APIResponse(responseCode = "200", description = "The case after the step.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseWithTips.class)))
    public CaseWithTips transition(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                                   @NotNull TransitionRequest request) {
        // a missing action is refused by the service, after its role check
        return withTips(commands.perform(id, request.action, request.reason, request.version));
    }

    @POST
    @Path("{id}/stop-payments")
    @Operation(summary = "Request a stop-payment on a receiving account", description = """
            Records a stop-payment request (紧急止付) to a bank against the account that received the money: the bank holds it for \
            48 hours from its answer (from the request while it has not answered), within which it must be frozen. The first \
            hours decide whether money is saved (the golden hour: the case's money.needsStopPayment turns false). An OFFICER's or \
            a SUPERVISOR's. The case's officer is notified at once if the window ends within 6 hours with nothing frozen (a \
            request entered late), and again when it ended. The case's version steps; audited.

            An account may be stopped at most 2 times (STOP_PAYMENTS_PER_ACCOUNT, a reference value ADMIN keeps) across all \
            cases and stations: the next request answers 409 (not_allowed) naming the count, the limit and the latest case \
            (its number and station only), and stores nothing. Requests on one account take turns in the database, so two at \
            once cannot both pass.""")
    @APIResponse(responseCode = "201", description = "Requested: the case with the new stop-payment last in money.stopPayments.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseWithTips.class)))
    public Response requestStopPayment(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                                       @NotNull StopPaymentRequest request) {
        return Response.status(Response.Status.CREATED).entity(withTips(commands.requestStopPayment(id, request))).build();
    }

    @POST
    @Path("{id}/stop-payments/{stopPaymentId}/outcome")
    @Operation(summary = "Record what a bank stopped or froze", description = """
            Records the bank's answer to a stop-payment: the amount stopped (0 when the money was gone; at most the amount \
            requested, not before the request), which starts the 48-hour window anew; or, with freeze=true, the amount frozen \
            (冻结: at most the amount stopped, not before the stop, within the window), which holds 6 months (FREEZE_MONTHS) or, \
            with extended=true approved by a SUPERVISOR (anyone else: 403), 1 year (FREEZE_EXTENDED_MONTHS); it expires then \
            unless renewed (…/renewal). A stop-payment already frozen takes no \
            new stop, and one not stopped yet cannot be frozen: 409 (not_allowed), as is a freeze after the window ended. An \
            OFFICER's or a SUPERVISOR's. The case's version steps; audited.""")
    @APIResponse(responseCode = "200", description = "The case with the answer recorded.")
    public CaseWithTips stopPaymentOutcome(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                                           @Parameter(description = "The stop-payment's id (money.stopPayments[].id).", example = "77")
                                           @PathParam("stopPaymentId") long stopPaymentId,
                                           @NotNull StopPaymentOutcome outcome) {
        return withTips(commands.recordStopPaymentOutcome(id, stopPaymentId, outcome));
    }

    @POST
    @Path("{id}/stop-payments/{stopPaymentId}/renewal")
    @Operation(summary = "Renew a freeze before it expires", description = """
            Renews a freeze (续冻) in force before its expiry: the same term again (6 months, or 1 year when the extended term was \
            approved at the freeze; reference values ADMIN keeps), counted from the previous expiry. A SUPERVISOR's, who is \
            recorded as approving it (others: 403). The renewal is kept as a record of its own (money.stopPayments[].renewals) \
            and the freeze's status becomes RENEWED. Nothing frozen, a freeze unfrozen, or one that has lapsed (its expiry came; \
            also before the minute rule marked it LAPSED): 409 (not_allowed). The case's version steps; audited. Takes no body.""")
    @APIResponse(responseCode = "200", description = "The case with the renewal recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseWithTips.class)))
    public CaseWithTips renewFreeze(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                                    @Parameter(description = "The stop-payment's id (money.stopPayments[].id).", example = "77")
                                    @PathParam("stopPaymentId") long stopPaymentId) {
        return withTips(commands.renewFreeze(id, stopPaymentId));
    }

    @POST
    @Path("{id}/stop-payments/{stopPaymentId}/unfreeze")
    @Operation(summary = "Unfreeze a freeze, with the reason", description = """
            Releases a freeze (解冻) in force: its status becomes UNFROZEN, with when, who and why (unfrozenAt, unfrozenBy, \
            unfreezeReason). A SUPERVISOR's (others: 403). The reason is required, at most 1000 characters (400 naming reason). \
            Nothing frozen, already unfrozen, or lapsed: 409 (not_allowed). The case's version steps; audited.""")
    @APIResponse(responseCode = "200", description = "The case with the freeze released.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseWithTips.class)))
    public CaseWithTips unfreeze(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                                 @Parameter(description = "The stop-payment's id (money.stopPayments[].id).", example = "77")
                                 @PathParam("stopPaymentId") long stopPaymentId,
                                 @NotNull UnfreezeRequest request) {
        return withTips(commands.unfreeze(id, stopPaymentId, request.reason));
    }

    @POST
    @Path("{id}/returns")
    @Operation(summary = "Record money returned to a victim", description = """
            Records money returned (资金返还) to one of the case's victims. All the case's returns together never exceed what was \
            frozen for it (400 naming amount, with the frozen total). An OFFICER's or a SUPERVISOR's. The case's version steps; \
            audited.""")
    @APIResponse(responseCode = "200", description = "The case with the return recorded.")
    public CaseWithTips recordReturn(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                                     @NotNull ReturnRequest request) {
        return withTips(commands.recordReturn(id, request.victim, request.amount, request.returnedAt));
    }

    @POST
    @Path("{id}/services")
    @Operation(summary = "Record the serving of a paper of the procedure", description = """
            Records that a paper of the case's procedure was served (送达) to a person: which (document), when (servedAt, now when \
            left out; not in the future, 400; not before the step that made the paper, 400), how (method) and to whom \
            (servedTo). The paper exists once its step was taken (the not-filing notice after NOT_FILE, …); else 409. The \
            serving of the not-filing notice starts the person's 7 days to ask for reconsideration, that of the reconsideration \
            decision their 7 days to ask for review (the first serving after the decision counts). An OFFICER's or a \
            SUPERVISOR's. The case's version steps; audited.""")
    @APIResponse(responseCode = "201", description = "Recorded: the case with the serving last in services.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseWithTips.class)))
    public Response recordService(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                                  @NotNull NoticeServiceRequest request) {
        return Response.status(Response.Status.CREATED).entity(withTips(commands.recordService(id, request))).build();
    }

    @PUT
    @Path("{id}/assignment")
    @Operation(summary = "Hand a case to an officer or move its due date", description = """
            Hands the case to another active OFFICER of its station (a SUPERVISOR's decision; someone else gets 403; an account \
            that is no such officer is refused, 400) and/or moves the due date of its next step into the future (the SUPERVISOR \
            or the officer who has the case). At least one of officer and dueAt (else 400). A case in a final status keeps its \
            officer and has no due date (409); with version, a case changed meanwhile answers 409. The officer it is handed to is \
            notified. Audited.""")
    @APIResponse(responseCode = "200", description = "The case as it is now.")
    public CaseWithTips assign(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id,
                               @NotNull AssignmentRequest request) {
        return withTips(commands.reassign(id, request.officer, request.dueAt, request.version));
    }

    @GET
    @Path("{id}/officers")
    @Operation(summary = "List the officers a case can be handed to", description = "The active OFFICER accounts of the case's station: "
            + "whom PUT /api/v1/fraud-cases/{id}/assignment takes.")
    @APIResponse(responseCode = "200", description = "The officers, by name.")
    public List<OfficerChoice> officers(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id) {
        return cases.officersFor(id);
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "Read a case's audit trail", description = """
            Who did what to the case, its stop-payments and returns, and who viewed its personal data in full, newest first. \
            An OFFICER's or a SUPERVISOR's (an AUXILIARY gets 403).""")
    @APIResponse(responseCode = "200", description = "The audit trail, newest first.")
    public List<AuditEntryView> audit(@Parameter(description = "The case's id.", example = "1042") @PathParam("id") long id) {
        return cases.auditTrail(id);
    }

    /** The case with the tips it was opened from, read from the patrol context. */
    private CaseWithTips withTips(FraudCaseView fraudCase) {
        return new CaseWithTips(fraudCase, tips.ofCase(fraudCase.id()));
    }
}
