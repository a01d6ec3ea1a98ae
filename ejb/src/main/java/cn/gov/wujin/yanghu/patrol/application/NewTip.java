package cn.gov.wujin.yanghu.patrol.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** A tip as a phone sends it (REST body and the tip pages). */
public class NewTip implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    private String category;

    @NotNull
    private OffsetDateTime occurredAt;

    @NotBlank
    @Size(max = 200)
    private String place;

    /** A phone's position in China (the bureau's tips come from Wujin): anything else is a broken or forged fix. */
    @DecimalMin("18")
    @DecimalMax("54")
    private BigDecimal latitude;

    @DecimalMin("73")
    @DecimalMax("136")
    private BigDecimal longitude;

    @NotBlank
    @Size(max = 2000)
    private String description;

    /** Anonymous tips name the station whose area it is; members' tips go to their own station. */
    @Size(max = 8)
    private String stationCode;

    /**
     * What makes two sends "the same tip": a retry with the same key must carry the same
     * content, or it is a different tip reusing a key.
     */
    public String fingerprint() {
        String canonical = String.join("\u001f", String.valueOf(category), occurredAt == null ? "" : occurredAt.toInstant().toString(),
                strip(place), latitude == null ? "" : latitude.stripTrailingZeros().toPlainString(),
                longitude == null ? "" : longitude.stripTrailingZeros().toPlainString(), strip(description), strip(stationCode));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(OffsetDateTime occurredAt) {
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

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode;
    }
}
