package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.geo.application.Boundaries;
import cn.gov.wujin.yanghu.geo.application.BoundaryImport;
import cn.gov.wujin.yanghu.geo.domain.Level;
import cn.gov.wujin.yanghu.shared.BusinessException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.web.Refusals;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * admin/boundaries.xhtml: an ADMIN's boundary import from a GeoJSON file. The check is the
 * service's dry run: its problems listed by feature and property, or the file's areas drawn over
 * the stored ones with what would change. Confirm imports the file kept in the view, refused (and
 * checked again) when the stored boundaries changed since the check. Nothing is stored before.
 */
@Named
@ViewScoped
public class BoundariesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem of the file: the feature and property ({@code features[3].geometry}) and what is wrong. */
    public record Problem(String field, String message) implements Serializable {
    }

    @Inject
    private BoundaryImport boundaryImport;

    @Inject
    private Boundaries boundaries;

    @Inject
    private LocaleBacking locale;

    private transient UploadedFile file;
    private byte[] content;
    private BoundaryImport.Report report;
    private List<Problem> problems = List.of();

    /** Checks the uploaded file (or the one kept); stores nothing. */
    public void check() {
        if (file != null && file.getSize() > 0) {
            content = file.getContent();
        }
        file = null;
        report = null;
        problems = List.of();
        if (content == null) {
            FacesErrors.error("geo.import.empty");
            return;
        }
        try {
            report = boundaryImport.importFile(content, true);
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** Imports the checked file: only after a clean dry run, and only if nothing changed since. */
    public void confirm() {
        if (report == null || !report.dryRun() || content == null) {
            FacesErrors.error("map.import.checkFirst");
            return;
        }
        try {
            report = boundaryImport.importChecked(content, report.boundaryVersion());
            content = null;
            FacesErrors.info("map.import.done", report.changes().size(), report.tipsLocated());
        } catch (RuntimeException e) {
            if (Refusals.reason(e) instanceof BusinessException b && "map.import.changedMeanwhile".equals(b.messageKey())) {
                FacesErrors.error(b.messageKey());
                check();
            } else {
                report = null;
                refused(e);
            }
        }
    }

    private void refused(RuntimeException e) {
        Throwable cause = Refusals.reason(e);
        List<InvalidInputException> found = cause instanceof InvalidInputsException many ? many.problems()
                : cause instanceof InvalidInputException one ? List.of(one) : null;
        if (found == null) {
            FacesErrors.show(e, "upload");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Problem> listed = new ArrayList<>();
        for (InvalidInputException p : found) {
            listed.add(new Problem(p.field(), FacesErrors.text(faces, p.messageKey(), p.arguments())));
        }
        problems = List.copyOf(listed);
        FacesErrors.error("map.import.refused", listed.size());
    }

    /** The file's areas as a FeatureCollection for the preview map (the outlines as the service read them). */
    public String getPreviewJson() {
        JsonArrayBuilder features = Json.createArrayBuilder();
        if (report != null) {
            for (BoundaryImport.Change c : report.changes()) {
                try (JsonReader reader = Json.createReader(new StringReader(c.geometry()))) {
                    features.add(Json.createObjectBuilder().add("type", "Feature")
                            .add("properties", Json.createObjectBuilder().add("code", c.code()).add("name", c.name() == null ? c.code() : c.name())
                                    .add("level", c.level().key()).add("replaced", c.replaced()))
                            .add("geometry", reader.readObject()));
                }
            }
        }
        return Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build().toString();
    }

    /** The stored boundaries, drawn faint behind the file's. */
    public String getStoredJson() {
        return report == null ? "" : boundaries.featureCollection(null, null, locale.getLocale()).toString();
    }

    /** "2 new, 1 replaced" per level. */
    public String getSummary() {
        if (report == null) {
            return "";
        }
        return FacesErrors.text(FacesContext.getCurrentInstance(), "map.import.summary",
                report.count(Level.STATION, false), report.count(Level.COMMUNITY, false), report.count(Level.GRID, false),
                report.count(Level.STATION, true), report.count(Level.COMMUNITY, true), report.count(Level.GRID, true));
    }

    public boolean isReady() {
        return report != null && report.dryRun() && content != null;
    }

    public BoundaryImport.Report getReport() {
        return report;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public int getMaxBytes() {
        return BoundaryImport.MAX_BYTES;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
