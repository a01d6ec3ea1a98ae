package cn.gov.wujin.yanghu.web.api;

import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/**
 * Refuses a query or path parameter holding text no column can store: a NUL character
 * (PostgreSQL's text refuses it, so it surfaced as a 500) or half of a surrogate pair. The
 * refusal is a 400 naming the parameter, before any service runs. Bodies are checked the
 * same way by {@link StrictJsonBodies}.
 */
@Provider
public class ParameterText implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters(true));
        check(request.getUriInfo().getPathParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (!storable(value)) {
                    throw new InvalidInputException(parameter.getKey(), "error.text.unstorable", parameter.getKey());
                }
            }
        }
    }

    /** Text without NUL and without a lone surrogate (what UTF-8 and PostgreSQL's text can hold). */
    static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
