package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.patrol.domain.MemberKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.Serializable;
import java.time.LocalDate;

/** A member the officer puts on the roster (a guard, a grid worker), or changes. */
@Schema(description = "A member the officer puts on a roster: someone without an account (a security guard, a grid worker) or a "
        + "volunteer by hand.")
public class NewMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 60)
    @Schema(required = true, description = "The member's name.", example = "张建国")
    private String name;

    @NotBlank
    @Schema(required = true, type = SchemaType.STRING, implementation = MemberKind.class, description = "Who they are in the group.")
    private String kind;

    @Size(max = 20)
    @Schema(description = "The member's phone; shown to staff only, masked.", example = "13861234567")
    private String phone;

    @Size(max = 200)
    @Schema(description = "What they can do (first aid, a language, a car); staff only.", example = "急救证，会开车")
    private String skills;

    @Schema(description = "When they joined; left out: today (Beijing). Only when a member is added.")
    private LocalDate joinedOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }
}
