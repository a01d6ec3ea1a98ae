package cn.gov.wujin.yanghu.web.pages.admin;

import cn.gov.wujin.yanghu.organization.application.AccountDetails;
import cn.gov.wujin.yanghu.organization.application.AccountFilter;
import cn.gov.wujin.yanghu.organization.application.AccountForm;
import cn.gov.wujin.yanghu.organization.application.AccountRow;
import cn.gov.wujin.yanghu.organization.application.AccountService;
import cn.gov.wujin.yanghu.organization.application.SecondFactors;
import cn.gov.wujin.yanghu.organization.application.OrganizationService;
import cn.gov.wujin.yanghu.organization.application.StationView;
import cn.gov.wujin.yanghu.organization.domain.Role;
import cn.gov.wujin.yanghu.shared.Page;
import cn.gov.wujin.yanghu.web.faces.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/accounts.xhtml: the account list (paged in the database), and the account dialog. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private cn.gov.wujin.yanghu.organization.application.Sessions sessions;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganizationService organization;

    private List<StationView> stations;

    private String filterText;
    private Long filterStationId;
    private Role filterRole;
    private Boolean filterActive;
    private boolean filterLocked;

    private final LazyDataModel<AccountRow> model = new AccountModel();

    private AccountForm form = new AccountForm();
    private AccountDetails editing;

    @PostConstruct
    void load() {
        stations = organization.stations();
    }

    /** Database-side paging and sorting; the filters come from the form above the table. */
    private final class AccountModel extends LazyDataModel<AccountRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(filter());
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            Page<AccountRow> page = accounts.search(filter(), first, pageSize, sort == null ? "username" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(AccountRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public AccountRow getRowData(String rowKey) {
            return null;
        }
    }

    private AccountFilter filter() {
        return new AccountFilter(filterText, filterStationId, filterRole, filterActive, filterLocked);
    }

    public void resetFilters() {
        filterText = null;
        filterStationId = null;
        filterRole = null;
        filterActive = null;
        filterLocked = false;
    }

    public void newAccount() {
        form = new AccountForm();
        editing = null;
    }

    public void edit(AccountRow row) {
        editing = accounts.account(row.id());
        fillForm(editing);
    }

    /** Shows phone and ID-card number in full; the service writes this to the audit trail. */
    public void showPersonalData() {
        editing = accounts.accountWithPersonalData(editing.id());
        fillForm(editing);
        FacesErrors.info("account.personalShown");
    }

    private void fillForm(AccountDetails details) {
        AccountForm f = new AccountForm();
        f.setUsername(details.username());
        f.setDisplayName(details.displayName());
        f.setStationId(details.stationId());
        f.setRoles(details.roles());
        f.setVersion(details.version());
        form = f;
    }

    public void save() {
        try {
            if (editing == null) {
                accounts.create(form);
            } else {
                accounts.update(editing.id(), form);
            }
            FacesErrors.info("common.saved");
            PrimeFaces.current().executeScript("PF('accountDialog').hide()");
        } catch (RuntimeException e) {
            FacesErrors.show(e, "accountForm");
        }
    }

    public void unlock(AccountRow row) {
        try {
            accounts.unlock(row.id());
            FacesErrors.info("account.unlocked");
        } catch (RuntimeException e) {
            FacesErrors.show(e, null);
        }
    }

    /** A stolen phone, someone leaving: every browser and token of the person is refused on its next request. */
    public void endSessions(AccountRow row) {
        try {
            sessions.endAll(row.id());
            FacesErrors.info("sessions.endedAll");
        } catch (RuntimeException e) {
            FacesErrors.show(e, null);
        }
    }

    /** A lost phone: the person signs in with the password and enrols again; they are told. */
    public void resetSecondFactor(AccountRow row) {
        try {
            secondFactors.reset(row.id());
            FacesErrors.info("mfa.resetDone");
        } catch (RuntimeException e) {
            FacesErrors.show(e, null);
        }
    }

    public void setActive(AccountRow row, boolean active) {
        try {
            accounts.setActive(row.id(), active);
            FacesErrors.info("common.saved");
        } catch (RuntimeException e) {
            FacesErrors.show(e, null);
        }
    }

    /** The roles as names: a checkbox list cannot tell the element type of a Set. */
    public List<String> getRoleNames() {
        return form.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    public void setRoleNames(List<String> names) {
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        form.setRoles(roles);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyDataModel<AccountRow> getModel() {
        return model;
    }

    public List<StationView> getStations() {
        return stations;
    }

    public AccountForm getForm() {
        return form;
    }

    public AccountDetails getEditing() {
        return editing;
    }

    /** Only the accounts locked now (the administrator's inbox opens the list so: {@code ?locked=true}). */
    public boolean isFilterLocked() {
        return filterLocked;
    }

    public void setFilterLocked(boolean filterLocked) {
        this.filterLocked = filterLocked;
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public Long getFilterStationId() {
        return filterStationId;
    }

    public void setFilterStationId(Long filterStationId) {
        this.filterStationId = filterStationId;
    }

    public Role getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(Role filterRole) {
        this.filterRole = filterRole;
    }

    public Boolean getFilterActive() {
        return filterActive;
    }

    public void setFilterActive(Boolean filterActive) {
        this.filterActive = filterActive;
    }
}
