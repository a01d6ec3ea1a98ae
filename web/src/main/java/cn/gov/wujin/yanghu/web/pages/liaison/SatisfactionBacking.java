package cn.gov.wujin.yanghu.web.pages.liaison;

import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.Satisfaction;
import cn.gov.wujin.yanghu.liaison.application.RequestService;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** liaison/satisfaction.xhtml: the enterprises' ratings (好差评) of closed requests per station, in a period. */
@Named
@ViewScoped
public class SatisfactionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    private LocalDate from;
    private LocalDate to;
    private List<Satisfaction> rows = List.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(Formats.BUREAU_ZONE);
        from = to.withDayOfYear(1);
        show();
    }

    public void show() {
        try {
            rows = requests.satisfaction(from, to);
        } catch (RuntimeException e) {
            rows = List.of();
            FacesErrors.show(e, "satisfaction");
        }
    }

    public List<Satisfaction> getRows() {
        return rows;
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
