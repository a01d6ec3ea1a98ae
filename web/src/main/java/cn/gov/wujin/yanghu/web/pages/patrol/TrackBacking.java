package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.PatrolTrack;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.time.Instant;

/**
 * The patrol track on the pages: the phone page's switch sends a position through the hidden form
 * "track" (resources/js/track.js, every 60 s while switched on; the page has the session, not a
 * token), and the officer's shift dialog draws the members' tracks as lines.
 */
@Named
@RequestScoped
public class TrackBacking {

    @Inject
    private PatrolTrack track;

    private Long shiftId;
    private Double latitude;
    private Double longitude;
    private Double accuracy;
    private Long deviceMillis;
    private boolean sent;

    /** Sends the position the script wrote into the form; a refusal shows as the form's message. */
    public void send() {
        if (shiftId == null) {
            return;
        }
        try {
            track.record(shiftId, latitude, longitude, accuracy, deviceMillis == null ? null : Instant.ofEpochMilli(deviceMillis));
            sent = true;
        } catch (RuntimeException e) {
            FacesErrors.show(e, "track");
        }
    }

    /** [{name, points: [[lat, lon], …]}, …]: the shift's tracks, one per member who sent positions. */
    public String linesJson(long shift) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (PatrolTrack.Line line : track.of(shift)) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            line.points().forEach(p -> points.add(Json.createArrayBuilder().add(p[0]).add(p[1])));
            lines.add(Json.createObjectBuilder().add("name", line.memberName()).add("points", points));
        }
        return lines.build().toString();
    }

    public boolean isSent() {
        return sent;
    }

    public Long getShiftId() {
        return shiftId;
    }

    public void setShiftId(Long shiftId) {
        this.shiftId = shiftId;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Double getAccuracy() {
        return accuracy;
    }

    public void setAccuracy(Double accuracy) {
        this.accuracy = accuracy;
    }

    public Long getDeviceMillis() {
        return deviceMillis;
    }

    public void setDeviceMillis(Long deviceMillis) {
        this.deviceMillis = deviceMillis;
    }
}
