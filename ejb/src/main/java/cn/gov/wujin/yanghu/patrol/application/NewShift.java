package cn.gov.wujin.yanghu.patrol.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A shift as the officer plans it. */
@Schema(description = "A shift as the officer plans it: a window ahead of now, at most 12 hours long.")
public class NewShift implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What the API document says of a date and time with offset that a form takes: ISO 8601 as the server reads it, seconds and
     * their fraction optional (2026-12-12T19:00+08:00 is taken, which the format date-time would call invalid).
     */
    public static final String OFFSET_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:\\d{2}){0,2})$";

    @NotNull
    @Schema(required = true, description = "The patrol group, of a station the caller may see, and active.", example = "7")
    private Long groupId;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, description = "Where the patrol goes.", example = "人民路—长虹路沿线")
    private String area;

    @NotNull
    @Schema(required = true, implementation = String.class, pattern = OFFSET_DATE_TIME, description = "The start: an ISO 8601 date and time "
            + "with its offset (seconds may be left out), in the future.", example = "2026-12-12T19:00:00+08:00")
    private OffsetDateTime startsAt;

    @NotNull
    @Schema(required = true, implementation = String.class, pattern = OFFSET_DATE_TIME, description = "The end, as the start: after it, at "
            + "most 12 hours later.", example = "2026-12-12T21:30:00+08:00")
    private OffsetDateTime endsAt;

    @Min(1)
    @Max(200)
    @Schema(defaultValue = "1", description = "How many members the shift needs; fewer signed up makes it understaffed.", example = "4")
    private int needed = 1;

    @Size(max = 1000)
    @Schema(description = "The points to pass or check, in words.", example = "湖塘菜场北门、人民路公交站、长虹路桥")
    private String checkpoints;

    @Schema(description = "The grid patrolled, of the group's station (optional): check-ins are judged on site against its boundary. "
            + "Its community follows from it.", example = "31")
    private Long gridId;

    @Schema(description = "The community patrolled, of the group's station (optional; with a grid, the grid's). Without grid and "
            + "community check-ins are judged against the group's area, else the station.", example = "12")
    private Long communityId;

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(OffsetDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(OffsetDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public int getNeeded() {
        return needed;
    }

    public void setNeeded(int needed) {
        this.needed = needed;
    }

    public String getCheckpoints() {
        return checkpoints;
    }

    public void setCheckpoints(String checkpoints) {
        this.checkpoints = checkpoints;
    }
}
