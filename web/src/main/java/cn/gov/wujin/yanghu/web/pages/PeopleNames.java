package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.audit.AuditLog;
import cn.gov.wujin.yanghu.organization.application.StaffDirectory;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People by the names they go by, where records keep usernames (a timeline's actor, who
 * assigned a liaison, who moved a request): "王建国", not "officer1". The username stays
 * available as a tooltip ({@code title}); the system's own work is named as such.
 */
@Named
@RequestScoped
public class PeopleNames {

    @Inject
    private StaffDirectory staff;

    @Inject
    private LocaleBacking locale;

    private final Map<String, String> known = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (AuditLog.SYSTEM.equals(username) || AuditLog.ANONYMOUS.equals(username)) {
            return Messages.get(locale.getLocale(), "people." + username);
        }
        return known.computeIfAbsent(username, u -> staff.displayNames(List.of(u)).getOrDefault(u, u));
    }
}
