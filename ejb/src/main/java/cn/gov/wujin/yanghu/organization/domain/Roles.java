package cn.gov.wujin.yanghu.organization.domain;

/** Role names as constants, for {@code @RolesAllowed}. The same names as {@link Role}. */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String AUXILIARY = "AUXILIARY";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String LIAISON = "LIAISON";
    public static final String VOLUNTEER = "VOLUNTEER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
