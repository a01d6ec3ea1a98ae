package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * The paging parameters every list of the API takes, checked in one place: {@code first}
 * (rows to skip) at least 0, {@code size} from 1 to {@link Page#MAX_SIZE}. Outside, a 400
 * naming the parameter: a client that asks for 1000 rows learns it gets no more than 200
 * instead of reading 200 as though they were all. (The queries still clamp, for the pages.)
 */
@Provider
public class PagingParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        check(query.getFirst("first"), "first", 0, Integer.MAX_VALUE);
        check(query.getFirst("size"), "size", 1, Page.MAX_SIZE);
    }

    private static void check(String value, String name, int min, int max) {
        if (value == null || value.isBlank()) {
            return;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return; // not a number: the resource's own conversion names it
        }
        if (number < min || number > max) {
            throw max == Integer.MAX_VALUE ? new InvalidInputException(name, "validation.atLeast", name, min, value)
                    : new InvalidInputException(name, "validation.range", name, min, max, value);
        }
    }
}
