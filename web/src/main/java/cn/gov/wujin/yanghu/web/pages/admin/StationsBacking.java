package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.organization.application.CommunityForm;
import cn.gov.wujin.yanghu.organization.application.CommunityView;
import cn.gov.wujin.yanghu.organization.application.GridView;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationForm;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.organization.domain.CommunityKind;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;

import java.io.Serializable;
import java.util.List;

/** admin/stations.xhtml: stations, their communities and villages, and the grids of each. */
@Named
@ViewScoped
public class StationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganizationService organization;

    private List<StationView> stations;
    private StationView selected;
    private List<CommunityView> communities = List.of();
    private CommunityView selectedCommunity;
    private List<GridView> grids = List.of();

    private StationForm stationForm = new StationForm();
    private Long editingStationId;
    private CommunityForm communityForm = new CommunityForm();
    private String gridCode;
    private String gridName;
    private String gridNameEn;

    @PostConstruct
    void load() {
        stations = organization.stations();
    }

    /** A row of the stations' table chosen: the table hands over its row (the row variable is out of scope in a row event). */
    public void stationSelected(SelectEvent<StationView> event) {
        select(event.getObject());
    }

    public void communitySelected(SelectEvent<CommunityView> event) {
        selectCommunity(event.getObject());
    }

    public void select(StationView station) {
        selected = station;
        communities = organization.communities(station.id());
        selectedCommunity = null;
        grids = List.of();
    }

    public void selectCommunity(CommunityView community) {
        selectedCommunity = community;
        grids = organization.grids(community.id());
    }

    public void newStation() {
        stationForm = new StationForm();
        editingStationId = null;
    }

    public void editStation(StationView station) {
        StationForm form = new StationForm();
        form.setCode(station.code());
        form.setNameZh(station.nameZh());
        form.setNameEn(station.nameEn());
        form.setAddress(station.address());
        form.setPhone(station.phone());
        form.setActive(station.active());
        form.setVersion(station.version());
        stationForm = form;
        editingStationId = station.id();
    }

    public void saveStation() {
        try {
            StationView saved = editingStationId == null ? organization.createStation(stationForm)
                    : organization.updateStation(editingStationId, stationForm);
            stations = organization.stations();
            select(saved);
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('stationDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "stationForm");
        }
    }

    public void newCommunity() {
        communityForm = new CommunityForm();
        communityForm.setStationId(selected == null ? null : selected.id());
    }

    public void saveCommunity() {
        try {
            organization.createCommunity(communityForm);
            communities = organization.communities(selected.id());
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('communityDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "communityForm");
        }
    }

    public void saveGrid() {
        try {
            organization.createGrid(selectedCommunity.id(), gridCode, gridName, gridNameEn);
            grids = organization.grids(selectedCommunity.id());
            gridCode = null;
            gridName = null;
            gridNameEn = null;
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "gridForm");
        }
    }

    public boolean isEditing() {
        return editingStationId != null;
    }

    public CommunityKind[] getKinds() {
        return CommunityKind.values();
    }

    public List<StationView> getStations() {
        return stations;
    }

    public StationView getSelected() {
        return selected;
    }

    public List<CommunityView> getCommunities() {
        return communities;
    }

    public CommunityView getSelectedCommunity() {
        return selectedCommunity;
    }

    public List<GridView> getGrids() {
        return grids;
    }

    public StationForm getStationForm() {
        return stationForm;
    }

    public CommunityForm getCommunityForm() {
        return communityForm;
    }

    public String getGridCode() {
        return gridCode;
    }

    public void setGridCode(String gridCode) {
        this.gridCode = gridCode;
    }

    public String getGridName() {
        return gridName;
    }

    public void setGridName(String gridName) {
        this.gridName = gridName;
    }

    public String getGridNameEn() {
        return gridNameEn;
    }

    public void setGridNameEn(String gridNameEn) {
        this.gridNameEn = gridNameEn;
    }
}
