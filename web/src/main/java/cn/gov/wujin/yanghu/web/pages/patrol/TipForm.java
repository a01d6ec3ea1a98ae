package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.geo.application.Boundaries;
import cn.gov.wujin.yanghu.geo.application.MapSettings;
import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipPhotos;
import cn.gov.wujin.yanghu.patrol.application.TipReceipt;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The tip form of the phone pages. Its idempotency key lives as long as the form: a second
 * tap after a lost answer sends the same key, and the server answers with the tip it
 * already has instead of storing it twice. A new key comes only with a new, empty form.
 */
public abstract class TipForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String idempotencyKey = UUID.randomUUID().toString();
    /** What was typed; the time separately, as the page shows it in Beijing time. */
    private NewTip tip = new NewTip();
    private LocalDateTime occurredAt = now();
    private TipReceipt receipt;
    private transient UploadedFile photo;

    @Inject
    private Boundaries boundaries;

    @Inject
    private MapSettings mapSettings;

    protected abstract TipReceipt send(NewTip tip, String key);

    /** The stations' outlines for the form's small map (resources/js/tip-map.js), as GeoJSON text. */
    public String getStationOutlinesJson() {
        return boundaries.stationOutlines(FacesContext.getCurrentInstance().getViewRoot().getLocale()).toString();
    }

    /**
     * The basemap's tile URL template for the small map, or null: none set, or one in GCJ-02 (the
     * pin would have to be shifted back on every move; the outlines alone then show where it is).
     */
    public String getTileUrl() {
        MapSettings.View settings = mapSettings.current();
        return settings.tileGcj02() ? null : settings.tileUrl();
    }

    /** Members may add a photo; the public page has none. */
    protected void attach(long tipId, byte[] content) {
        throw new UnsupportedOperationException();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Formats.BUREAU_ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    public void submit() {
        try {
            byte[] content = photo == null || photo.getSize() == 0 ? null : photo.getContent();
            if (content != null) {
                TipPhotos.checkPhoto(content); // a bad photo is refused before anything is stored
            }
            tip.setOccurredAt(occurredAt == null ? null : occurredAt.atZone(Formats.BUREAU_ZONE).toOffsetDateTime());
            receipt = send(tip, idempotencyKey);
            if (content != null) {
                attach(receipt.id(), content);
            }
            FacesErrors.info(receipt.created() ? "tip.sent" : "tip.sentBefore"); // the receipt below shows the code, once
        } catch (RuntimeException e) {
            FacesErrors.show(e, "tip");
        }
    }

    /** A new, empty form with a new key. */
    public void another() {
        idempotencyKey = UUID.randomUUID().toString();
        tip = new NewTip();
        occurredAt = now();
        receipt = null;
        photo = null;
    }

    public List<TipCategory> getCategories() {
        return List.of(TipCategory.values());
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public NewTip getTip() {
        return tip;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }

    public TipReceipt getReceipt() {
        return receipt;
    }
}
