package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.NewShift;
import cn.gov.wujin.yanghu.patrol.application.ShiftQueue;
import cn.gov.wujin.yanghu.patrol.application.ShiftService;
import cn.gov.wujin.yanghu.patrol.application.ShiftView;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Shifts: planned by officers; signed up for, checked in and out and logged by members. */
@Path("shifts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftResource {

    public static class LogRequest {
        public String routeNotes;
        public String findings;
    }

    @Inject
    private ShiftService shifts;

    @GET
    @Operation(summary = "Shifts overlapping [from, to) (default: the coming 14 days): the station's (staff) or the caller's groups'. "
            + "With queue=today (today's shifts of the caller's groups or sign-ups), understaffed (in the next 48 hours) or upcoming "
            + "(the caller's own, not finished), and station (code): that list instead, earliest first")
    public List<ShiftView> list(@QueryParam("groupId") Long groupId, @QueryParam("from") OffsetDateTime from,
                                @QueryParam("to") OffsetDateTime to, @QueryParam("queue") String queue, @QueryParam("station") String station) {
        if (queue != null && !queue.isBlank()) {
            return shifts.queue(ShiftQueue.byKey(queue).orElseThrow(() -> new InvalidInputException("queue", "shift.queue.unknown", queue)),
                    station);
        }
        Instant start = from == null ? Instant.now().minus(Duration.ofDays(1)) : from.toInstant();
        Instant end = to == null ? start.plus(Duration.ofDays(15)) : to.toInstant();
        return shifts.shifts(groupId, start, end);
    }

    @POST
    @Operation(summary = "Plan a shift (OFFICER, SUPERVISOR): groupId, area, startsAt, endsAt, needed, checkpoints")
    public Response plan(@NotNull NewShift shift) {
        ShiftView created = shifts.plan(shift);
        return Response.created(URI.create("shifts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public ShiftView get(@PathParam("id") long id) {
        return shifts.shift(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Move or restaff a shift that has not started (OFFICER, SUPERVISOR); version = the one read")
    public ShiftView reschedule(@PathParam("id") long id, @QueryParam("version") long version, @NotNull NewShift shift) {
        return shifts.reschedule(id, shift, version);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a shift (OFFICER, SUPERVISOR); version = the one read")
    public ShiftView cancel(@PathParam("id") long id, @QueryParam("version") long version) {
        return shifts.cancel(id, version);
    }

    @PUT
    @Path("{id}/signup")
    @Operation(summary = "Sign up (a member of the shift's group); again is harmless")
    public ShiftView signUp(@PathParam("id") long id) {
        return shifts.signUp(id);
    }

    @DELETE
    @Path("{id}/signup")
    @Operation(summary = "Cancel one's sign-up, until 2 hours before the start")
    public ShiftView cancelSignUp(@PathParam("id") long id) {
        return shifts.cancelSignUp(id);
    }

    @POST
    @Path("{id}/check-in")
    @Operation(summary = "Check in: from 30 minutes before the start until the end; outside that, 409 with the reason")
    public ShiftView checkIn(@PathParam("id") long id) {
        return shifts.checkIn(id);
    }

    @POST
    @Path("{id}/check-out")
    @Operation(summary = "Check out: the hours inside the shift's window count, and earn points once")
    public ShiftView checkOut(@PathParam("id") long id) {
        return shifts.checkOut(id);
    }

    @PUT
    @Path("{id}/log")
    @Operation(summary = "The member's shift log: route notes and findings")
    public ShiftView log(@PathParam("id") long id, @NotNull LogRequest log) {
        return shifts.writeLog(id, log.routeNotes, log.findings);
    }
}
