package cn.gov.wujin.yanghu.notification;

import cn.gov.wujin.yanghu.notification.NotificationViews.PreferenceView;
import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.InvalidInputsException;
import cn.gov.wujin.yanghu.shared.Masking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalTime;
import java.util.Optional;

/** Each person's own SMS choice: on or off, and quiet hours (the profile page, {@code /api/v1/me/notification-preferences}). */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON, Roles.VOLUNTEER, Roles.ADMIN})
public class NotificationPreferences {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    public PreferenceView mine() {
        Long me = scope.caller().accountId();
        return view(em.find(NotificationPreference.class, me), em.find(Account.class, me));
    }

    /** Replaces the caller's choice; a wrong input is named, and nothing changes. */
    public PreferenceView change(@NotNull NotificationPreferenceForm form) {
        InvalidInputsException.Collector problems = new InvalidInputsException.Collector();
        if (form.getSmsEnabled() == null) {
            problems.add("smsEnabled", "notification.smsEnabled.required");
        }
        String fromText = blankToNull(form.getQuietFrom());
        String toText = blankToNull(form.getQuietTo());
        Optional<LocalTime> from = QuietHours.parse(fromText);
        Optional<LocalTime> to = QuietHours.parse(toText);
        if (fromText != null && from.isEmpty()) {
            problems.add("quietFrom", "notification.quietFrom.time");
        }
        if (toText != null && to.isEmpty()) {
            problems.add("quietTo", "notification.quietTo.time");
        }
        if (fromText == null && toText != null) {
            problems.add("quietFrom", "notification.quietFrom.missing");
        } else if (fromText != null && toText == null) {
            problems.add("quietTo", "notification.quietTo.missing");
        } else if (from.isPresent() && from.equals(to)) {
            problems.add("quietTo", "notification.quiet.same");
        }
        problems.throwIfAny();
        Long me = scope.caller().accountId();
        NotificationPreference preference = em.find(NotificationPreference.class, me);
        if (preference == null) {
            preference = new NotificationPreference(me);
            preference.choose(form.getSmsEnabled(), quiet(from, to));
            em.persist(preference);
        } else {
            preference.choose(form.getSmsEnabled(), quiet(from, to));
        }
        em.flush();
        return view(preference, em.find(Account.class, me));
    }

    private static Optional<QuietHours> quiet(Optional<LocalTime> from, Optional<LocalTime> to) {
        return from.isPresent() && to.isPresent() ? Optional.of(new QuietHours(from.get(), to.get())) : Optional.empty();
    }

    private static PreferenceView view(NotificationPreference preference, Account account) {
        Optional<QuietHours> quiet = preference == null ? Optional.empty() : preference.quietHours();
        String phone = account == null || account.getPhone() == null || account.getPhone().isBlank() ? null : Masking.phone(account.getPhone());
        return new PreferenceView(preference == null || preference.isSmsEnabled(), quiet.map(q -> QuietHours.format(q.from())).orElse(null),
                quiet.map(q -> QuietHours.format(q.to())).orElse(null), phone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
