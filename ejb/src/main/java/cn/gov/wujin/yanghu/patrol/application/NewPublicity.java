package cn.gov.wujin.yanghu.patrol.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A publicity event as a member reports it; {@code participants} are usernames of fellow members. */
public class NewPublicity implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    private String kind;

    @NotNull
    private LocalDate heldOn;

    @NotBlank
    @Size(max = 200)
    private String place;

    @Min(0)
    @Max(100000)
    private int audience;

    @Size(max = 2000)
    private String description;

    @Size(max = 50)
    private List<String> participants = new ArrayList<>();

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getAudience() {
        return audience;
    }

    public void setAudience(int audience) {
        this.audience = audience;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = participants;
    }
}
