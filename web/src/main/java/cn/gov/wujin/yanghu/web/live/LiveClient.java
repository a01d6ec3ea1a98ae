package cn.gov.wujin.yanghu.web.live;

import java.util.Locale;

/**
 * One connected browser tab or API client of this instance, listening for its account's
 * notifications. Only the connection lives here; what it has not yet seen is read from the
 * database, so a client that reconnects to another instance misses nothing.
 */
public abstract class LiveClient {

    private final long accountId;
    private final Locale locale;
    private long lastSent;

    protected LiveClient(long accountId, Locale locale, long lastSent) {
        this.accountId = accountId;
        this.locale = locale;
        this.lastSent = lastSent;
    }

    public long accountId() {
        return accountId;
    }

    public Locale locale() {
        return locale;
    }

    synchronized long lastSent() {
        return lastSent;
    }

    synchronized void sent(long id) {
        lastSent = Math.max(lastSent, id);
    }

    /** Sends one event; false when the connection is gone. */
    protected abstract boolean send(long id, String name, String json);

    /** Sends a comment line that keeps proxies from closing an idle connection; false when gone. */
    protected abstract boolean ping();

    /** Ends the connection (the server is stopping). */
    protected abstract void close();
}
