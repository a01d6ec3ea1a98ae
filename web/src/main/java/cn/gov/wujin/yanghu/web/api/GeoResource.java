package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.geo.application.BoundaryImport;
import cn.gov.wujin.yanghu.geo.application.Boundaries;
import cn.gov.wujin.yanghu.geo.application.Place;
import cn.gov.wujin.yanghu.statistics.application.AreaCount;
import cn.gov.wujin.yanghu.statistics.application.HeatMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The map's places (一张图): the boundaries of stations, communities and grids, and which of them
 * holds a position. Coordinates are WGS-84 throughout.
 */
@Path("geo")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GeoResource {

    @Schema(name = "GeoPlace", description = "The areas whose boundaries hold a position; each absent (null) when none does.")
    public record PlaceView(
            @Schema(description = "The station's id.", example = "1") Long stationId,
            @Schema(description = "The community's or village's id.", example = "12") Long communityId,
            @Schema(description = "The grid's id.", example = "31") Long gridId) {
    }

    /** The answer of GET boundaries, as the document describes it (the resource writes the JSON itself). */
    @Schema(name = "BoundaryCollection", description = "A GeoJSON FeatureCollection of areas.")
    record CollectionDoc(
            @Schema(required = true, enumeration = "FeatureCollection") String type,
            @Schema(required = true) List<FeatureDoc> features) {
    }

    @Schema(name = "BoundaryFeature", description = "One area and its boundary.")
    record FeatureDoc(
            @Schema(required = true, enumeration = "Feature") String type,
            @Schema(required = true, description = "The level and the area's id.", example = "grid-31") String id,
            @Schema(required = true) PropertiesDoc properties,
            @Schema(required = true) GeometryDoc geometry) {
    }

    @Schema(name = "BoundaryProperties", description = "What the area is.")
    record PropertiesDoc(
            @Schema(required = true, example = "31") long id,
            @Schema(required = true, example = "HT-01-G1") String code,
            @Schema(required = true, description = "In the caller's language.", example = "湖塘社区第一网格") String name,
            @Schema(required = true, enumeration = {"station", "community", "grid"}) String level,
            @Schema(required = true, nullable = true, description = "A grid's community, a community's station; null for a station.",
                    example = "12") Long parentId,
            @Schema(required = true, example = "1") long stationId,
            @Schema(required = true, description = "Drawn roughly for the demo, not an official boundary.") boolean illustrative) {
    }

    @Schema(name = "BoundaryGeometry", description = "A GeoJSON Polygon or MultiPolygon, [longitude, latitude] in WGS-84.")
    record GeometryDoc(
            @Schema(required = true, enumeration = {"Polygon", "MultiPolygon"}) String type,
            @Schema(required = true, description = "A Polygon's rings (the first the outline, the others holes), or a "
                    + "MultiPolygon's polygons of rings; each ring closed, of [longitude, latitude] positions.",
                    oneOf = {double[][][].class, double[][][][].class}) Object coordinates) {
    }

    @Inject
    private Boundaries boundaries;

    @Inject
    private HeatMap heatMap;

    @Inject
    private BoundaryImport boundaryImport;

    @Schema(name = "BoundaryImportReport", description = "What the import stored, or (a dry run) would store.")
    public record ImportReportView(
            @Schema(required = true) boolean dryRun,
            @Schema(required = true, minimum = "0", example = "1") int stations,
            @Schema(required = true, minimum = "0", example = "4") int communities,
            @Schema(required = true, minimum = "0", example = "12") int grids,
            @Schema(required = true, minimum = "0", description = "Tips with a position in the imported areas' boxes, located anew "
                    + "(0 on a dry run).", example = "230") int tipsLocated) {
    }

    @GET
    @Path("boundaries")
    @Operation(summary = "Read the boundaries of stations, communities and grids",
            description = """
                    The boundaries as a GeoJSON FeatureCollection (RFC 7946, WGS-84, [longitude, latitude]): one Feature per \
                    area with a boundary, each a Polygon or MultiPolygon, with the properties `id`, `code`, `name` (in the \
                    caller's language), `level` (station, community, grid), `parentId` (a grid's community, a community's \
                    station; null for a station), `stationId` and `illustrative` (true for the demo's outlines, drawn roughly \
                    and not official). Areas without a boundary are left out. A station's accounts get their own station's \
                    areas; bureau-level accounts every station's, or the one named. Refused (400): an unknown `level`, a \
                    `station` out of the caller's scope.""")
    @APIResponse(responseCode = "200", description = "The FeatureCollection.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionDoc.class)))
    public Response boundaries(
            @Parameter(description = "Only this level: station, community or grid; all three without it.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"station", "community", "grid"}))
            @QueryParam("level") String level,
            @Parameter(description = "Only this station's areas (its code).", example = "HT") @QueryParam("station") String station,
            @Context HttpHeaders headers) {
        return Response.ok(boundaries.featureCollection(level, station, locale(headers)).toString(), MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("boundaries/import")
    @Consumes({"application/geo+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Import boundaries from a GeoJSON file",
            description = """
                    Sets the boundaries of stations, communities and grids from a GeoJSON FeatureCollection (RFC 7946, \
                    WGS-84), at most 5 MiB and 5,000 features: one Feature per area, matched by code, with the properties \
                    `level` (station, community, grid), `code`, and the codes above it (`station` for a community; `station` \
                    and `community` for a grid); the geometry a Polygon or MultiPolygon. Every feature is checked first: a \
                    valid polygon (closed rings, no self-intersection, coordinates in range), an area that exists and appears \
                    once, inside its parent's boundary (the one in the file, else the stored one) within 20 m, overlapping \
                    none of its siblings (the grids of a community, the communities of a station, the stations; in the file, \
                    else stored) by more than 100 m². One problem \
                    stores nothing; every problem is named by feature and property (`features[3].geometry`, \
                    `features[0].properties.code`). With `dryRun=true` nothing is stored either way. Imported boundaries are \
                    never replaced by the demo's drawing; each is written to the audit trail, and the tips with a position \
                    in the imported areas' boxes get their grid and community anew.""")
    @APIResponse(responseCode = "200", description = "Checked, and stored unless a dry run.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportView.class)))
    public ImportReportView importBoundaries(
            @Parameter(description = "Check only, store nothing.") @QueryParam("dryRun") boolean dryRun,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT,
                            description = "A GeoJSON FeatureCollection.")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                            description = "A GeoJSON FeatureCollection."))}) InputStream body) throws IOException {
        // read no more than an import may hold: a larger file is refused by the service, not buffered
        BoundaryImport.Report report = boundaryImport.importFile(body.readNBytes(BoundaryImport.MAX_BYTES + 1), dryRun);
        return new ImportReportView(report.dryRun(), report.stations(), report.communities(), report.grids(), report.tipsLocated());
    }

    @GET
    @Path("locate")
    @Operation(summary = "Find the station, community and grid of a position",
            description = "The areas whose boundaries hold the position (WGS-84; a point on an edge is inside): the grid "
                    + "decides its community and station; outside every grid the community's boundary, then the station's. "
                    + "Every field is null where no boundary holds it. Answered from the server's parsed copy of the "
                    + "boundaries (a few milliseconds). Refused (400, naming each): a coordinate missing or out of range.")
    @APIResponse(responseCode = "200", description = "The areas of the position.")
    public PlaceView locate(
            @Parameter(required = true, description = "Latitude in degrees, -90 to 90.", example = "31.7185",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90"))
            @QueryParam("latitude") Double latitude,
            @Parameter(required = true, description = "Longitude in degrees, -180 to 180.", example = "119.961",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180"))
            @QueryParam("longitude") Double longitude) {
        Place place = boundaries.locate(latitude, longitude);
        return new PlaceView(place.stationId(), place.communityId(), place.gridId());
    }

    @GET
    @Path("heat")
    @Operation(summary = "Count tips, leads, cases or check-ins per grid or community",
            description = """
                    The map's heat layer: how many of a kind each area had in the period (Beijing days, inclusive), one row \
                    per area of the level with a boundary in the caller's scope, 0 where none (by id). `tips` by the grid or \
                    community set at intake, with one more row (`outside` true, no area) for the positioned tips outside every \
                    area of the level; `leads` by the lead's community (community level only); `cases` by the community of the \
                    lead or tip the case came from (by the tip's grid at grid level); `checkins` by the patrol group's grid or \
                    community. A grouped count of stored area ids, not a geometric test per record. A station's staff get \
                    their station's areas; bureau-level accounts every station's, or the one named. Refused (400, every \
                    problem at once): kind or level not listed, leads at grid level, from or to missing, to before from, a \
                    period longer than five years, a station out of the caller's scope.""")
    @APIResponse(responseCode = "200", description = "The counts, by area id; the row of those outside last.")
    public List<AreaCount> heat(
            @Parameter(required = true, description = "What to count.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"tips", "leads", "cases", "checkins"}))
            @QueryParam("kind") String kind,
            @Parameter(description = "Per grid (the default) or per community.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"grid", "community"}))
            @QueryParam("level") String level,
            @Parameter(required = true, description = "The first day of the period (Beijing time), inclusive.")
            @QueryParam("from") LocalDate from,
            @Parameter(required = true, description = "The last day of the period, inclusive: not before from, at most five years "
                    + "after it.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only this station's areas (its code).", example = "HT") @QueryParam("station") String station,
            @Context HttpHeaders headers) {
        return heatMap.heat(kind, level, from, to, station, locale(headers));
    }

    static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.isEmpty() || "*".equals(accepted.get(0).toString()) ? Locale.SIMPLIFIED_CHINESE : accepted.get(0);
    }
}
