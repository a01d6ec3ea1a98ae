package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.patrol.application.CheckInWindow;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.patrol.application.ShiftQueue;
import cn.gov.wujin.yanghu.patrol.application.ShiftService;
import cn.gov.wujin.yanghu.patrol.application.ShiftView;
import cn.gov.wujin.yanghu.web.faces.FacesDownloads;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.pages.CheckInFix;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import cn.gov.wujin.yanghu.web.pdf.CertificatePdf;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

/**
 * patrol/shifts.xhtml: a volunteer's shifts on the phone, from two days back to two weeks
 * ahead: sign up, cancel, check in and out, write the log; and their points. With
 * {@code ?queue=upcoming} (the home page's count) only the shifts they are signed up to and
 * have yet to finish.
 */
@Named
@ViewScoped
public class MyShiftsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShiftService shifts;

    @Inject
    private PointsService points;

    @Inject
    private LocaleBacking locale;

    private List<ShiftView> list;
    private List<PointsService.Award> awards;
    private BigDecimal total;
    private Long logShiftId;
    private String routeNotes;
    private String findings;
    private ShiftQueue queue;

    public List<ShiftView> getShifts() {
        if (list == null) {
            Instant now = Instant.now();
            list = queue != null ? shifts.queue(queue, null) : shifts.shifts(null, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(14)));
        }
        return list;
    }

    public void signUp(long shiftId) {
        act(shiftId, shifts::signUp, "shift.signedUp");
    }

    public void cancelSignUp(long shiftId) {
        act(shiftId, shifts::cancelSignUp, "shift.cancelled");
    }

    public void checkIn(long shiftId) {
        act(shiftId, id -> shifts.checkIn(id, checkInFix.getLatitude(), checkInFix.getLongitude(), checkInFix.getAccuracy()), "shift.checkedIn");
    }

    /** Where the phone was at check-in (the form's hidden fields). */
    private final CheckInFix checkInFix = new CheckInFix();

    public CheckInFix getCheckInFix() {
        return checkInFix;
    }

    public void checkOut(long shiftId) {
        act(shiftId, shifts::checkOut, "shift.checkedOut");
    }

    private void act(long shiftId, LongFunction<ShiftView> step, String done) {
        try {
            step.apply(shiftId);
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e, "shifts");
        }
        list = null;
        awards = null;
        total = null;
    }

    public void openLog(ShiftView shift) {
        logShiftId = shift.id();
        routeNotes = shift.mine() == null ? null : shift.mine().routeNotes();
        findings = shift.mine() == null ? null : shift.mine().findings();
    }

    public void saveLog() {
        try {
            shifts.writeLog(logShiftId, routeNotes, findings);
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('logDialog').hide()");
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e, "log");
        }
    }

    /** What the volunteer can do now on this shift: the buttons shown. */
    public boolean canSignUp(ShiftView s) {
        return !s.cancelled() && (s.mine() == null || !s.mine().active()) && Instant.now().isBefore(s.startsAt());
    }

    /** The window is open (from 30 minutes before the start to the end): the same rule as the home page's. */
    public boolean canCheckIn(ShiftView s) {
        return isActive(s) && CheckInWindow.of(s, Instant.now()).open();
    }

    /** Signed up, and the window has yet to open: a disabled button says when it will. */
    public boolean checkInLater(ShiftView s) {
        return isActive(s) && CheckInWindow.of(s, Instant.now()).notYetOpen();
    }

    /** "19:30 开始签到" ("12-07 19:30 开始签到" on another day). */
    public String checkInOpens(ShiftView s) {
        return CheckInLabel.opens(CheckInWindow.of(s, Instant.now()), locale.getLocale());
    }

    public boolean canCheckOut(ShiftView s) {
        return isActive(s) && s.mine().checkedInAt() != null && s.mine().checkedOutAt() == null;
    }

    public boolean canCancel(ShiftView s) {
        return isActive(s) && s.mine().checkedInAt() == null && Instant.now().isBefore(s.startsAt());
    }

    public boolean canLog(ShiftView s) {
        return isActive(s) && s.mine().checkedInAt() != null;
    }

    private static boolean isActive(ShiftView s) {
        return !s.cancelled() && s.mine() != null && s.mine().active();
    }

    /** The certificate of service as a PDF download (a non-Ajax request). */
    public void downloadCertificate() throws IOException {
        PointsService.Certificate certificate = points.certificate();
        FacesDownloads.pdf("certificate.pdf", out -> CertificatePdf.write(certificate, locale.getLocale(), out));
    }

    public List<PointsService.Award> getAwards() {
        if (awards == null) {
            awards = points.mine(locale.getLocale());
        }
        return awards;
    }

    public BigDecimal getTotal() {
        if (total == null) {
            total = points.myTotal();
        }
        return total;
    }

    public String getQueueParam() {
        return queue == null ? null : queue.key();
    }

    /** Only the caller's own shifts make sense here: other queues are ignored. */
    public void setQueueParam(String key) {
        queue = ShiftQueue.byKey(key).filter(q -> q == ShiftQueue.UPCOMING).orElse(null);
        list = null;
    }

    public String getRouteNotes() {
        return routeNotes;
    }

    public void setRouteNotes(String routeNotes) {
        this.routeNotes = routeNotes;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
