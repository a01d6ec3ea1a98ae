package cn.gov.wujin.yanghu.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.OutputStream;

/** A page action that answers a file instead of the page (a non-Ajax request: a print or download button). */
public final class FacesDownloads {

    /** Writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private FacesDownloads() {
    }

    /** Answers the current request with the PDF {@code body} writes, saved under {@code filename}. */
    public static void pdf(String filename, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        body.writeTo(external.getResponseOutputStream());
        faces.responseComplete();
    }
}
