package cn.gov.wujin.yanghu.organization.domain;

/** What a person does in the system (DOMAIN.md, "Users and roles"). */
public enum Role {
    /** 民警: station officer. */
    OFFICER(true),
    /** 辅警: enters reports for officers, approves nothing. */
    AUXILIARY(true),
    /** 所长/分局领导: a station head (with a station) or a bureau leader (without). */
    SUPERVISOR(false),
    /** 联络警官: liaison officer for enterprises and projects. */
    LIAISON(true),
    /** 平安志愿者: community volunteer. */
    VOLUNTEER(true),
    /** Bureau IT: stations, accounts, reference tables. Bureau-level only. */
    ADMIN(false);

    private final boolean stationBound;

    Role(boolean stationBound) {
        this.stationBound = stationBound;
    }

    /** Whether an account with this role must belong to a station. */
    public boolean isStationBound() {
        return stationBound;
    }
}
