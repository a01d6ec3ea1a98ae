package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.patrol.application.ApplicationView;
import cn.gov.wujin.yanghu.patrol.application.GroupForm;
import cn.gov.wujin.yanghu.patrol.application.GroupView;
import cn.gov.wujin.yanghu.patrol.application.MemberView;
import cn.gov.wujin.yanghu.patrol.application.NewMember;
import cn.gov.wujin.yanghu.patrol.application.PatrolGroupService;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;

/** 阳湖N警 patrol groups, their rosters and the volunteers' applications to join. */
@Path("patrol-groups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatrolGroupResource {

    /** A group's settings with whether it is active and the version they were read at. */
    public static class GroupUpdate extends GroupForm {
        private static final long serialVersionUID = 1L;
        public boolean active = true;
        public long version;
    }

    /** A roster change: the member's details and whether they are active. */
    public static class MemberUpdate extends NewMember {
        private static final long serialVersionUID = 1L;
        public boolean active = true;
        public long version;
    }

    public static class ApplyRequest {
        public String motivation;
    }

    public static class DecisionRequest {
        public boolean approve;
        public String note;
    }

    @Inject
    private PatrolGroupService groups;

    @Inject
    private PointsService points;

    @GET
    @Operation(summary = "The station's groups (staff; optionally of one community) or the caller's own (volunteer)")
    public List<GroupView> list(@QueryParam("communityId") Long communityId) {
        return groups.groups(communityId);
    }

    @GET
    @Path("joinable")
    @Operation(summary = "Groups of the volunteer's station they may apply to")
    public List<GroupView> joinable() {
        return groups.joinable();
    }

    @POST
    @Operation(summary = "Create a group (OFFICER, SUPERVISOR): name, leadingOfficer (default: the caller), "
            + "communityId and gridId of the station (optional)")
    public Response create(@NotNull GroupForm request) {
        GroupView created = groups.createGroup(request);
        return Response.created(URI.create("patrol-groups/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public GroupView get(@PathParam("id") long id) {
        return groups.group(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename, hand to another officer, move to another community or grid, or stand down a group "
            + "(its officer or a SUPERVISOR); 409 when the version is stale")
    public GroupView update(@PathParam("id") long id, @NotNull GroupUpdate update) {
        return groups.updateGroup(id, update, update.active, update.version);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "The roster; phones (masked) and skills for staff only")
    public List<MemberView> members(@PathParam("id") long id) {
        return groups.roster(id);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Put a member on the roster (OFFICER, SUPERVISOR); kinds VOLUNTEER, GRID_WORKER, SECURITY_GUARD, AUXILIARY_POLICE")
    public Response addMember(@PathParam("id") long id, @NotNull NewMember member) {
        return Response.status(Response.Status.CREATED).entity(groups.addMember(id, member)).build();
    }

    @PUT
    @Path("{id}/members/{memberId}")
    public MemberView updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId, @NotNull MemberUpdate update) {
        return groups.updateMember(memberId, update, update.active, update.version);
    }

    @POST
    @Path("{id}/applications")
    @Operation(summary = "A volunteer asks to join the group")
    public Response apply(@PathParam("id") long id, ApplyRequest request) {
        return Response.status(Response.Status.CREATED).entity(groups.apply(id, request == null ? null : request.motivation)).build();
    }

    @GET
    @Path("applications")
    @Operation(summary = "Pending applications to the station's groups (staff), or the caller's own (volunteer)")
    public List<ApplicationView> applications() {
        return groups.applications();
    }

    @POST
    @Path("applications/{applicationId}/decision")
    @Operation(summary = "The group's officer (or a supervisor) approves, putting the volunteer on the roster, or rejects")
    public ApplicationView decide(@PathParam("applicationId") long applicationId, @NotNull DecisionRequest request) {
        return groups.decide(applicationId, request.approve, request.note);
    }

    @GET
    @Path("{id}/leaderboard")
    @Operation(summary = "Members by points in the period (default: this year)")
    public List<PointsService.Standing> leaderboard(@PathParam("id") long id, @QueryParam("from") LocalDate from,
                                                    @QueryParam("to") LocalDate to) {
        return points.groupBoard(id, from, to);
    }
}
