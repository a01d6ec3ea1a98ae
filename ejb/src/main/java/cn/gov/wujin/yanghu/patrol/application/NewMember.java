package cn.gov.wujin.yanghu.patrol.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A member the officer puts on the roster (a guard, a grid worker), or changes. */
public class NewMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 60)
    private String name;

    @NotBlank
    private String kind;

    @Size(max = 20)
    private String phone;

    @Size(max = 200)
    private String skills;

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
