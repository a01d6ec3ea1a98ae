package cn.gov.wujin.yanghu.web.pages;

import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Stations by their names in the page's language ("湖塘派出所", "Hutang"), where records keep the code ("HT"). */
@Named
@RequestScoped
public class StationNames {

    /** How the statistics join a station's code and a patrol group's name ("HT · 一组", "HT · -" for no group). */
    private static final String JOIN = " · ";

    @Inject
    private OrganizationService organization;

    @Inject
    private LocaleBacking locale;

    private List<StationView> stations;

    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return all().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.name(locale.getLocale())).orElse(code);
    }

    /**
     * A statistics row's key in words: a station's code becomes its name, "CODE · group" the
     * station's name and the group's ("-": no group); a month or anything else stays as it is.
     */
    public String label(String key) {
        if (key == null) {
            return "";
        }
        int join = key.indexOf(JOIN);
        if (join < 0) {
            return name(key);
        }
        String group = key.substring(join + JOIN.length());
        return name(key.substring(0, join)) + JOIN
                + ("-".equals(group) ? Messages.get(locale.getLocale(), "stats.noGroup") : group);
    }

    private List<StationView> all() {
        if (stations == null) {
            stations = organization.stations();
        }
        return stations;
    }
}
