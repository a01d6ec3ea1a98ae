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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @Schema(description = "A group's settings as they are to be: name, officer, area (communityId and gridId replace the area: both "
            + "left out is the whole station), whether it is active, and the version read.")
    public static class GroupUpdate extends GroupForm {
        private static final long serialVersionUID = 1L;
        @Schema(defaultValue = "true", description = "false stands the group down: it takes no new members, applications or shifts.")
        public boolean active = true;
        @Schema(description = "The version read (GroupView.version); left out counts as 0. A stale version answers 409.", example = "3")
        public long version;
    }

    /** A roster change: the member's details and whether they are active. */
    @Schema(description = "A member's details as they are to be (joinedOn is not changed), whether they are active, and the version read.")
    public static class MemberUpdate extends NewMember {
        private static final long serialVersionUID = 1L;
        @Schema(defaultValue = "true", description = "false takes the member off the roster (they stay listed for staff as having left).")
        public boolean active = true;
        @Schema(description = "The version read (MemberView.version); left out counts as 0. A stale version answers 409.", example = "0")
        public long version;
    }

    @Schema(name = "GroupApplicationForm", description = "A volunteer's application: {} when there is nothing to add.")
    public static class ApplyRequest {
        @Schema(maxLength = 500, description = "Why they want to join, for the group's officer.", example = "住在人民路，晚上有空，想参加巡逻")
        public String motivation;
    }

    @Schema(name = "GroupApplicationDecision", description = "The decision on a pending application.")
    public static class DecisionRequest {
        @Schema(description = "true approves (the volunteer is put on the roster, or back on it); false or left out rejects.")
        public boolean approve;
        @Schema(maxLength = 500, description = "A note for the volunteer.", example = "欢迎加入，周五晚上第一次巡逻")
        public String note;
    }

    @Inject
    private PatrolGroupService groups;

    @Inject
    private PointsService points;

    @GET
    @Operation(summary = "List patrol groups", description = "Staff: the groups of their station (bureau supervisors: every "
            + "station's), by name; with `communityId`, the groups of that community and its grids. A volunteer: the groups they are "
            + "an active member of (communityId is then ignored).")
    public List<GroupView> list(@Parameter(description = "Only groups patrolling this community or one of its grids (staff).",
            example = "12") @QueryParam("communityId") Long communityId) {
        return groups.groups(communityId);
    }

    @GET
    @Path("joinable")
    @Operation(summary = "List the groups one may apply to", description = "The active groups of the volunteer's station that they "
            + "are not an active member of, by name: where POST /api/v1/patrol-groups/{id}/applications may go.")
    public List<GroupView> joinable() {
        return groups.joinable();
    }

    @POST
    @Operation(summary = "Create a patrol group", description = "Creates a group of the caller's station (a bureau supervisor names "
            + "the station), led by the named officer or the caller, patrolling the whole station, one community or one grid. "
            + "Refused (400, naming the field): a name that is empty, longer than 100 characters or taken in the station; an "
            + "officer who is not an active OFFICER of the station; a community or grid of another station, or a grid outside the "
            + "community named. Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new group.",
            headers = @Header(name = "Location", description = "The group's address, /api/v1/patrol-groups/{id}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class)))
    public Response create(@NotNull GroupForm request) {
        GroupView created = groups.createGroup(request);
        return Response.created(URI.create("patrol-groups/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a patrol group", description = "One group: for the staff of its station, and for its active members; "
            + "for anyone else it does not exist (404).")
    public GroupView get(@Parameter(description = "The group's id.", example = "7") @PathParam("id") long id) {
        return groups.group(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a patrol group", description = "Renames a group, hands it to another officer of its station, moves "
            + "it to another community or grid (or the whole station), or stands it down (`active: false`) or back up. Only the "
            + "group's officer or a SUPERVISOR (403 for other officers). The same checks as for creating; the station does not "
            + "change. Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The group as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "409", description = "The group changed since `version` was read.")
    public GroupView update(@Parameter(description = "The group's id.", example = "7") @PathParam("id") long id,
                            @NotNull GroupUpdate update) {
        return groups.updateGroup(id, update, update.active, update.version);
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "List a group's roster", description = "The group's members, active first, by name. Staff see every member, "
            + "with the phone masked and the skills; a member of the group sees the active members' names and kinds only.")
    public List<MemberView> members(@Parameter(description = "The group's id.", example = "7") @PathParam("id") long id) {
        return groups.roster(id);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Put a member on a roster", description = "An officer or supervisor puts someone on the group's roster: a "
            + "security guard or grid worker without an account, or a volunteer by hand. Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "On the roster.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public Response addMember(@Parameter(description = "The group's id.", example = "7") @PathParam("id") long id,
                              @NotNull NewMember member) {
        return Response.status(Response.Status.CREATED).entity(groups.addMember(id, member)).build();
    }

    @PUT
    @Path("{id}/members/{memberId}")
    @Operation(summary = "Change a member of a roster", description = "Changes a member's name, kind, phone and skills, or takes them "
            + "off the roster (`active: false`) or back on. The roster shows phones masked: a phone sent back with its `*` keeps "
            + "the stored one. Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The member as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "The member changed since `version` was read.")
    public MemberView updateMember(@Parameter(description = "The group's id (the member is found by memberId).", example = "7")
                                   @PathParam("id") long id,
                                   @Parameter(description = "The member's id (MemberView.id).", example = "215")
                                   @PathParam("memberId") long memberId, @NotNull MemberUpdate update) {
        return groups.updateMember(memberId, update, update.active, update.version);
    }

    @POST
    @Path("{id}/applications")
    @Operation(summary = "Apply to join a group", description = "A volunteer asks to join an active group of their own station (any "
            + "other group does not exist for them: 404). The group's officer decides. Refused (409) while they are a member of "
            + "the group already or have an application to it pending.")
    @APIResponse(responseCode = "201", description = "The application, PENDING.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Already a member of the group, or an application to it is pending.")
    public Response apply(@Parameter(description = "The group's id.", example = "7") @PathParam("id") long id, ApplyRequest request) {
        return Response.status(Response.Status.CREATED).entity(groups.apply(id, request == null ? null : request.motivation)).build();
    }

    @GET
    @Path("applications")
    @Operation(summary = "List applications to join", description = "Staff: the PENDING applications to their station's groups "
            + "(bureau supervisors: every station's), oldest first. A volunteer: their own applications, with the decisions, newest "
            + "first.")
    public List<ApplicationView> applications() {
        return groups.applications();
    }

    @POST
    @Path("applications/{applicationId}/decision")
    @Operation(summary = "Decide on an application to join", description = "The group's officer (or a SUPERVISOR; 403 for other "
            + "officers) approves a PENDING application, which puts the volunteer on the roster (a former member comes back), or "
            + "rejects it. Written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The application, decided.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "The application was decided already.")
    public ApplicationView decide(@Parameter(description = "The application's id.", example = "93")
                                  @PathParam("applicationId") long applicationId, @NotNull DecisionRequest request) {
        return groups.decide(applicationId, request.approve, request.note);
    }

    @GET
    @Path("{id}/leaderboard")
    @Operation(summary = "Rank a group's members by points", description = "The group's top 50 by the points awarded for work in the "
            + "group in the Beijing days [from, to] (default: from 1 January of this year to today), highest first; equal points "
            + "share a rank (1, 2, 2, 4). For the staff of its station and its members. `to` before `from` is refused (400).")
    public List<PointsService.Standing> leaderboard(@Parameter(description = "The group's id.", example = "7") @PathParam("id") long id,
                                                    @Parameter(description = "First day (Beijing time); default: 1 January of this year.")
                                                    @QueryParam("from") LocalDate from,
                                                    @Parameter(description = "Last day (Beijing time), included; default: today.")
                                                    @QueryParam("to") LocalDate to) {
        return points.groupBoard(id, from, to);
    }
}
