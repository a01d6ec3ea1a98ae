package cn.gov.wujin.yanghu.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page of a request the container refuses before the API sees it (a Content-Type
 * that is no media type, say: 400 by the container's own page): for {@code /api/} the API's
 * JSON error body, for a page the application's error page. web.xml sends 400 here.
 */
@WebServlet("/errors/refused")
public class ContainerRefusals extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer s ? s : HttpServletResponse.SC_BAD_REQUEST;
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            ApiErrors.write(request, response, code, "request_error", "error.request");
            return;
        }
        response.setStatus(code);
        request.getRequestDispatcher("/errors/400.xhtml").forward(request, response);
    }
}
