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

/** Stations: everyone signed in reads them; ADMIN changes them. */
@Path("stations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationResource {

    @Inject
    private OrganizationService organization;

    @GET
    @Operation(summary = "All stations")
    public List<StationView> stations() {
        return organization.stations();
    }

    @GET
    @Path("{id}")
    public StationView station(@PathParam("id") long id) {
        return organization.station(id);
    }

    @POST
    @Operation(summary = "Create a station (ADMIN)")
    public Response createStation(@NotNull StationForm form) {
        StationView created = organization.createStation(form);
        return Response.created(URI.create("stations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a station (ADMIN); send the version you read, a newer one answers 409")
    public StationView updateStation(@PathParam("id") long id, @NotNull StationForm form) {
        return organization.updateStation(id, form);
    }
}
