package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.CommunityForm;
import cn.gov.wujin.yanghu.organization.application.CommunityView;
import cn.gov.wujin.yanghu.organization.application.GridView;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.List;

/** Communities, villages and their grids, within the caller's station scope; ADMIN creates them. */
@Path("communities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityResource {

    @Schema(description = "A new grid of a community.", requiredProperties = {"code", "name"})
    public record NewGrid(
            @Schema(maxLength = 20, pattern = "\\S", description = "Unique within the community (not blank; surrounding spaces "
                    + "are dropped).", example = "G01") String code,
            @Schema(maxLength = 100, pattern = "\\S", description = "The name in Chinese (not blank).", example = "花园一网格")
            String name,
            @Schema(maxLength = 100, description = "The name in English; blank or absent for none yet.", example = "Huayuan grid 1")
            String nameEn) {
    }

    private static final String SCOPE = "A station's staff see their own station's communities; bureau-level accounts (ADMIN, a "
            + "SUPERVISOR without a station) see every station's.";

    @Inject
    private OrganizationService organization;

    @GET
    @Operation(summary = "List communities and villages",
            description = "The communities and villages the caller sees, by station and code. " + SCOPE)
    @APIResponse(responseCode = "200", description = "The communities, by station and code.")
    @APIResponse(responseCode = "404", description = "`stationId` names a station that does not exist or that the caller does "
            + "not see.")
    public List<CommunityView> list(@Parameter(description = "Only the communities of this station.", example = "1")
                                    @QueryParam("stationId") Long stationId) {
        return organization.communities(stationId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a community", description = "One community or village. " + SCOPE)
    @APIResponse(responseCode = "200", description = "The community.")
    public CommunityView get(@Parameter(description = "The community's id.", example = "12") @PathParam("id") long id) {
        return organization.community(id);
    }

    @POST
    @Operation(summary = "Create a community or village",
            description = "Creates a community or village in a station's area, with a code no other community of the station "
                    + "has (400 naming `code`); the station must exist (400 naming `stationId`). The form's problems are "
                    + "reported together (400 with `errors`). Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Created: the community.",
            headers = @Header(name = "Location", description = "The new community's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityView.class)))
    public Response create(@NotNull CommunityForm form) {
        CommunityView created = organization.createCommunity(form);
        return Response.created(URI.create("communities/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/grids")
    @Operation(summary = "List a community's grids", description = "The grids of one community or village, by code. " + SCOPE)
    @APIResponse(responseCode = "200", description = "The grids, by code.")
    public List<GridView> grids(@Parameter(description = "The community's id.", example = "12") @PathParam("id") long id) {
        return organization.grids(id);
    }

    @POST
    @Path("{id}/grids")
    @Operation(summary = "Create a grid in a community",
            description = "Creates a grid with a code no other grid of the community has (400 naming `code`). The form's "
                    + "problems are reported together (400 with `errors`). Written to the audit trail.")
    @APIResponse(responseCode = "201", description = "Created: the grid (no Location header).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridView.class)))
    public Response createGrid(@Parameter(description = "The community's id.", example = "12") @PathParam("id") long id,
                               @NotNull NewGrid grid) {
        GridView created = organization.createGrid(id, grid.code(), grid.name(), grid.nameEn());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
