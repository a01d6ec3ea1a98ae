package cn.gov.wujin.yanghu.patrol.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A shift as the officer plans it. */
public class NewShift implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long groupId;

    @NotBlank
    @Size(max = 200)
    private String area;

    @NotNull
    private OffsetDateTime startsAt;

    @NotNull
    private OffsetDateTime endsAt;

    @Min(1)
    @Max(200)
    private int needed = 1;

    @Size(max = 1000)
    private String checkpoints;

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
