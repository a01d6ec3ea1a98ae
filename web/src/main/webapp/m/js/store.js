// The queue's IndexedDB store: one object store of items by id. It survives closing the app and
// restarting the phone; a browser without IndexedDB keeps the queue in memory.
import { memoryStore } from './queue.js';

function request(r) {
    return new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
    });
}

export async function openStore(name = 'yanghu-m') {
    if (!('indexedDB' in self)) {
        return memoryStore();
    }
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox', { keyPath: 'id' });
    const db = await request(open);
    const tx = mode => db.transaction('outbox', mode).objectStore('outbox');
    return {
        all: () => request(tx('readonly').getAll()),
        put: item => request(tx('readwrite').put(item)),
        remove: id => request(tx('readwrite').delete(id)),
        clear: () => request(tx('readwrite').clear())
    };
}
