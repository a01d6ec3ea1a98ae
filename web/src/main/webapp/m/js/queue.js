// The outbox: every write of the app goes here first and is sent from here, in order, when the
// network is there. Pure logic: the storage (IndexedDB in the app, a Map in the tests), the
// sending (fetch) and the clock come in from outside.
//
// An item: {id (the Idempotency-Key), seq, kind, label, request, deviceTime, state, attempts,
// nextAt, message}. States: waiting → sending → sent, or refused (a 4xx: kept with the server's
// message until the user removes it). The id is made once, when the user taps "send", so a retry
// after a lost answer carries the same key and the server answers with what it stored (200).

export const WAITING = 'waiting';
export const SENDING = 'sending';
export const SENT = 'sent';
export const REFUSED = 'refused';

/** The delay before the n-th retry (n from 1): doubling from base up to max, with full jitter on its upper half. */
export function backoff(attempt, { base = 1000, max = 60000, random = Math.random } = {}) {
    const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + random() * ceiling / 2);
}

/** A failure worth retrying: no answer, a timeout, too many requests, or a server error. */
export function retryable(status) {
    return status === 0 || status === 408 || status === 429 || status >= 500;
}

/**
 * store: {all() → items, put(item), remove(id)} (async); send(item) → {status, body} or throws
 * on a network failure; onChange(items) after every change; onAuthNeeded() on a 401.
 */
export function createQueue({ store, send, now = () => Date.now(), random = Math.random, onChange = () => {},
                                onAuthNeeded = () => {}, base = 1000, max = 60000, newId = () => crypto.randomUUID() }) {
    let running = null;
    let paused = false;

    async function items() {
        return (await store.all()).sort((a, b) => a.seq - b.seq);
    }

    async function changed() {
        onChange(await items());
    }

    async function save(item) {
        await store.put(item);
        await changed();
    }

    /** Puts a write in the queue; its key and device time are made now, when the user tapped "send". Extra fields (the shift, a photo) are kept. */
    async function add({ kind, label, request, deviceTime, ...extra }) {
        const all = await items();
        const item = {
            ...extra, id: newId(), seq: all.length ? all[all.length - 1].seq + 1 : 1, kind, label, request,
            deviceTime: deviceTime || new Date(now()).toISOString(), state: WAITING, attempts: 0, nextAt: 0, message: null
        };
        await save(item);
        return item;
    }

    /** After the app was closed while sending: that send may or may not have arrived; the same key settles it. */
    async function recover() {
        for (const item of await items()) {
            if (item.state === SENDING) {
                await store.put({ ...item, state: WAITING });
            }
        }
        await changed();
    }

    async function drain() {
        for (const item of await items()) {
            if (item.state !== WAITING) {
                continue;
            }
            if (paused) {
                return;
            }
            // in order: an item still waiting out its back-off holds back those after it
            if (item.nextAt > now()) {
                return;
            }
            await save({ ...item, state: SENDING });
            let answer;
            try {
                answer = await send(item);
            } catch (e) {
                answer = { status: 0, body: null };
            }
            const status = answer.status;
            if (status >= 200 && status < 300) {
                // 201 stored now, 200 a replay of what was stored before: sent either way
                await save({ ...item, state: SENT, message: null, result: answer.body ?? null, sentAt: now() });
            } else if (status === 401) {
                paused = true;
                await save({ ...item, state: WAITING });
                onAuthNeeded();
                return;
            } else if (retryable(status)) {
                const attempts = item.attempts + 1;
                await save({ ...item, state: WAITING, attempts, nextAt: now() + backoff(attempts, { base, max, random }) });
                return;
            } else {
                const body = answer.body || {};
                await save({ ...item, state: REFUSED, status, message: body.message || body.error || String(status) });
            }
        }
    }

    /** Sends what waits, in order; a call while sending joins that run, so nothing goes out twice at once. */
    function flush() {
        if (!running) {
            running = drain().finally(() => { running = null; });
        }
        return running;
    }

    return {
        add,
        flush,
        recover,
        items,
        /** After signing in again: the queue goes on. */
        resume() { paused = false; return flush(); },
        get paused() { return paused; },
        /** Waiting or sending: what the screen counts as "waiting to send (n)". */
        async pending() { return (await items()).filter(i => i.state === WAITING || i.state === SENDING).length; },
        /** The earliest time a waiting item may be tried again (for the timer), or null. */
        async nextDue() {
            const due = (await items()).filter(i => i.state === WAITING).map(i => i.nextAt);
            return due.length ? Math.min(...due) : null;
        },
        /** The user removes an item (a refused one, or one they no longer want sent). */
        async remove(id) {
            const item = (await items()).find(i => i.id === id);
            if (item && item.state !== SENDING) {
                await store.remove(id);
                await changed();
            }
        },
        /** Forgets the sent items but the latest `keep`: the screen shows what went out lately. */
        async prune(keep = 20) {
            const sent = (await items()).filter(i => i.state === SENT);
            for (const item of sent.slice(0, Math.max(0, sent.length - keep))) {
                await store.remove(item.id);
            }
        }
    };
}

/** A store in memory, for the tests and when IndexedDB is not there. */
export function memoryStore() {
    const map = new Map();
    return {
        async all() { return [...map.values()].map(v => ({ ...v })); },
        async put(item) { map.set(item.id, { ...item }); },
        async remove(id) { map.delete(id); },
        async clear() { map.clear(); }
    };
}
