package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.FreezeBoard;
import cn.gov.wujin.yanghu.fraud.application.FreezeBoardRow;
import cn.gov.wujin.yanghu.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * fraud/freezes.xhtml: the freezes about to expire (冻结到期提醒), the nearest first, read a page at
 * a time in the database; the caller's station, or the bureau for those who see all.
 */
@Named
@ViewScoped
public class FreezeBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FreezeBoard freezes;

    private final LazyDataModel<FreezeBoardRow> model = new FreezeModel();

    private final class FreezeModel extends LazyDataModel<FreezeBoardRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) freezes.page(0, 1).total();
        }

        @Override
        public List<FreezeBoardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<FreezeBoardRow> page = freezes.page(first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(FreezeBoardRow row) {
            return String.valueOf(row.stopPaymentId());
        }

        @Override
        public FreezeBoardRow getRowData(String rowKey) {
            return null;
        }
    }

    /** FREEZE_BOARD_DAYS, as ADMIN set it. */
    public int getBoardDays() {
        return freezes.days();
    }

    public LazyDataModel<FreezeBoardRow> getModel() {
        return model;
    }
}
