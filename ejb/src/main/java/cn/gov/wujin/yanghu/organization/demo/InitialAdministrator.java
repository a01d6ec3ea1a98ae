package cn.gov.wujin.yanghu.organization.demo;

import cn.gov.wujin.yanghu.organization.application.Passwords;
import cn.gov.wujin.yanghu.organization.domain.Account;
import cn.gov.wujin.yanghu.organization.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A new installation has no account to log in with. When no active administrator exists and
 * {@code YANGHU_ADMIN_PASSWORD} is set, the account {@code admin} is created with it.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    @ConfigProperty(name = "yanghu.admin.password")
    private Optional<String> password;

    @PostConstruct
    void createIfNone() {
        if (password.isEmpty() || password.get().isBlank()) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(20261128)").getSingleResult();
        if (em.createNamedQuery("Account.countAdmins", Long.class).getSingleResult() > 0
                || !em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", "admin").getResultList().isEmpty()) {
            return;
        }
        try {
            passwords.checkRule("YANGHU_ADMIN_PASSWORD", password.get());
        } catch (RuntimeException tooWeak) {
            LOG.severe("YANGHU_ADMIN_PASSWORD is too weak (at least " + Passwords.MIN_LENGTH
                    + " characters with letters and digits): no administrator created");
            return;
        }
        Account admin = new Account("admin", "系统管理员", passwords.hash(password.get()), null, EnumSet.of(Role.ADMIN));
        em.persist(admin);
        LOG.info("Created the first administrator account 'admin'");
    }
}
