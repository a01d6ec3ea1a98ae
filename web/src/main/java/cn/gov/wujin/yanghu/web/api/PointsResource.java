package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import cn.gov.wujin.yanghu.web.pdf.CertificatePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Points (积分): the volunteer's own ledger and the station's leaderboard. */
@Path("points")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PointsResource {

    /** The caller's total and their awards, newest first. */
    public record MyPoints(BigDecimal total, List<PointsService.Award> awards) {
    }

    @Inject
    private PointsService points;

    @GET
    @Path("mine")
    @Operation(summary = "The volunteer's points: total and every award with its reason")
    public MyPoints mine(@Context HttpHeaders headers) {
        Locale locale = Messages.supported(headers.getAcceptableLanguages().isEmpty() ? Messages.ZH_CN : headers.getAcceptableLanguages().get(0));
        return new MyPoints(points.myTotal(), points.mine(locale));
    }

    /** A rule change: points per unit (tenths) and whether it still awards. */
    public static class RuleUpdate {
        public BigDecimal points;
        public boolean active;
        public long version;
    }

    @GET
    @Path("rules")
    @Operation(summary = "The points rules: what a patrol hour, a confirmed publicity event and a tip that led to action earn")
    public List<PointsService.Rule> rules() {
        return points.rules();
    }

    @PUT
    @Path("rules/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ADMIN changes a rule from now on; awards already made keep their points")
    public PointsService.Rule reviseRule(@PathParam("code") String code, @NotNull RuleUpdate update) {
        return points.reviseRule(code, update.points, update.active, update.version);
    }

    @GET
    @Path("mine/certificate")
    @Produces("application/pdf")
    @Operation(summary = "The volunteer's certificate of service (hours, patrols, tips acted on, points) as a PDF")
    public Response certificate(@Context HttpHeaders headers) {
        PointsService.Certificate certificate = points.certificate();
        Locale locale = Messages.supported(headers.getAcceptableLanguages().isEmpty() ? Messages.ZH_CN : headers.getAcceptableLanguages().get(0));
        StreamingOutput pdf = out -> CertificatePdf.write(certificate, locale, out);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"").build();
    }

    @GET
    @Path("stations/{stationId}/leaderboard")
    @Operation(summary = "Volunteers of a station by points in the period (default: this year); staff")
    public List<PointsService.Standing> stationBoard(@PathParam("stationId") long stationId, @QueryParam("from") LocalDate from,
                                                     @QueryParam("to") LocalDate to) {
        return points.stationBoard(stationId, from, to);
    }
}
