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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Schema(description = "A volunteer's points: the total, and the awards behind it.")
    public record MyPoints(
            @Schema(required = true, description = "All points ever awarded to the caller.", example = "57.5") BigDecimal total,
            @Schema(required = true, description = "The latest 200 awards, newest first.") List<PointsService.Award> awards) {
    }

    @Inject
    private PointsService points;

    @GET
    @Path("mine")
    @Operation(summary = "Read one's points", description = "The volunteer's total and their latest 200 awards, newest first, each "
            + "with its reason in the language of Accept-Language (zh-CN unless en is asked for). Points come from hours patrolled "
            + "(at check-out), confirmed publicity events and tips that led to action.")
    public MyPoints mine(@Context HttpHeaders headers) {
        Locale locale = Messages.supported(headers.getAcceptableLanguages().isEmpty() ? Messages.ZH_CN : headers.getAcceptableLanguages().get(0));
        return new MyPoints(points.myTotal(), points.mine(locale));
    }

    /** A rule change: points per unit (tenths) and whether it still awards. */
    @Schema(name = "PointsRuleUpdate", description = "A rule as it is to be from now on.")
    public static class RuleUpdate {
        @Schema(required = true, minimum = "0", maximum = "999.9", description = "Points per unit: 0 to 999.9, at most one decimal.",
                example = "5.0")
        public BigDecimal points;
        @Schema(description = "false retires the rule: it awards nothing more. Left out counts as false.", example = "true")
        public boolean active;
        @Schema(description = "The version read (PointsRule.version); left out counts as 0. A stale version answers 409.", example = "0")
        public long version;
    }

    @GET
    @Path("rules")
    @Operation(summary = "List the points rules", description = "What a patrol hour, a confirmed publicity event and a tip that led "
            + "to action earn, by code.")
    public List<PointsService.Rule> rules() {
        return points.rules();
    }

    @PUT
    @Path("rules/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a points rule", description = "An administrator changes what a unit of work earns, or retires the "
            + "rule, from now on: awards already made keep their points. Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The rule as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PointsService.Rule.class)))
    @APIResponse(responseCode = "409", description = "The rule changed since `version` was read.")
    public PointsService.Rule reviseRule(@Parameter(description = "The rule's code.", example = "PUBLICITY_EVENT",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"SHIFT_HOUR", "PUBLICITY_EVENT", "TIP_ACTED_ON"}))
                                         @PathParam("code") String code, @NotNull RuleUpdate update) {
        return points.reviseRule(code, update.points, update.active, update.version);
    }

    @GET
    @Path("mine/certificate")
    @Produces("application/pdf")
    @Operation(summary = "Download one's certificate of service", description = "The volunteer's certificate of service (志愿服务证明) "
            + "as a PDF, in the language of Accept-Language: the period of service, shifts and hours patrolled, tips that led to "
            + "action and points, the issuing station. Its number (YHZY-year-serial) is given the first time; the same figures "
            + "asked for again keep their number and date of issue.")
    @APIResponse(responseCode = "200", description = "The PDF.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"certificate.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response certificate(@Context HttpHeaders headers) {
        PointsService.Certificate certificate = points.certificate();
        Locale locale = Messages.supported(headers.getAcceptableLanguages().isEmpty() ? Messages.ZH_CN : headers.getAcceptableLanguages().get(0));
        StreamingOutput pdf = out -> CertificatePdf.write(certificate, locale, out);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"").build();
    }

    @GET
    @Path("stations/{stationId}/leaderboard")
    @Operation(summary = "Rank a station's volunteers by points", description = "The station's top 50 by the points awarded for "
            + "work at the station in the Beijing days [from, to] (default: from 1 January of this year to today), highest first; "
            + "equal points share a rank (1, 2, 2, 4). `to` before `from` is refused (400).")
    public List<PointsService.Standing> stationBoard(@Parameter(description = "The station's id.", example = "1")
                                                     @PathParam("stationId") long stationId,
                                                     @Parameter(description = "First day (Beijing time); default: 1 January of this year.")
                                                     @QueryParam("from") LocalDate from,
                                                     @Parameter(description = "Last day (Beijing time), included; default: today.")
                                                     @QueryParam("to") LocalDate to) {
        return points.stationBoard(stationId, from, to);
    }
}
