package cn.gov.wujin.yanghu.web.pages.patrol;

import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.patrol.application.NewTip;
import cn.gov.wujin.yanghu.patrol.application.TipReceipt;
import cn.gov.wujin.yanghu.patrol.application.TipIntake;
import cn.gov.wujin.yanghu.shared.RequestOrigin;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** public/tip.xhtml: anyone sends a tip without an account; the answer is a tracking code. */
@Named
@ViewScoped
public class PublicTipBacking extends TipForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private TipIntake tips;

    @Inject
    private OrganizationService organization;

    @Inject
    private RequestOrigin origin;

    private String stationCode;
    private List<StationView> stations;
    /** The station the pin chose, while the user has not chosen another. */
    private String stationByPosition;

    /**
     * The pin moved (tip-map.js calls this through a remote command): when the station is left at
     * "I don't know", or at what the pin chose before, it becomes the station whose boundary holds
     * the position (back to "I don't know" outside every station).
     */
    public void locateStation() {
        java.math.BigDecimal latitude = getTip().getLatitude();
        java.math.BigDecimal longitude = getTip().getLongitude();
        boolean untouched = stationCode == null || stationCode.isBlank() || stationCode.equals(stationByPosition);
        if (latitude == null || longitude == null || !untouched) {
            return;
        }
        Long station = locate(latitude.doubleValue(), longitude.doubleValue()).stationId();
        stationCode = getStations().stream().filter(s -> s.id().equals(station)).map(StationView::code).findFirst().orElse("");
        stationByPosition = stationCode;
    }

    @Override
    protected TipReceipt send(NewTip tip, String key) {
        tip.setStationCode(stationCode);
        return tips.submitAnonymously(tip, key, origin.clientAddress());
    }

    public List<StationView> getStations() {
        if (stations == null) {
            stations = organization.activeStations();
        }
        return stations;
    }

    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode;
    }
}
