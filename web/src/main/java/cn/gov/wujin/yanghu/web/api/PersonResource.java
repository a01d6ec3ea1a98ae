package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.search.Persons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;

/** One record of a person: their cases and warning leads; repeat and elderly victims. */
@Path("persons")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    private Persons persons;

    @GET
    @Operation(summary = "Find a person's cases and warning leads", description = """
            The cases of a victim, found by ID-card number (victims recorded without one, by phone), and the warning leads \
            about their phones, newest first; another station's only by number, station and date. repeatVictim: the newest case \
            came within the repeat period (12 months unless an administrator changed it) of an earlier one; secondaryFraudRisk: the newest case is of a recovery kind (fake refund, \
            unfreezing, lawyer) after an earlier case (二次诈骗): warn the person. Give idNumber or phone, not both (400 \
            naming the one to leave out, or an invalid one). OFFICER and SUPERVISOR. Audited as a view of personal data.""")
    @APIResponse(responseCode = "200", description = "The person (empty lists when nobody is known by it).")
    public Persons.Person find(@Parameter(description = "A resident ID-card number (18 characters, a valid check character).",
                                       example = "11010519491231002X") @QueryParam("idNumber") String idNumber,
                               @Parameter(description = "A phone, as typed (138 1234-5678, +86…).", example = "138 1234 5678")
                               @QueryParam("phone") String phone) {
        return persons.resolve(idNumber, phone);
    }

    @GET
    @Path("figures")
    @Operation(summary = "Count repeat and elderly victims per station and month", description = """
            Victims of the cases reported from `from` to `to` (Beijing days, inclusive; at most two years), per station and \
            month: how many, how many were repeat victims (an earlier case within the repeat period, 12 months by default) and how many were 60 or over \
            (from the ID-card number's birth date), for the elderly-fraud campaign (养老诈骗). SUPERVISOR: a station head's \
            station, a bureau supervisor's every station. 400 naming to when the period is empty or longer.""")
    @APIResponse(responseCode = "200", description = "One row per station and month with victims.")
    public List<Persons.VictimFigures> figures(@Parameter(required = true, description = "The first day.", example = "2026-01-01")
                                               @QueryParam("from") LocalDate from,
                                               @Parameter(required = true, description = "The last day.", example = "2026-12-31")
                                               @QueryParam("to") LocalDate to) {
        return persons.figures(from, to);
    }
}
