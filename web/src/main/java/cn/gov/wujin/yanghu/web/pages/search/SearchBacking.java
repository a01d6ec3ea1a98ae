package cn.gov.wujin.yanghu.web.pages.search;

import cn.gov.wujin.yanghu.search.Search;
import cn.gov.wujin.yanghu.search.SearchHit;
import cn.gov.wujin.yanghu.search.SearchKind;
import cn.gov.wujin.yanghu.search.SearchOrder;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * search.xhtml?q=: the results of the search box of the top bar, grouped by kind, the first
 * {@link #PER_KIND} of each with how many there are. A plain GET form, so a search is a link.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows shown of each kind. */
    static final int PER_KIND = 10;

    @Inject
    private Search search;

    private String q;
    private String order;
    private final List<Group> groups = new ArrayList<>();
    private boolean searched;

    /** One kind's results: its first rows and how many there are (up to {@link Search#COUNT_CAP}). */
    public record Group(SearchKind kind, List<SearchHit> rows, long count) implements Serializable {

        public boolean isCapped() {
            return count >= Search.COUNT_CAP;
        }

        public boolean isMore() {
            return count > rows.size();
        }
    }

    public void load() {
        groups.clear();
        searched = false;
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            Map<SearchKind, Page<SearchHit>> found = search.byKind(q, getOrderValue(), PER_KIND);
            found.forEach((kind, page) -> groups.add(new Group(kind, page.rows(), page.total())));
            searched = true;
        } catch (RuntimeException e) {
            FacesErrors.show(e, "search");
        }
    }

    public SearchOrder getOrderValue() {
        return "RELEVANCE".equals(order) ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public boolean isSearched() {
        return searched;
    }

    public boolean isNothingFound() {
        return searched && groups.isEmpty();
    }

    public int getPerKind() {
        return PER_KIND;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
