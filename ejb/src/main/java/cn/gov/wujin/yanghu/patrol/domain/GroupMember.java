package cn.gov.wujin.yanghu.patrol.domain;

import cn.gov.wujin.yanghu.audit.AuditedEntity;
import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A member of a patrol group; volunteers who use the phone pages have an account. */
@Entity
@Table(name = "group_member")
public class GroupMember implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private PatrolGroup group;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberKind kind;

    private String phone;

    private String skills;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected GroupMember() {
    }

    public GroupMember(PatrolGroup group, Long accountId, String name, MemberKind kind, String phone, String skills, LocalDate joinedOn) {
        this.group = group;
        this.accountId = accountId;
        this.name = name;
        this.kind = kind;
        this.phone = phone;
        this.skills = skills;
        this.joinedOn = joinedOn;
    }

    public void describe(String newName, MemberKind newKind, String newPhone, String newSkills) {
        this.name = newName;
        this.kind = newKind;
        this.phone = newPhone;
        this.skills = newSkills;
    }

    public void activate(boolean on) {
        this.active = on;
    }

    public Long getId() {
        return id;
    }

    public PatrolGroup getGroup() {
        return group;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getPhone() {
        return phone;
    }

    public String getSkills() {
        return skills;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditStationId() {
        return group.stationId();
    }

    @Override
    public String auditSummary() {
        return group.getName() + " " + kind + " " + name + " " + Masking.phone(phone) + (active ? "" : " inactive");
    }
}
