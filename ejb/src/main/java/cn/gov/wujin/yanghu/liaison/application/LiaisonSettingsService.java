package cn.gov.wujin.yanghu.liaison.application;

import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.DeadlineView;
import cn.gov.wujin.yanghu.liaison.application.LiaisonViews.SettingView;
import cn.gov.wujin.yanghu.liaison.domain.LiaisonSetting;
import cn.gov.wujin.yanghu.liaison.domain.RequestCategory;
import cn.gov.wujin.yanghu.liaison.domain.RequestDeadline;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;

/** The liaison rules' numbers: request deadlines per category, and when an unvisited project is flagged. */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.LIAISON, Roles.ADMIN})
public class LiaisonSettingsService {

    @PersistenceContext
    private EntityManager em;

    public List<DeadlineView> deadlines() {
        return em.createQuery("SELECT d FROM RequestDeadline d ORDER BY d.category", RequestDeadline.class).getResultStream()
                .map(d -> new DeadlineView(d.getCategory().name(), d.getDays(), d.getVersion())).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public DeadlineView changeDeadline(String category, int days, long expectedVersion) {
        RequestCategory key;
        try {
            key = RequestCategory.valueOf(category == null ? "" : category.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("RequestDeadline", category);
        }
        RequestDeadline deadline = em.find(RequestDeadline.class, key);
        if (deadline.getVersion() != expectedVersion) {
            throw new ConflictException("RequestDeadline", category);
        }
        deadline.change(days);
        em.flush();
        return new DeadlineView(key.name(), deadline.getDays(), deadline.getVersion());
    }

    /** Days without a visit after which a project is flagged (default 30). */
    public int noVisitDays() {
        LiaisonSetting setting = em.find(LiaisonSetting.class, LiaisonSetting.NO_VISIT_DAYS);
        return setting == null ? 30 : setting.getValue();
    }

    public SettingView noVisitSetting() {
        LiaisonSetting s = em.find(LiaisonSetting.class, LiaisonSetting.NO_VISIT_DAYS);
        return new SettingView(s.getName(), s.getValue(), s.getVersion());
    }

    @RolesAllowed(Roles.ADMIN)
    public SettingView changeNoVisitDays(Integer days, long expectedVersion) {
        if (days == null) {
            throw new InvalidInputException("value", "liaison.setting.value");
        }
        LiaisonSetting s = em.find(LiaisonSetting.class, LiaisonSetting.NO_VISIT_DAYS);
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("LiaisonSetting", s.getName());
        }
        s.change(days);
        em.flush();
        return new SettingView(s.getName(), s.getValue(), s.getVersion());
    }
}
