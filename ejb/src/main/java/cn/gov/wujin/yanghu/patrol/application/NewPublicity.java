package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.PublicityKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A publicity event as a member reports it; {@code participants} are usernames of fellow members. */
@Schema(description = "An anti-fraud publicity event (反诈宣传) as a member reports it.")
public class NewPublicity implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Schema(required = true, type = SchemaType.STRING, implementation = PublicityKind.class, description = "What was done: a talk, "
            + "door-to-door visits, an anti-fraud app install drive, a street stand, a notice, something else.")
    private String kind;

    @NotNull
    @Schema(required = true, description = "The day it was held: within the last 90 days, not in the future (Beijing time).")
    private LocalDate heldOn;

    @NotBlank
    @Size(max = 200)
    @Schema(required = true, description = "Where.", example = "湖塘镇人民社区活动室")
    private String place;

    @Min(0)
    @Max(100000)
    @Schema(defaultValue = "0", description = "How many people were reached.", example = "60")
    private int audience;

    @Size(max = 2000)
    @Schema(description = "What was done, in words.", example = "为社区老人讲解冒充公检法和养老诈骗的常见话术")
    private String description;

    @Size(max = 50)
    @Schema(description = "Usernames of the others who took part: active accounts of the reporter's station (the reporter takes "
            + "part anyway). An unknown one is refused (400, field participants[i]).", example = "[\"volunteer2\"]")
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
