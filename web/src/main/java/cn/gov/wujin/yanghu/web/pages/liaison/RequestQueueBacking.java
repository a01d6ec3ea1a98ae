package cn.gov.wujin.yanghu.web.pages.liaison;

import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.RequestView;
import cn.gov.wujin.yanghu.liaison.application.RequestFilter;
import cn.gov.wujin.yanghu.liaison.application.RequestQueue;
import cn.gov.wujin.yanghu.liaison.application.RequestService;
import cn.gov.wujin.yanghu.liaison.domain.RequestStatus;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import cn.gov.wujin.yanghu.web.faces.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * liaison/requests.xhtml: the enterprises' requests, open and nearest deadline first, overdue
 * and escalated ones marked; the owner moves a request on, records the enterprise's rating,
 * and the station head closes the follow-up of a low rating.
 */
@Named
@ViewScoped
public class RequestQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestService requests;

    private final RequestFilter filter = new RequestFilter();
    private final PageModel<RequestView> model = new PageModel<>((first, size) -> requests.queue(filter, first, size),
            row -> String.valueOf(row.id()));
    private RequestView selected;
    private String note;
    private Integer rating;
    private String comment;

    public void open(long id) {
        selected = requests.request(id);
        note = null;
        rating = null;
        comment = null;
    }

    public void start() {
        act(() -> requests.transition(selected.id(), RequestStatus.IN_PROGRESS.name(), note, selected.version()));
    }

    public void resolve() {
        act(() -> requests.transition(selected.id(), RequestStatus.RESOLVED.name(), note, selected.version()));
    }

    public void rate() {
        act(() -> requests.rate(selected.id(), rating, comment, selected.version()));
    }

    public void closeFollowUp() {
        act(() -> requests.closeFollowUp(selected.id(), note, selected.version()));
    }

    private void act(Supplier<RequestView> step) {
        try {
            selected = step.get();
            note = null;
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('requestDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "decision");
        }
    }

    public List<RequestStatus> getStatuses() {
        return List.of(RequestStatus.values());
    }

    public List<RequestQueue> getQueues() {
        return List.of(RequestQueue.values());
    }

    public RequestFilter getFilter() {
        return filter;
    }

    public PageModel<RequestView> getModel() {
        return model;
    }

    public RequestView getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
