package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.inbox.Inbox;
import cn.gov.wujin.yanghu.inbox.InboxItem;
import cn.gov.wujin.yanghu.inbox.InboxKind;
import cn.gov.wujin.yanghu.inbox.InboxPlan;
import cn.gov.wujin.yanghu.inbox.NextShift;
import cn.gov.wujin.yanghu.inbox.StationFigures;
import cn.gov.wujin.yanghu.inbox.VolunteerHome;
import cn.gov.wujin.yanghu.organization.application.CallerProfile;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.patrol.application.ShiftService;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pages.patrol.CheckInLabel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * index.xhtml: every home page is a work inbox. Cards with what waits in each list of the
 * person's work (counted by {@link Inbox}), an overdue mark, and the link to the list; the
 * bureau compares the stations in one table; a volunteer's phone shows the next shift with a
 * big check-in button, sending a tip, updates on their tips and their points.
 */
@Named("home")
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Inbox inbox;

    @Inject
    private ShiftService shifts;

    @Inject
    private CurrentUserBacking currentUser;

    @Inject
    private LocaleBacking locale;

    private List<InboxItem> items;
    private List<StationFigures> stations;
    private VolunteerHome volunteer;

    public List<InboxItem> getItems() {
        if (items == null) {
            items = inbox.mine();
        }
        return items;
    }

    /** The volunteer's own cards (the next shift has its own): without "my shifts", which the next shift's card stands for. */
    public List<InboxItem> getVolunteerItems() {
        return getItems().stream().filter(i -> !"my-shifts".equals(i.kind())).toList();
    }

    public boolean isBureau() {
        CallerProfile me = currentUser.getProfile();
        return InboxPlan.isBureau(roles(me), me.stationId() != null);
    }

    /** A volunteer: the phone's home page, the next shift first. */
    public boolean isVolunteer() {
        return roles(currentUser.getProfile()).contains(Role.VOLUNTEER);
    }

    public List<StationFigures> getStations() {
        if (stations == null) {
            stations = isBureau() ? inbox.byStation() : List.of();
        }
        return stations;
    }

    public VolunteerHome getVolunteerHome() {
        if (volunteer == null && isVolunteer()) {
            volunteer = inbox.volunteer();
        }
        return volunteer;
    }

    public NextShift getNext() {
        VolunteerHome home = getVolunteerHome();
        return home == null ? null : home.next();
    }

    public boolean isCheckInLater() {
        NextShift next = getNext();
        return next != null && next.notYetOpen(Instant.now());
    }

    /** "Check-in opens at 19:30" (another day: with the date), on the button while it is disabled. */
    public String getCheckInOpens() {
        NextShift next = getNext();
        if (next == null) {
            return "";
        }
        return CheckInLabel.opens(next.window(), locale.getLocale());
    }

    /** The columns of the bureau's table. */
    public List<String> getStationColumns() {
        return InboxPlan.STATION_FIGURES.stream().map(InboxKind::key).toList();
    }

    /** Where the phone was at check-in (the form's hidden fields). */
    private final CheckInFix checkInFix = new CheckInFix();

    public CheckInFix getCheckInFix() {
        return checkInFix;
    }

    /** The big button: checks in to the next shift. */
    public void checkIn() {
        NextShift next = getNext();
        if (next == null) {
            return;
        }
        try {
            shifts.checkIn(next.shift().id(), checkInFix.getLatitude(), checkInFix.getLongitude(), checkInFix.getAccuracy());
            FacesErrors.info("shift.checkedIn");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "home");
        }
        items = null;
        volunteer = null;
    }

    /** A count as a card shows it: the counts stop at {@link Inbox#CAP}. */
    public String count(long count) {
        return count >= Inbox.CAP ? (Inbox.CAP - 1) + "+" : String.valueOf(count);
    }

    private static Set<Role> roles(CallerProfile me) {
        return me.roles().stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
