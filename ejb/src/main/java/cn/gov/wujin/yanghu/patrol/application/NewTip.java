package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/** A tip as a phone sends it (REST body and the tip pages). */
@Schema(description = "A tip as a member's phone or the public page sends it. All problems are answered together (400, `errors`).")
public class NewTip implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Schema(required = true, type = SchemaType.STRING, implementation = TipCategory.class, description = "What was seen.")
    private String category;

    @NotNull
    @Schema(required = true, implementation = String.class, pattern = NewShift.OFFSET_DATE_TIME, description = "When it happened: an ISO "
            + "8601 date and time with its offset (seconds may be left out). Not in the future: at most 5 minutes ahead of the server's "
            + "clock (a phone's clock drifts).", example = "2026-12-05T19:40:00+08:00")
    private OffsetDateTime occurredAt;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, description = "Where, in words (a street corner, a building). For an anonymous tip without a station the "
            + "place's words decide the station, when they name one of its communities or villages.")
    private String place;

    /** A phone's position in China (the bureau's tips come from Wujin): anything else is a broken or forged fix. */
    @DecimalMin("18")
    @DecimalMax("54")
    @Schema(description = "The phone's position, latitude in degrees (WGS 84), within China; with longitude or not at all. Stored to "
            + "6 decimals.", example = "31.7133")
    private BigDecimal latitude;

    @DecimalMin("73")
    @DecimalMax("136")
    @Schema(description = "Longitude in degrees (WGS 84), within China; with latitude or not at all.", example = "119.9567")
    private BigDecimal longitude;

    @NotBlank
    @Size(max = 2000)
    @Schema(required = true, description = "What was seen, in the tipster's words.")
    private String description;

    /** Anonymous tips name the station whose area it is; members' tips go to their own station. */
    @Size(max = 8)
    @Schema(description = "The station the tip goes to, by its code (case does not matter). A member's tip: left out, it goes to "
            + "the caller's own station; a station the caller may not see is refused. An anonymous tip: a station in service; left "
            + "out (\"I don't know\"), the place decides, or else the tip waits in the bureau's queue for a bureau supervisor to assign.",
            example = "HT")
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
