package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.patrol.application.TipRow;
import cn.gov.wujin.yanghu.patrol.application.TipQueries;
import cn.gov.wujin.yanghu.patrol.application.TipTriage;
import cn.gov.wujin.yanghu.patrol.application.TipView;
import cn.gov.wujin.yanghu.patrol.domain.TipAction;
import cn.gov.wujin.yanghu.patrol.domain.TipCategory;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.search.SearchKind;
import cn.gov.wujin.yanghu.search.Sightings;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * patrol/officer/tips.xhtml: the station's tip queue, newest first, and the officer's decision on
 * each. The bureau's supervisors see every station's tips and the bureau's queue (tips without a
 * station, {@code ?unassigned=true}), which they assign to a station.
 */
@Named
@ViewScoped
public class TipQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TipQueries tips;

    @Inject
    private TipTriage triage;

    @Inject
    private OrganizationService organization;

    @Inject
    private Sightings sightings;

    private TipStatus status = TipStatus.NEW;
    private TipCategory category;
    private LocalDate sentFrom;
    private LocalDate sentTo;
    private boolean unassignedOnly;
    private TipView selected;
    /** The identifiers the selected tip's text names and the cases and other tips they were seen in. */
    private List<Sightings.TextLink> textLinks = List.of();
    private TipAction action;
    private String note;
    private String stationCode;
    private List<StationView> stations;

    /** The map opens the tips of one grid or community (its areas' links). */
    private Long gridId;
    private Long communityId;

    private final PageModel<TipRow> model = new PageModel<>((first, size) -> tips.queue(status, category, sentFrom, sentTo, unassignedOnly,
            gridId, communityId, first, size),
            row -> String.valueOf(row.id()));

    public void open(long id) {
        selected = tips.get(id);
        textLinks = sightings.linksOf(SearchKind.TIP, id);
        action = null;
        note = null;
        stationCode = null;
    }

    public void choose(TipAction chosen) {
        action = chosen;
    }

    public void decide() {
        try {
            selected = triage.triage(selected.id(), action, note, stationCode, selected.version());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('tipDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "decision");
        }
    }

    public List<StationView> getStations() {
        if (stations == null) {
            stations = organization.activeStations();
        }
        return stations;
    }

    public List<TipStatus> getStatuses() {
        return List.of(TipStatus.values());
    }

    public List<TipCategory> getCategories() {
        return List.of(TipCategory.values());
    }

    /** A tip without a station is assigned to one; any other may be handed to another station. */
    public List<TipAction> getActions() {
        boolean unassigned = selected != null && selected.stationCode() == null;
        return List.of(TipAction.DISMISS, TipAction.RESOLVE, unassigned ? TipAction.ASSIGN : TipAction.HAND_OVER);
    }

    public boolean isUnassignedOnly() {
        return unassignedOnly;
    }

    public void setUnassignedOnly(boolean unassignedOnly) {
        this.unassignedOnly = unassignedOnly;
    }

    public PageModel<TipRow> getModel() {
        return model;
    }

    public TipStatus getStatus() {
        return status;
    }

    public void setStatus(TipStatus status) {
        this.status = status;
    }

    public TipCategory getCategory() {
        return category;
    }

    public void setCategory(TipCategory category) {
        this.category = category;
    }

    public TipView getSelected() {
        return selected;
    }

    public List<Sightings.TextLink> getTextLinks() {
        return textLinks;
    }

    public TipAction getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode;
    }

    public LocalDate getSentFrom() {
        return sentFrom;
    }

    public void setSentFrom(LocalDate sentFrom) {
        this.sentFrom = sentFrom;
    }

    public LocalDate getSentTo() {
        return sentTo;
    }

    public void setSentTo(LocalDate sentTo) {
        this.sentTo = sentTo;
    }

    /** The dashboard opens the queue with "status=ALL" and a period: every tip behind its number. */
    public String getStatusParam() {
        return status == null ? "ALL" : status.name();
    }

    public void setStatusParam(String value) {
        status = java.util.Arrays.stream(TipStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    public String getFromParam() {
        return sentFrom == null ? null : sentFrom.toString();
    }

    public void setFromParam(String day) {
        sentFrom = Formats.day(day);
    }

    public String getToParam() {
        return sentTo == null ? null : sentTo.toString();
    }

    public void setToParam(String day) {
        sentTo = Formats.day(day);
    }

    public Long getGrid() {
        return gridId;
    }

    public void setGrid(Long grid) {
        this.gridId = grid;
    }

    public Long getCommunity() {
        return communityId;
    }

    public void setCommunity(Long community) {
        this.communityId = community;
    }
}
