package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.patrol.application.PointsService;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import cn.gov.wujin.yanghu.web.pages.CurrentUserBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * patrol/officer/leaderboard.xhtml: a station's volunteers by points for verified work in a
 * period (default: this year so far). Bureau supervisors choose the station.
 */
@Named
@ViewScoped
public class LeaderboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PointsService points;

    @Inject
    private OrganizationService organization;

    @Inject
    private CurrentUserBacking currentUser;

    private Long stationId;
    private LocalDate from;
    private LocalDate to;
    private List<PointsService.Standing> board = List.of();

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(Formats.BUREAU_ZONE);
        from = today.withDayOfYear(1);
        to = today;
        stationId = currentUser.getProfile().stationId();
        show();
    }

    public void show() {
        if (stationId == null) {
            board = List.of();
            return;
        }
        try {
            board = points.stationBoard(stationId, from, to);
        } catch (RuntimeException e) {
            board = List.of();
            FacesErrors.show(e, "leaderboard");
        }
    }

    public List<StationView> getStations() {
        return organization.stations().stream().filter(StationView::active).toList();
    }

    public List<PointsService.Standing> getBoard() {
        return board;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
