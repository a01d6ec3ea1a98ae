package cn.gov.wujin.yanghu.web.faces;

import cn.gov.wujin.yanghu.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A lazy table over a service's pages: the database filters and counts, the table shows one page. */
public final class PageModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page: (first row, page size) to the page and the total. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int pageSize);
    }

    /** The key of a row, for selection. */
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PageModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = loader.load(first, pageSize);
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
