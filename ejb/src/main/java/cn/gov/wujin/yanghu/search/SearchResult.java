package cn.gov.wujin.yanghu.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A page of results of one search, and how many the caller may open of each kind. */
@Schema(name = "SearchResult", description = "A page of what a search found, only records the caller may open.")
public record SearchResult(
        @Schema(required = true, description = "The records of this page, in the order asked for, of all kinds asked for together.")
        List<SearchHit> rows,
        @Schema(required = true, minimum = "0", description = "How many records match in all pages together (each kind counted up to "
                + "1,000: see capped).", example = "37") long total,
        @Schema(required = true, description = "How many match of each kind searched (up to 1,000 each).")
        Map<SearchKind, Long> counts,
        @Schema(required = true, description = "True when some kind has more than 1,000 matches: the counts stop there, and so do "
                + "the pages.") boolean capped) implements Serializable {
}
