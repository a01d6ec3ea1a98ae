package cn.gov.wujin.yanghu.organization.application;

import java.io.Serializable;

/** An active member of a station's staff who can be given a piece of work (a case, a patrol group, a project). */
public record OfficerChoice(String username, String displayName) implements Serializable {
}
