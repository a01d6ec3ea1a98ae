package cn.gov.wujin.yanghu.web.api;

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

/** Stations: everyone signed in reads them; ADMIN changes them. */
@Path("stations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationResource {

    /** Stations are read by everyone: the station-scoping sentence of the document does not narrow the reads. */
    private static final String EVERY_STATION = "Every signed-in account reads every station: their names and codes are not "
            + "confidential.";

    @Inject
    private OrganizationService organization;

    @GET
    @Operation(summary = "List the stations",
            description = "Every station of the bureau, in service or not, by code. " + EVERY_STATION)
    @APIResponse(responseCode = "200", description = "The stations, by code.")
    public List<StationView> list() {
        return organization.stations();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a station", description = "One station. " + EVERY_STATION)
    @APIResponse(responseCode = "200", description = "The station.")
    public StationView get(@Parameter(description = "The station's id.", example = "1") @PathParam("id") long id) {
        return organization.station(id);
    }

    @POST
    @Operation(summary = "Create a station",
            description = "Creates a station, in service, with a code no other station has (400 naming `code`); `active` and "
                    + "`version` are not read. The form's problems are reported together (400 with `errors`). Written to the "
                    + "audit trail.")
    @APIResponse(responseCode = "201", description = "Created: the station.",
            headers = @Header(name = "Location", description = "The new station's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StationView.class)))
    public Response create(@NotNull StationForm form) {
        StationView created = organization.createStation(form);
        return Response.created(URI.create("stations/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a station",
            description = "Replaces the station's names, address, phone and whether it is in service with those sent (an absent "
                    + "address or phone is cleared, an absent `active` is true). `code` is required by the form but never "
                    + "changed. A station out of service keeps its records, accounts and areas. Send the `version` you read: a "
                    + "newer one answers 409 (`conflict`), and nothing changes. The form's problems are reported together (400 "
                    + "with `errors`). Written to the audit trail. " + EVERY_STATION)
    @APIResponse(responseCode = "200", description = "The station as it is now.")
    public StationView update(@Parameter(description = "The station's id.", example = "1") @PathParam("id") long id,
                              @NotNull StationForm form) {
        return organization.updateStation(id, form);
    }
}
