package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.TipPhotos;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** /patrol/photo?tip=: a tip's photo for the pages (the logged-in session), read through TipPhotos' checks. */
@WebServlet("/patrol/photo")
public class TipPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TipPhotos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("tip"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TipPhotos.Photo photo;
        try {
            photo = photos.photo(id);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            // not the tipster, not staff of its station: the same answer as for a missing photo
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.content().length);
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(photo.content());
    }
}
