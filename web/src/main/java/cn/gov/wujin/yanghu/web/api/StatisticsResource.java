package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.statistics.application.Breakdown;
import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudStatistics;
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
    @Operation(summary = "Fraud figures of the cases reported in [from, to] (Beijing days), grouped by type, station or month; "
            + "amounts as decimal strings (SUPERVISOR; a station head sees the own station)")
    public List<FraudFigures> fraud(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                    @QueryParam("groupBy") String groupBy, @QueryParam("station") String station) {
        return fraud.fraud(from, to, station, groupBy);
    }

    @GET
    @Path("warnings")
    @Operation(summary = "Early-warning figures of the leads received in [from, to], by station or month, with the total: handled "
            + "in time, dissuasion rate, defrauded after the warning")
    public Breakdown<WarningFigures> warnings(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                              @QueryParam("groupBy") String groupBy, @QueryParam("station") String station) {
        return fraud.warnings(from, to, station, groupBy);
    }

    @GET
    @Path("patrol")
    @Operation(summary = "Patrol figures of [from, to] by station, group or month with the total (shifts held, volunteer hours, "
            + "active volunteers, tips and tips acted on), tips by category and the top volunteers")
    public PatrolReport patrol(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                               @QueryParam("groupBy") String groupBy, @QueryParam("station") String station) {
        return patrol.patrol(from, to, station, groupBy);
    }

    @POST
    @Path("tip-days/compaction")
    @Operation(summary = "ADMIN folds the per-session counters of past tip days now (a timer does it every hour on every instance)")
    public JsonObject compactTipDays() {
        return Json.createObjectBuilder().add("folded", patrol.compactTipDays()).build();
    }

    @GET
    @Path("liaison")
    @Operation(summary = "Liaison figures of [from, to] per station with the total: coverage, projects without a recent visit, "
            + "visits per project and month, requests open/overdue/resolved, average satisfaction")
    public Breakdown<LiaisonFigures> liaison(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                             @QueryParam("station") String station) {
        return liaison.liaison(from, to, station);
    }

    @GET
    @Path("monthly-report")
    @Produces({ReportFiles.XLSX, ReportFiles.PDF})
    @Operation(summary = "The monthly bureau report of a month (yyyy-MM; without one, the latest month with records) as xlsx "
            + "(one sheet per domain) or pdf (opening with the month's key figures and charts), in the Accept-Language (zh-CN by default)")
    public Response monthlyReport(@QueryParam("month") String month, @QueryParam("format") String format,
                                  @QueryParam("station") String station, @Context HttpHeaders headers) {
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
