package cn.gov.wujin.yanghu.operations.application;

import cn.gov.wujin.yanghu.operations.domain.AddressRanges;
import cn.gov.wujin.yanghu.operations.domain.OperationsSetting;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.shared.ConflictException;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The balancers whose X-Forwarded-For names the client. Two sources, both counted: the
 * deployment's own balancer, which the start scripts know before any account exists (the
 * system property {@code yanghu.trusted-proxies}, set by {@code ./run.sh cluster} for its
 * nginx), and the bureau's further ones, which ADMIN edits without a restart (the setting
 * TRUSTED_PROXIES, shared by every instance). A proxied request reads the setting afresh at
 * most every few seconds; a direct request (no header) never reads it.
 */
@Stateless
@PermitAll
public class TrustedProxies {

    /** How long an instance answers from the setting it read last; the instance that saves it reads it anew at once. */
    private static final long FRESH_MILLIS = 5_000;

    private static final AddressRanges DEPLOYMENT = fromProperty();

    /** The last read: the setting and when; shared by this instance's beans, never a source of truth. */
    private static final AtomicReference<Read> LAST = new AtomicReference<>();

    @PersistenceContext
    private EntityManager em;

    /** The client's address of a request from {@code peer} with these X-Forwarded-For headers (see AddressRanges). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String clientAddress(String peer, Collection<String> forwardedFor) {
        if (forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        return ranges().clientAddress(peer, forwardedFor);
    }

    /** All trusted proxies: the deployment's and the setting's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AddressRanges ranges() {
        Read read = LAST.get();
        long now = System.currentTimeMillis();
        if (read == null || now - read.at() > FRESH_MILLIS) {
            OperationsSetting setting = em.find(OperationsSetting.class, OperationsSetting.TRUSTED_PROXIES);
            read = new Read(setting == null ? AddressRanges.NONE : AddressRanges.parse(setting.getValue(), "value"), now);
            LAST.set(read);
        }
        return DEPLOYMENT.and(read.ranges());
    }

    @RolesAllowed(Roles.ADMIN)
    public TrustedProxiesView setting() {
        OperationsSetting s = em.find(OperationsSetting.class, OperationsSetting.TRUSTED_PROXIES);
        return new TrustedProxiesView(s.getValue(), DEPLOYMENT.toString(), s.getVersion());
    }

    @RolesAllowed(Roles.ADMIN)
    public TrustedProxiesView change(String value, long expectedVersion) {
        if (value == null) {
            throw new InvalidInputException("value", "setup.proxies.required");
        }
        AddressRanges ranges = AddressRanges.parse(value, "value");
        OperationsSetting s = em.find(OperationsSetting.class, OperationsSetting.TRUSTED_PROXIES);
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("OperationsSetting", s.getName());
        }
        s.trustProxies(ranges);
        em.flush();
        LAST.set(null);
        return new TrustedProxiesView(s.getValue(), DEPLOYMENT.toString(), s.getVersion());
    }

    private static AddressRanges fromProperty() {
        try {
            return AddressRanges.parse(System.getProperty("yanghu.trusted-proxies", ""), "yanghu.trusted-proxies");
        } catch (RuntimeException e) {
            // a typo in the start scripts must not stop the application: it then trusts only the setting
            java.util.logging.Logger.getLogger(TrustedProxies.class.getName())
                    .warning("yanghu.trusted-proxies is not a list of addresses, ignored: " + System.getProperty("yanghu.trusted-proxies"));
            return AddressRanges.NONE;
        }
    }

    private record Read(AddressRanges ranges, long at) {
    }
}
