package cn.gov.wujin.yanghu.organization.application;

import cn.gov.wujin.yanghu.organization.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who holds which post, for the rules that decide who is told about something: the active
 * accounts of a station by role, its heads, the bureau's supervisors. Station scoping follows
 * from the questions: a station's work goes to that station's people and to the bureau.
 */
@Stateless
@PermitAll
public class StaffDirectory {

    @PersistenceContext
    private EntityManager em;

    /** Active accounts of the station holding any of the roles. */
    public List<Long> ofStation(long stationId, Role... roles) {
        return ids("SELECT DISTINCT a.id FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.active AND a.station_id = ?1 AND r.role = ANY (string_to_array(?2, ','))", stationId, names(roles));
    }

    /** The station's heads: supervisors who belong to it. */
    public List<Long> headsOf(long stationId) {
        return ofStation(stationId, Role.SUPERVISOR);
    }

    /** Supervisors without a station: the bureau's leaders. */
    public List<Long> bureauSupervisors() {
        return ids("SELECT DISTINCT a.id FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.active AND a.station_id IS NULL AND r.role = ?1", Role.SUPERVISOR.name());
    }

    /** Active accounts holding the role anywhere. */
    public List<Long> withRole(Role role) {
        return ids("SELECT DISTINCT a.id FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.active AND r.role = ?1",
                role.name());
    }

    /** The active account of that username, if any. */
    public List<Long> byUsername(String username) {
        return ids("SELECT a.id FROM account a WHERE a.active AND a.username = ?1", username);
    }

    /** Those of the accounts that are active: a rule that names people (an owner, a tipster) tells nobody who has left. */
    public List<Long> activeAmong(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return ids("SELECT a.id FROM account a WHERE a.active AND a.id = ANY (string_to_array(?1, ',')::bigint[])",
                String.join(",", accountIds.stream().map(String::valueOf).toList()));
    }

    /**
     * The names people go by (display names) of the accounts with these usernames, active or
     * not: a trail names whoever did the work, also after they left. Usernames of no account
     * (the system, an unknown login) are missing from the answer.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT a.username, a.display_name FROM account a "
                + "WHERE a.username = ANY (string_to_array(?1, chr(31)))").setParameter(1, String.join("\u001f", wanted))
                .getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[1] != null && !columns[1].toString().isBlank()) {
                names.put(columns[0].toString(), columns[1].toString());
            }
        }
        return names;
    }

    private static String names(Role... roles) {
        return String.join(",", Arrays.stream(roles).map(Role::name).toList());
    }

    private List<Long> ids(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(v -> ((Number) v).longValue()).sorted().toList();
    }
}
