package cn.gov.wujin.yanghu.web.security;

import cn.gov.wujin.yanghu.organization.application.ApiTokenService;
import cn.gov.wujin.yanghu.organization.application.IdentityWrites;
import cn.gov.wujin.yanghu.organization.application.TokenOwner;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bearer-token check of every API request, with what it read kept for a few seconds
 * ({@code yanghu.api.token-cache-seconds}, default 5; 0 reads the database every time).
 * <p>
 * Kept per instance, as a copy of the database that is never more than those seconds old and
 * usually forgotten long before: V39's triggers announce every change of what a token speaks
 * for (revoked, account deactivated or moved, roles, second-factor duty) on PostgreSQL's
 * channel after the commit, and every instance listens and forgets all it kept. While this
 * instance is not listening (its connection lost) it keeps nothing. A change committed by this
 * instance ({@link IdentityWrites}) is known before its request answers, so the next request here
 * is refused for certain; on other instances it takes effect when the announcement arrives
 * (milliseconds), and in the worst case within the configured seconds.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());
    private static final String CHANNEL = "yanghu_identity";
    /** Tokens in use at once are a few hundred; past this, start over rather than grow. */
    private static final int MAX_KEPT = 20_000;

    private record Kept(TokenOwner owner, long untilNanos) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Moves on with every announced change: a check that read before it does not keep its answer. */
    private final AtomicLong changes = new AtomicLong();
    /** This instance's own identity commits as last seen: a new one forgets all that was kept. */
    private final AtomicLong ownWritesSeen = new AtomicLong();

    @Inject
    private ApiTokenService tokens;

    @Inject
    private IdentityWrites ownWrites;

    @Inject
    @ConfigProperty(name = "yanghu.api.token-cache-seconds", defaultValue = "5")
    private int keepSeconds;

    @Resource(lookup = "jdbc/yanghu")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    /** Once: the event comes for each module of the application. */
    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (running || keepSeconds <= 0) {
            return;
        }
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("yanghu-identity-listener");
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        listening = false;
        kept.clear();
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The owner of a valid token, or empty; from what this instance read in the last seconds when it still holds. */
    public Optional<TokenOwner> owner(String token) {
        if (!listening) {
            return tokens.owner(token);
        }
        long own = ownWrites.committed();
        if (own != ownWritesSeen.get()) {
            forgetAll(); // before noting it as seen: a request that sees it noted finds nothing kept from before
            ownWritesSeen.accumulateAndGet(own, Math::max);
        }
        String key = ApiTokenService.hash(token);
        long now = System.nanoTime();
        Kept k = kept.get(key);
        if (k != null && now - k.untilNanos() < 0) {
            return Optional.of(k.owner());
        }
        long before = changes.get();
        Optional<TokenOwner> owner = tokens.owner(token);
        if (owner.isEmpty()) {
            kept.remove(key);
        } else if (listening && changes.get() == before && ownWrites.committed() == own) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, new Kept(owner.get(), now + keepSeconds * 1_000_000_000L));
        }
        return owner;
    }

    /** A token revoked by a request of this instance: refused by the very next one, before the announcement arrives. */
    public void forget(String token) {
        changes.incrementAndGet();
        kept.remove(ApiTokenService.hash(token));
    }

    private void forgetAll() {
        changes.incrementAndGet();
        kept.clear();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                forgetAll(); // whatever changed while not listening
                listening = true;
                while (running) {
                    PGNotification[] announced = pg.getNotifications(5000);
                    if (announced != null && announced.length > 0) {
                        forgetAll();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                forgetAll();
                if (running) {
                    LOG.log(Level.WARNING, "token check listener lost its database connection; tokens are read every time until it "
                            + "listens again (in 2 s): {0}", e.toString());
                    pause();
                }
            }
        }
        listening = false;
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
