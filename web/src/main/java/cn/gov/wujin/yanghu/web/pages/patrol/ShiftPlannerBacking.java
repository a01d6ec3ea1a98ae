package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.organization.application.CommunityView;
import cn.gov.wujin.yanghu.organization.application.GridView;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.patrol.application.GroupView;
import cn.gov.wujin.yanghu.patrol.application.NewShift;
import cn.gov.wujin.yanghu.patrol.application.PatrolGroupService;
import cn.gov.wujin.yanghu.patrol.application.ShiftQueue;
import cn.gov.wujin.yanghu.patrol.application.ShiftService;
import cn.gov.wujin.yanghu.patrol.application.ShiftView;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import cn.gov.wujin.yanghu.web.pages.LocaleBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * patrol/officer/shifts.xhtml: the station's shifts on a calendar (read for the weeks
 * shown only); understaffed shifts stand out. A click on a day plans a shift there. Opened on a
 * queue ({@code ?queue=understaffed}, {@code today}: a home page's count), it lists that queue's
 * shifts above the calendar.
 */
@Named
@ViewScoped
public class ShiftPlannerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShiftService shifts;

    @Inject
    private PatrolGroupService groups;

    @Inject
    private OrganizationService organization;

    @Inject
    private LocaleBacking locale;

    /** A grid to choose for a shift, named with its community. */
    public record GridChoice(Long id, String label) implements Serializable {
    }

    private List<GroupView> groupList;
    private ShiftView selected;
    private Long groupId;
    private String area;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private int needed = 2;
    private String checkpoints;
    private Long gridId;
    private ShiftQueue queue;
    private String stationCode;
    private List<ShiftView> queued;

    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (ShiftView s : shifts.shifts(null, start.atZone(Formats.BUREAU_ZONE).toInstant(), end.atZone(Formats.BUREAU_ZONE).toInstant())) {
                addEvent(DefaultScheduleEvent.builder().id(String.valueOf(s.id())).data(s.id())
                        .title(s.groupName() + " · " + s.area() + " (" + s.signedUp() + "/" + s.needed() + ")")
                        .startDate(LocalDateTime.ofInstant(s.startsAt(), Formats.BUREAU_ZONE))
                        .endDate(LocalDateTime.ofInstant(s.endsAt(), Formats.BUREAU_ZONE))
                        .styleClass(s.cancelled() ? "yh-event-cancelled" : s.understaffed() ? "yh-event-understaffed" : "yh-event-staffed")
                        .build());
            }
        }
    };

    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        LocalDateTime day = event.getObject();
        startsAt = (day.getHour() == 0 ? day.withHour(19) : day).truncatedTo(ChronoUnit.MINUTES);
        endsAt = startsAt.plusHours(2);
        selected = null;
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        selected = shifts.shift((Long) event.getObject().getData());
    }

    /** A shift of the queue's list, opened in the detail dialog as from the calendar. */
    public void open(long shiftId) {
        selected = shifts.shift(shiftId);
    }

    /** The queue's shifts, earliest first (read once per view). */
    public List<ShiftView> getQueued() {
        if (queued == null) {
            queued = queue == null ? List.of() : shifts.queue(queue, stationCode);
        }
        return queued;
    }

    public ShiftQueue getQueue() {
        return queue;
    }

    public String getQueueParam() {
        return queue == null ? null : queue.key();
    }

    public void setQueueParam(String key) {
        queue = ShiftQueue.byKey(key).orElse(null);
        queued = null;
    }

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode == null || stationCode.isBlank() ? null : stationCode.strip();
        queued = null;
    }

    /** Fills the planning dialog with the selected shift, to move or restaff it. */
    public void edit() {
        groupId = selected.groupId();
        area = selected.area();
        startsAt = LocalDateTime.ofInstant(selected.startsAt(), Formats.BUREAU_ZONE);
        endsAt = LocalDateTime.ofInstant(selected.endsAt(), Formats.BUREAU_ZONE);
        needed = selected.needed();
        checkpoints = selected.checkpoints();
        gridId = selected.gridId();
    }

    public void plan() {
        NewShift form = new NewShift();
        form.setGroupId(groupId);
        form.setArea(area);
        form.setStartsAt(startsAt == null ? null : startsAt.atZone(Formats.BUREAU_ZONE).toOffsetDateTime());
        form.setEndsAt(endsAt == null ? null : endsAt.atZone(Formats.BUREAU_ZONE).toOffsetDateTime());
        form.setNeeded(needed);
        form.setCheckpoints(checkpoints);
        form.setGridId(gridId);
        try {
            if (selected != null) {
                selected = shifts.reschedule(selected.id(), form, selected.version());
            } else {
                shifts.plan(form);
            }
            area = null;
            checkpoints = null;
            gridId = null;
            queued = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('planDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "plan");
        }
    }

    public void cancelShift() {
        try {
            selected = shifts.cancel(selected.id(), selected.version());
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "detail");
        }
    }

    public List<GroupView> getGroups() {
        if (groupList == null) {
            groupList = groups.groups().stream().filter(GroupView::active).toList();
        }
        return groupList;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public ShiftView getSelected() {
        return selected;
    }

    /** The grids of the chosen group's station (on-site check-ins are judged against the one chosen). */
    public List<GridChoice> getGrids() {
        GroupView group = groupId == null ? null : getGroups().stream().filter(g -> g.id() == groupId).findFirst().orElse(null);
        if (group == null) {
            return List.of();
        }
        boolean english = locale.isEnglish();
        List<GridChoice> choices = new ArrayList<>();
        for (CommunityView community : organization.communities(null)) {
            if (group.stationCode().equals(community.stationCode())) {
                for (GridView grid : organization.grids(community.id())) {
                    choices.add(new GridChoice(grid.id(), (english && community.nameEn() != null ? community.nameEn() : community.nameZh()) + " · " + grid.label(english)));
                }
            }
        }
        return choices;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public int getNeeded() {
        return needed;
    }

    public void setNeeded(int needed) {
        this.needed = needed;
    }

    public String getCheckpoints() {
        return checkpoints;
    }

    public void setCheckpoints(String checkpoints) {
        this.checkpoints = checkpoints;
    }
}
