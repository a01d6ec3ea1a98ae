// The phone app's service worker (scope …/m/): keeps the app shell so the app opens with no
// network at all. Its version is the build's (Maven filters this file): a new build installs a new
// cache and drops the old one. API answers are never cached here: they carry personal data, and
// what must survive offline (the outbox) is in IndexedDB.
const VERSION = '${project.version}-${pwa.build}';
const CACHE = 'yanghu-m-' + VERSION;
const SHELL = ['./', 'index.html', 'app.css', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png',
    'icons/maskable-512.png', 'js/app.js', 'js/api.js', 'js/i18n.js', 'js/queue.js', 'js/store.js', 'js/photo.js', 'js/stream.js'];

self.addEventListener('install', event => {
    event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL.map(p => new Request(p, { cache: 'reload' }))))
        .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(keys => Promise.all(keys.filter(k => k.startsWith('yanghu-m-') && k !== CACHE).map(k => caches.delete(k))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
    const url = new URL(event.request.url);
    const scope = new URL(self.registration.scope);
    // only the shell's own files (same origin, inside the scope, GET); the API goes to the network untouched
    if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
        return;
    }
    const key = event.request.mode === 'navigate' ? './' : event.request;
    event.respondWith(caches.open(CACHE).then(cache => cache.match(key, { ignoreSearch: event.request.mode === 'navigate' })
        .then(hit => hit || fetch(event.request))));
});
