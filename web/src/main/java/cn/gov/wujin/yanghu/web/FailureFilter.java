package cn.gov.wujin.yanghu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A page's failure that the page's exception handler logged already (it left its reference on
 * the request): answered here with the error page (500, which shows the reference) instead of
 * escaping to the container, which would log the same stack a second time. Anything else goes
 * on as before (refusals to their error pages by web.xml).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (request.getAttribute(OperatorLog.REFERENCE) == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
