package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.statistics.application.FraudFigures;
import cn.gov.wujin.yanghu.statistics.application.FraudStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;

/** Supervisors' statistics; every figure is defined once in its service (see {@link FraudFigures}). */
@Path("stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    private FraudStatistics fraud;

    @GET
    @Path("fraud")
    @Operation(summary = "Fraud figures of the cases reported in [from, to] (Beijing days), grouped by type, station or month; "
            + "amounts as decimal strings (SUPERVISOR; a station head sees the own station)")
    public List<FraudFigures> fraud(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                    @QueryParam("groupBy") String groupBy, @QueryParam("station") String station) {
        return fraud.fraud(from, to, station, groupBy);
    }
}
