package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.statistics.application.Breakdown;
import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudStatistics;
import cn.gov.wujin.yanghu.statistics.application.FrozenMoneyFigures;
import cn.gov.wujin.yanghu.statistics.application.LiaisonFigures;
import cn.gov.wujin.yanghu.statistics.application.LiaisonStatistics;
import cn.gov.wujin.yanghu.statistics.application.PatrolReport;
import cn.gov.wujin.yanghu.statistics.application.PatrolStatistics;
import cn.gov.wujin.yanghu.statistics.application.WarningFigures;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.reports.ReportDocument;
import cn.gov.wujin.yanghu.web.reports.ReportFiles;
import cn.gov.wujin.yanghu.web.reports.StatisticsReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Supervisors' statistics; every figure is defined once in its service (see
 * {@link FraudFigures}, {@link WarningFigures}, {@link cn.gov.wujin.yanghu.statistics.application.PatrolFigures},
 * {@link LiaisonFigures}). A station head sees the own station; bureau supervisors all, or one.
 */
@Path("stats")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    /** What the document says of the parameters every figure takes. */
    private static final String FROM = "The first day of the period (Beijing time, Asia/Shanghai), inclusive.";
    private static final String TO = "The last day of the period, inclusive: not before from, at most five years after it.";
    private static final String STATION = "One station (its code). A station head always gets their own station (naming another is "
            + "refused, 400); a bureau supervisor gets the one named, or the whole bureau without it.";
    private static final String SELECTION = "Refused (400, every problem at once): from or to missing, to before from, a period "
            + "longer than five years, a station out of the caller's scope, a groupBy not listed.";

    /** The answer of a compaction, by the name the document gives it. */
    @Schema(name = "TipDayCompaction", description = "How many rows the compaction folded.")
    record Folded(@Schema(required = true, minimum = "0", description = "The per-session rows folded into their day's row.",
            example = "36") int folded) {
    }

    @Inject
    private FraudStatistics fraud;

    @Inject
    private PatrolStatistics patrol;

    @Inject
    private LiaisonStatistics liaison;

    @Inject
    private StatisticsReports reports;

    @GET
    @Path("fraud")
    @Operation(summary = "Read the fraud figures of a period", description = """
            The fraud figures of the cases reported in the period: reports, filed, solved, clearance rate, loss, amounts \
            stopped, frozen and returned, the golden-hour rate. One row per fraud type, station or month that has reports, by \
            key; no total row. Amounts are decimal strings in yuan. A station head's figures are their station's; a bureau \
            supervisor's the whole bureau's, or one station's.""" + " " + SELECTION)
    @APIResponse(responseCode = "200", description = "The figures, one row per key with reports.")
    public List<FraudFigures> fraud(@Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
                                    @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to,
                                    @Parameter(required = true, description = "What a row is: a fraud type, a station or a month "
                                            + "(case-insensitive).", schema = @Schema(type = SchemaType.STRING,
                                            enumeration = {"type", "station", "month"}))
                                    @QueryParam("groupBy") String groupBy,
                                    @Parameter(description = STATION, example = "HT") @QueryParam("station") String station) {
        return fraud.fraud(from, to, station, groupBy);
    }

    @GET
    @Path("warnings")
    @Operation(summary = "Read the early-warning figures of a period", description = """
            The early-warning figures (预警劝阻) of the leads received in the period: handled in time, outcomes, dissuasion rate, \
            defrauded after the warning. One row per station or month that has leads, by key, and the total.""" + " " + SELECTION)
    @APIResponse(responseCode = "200", description = "The figures per key, and the total.")
    public Breakdown<WarningFigures> warnings(@Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
                                              @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to,
                                              @Parameter(required = true, description = "What a row is: a station or a month "
                                                      + "(case-insensitive).", schema = @Schema(type = SchemaType.STRING,
                                                      enumeration = {"station", "month"}))
                                              @QueryParam("groupBy") String groupBy,
                                              @Parameter(description = STATION, example = "HT") @QueryParam("station") String station) {
        return fraud.warnings(from, to, station, groupBy);
    }

    @GET
    @Path("frozen-money")
    @Operation(summary = "Read the frozen-money figures of a period", description = """
            The frozen money (冻结资金) of the period, each figure by the Beijing month of its own event and the station of the \
            case: freezes recorded (frozen), freezes that lapsed without renewal (lapsed, by their expiry), money returned to \
            victims (returned) and the shares of return plans now on public notice (awaitingNotice, by approval). One row per \
            station or month that has any, by key, and the total. Amounts are decimal strings in yuan.""" + " " + SELECTION)
    @APIResponse(responseCode = "200", description = "The figures per key, and the total.")
    public Breakdown<FrozenMoneyFigures> frozenMoney(@Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
                                                     @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to,
                                                     @Parameter(required = true, description = "What a row is: a station or a month "
                                                             + "(case-insensitive).", schema = @Schema(type = SchemaType.STRING,
                                                             enumeration = {"station", "month"}))
                                                     @QueryParam("groupBy") String groupBy,
                                                     @Parameter(description = STATION, example = "HT") @QueryParam("station")
                                                     String station) {
        return fraud.frozenMoney(from, to, station, groupBy);
    }

    @GET
    @Path("patrol")
    @Operation(summary = "Read the patrol figures of a period", description = """
            The patrol figures (阳湖N警) of the period: shifts held, volunteer hours, active volunteers, tips sent and acted on. One \
            row per station, patrol group or month that has any, by key, and the total; then the tips by category and the 10 \
            volunteers with the most points in the period.""" + " " + SELECTION)
    @APIResponse(responseCode = "200", description = "The patrol report.")
    public PatrolReport patrol(@Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
                               @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to,
                               @Parameter(required = true, description = "What a row is: a station, a patrol group or a month "
                                       + "(case-insensitive).", schema = @Schema(type = SchemaType.STRING,
                                       enumeration = {"station", "group", "month"}))
                               @QueryParam("groupBy") String groupBy,
                               @Parameter(description = STATION, example = "HT") @QueryParam("station") String station) {
        return patrol.patrol(from, to, station, groupBy);
    }

    @POST
    @Path("tip-days/compaction")
    @Operation(summary = "Fold the tip counters of past days now", description = """
            Folds the per-session counters of the tip figures and of the map's tips per area, of the days before yesterday, \
            into one row per day, now rather than at the hourly run. The figures stay the same; only their rows become fewer. Answers how many rows were folded.""")
    @APIResponse(responseCode = "200", description = "Folded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Folded.class)))
    public JsonObject compactTipDays() {
        return Json.createObjectBuilder().add("folded", patrol.compactTipDays()).build();
    }

    @GET
    @Path("liaison")
    @Operation(summary = "Read the liaison figures of a period", description = """
            The liaison figures (重大项目警官联系制) of the period per station, and the total: liaison coverage, projects without a \
            recent visit, visits per project and month, enterprise requests open, overdue and resolved, average satisfaction."""
            + " " + SELECTION)
    @APIResponse(responseCode = "200", description = "The figures per station, and the total.")
    public Breakdown<LiaisonFigures> liaison(@Parameter(required = true, description = FROM) @QueryParam("from") LocalDate from,
                                             @Parameter(required = true, description = TO) @QueryParam("to") LocalDate to,
                                             @Parameter(description = STATION, example = "HT") @QueryParam("station") String station) {
        return liaison.liaison(from, to, station);
    }

    @GET
    @Path("monthly-report")
    @Produces({ReportFiles.XLSX, ReportFiles.PDF})
    @Operation(summary = "Download the monthly bureau report", description = """
            The monthly report (月度报表) of fraud, warnings, patrol and liaison for a month, of the bureau or one station: an \
            Excel workbook with one sheet per domain, or a PDF opening with the month's key figures and two charts (the last \
            twelve months, the month's reports by type). In the language of Accept-Language (zh-CN, or en when asked for). \
            Sent as an attachment named yanghu-monthly-report-{month}.{format}. The Accept header must allow the format's type \
            (or */*). Refused (400): a month that is malformed or in the future, a format not listed, a station out of the \
            caller's scope.""")
    @APIResponse(responseCode = "200", description = "The report.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"yanghu-monthly-report-2026-03.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = "The report's language: en for English, zh-CN "
            + "(the default) otherwise.", schema = @Schema(type = SchemaType.STRING, example = "zh-CN"))
    public Response monthlyReport(@Parameter(description = "The month, yyyy-MM, not in the future; without it the latest month with "
                                          + "records (a case, a tip or a lead) in the last five years, else this month.",
                                          schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-03"))
                                  @QueryParam("month") String month,
                                  @Parameter(description = "xlsx (the default) or pdf (case-insensitive).", schema = @Schema(
                                          type = SchemaType.STRING, enumeration = {"xlsx", "pdf"}, defaultValue = "xlsx"))
                                  @QueryParam("format") String format,
                                  @Parameter(description = STATION, example = "HT") @QueryParam("station") String station,
                                  @Context HttpHeaders headers) {
        String kind = format == null ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("xlsx") && !kind.equals("pdf")) {
            throw new InvalidInputException("format", "stats.format");
        }
        // without a month: the latest one with records, not an empty one
        YearMonth chosen = month == null || month.isBlank() ? reports.latestMonth(station) : StatisticsReports.month(month);
        List<Locale> accepted = headers.getAcceptableLanguages();
        ReportDocument report = reports.monthly(chosen, station, Messages.supported(accepted.isEmpty() ? Messages.ZH_CN : accepted.get(0)));
        return Response.ok(ReportFiles.write(report, kind), ReportFiles.contentType(kind))
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsReports.monthlyFileName(chosen, kind) + "\"").build();
    }
}
