package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.organization.application.CommunityForm;
import cn.gov.wujin.yanghu.organization.application.CommunityView;
import cn.gov.wujin.yanghu.organization.application.GridView;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationForm;
import cn.gov.wujin.yanghu.organization.application.StationView;
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
import java.util.List;

/** Communities, villages and their grids, within the caller's station scope; ADMIN creates them. */
@Path("communities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityResource {

    public record NewGrid(String code, String name, String nameEn) {
    }

    @Inject
    private OrganizationService organization;

    @GET
    @Operation(summary = "Communities and villages the caller may see, optionally of one station")
    public List<CommunityView> communities(@QueryParam("stationId") Long stationId) {
        return organization.communities(stationId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One community; 404 when it belongs to another station")
    public CommunityView community(@PathParam("id") long id) {
        return organization.community(id);
    }

    @POST
    @Operation(summary = "Create a community (ADMIN)")
    public Response createCommunity(@NotNull CommunityForm form) {
        CommunityView created = organization.createCommunity(form);
        return Response.created(URI.create("communities/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/grids")
    public List<GridView> grids(@PathParam("id") long id) {
        return organization.grids(id);
    }

    @POST
    @Path("{id}/grids")
    @Operation(summary = "Create a grid in a community (ADMIN)")
    public Response createGrid(@PathParam("id") long id, @NotNull NewGrid grid) {
        GridView created = organization.createGrid(id, grid.code(), grid.name(), grid.nameEn());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
