package cn.gov.wujin.yanghu.web.pages.fraud;

import cn.gov.wujin.yanghu.fraud.application.CaseFilter;
import cn.gov.wujin.yanghu.fraud.application.CaseRow;
import cn.gov.wujin.yanghu.fraud.application.CaseQueries;
import cn.gov.wujin.yanghu.fraud.application.CaseQueue;
import cn.gov.wujin.yanghu.fraud.domain.CaseStatus;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.faces.Formats;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** fraud/cases.xhtml: the cases of the station (all stations for the bureau), paged in the database. */
@Named
@ViewScoped
public class CaseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseQueries cases;

    private CaseStatus status;
    private String fraudType;
    private LocalDate reportedFrom;
    private LocalDate reportedTo;
    private boolean mineOnly;
    private boolean overdueOnly;
    private String caseNumber;
    private CaseQueue queue;
    private String stationCode;

    private final LazyDataModel<CaseRow> model = new CaseModel();

    private final class CaseModel extends LazyDataModel<CaseRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) cases.count(filter());
        }

        @Override
        public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            // unsorted: the list's own order (a work queue the most urgent first, else the newest reports)
            Page<CaseRow> page = cases.search(filter(), first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(CaseRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public CaseRow getRowData(String rowKey) {
            return null;
        }
    }

    private Long communityId;

    private CaseFilter filter() {
        String me = mineOnly ? FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() : null;
        return new CaseFilter(status, fraudType, reportedFrom, reportedTo, me, overdueOnly, caseNumber, queue, stationCode, communityId);
    }

    public void reset() {
        status = null;
        fraudType = null;
        reportedFrom = null;
        reportedTo = null;
        mineOnly = false;
        overdueOnly = false;
        caseNumber = null;
        queue = null;
        stationCode = null;
        communityId = null;
    }

    /** The map's count markers open the cases of one community (by the lead or tip they came from). */
    public Long getCommunity() {
        return communityId;
    }

    public void setCommunity(Long community) {
        this.communityId = community;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public CaseQueue[] getQueues() {
        return CaseQueue.values();
    }

    public CaseQueue getQueue() {
        return queue;
    }

    public void setQueue(CaseQueue queue) {
        this.queue = queue;
    }

    /** The work queue from a link ({@code ?queue=awaiting-decision}, as the home page's counts open it); unknown ones are ignored. */
    public String getQueueParam() {
        return queue == null ? null : queue.key();
    }

    public void setQueueParam(String key) {
        queue = CaseQueue.byKey(key).orElse(null);
    }

    /** One station's cases (the bureau's table of stations links here with its code). */
    public String getStationCode() {
        return stationCode;
    }

    public void setStationCode(String stationCode) {
        this.stationCode = stationCode == null || stationCode.isBlank() ? null : stationCode.strip();
    }

    public LazyDataModel<CaseRow> getModel() {
        return model;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getFraudType() {
        return fraudType;
    }

    public void setFraudType(String fraudType) {
        this.fraudType = fraudType;
    }

    public LocalDate getReportedFrom() {
        return reportedFrom;
    }

    public void setReportedFrom(LocalDate reportedFrom) {
        this.reportedFrom = reportedFrom;
    }

    /** The report days from a link (yyyy-MM-dd); a malformed day is ignored. */
    public String getFromParam() {
        return reportedFrom == null ? null : reportedFrom.toString();
    }

    public void setFromParam(String day) {
        reportedFrom = Formats.day(day);
    }

    public String getToParam() {
        return reportedTo == null ? null : reportedTo.toString();
    }

    public void setToParam(String day) {
        reportedTo = Formats.day(day);
    }

    public LocalDate getReportedTo() {
        return reportedTo;
    }

    public void setReportedTo(LocalDate reportedTo) {
        this.reportedTo = reportedTo;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}
