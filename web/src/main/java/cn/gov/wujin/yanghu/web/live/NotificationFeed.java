package cn.gov.wujin.yanghu.web.live;

import cn.gov.wujin.yanghu.notification.NotificationCenter;
import cn.gov.wujin.yanghu.notification.NotificationRow;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings each new notification to the clients connected to this instance, whichever instance
 * wrote it: every instance LISTENs on PostgreSQL's channel (V17's trigger NOTIFYs after each
 * commit) and sends each client what it has not seen yet, read from the table. After a lost
 * database connection every client catches up the same way. Only the connections are held
 * here, never the notifications.
 */
@ApplicationScoped
public class NotificationFeed {

    private static final Logger LOG = Logger.getLogger(NotificationFeed.class.getName());
    private static final String CHANNEL = "yanghu_notification";
    /** Below the proxies' idle timeout (nginx: 60 s). */
    private static final long PING_SECONDS = 20;

    private final Map<Long, Set<LiveClient>> clients = new ConcurrentHashMap<>();

    @Resource(lookup = "jdbc/yanghu")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private NotificationCenter center;

    private volatile boolean running;
    private Thread listener;
    private ScheduledFuture<?> pings;

    /** Once: the event comes for each module of the application. */
    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (running) {
            return;
        }
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("yanghu-notification-listener");
        listener.start();
        pings = scheduler.scheduleAtFixedRate(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        running = false;
        if (pings != null) {
            pings.cancel(false);
        }
        if (listener != null) {
            listener.interrupt();
        }
        List<LiveClient> open = clients.values().stream().flatMap(Set::stream).toList();
        clients.clear();
        open.forEach(LiveClient::close);
    }

    /** Starts sending to a client; it first gets what came after its last seen id. */
    public void connect(LiveClient client) {
        clients.computeIfAbsent(client.accountId(), id -> ConcurrentHashMap.newKeySet()).add(client);
        executor.execute(() -> catchUp(client));
    }

    public void disconnect(LiveClient client) {
        clients.computeIfPresent(client.accountId(), (id, set) -> {
            set.remove(client);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many clients are connected to this instance (for the health and the tests' logs). */
    public int connected() {
        return clients.values().stream().mapToInt(Set::size).sum();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                // whatever was written while not listening reaches its clients now
                clients.values().forEach(set -> set.forEach(c -> executor.execute(() -> catchUp(c))));
                while (running) {
                    PGNotification[] announced = pg.getNotifications(5000);
                    if (announced != null) {
                        for (PGNotification n : announced) {
                            announced(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "notification listener lost its database connection; listening again in 2 s: {0}", e.toString());
                    pause();
                }
            }
        }
    }

    private void announced(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return;
        }
        Set<LiveClient> listening = clients.get(Long.valueOf(payload.substring(0, colon)));
        if (listening != null) {
            listening.forEach(c -> executor.execute(() -> catchUp(c)));
        }
    }

    /** Sends a client everything after its last sent id, oldest first; one catch-up at a time per client. */
    private void catchUp(LiveClient client) {
        synchronized (client) {
            try {
                List<NotificationRow> rows = center.deliverable(client.accountId(), client.lastSent());
                if (rows.isEmpty()) {
                    return;
                }
                long unread = center.unreadOf(client.accountId());
                for (NotificationRow row : rows) {
                    if (!client.send(row.id(), "notification", json(row, client, unread))) {
                        disconnect(client);
                        return;
                    }
                    client.sent(row.id());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notifications could not be read for a live client; it catches up at the next one", e);
            }
        }
    }

    private void pingAll() {
        clients.values().forEach(set -> set.forEach(c -> {
            if (!c.ping()) {
                disconnect(c);
            }
        }));
    }

    static String json(NotificationRow row, LiveClient client, long unread) {
        return Json.createObjectBuilder()
                .add("id", row.id())
                .add("kind", row.kind().name())
                .add("title", row.title(client.locale()))
                .add("text", row.text(client.locale()))
                .add("link", row.link() == null ? "" : row.link())
                .add("urgent", row.urgent())
                .add("createdAt", row.createdAt().toString())
                .add("unread", unread)
                .build().toString();
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
