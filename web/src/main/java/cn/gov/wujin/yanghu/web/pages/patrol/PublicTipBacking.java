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
