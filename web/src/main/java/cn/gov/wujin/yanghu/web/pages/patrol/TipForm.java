package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipReceipt;
import cn.gov.wujin.yanghu.patrol.application.TipService;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
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
    private String category;
    private LocalDateTime occurredAt = LocalDateTime.now(Formats.BUREAU_ZONE).truncatedTo(ChronoUnit.MINUTES);
    private String place;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String description;
    private TipReceipt receipt;
    private transient UploadedFile photo;

    protected abstract TipReceipt send(NewTip tip, String key);

    /** Members may add a photo; the public page has none. */
    protected void attach(long tipId, byte[] content) {
        throw new UnsupportedOperationException();
    }

    protected NewTip tip() {
        NewTip tip = new NewTip();
        tip.setCategory(category);
        tip.setOccurredAt(occurredAt == null ? null : occurredAt.atZone(Formats.BUREAU_ZONE).toOffsetDateTime());
        tip.setPlace(place);
        tip.setLatitude(latitude);
        tip.setLongitude(longitude);
        tip.setDescription(description);
        return tip;
    }

    public void submit() {
        try {
            byte[] content = photo == null || photo.getSize() == 0 ? null : photo.getContent();
            if (content != null) {
                TipService.checkPhoto(content); // a bad photo is refused before anything is stored
            }
            receipt = send(tip(), idempotencyKey);
            if (content != null) {
                attach(receipt.id(), content);
            }
            FacesErrors.info(receipt.created() ? "tip.sent" : "tip.sentBefore", receipt.trackingCode());
        } catch (RuntimeException e) {
            FacesErrors.show(e, "tip");
        }
    }

    /** A new, empty form with a new key. */
    public void another() {
        idempotencyKey = UUID.randomUUID().toString();
        category = null;
        occurredAt = LocalDateTime.now(Formats.BUREAU_ZONE).truncatedTo(ChronoUnit.MINUTES);
        place = null;
        latitude = null;
        longitude = null;
        description = null;
        receipt = null;
    }

    public List<TipCategory> getCategories() {
        return List.of(TipCategory.values());
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
