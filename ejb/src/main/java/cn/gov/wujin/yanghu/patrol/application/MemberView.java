package cn.gov.wujin.yanghu.patrol.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A member on a roster; the phone is masked, and shown to staff only. */
public record MemberView(long id, String username, String name, String kind, String phone, String skills, LocalDate joinedOn,
                         boolean active, long version) implements Serializable {
}
