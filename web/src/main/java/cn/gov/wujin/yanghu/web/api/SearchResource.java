package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.search.Search;
import cn.gov.wujin.yanghu.search.SearchKind;
import cn.gov.wujin.yanghu.search.SearchOrder;
import cn.gov.wujin.yanghu.search.SearchResult;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.web.api.contract.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The one search box. */
@Path("search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    private Search search;

    @GET
    @Operation(summary = "Search cases, tips, leads, visits, requests and projects", description = """
            Finds records by their text: case narratives and numbers, tips (description, place), warning leads (person, phone, \
            address, outcome note), visit notes, enterprise requests, enterprises and projects. Chinese is matched character by \
            character as a phrase (养老 finds 养老院, not 老养), so one- and two-character words work; every word typed must be \
            found. Phones, accounts and case numbers match however they were typed (138 1234-5678, +86…). Only records the \
            caller may open are shown or counted, scoped as each list is: cases, tips and leads for OFFICER, AUXILIARY and \
            SUPERVISOR (their station's; the bureau's supervisors every station's), visits, requests, enterprises and projects \
            for SUPERVISOR (by station) and LIAISON (their assignments, and requests they own). A kind the caller's roles do not \
            open is left out. Each kind is counted up to 1,000. Snippets are HTML with the words found marked and personal \
            data masked. 400 naming q when it is missing, longer than 100 characters or holds nothing to search; naming kinds \
            or order when unknown.""")
    @APIResponse(responseCode = "200", description = "A page of what was found, the total and the counts per kind.")
    public SearchResult search(
            @Parameter(required = true, description = "The words to find (1 to 100 characters), separated by spaces.",
                    example = "养老 礼嘉") @QueryParam("q") String q,
            @Parameter(description = "The kinds to search, separated by commas (default: all the caller may open).",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z,]*$"), example = "CASE,TIP")
            @QueryParam("kinds") String kinds,
            @Parameter(description = "NEWEST (default) or RELEVANCE.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"NEWEST", "RELEVANCE"}))
            @QueryParam("order") String order,
            @Parameter(description = Paging.FIRST + " Up to 1,000.") @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue("20") int size) {
        return search.search(q, kinds(kinds), order(order), first, size);
    }

    private static Set<SearchKind> kinds(String kinds) {
        Set<SearchKind> set = EnumSet.noneOf(SearchKind.class);
        if (kinds == null || kinds.isBlank()) {
            return set;
        }
        for (String kind : kinds.split(",")) {
            if (kind.isBlank()) {
                continue;
            }
            try {
                set.add(SearchKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("kinds", "search.kind.unknown", kind.strip());
            }
        }
        return set;
    }

    private static SearchOrder order(String order) {
        if (order == null || order.isBlank()) {
            return SearchOrder.NEWEST;
        }
        try {
            return SearchOrder.valueOf(order.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("order", "search.order.unknown", order.strip());
        }
    }
}
