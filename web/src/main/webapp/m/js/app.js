// The volunteers' phone app: screens, the outbox on screen, and when it sends.
import { t, time, language, setLanguage } from './i18n.js';
import { call, get, session, forget, signIn, signOut, sendItem } from './api.js';
import { createQueue, WAITING, SENDING, SENT, REFUSED } from './queue.js';
import { openStore } from './store.js';
import { compress } from './photo.js';
import { NoticeStream } from './stream.js';

const view = document.getElementById('view');
const SHIFTS = 'm.shifts';
const SCREENS = ['today', 'tip', 'tips', 'shifts', 'log', 'points', 'notices', 'queue'];
let queue;
let items = [];
let stream;

/** Builds an element: h('button#id.m-big', {onclick}, 'text', child…). */
function h(tag, props = {}, ...children) {
    if (props === null || typeof props !== 'object' || props instanceof Node || Array.isArray(props)) {
        children.unshift(props); // no properties: the second argument is already a child
        props = {};
    }
    const el = document.createElement(tag.match(/^[a-z0-9]+/)[0]);
    const id = tag.match(/#([\w-]+)/);
    if (id) {
        el.id = id[1];
    }
    const classes = [...tag.matchAll(/\.([\w-]+)/g)].map(m => m[1]);
    if (classes.length) {
        el.className = classes.join(' ');
    }
    for (const [k, v] of Object.entries(props || {})) {
        if (k.startsWith('on')) {
            el.addEventListener(k.slice(2), v);
        } else if (k === 'dataset') {
            Object.assign(el.dataset, v);
        } else if (v !== undefined && v !== null && v !== false) {
            el.setAttribute(k, v === true ? '' : v);
        }
    }
    for (const c of children.flat()) {
        if (c !== null && c !== undefined && c !== false) {
            el.append(c instanceof Node ? c : document.createTextNode(String(c)));
        }
    }
    return el;
}

/** Now as ISO-8601 with the phone's offset (2026-12-06T19:40:12+08:00): what the person saw on their clock. */
export function deviceNow(date = new Date()) {
    const pad = n => String(Math.abs(n)).padStart(2, '0');
    const offset = -date.getTimezoneOffset();
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T' + pad(date.getHours()) + ':'
        + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) + (offset >= 0 ? '+' : '-') + pad(Math.trunc(offset / 60)) + ':'
        + pad(offset % 60);
}

/** The phone's position, or null: no fix within the time, no permission or no GPS never hold a send back. */
function position(timeout = 6000) {
    return new Promise(resolve => {
        if (!navigator.geolocation) {
            resolve(null);
            return;
        }
        const timer = setTimeout(() => resolve(null), timeout + 500);
        navigator.geolocation.getCurrentPosition(p => {
            clearTimeout(timer);
            resolve({ latitude: +p.coords.latitude.toFixed(6), longitude: +p.coords.longitude.toFixed(6),
                accuracy: Math.min(10000, Math.round(p.coords.accuracy)) });
        }, () => { clearTimeout(timer); resolve(null); }, { enableHighAccuracy: true, timeout, maximumAge: 60000 });
    });
}

function notice(text, kind = 'info') {
    const box = document.getElementById('notice');
    box.textContent = text;
    box.className = 'm-notice m-notice-' + kind;
    box.hidden = !text;
}

// ---------------------------------------------------------------- the outbox

const KIND = { help: 'kindHelp', tip: 'kindTip', 'check-in': 'kindCheckIn', 'check-out': 'kindCheckOut', log: 'kindLog', signup: 'kindSignUp',
    cancel: 'kindCancel' };
const STATE = { [WAITING]: 'stateWaiting', [SENDING]: 'stateSending', [SENT]: 'stateSent', [REFUSED]: 'stateRefused' };

function showCount() {
    const pending = items.filter(i => i.state === WAITING || i.state === SENDING).length;
    const count = document.getElementById('queue-count');
    count.textContent = pending ? t('waiting', pending) : t('allSent');
    count.dataset.pending = pending;
    count.classList.toggle('m-pending', pending > 0);
}

function itemRow(item) {
    return h('li.m-item', { dataset: { state: item.state, kind: item.kind, key: item.id } },
        h('div.m-item-head', h('strong', t(KIND[item.kind] || 'queue')), h('span.m-state.m-state-' + item.state, t(STATE[item.state]))),
        h('div.m-muted', item.label + ' · ' + time(item.deviceTime)),
        item.result?.mine?.sentLate ? h('div.m-muted', t('sentLate')) : null,
        item.state === REFUSED ? h('div.m-refusal', item.message) : null,
        item.state === REFUSED || item.state === WAITING
            ? h('button.m-link', { type: 'button', onclick: () => queue.remove(item.id) }, t('remove')) : null);
}

function outboxList(filter = () => true) {
    const list = h('ul.m-list.m-outbox');
    list.filter = filter; // redrawn in place when the queue changes (a form being filled in stays as it is)
    fillOutbox(list);
    return list;
}

function fillOutbox(list) {
    const shown = items.filter(list.filter);
    list.replaceChildren(...shown.slice().reverse().map(itemRow));
    list.hidden = !shown.length;
}

/** Sends now if online; a timer comes back for items waiting out their back-off. */
let timer;
async function kick() {
    if (!navigator.onLine || !session()) {
        return;
    }
    await queue.flush();
    await queue.prune(20);
    clearTimeout(timer);
    const due = await queue.nextDue();
    if (due !== null) {
        timer = setTimeout(kick, Math.max(500, due - Date.now()));
    }
}

// ---------------------------------------------------------------- screens

async function loadShifts() {
    try {
        const shifts = await get('shifts?queue=upcoming');
        // kept for the queue: a check-in made offline needs its shift (id, times), nothing more personal
        localStorage.setItem(SHIFTS, JSON.stringify(shifts.map(s => ({ id: s.id, area: s.area, groupName: s.groupName,
            startsAt: s.startsAt, endsAt: s.endsAt, cancelled: s.cancelled,
            mine: s.mine && { active: s.mine.active, checkedInAt: s.mine.checkedInAt, checkedOutAt: s.mine.checkedOutAt } }))));
    } catch (e) {
        // offline: the shifts kept from the last time
    }
    try {
        return JSON.parse(localStorage.getItem(SHIFTS)) || [];
    } catch (e) {
        return [];
    }
}

function queuedFor(kind, shiftId) {
    return items.find(i => i.kind === kind && i.shiftId === shiftId && i.state !== REFUSED);
}

async function shiftStep(shift, kind) {
    const deviceTime = deviceNow();
    const path = 'shifts/' + shift.id + '/' + kind;
    let body = { deviceTime };
    if (kind === 'check-in') {
        notice(t('locating'));
        const fix = await position();
        body = fix ? { ...fix, deviceTime } : { deviceTime };
        notice(fix ? '' : t('noFix'));
    }
    await queue.add({ kind, label: shift.area, request: { method: 'POST', path, body }, deviceTime, shiftId: shift.id });
    route();
    kick();
}

function shiftCard(shift, full) {
    const now = Date.now();
    const opens = Date.parse(shift.startsAt) - 30 * 60000;
    const ends = Date.parse(shift.endsAt);
    const mine = shift.mine || {};
    const checkIn = queuedFor('check-in', shift.id);
    const checkOut = queuedFor('check-out', shift.id);
    const card = h('section.m-card', { dataset: { shift: shift.id } },
        h('h3', shift.area),
        h('p.m-muted', (shift.groupName || '') + ' · ' + time(shift.startsAt) + '–' + time(shift.endsAt, false)));
    if (shift.cancelled) {
        card.append(h('p.m-refusal', t('cancelled')));
        return card;
    }
    if (mine.active) {
        card.append(h('p.m-ok', t('signedUp')));
    }
    if (mine.active && !mine.checkedInAt && !checkIn) {
        if (now >= opens && now <= ends) {
            card.append(h('button.m-big.m-primary.m-check-in', { type: 'button', onclick: () => shiftStep(shift, 'check-in') },
                t('checkIn')));
        } else if (now < opens) {
            card.append(h('button.m-big.m-check-in-later', { type: 'button', disabled: true },
                t('checkInOpensAt', time(new Date(opens).toISOString(), false))));
        }
    } else if ((mine.checkedInAt || checkIn) && !mine.checkedOutAt && !checkOut) {
        card.append(h('p.m-ok', t('checkedIn') + (mine.checkedInAt ? ' ' + time(mine.checkedInAt, false) : '')),
            h('button.m-big.m-check-out', { type: 'button', onclick: () => shiftStep(shift, 'check-out') }, t('checkOut')));
    } else if (mine.checkedOutAt || checkOut) {
        card.append(h('p.m-ok', t('checkedOut')));
    }
    if (full) {
        const signUp = queuedFor('signup', shift.id) || queuedFor('cancel', shift.id);
        if (!signUp && !mine.checkedInAt && now < Date.parse(shift.startsAt)) {
            const kind = mine.active ? 'cancel' : 'signup';
            card.append(h('button.m-big' + (mine.active ? '.m-cancel' : '.m-primary.m-sign-up'), {
                type: 'button', onclick: async () => {
                    await queue.add({ kind, label: shift.area,
                        request: { method: kind === 'signup' ? 'PUT' : 'DELETE', path: 'shifts/' + shift.id + '/signup' },
                        shiftId: shift.id });
                    route();
                    kick();
                }
            }, t(mine.active ? 'cancelSignUp' : 'signUp')));
        }
    }
    const related = outboxList(i => i.shiftId === shift.id && i.state !== SENT);
    if (related) {
        card.append(related);
    }
    return card;
}

const screens = {
    async today() {
        const shifts = (await loadShifts()).filter(s => Date.parse(s.endsAt) > Date.now() - 4 * 3600000);
        const next = shifts.find(s => !s.cancelled && !(s.mine && s.mine.checkedOutAt)) || shifts[0];
        return [await helpRequests(), h('h2', t('nextShift')), next ? shiftCard(next, false) : h('p.m-muted.m-empty', t('noShift')),
            h('a.m-big.m-primary.m-block', { href: '#tip' }, t('tip'))];
    },

    async tip() {
        let category = null;
        let photo = null;
        const cards = Object.keys(KIND_CATEGORY).map(code => h('button.m-category', {
            type: 'button', 'aria-pressed': 'false', dataset: { category: code }, onclick: e => {
                category = code;
                for (const b of cards) {
                    b.setAttribute('aria-pressed', String(b === e.currentTarget));
                }
            }
        }, h('span.m-category-icon', { 'aria-hidden': 'true' }, KIND_CATEGORY[code]), t(code)));
        const place = h('input#tip-place', { name: 'place', maxlength: 200, autocomplete: 'off' });
        const description = h('textarea#tip-description', { name: 'description', maxlength: 2000, rows: 4 });
        const usePosition = h('input#tip-position', { type: 'checkbox', checked: true });
        const preview = h('img.m-preview', { alt: '', hidden: true });
        const file = h('input#tip-photo', { type: 'file', accept: 'image/*', capture: 'environment', onchange: async () => {
            photo = file.files[0] ? await compress(file.files[0]) : null;
            if (photo && photo.size > 1024 * 1024) {
                notice(t('photoTooBig'), 'error');
                photo = null;
            }
            preview.hidden = !photo;
            if (photo) {
                preview.src = URL.createObjectURL(photo);
            }
        } });
        const form = h('form.m-form', { novalidate: true, onsubmit: async e => {
            e.preventDefault();
            const missing = !category ? 'category' : !place.value.trim() ? 'place' : !description.value.trim() ? 'description' : null;
            if (missing) {
                notice(t('required', t(missing)), 'error');
                return;
            }
            const occurredAt = deviceNow(); // time = now: when the person tapped "send"
            const body = { category, occurredAt, place: place.value.trim(), description: description.value.trim() };
            if (usePosition.checked) {
                notice(t('locating'));
                const fix = await position();
                if (fix) {
                    body.latitude = fix.latitude;
                    body.longitude = fix.longitude;
                }
            }
            // the photo (a Blob) waits in IndexedDB with its tip
            await queue.add({ kind: 'tip', label: t(category) + ' · ' + body.place, request: { method: 'POST', path: 'tips', body },
                deviceTime: occurredAt, photo });
            notice(navigator.onLine ? '' : t('queued'), 'ok');
            route();
            kick();
        } },
        h('fieldset.m-categories', {}, h('legend', t('category')), cards),
        h('label', { for: 'tip-place' }, t('place')), place,
        h('label', { for: 'tip-description' }, t('description')), description,
        h('label.m-check', {}, usePosition, t('usePosition')),
        h('label', { for: 'tip-photo' }, t('photo')), file, preview,
        h('button#tip-send.m-big.m-primary', { type: 'submit' }, t('send')));
        return [h('h2', t('tip')), form, outboxList(i => i.kind === 'tip' && i.state !== SENT)];
    },

    async tips() {
        const page = await get('tips/mine?size=50');
        const rows = page.rows || page.items || page.content || [];
        return [h('h2', t('tips')), outboxList(i => i.kind === 'tip'), rows.length ? h('ul.m-list', {}, rows.map(r =>
            h('li.m-item', { dataset: { tip: r.id } },
                h('div.m-item-head', h('strong', t(r.category)), h('span.m-state.m-status-' + r.status, t(r.status))),
                h('div', r.place), h('div.m-muted', time(r.occurredAt) + ' · ' + r.trackingCode),
                r.feedback ? h('div.m-feedback', t('feedback') + '：' + r.feedback) : null)))
            : h('p.m-muted.m-empty', t('noTips'))];
    },

    async shifts() {
        let list;
        try {
            list = await get('shifts');
        } catch (e) {
            list = await loadShifts();
        }
        list = list.filter(s => Date.parse(s.endsAt) > Date.now() - 4 * 3600000);
        return [h('h2', t('shifts')), list.length ? list.map(s => shiftCard(s, true)) : h('p.m-muted.m-empty', t('noShift'))];
    },

    async log() {
        const shifts = (await loadShifts()).filter(s => s.mine && (s.mine.checkedInAt || queuedFor('check-in', s.id)));
        const shift = shifts.at(-1);
        if (!shift) {
            return [h('h2', t('log')), h('p.m-muted.m-empty', t('noCheckedIn'))];
        }
        const routeNotes = h('textarea#log-route', { maxlength: 2000, rows: 3 });
        const findings = h('textarea#log-findings', { maxlength: 2000, rows: 4 });
        return [h('h2', t('log')), h('p', shift.area + ' · ' + time(shift.startsAt)), h('form.m-form', { onsubmit: async e => {
            e.preventDefault();
            await queue.add({ kind: 'log', label: shift.area, request: { method: 'PUT', path: 'shifts/' + shift.id + '/log',
                body: { routeNotes: routeNotes.value, findings: findings.value } }, shiftId: shift.id });
            notice(navigator.onLine ? '' : t('queued'), 'ok');
            kick();
        } }, h('label', { for: 'log-route' }, t('route')), routeNotes, h('label', { for: 'log-findings' }, t('findings')), findings,
        h('button.m-big.m-primary', { type: 'submit' }, t('save'))), outboxList(i => i.kind === 'log')];
    },

    async points() {
        const mine = await get('points/mine');
        const download = h('button.m-big', { type: 'button', onclick: async () => {
            const answer = await call('GET', 'points/mine/certificate', { headers: { Accept: 'application/pdf' } });
            if (answer.status === 200) {
                const link = h('a', { href: URL.createObjectURL(await answer.response.blob()), download: 'certificate.pdf' });
                link.click();
            } else {
                notice(answer.body?.message || String(answer.status), 'error');
            }
        } }, t('certificate'));
        return [h('h2', t('points')), h('p.m-total', {}, t('total') + ' ', h('strong#points-total', String(mine.total))), download,
            mine.awards.length ? h('ul.m-list', {}, mine.awards.map(a => h('li.m-item',
                h('div.m-item-head', h('span', a.reason), h('strong', '+' + a.points)), h('div.m-muted', time(a.awardedAt)))))
                : h('p.m-muted.m-empty', t('noAwards'))];
    },

    async notices() {
        const page = await get('notifications?size=30');
        const list = h('ul.m-list#notice-list', {}, page.rows.map(noticeRow));
        stream?.onNotice(row => list.prepend(noticeRow(row)));
        return [h('h2', t('notices')), h('p.m-muted#live', stream?.live ? t('live') : t('notLive')),
            page.rows.length ? list : [h('p.m-muted.m-empty', t('noNotices')), list]];
    },

    async queue() {
        return [h('h2', t('queue')), items.length ? outboxList() : h('p.m-muted.m-empty', t('allSent'))];
    }
};

/** The open calls for door-to-door help (上门劝阻) the person was asked to answer: online only, nothing kept. */
async function helpRequests() {
    if (!navigator.onLine) {
        return null;
    }
    try {
        const unread = await get('notifications?unread=true&size=20');
        const leads = [...new Set(unread.rows.filter(n => n.kind === 'LEAD_HELP_REQUESTED')
            .map(n => /lead=(\d+)/.exec(n.link || '')?.[1]).filter(Boolean))];
        const requests = (await Promise.all(leads.map(id => get('warning-leads/' + id + '/help-request').catch(() => null))))
            .filter(r => r && r.open);
        if (!requests.length) {
            return null;
        }
        return h('section.m-help', {}, h('h2', t('help')), requests.map(r => h('div.m-card.m-urgent', { dataset: { lead: r.leadId } },
            h('h3', (language() === 'en' ? r.communityEn : r.communityZh) || ''),
            h('p', [r.address, r.person].filter(Boolean).join(' · ')),
            h('p.m-muted', t('deadline') + ' ' + time(r.deadline) + (r.answer ? ' · ' + t('help' + r.answer) : '')),
            ['GOING', 'DISSUADED', 'NOBODY_HOME'].map(answer => h('button.m-big' + (answer === 'GOING' ? '.m-primary' : ''), {
                type: 'button', onclick: async () => {
                    await queue.add({ kind: 'help', label: r.communityZh || String(r.leadId),
                        request: { method: 'POST', path: 'warning-leads/' + r.leadId + '/help', body: { answer } } });
                    kick();
                }
            }, t('help' + answer))))));
    } catch (e) {
        return null;
    }
}

const KIND_CATEGORY = { SUSPICIOUS_PERSON: '👤', SUSPICIOUS_VEHICLE: '🚗', SAFETY_HAZARD: '⚠', DISPUTE: '💬', FRAUD_LEAD: '📞',
    OTHER: '…' };

function noticeRow(n) {
    return h('li.m-item' + (n.urgent ? '.m-urgent' : ''), { dataset: { notice: n.id } }, h('strong', n.title), h('div', n.text),
        h('div.m-muted', time(n.createdAt)));
}

// ---------------------------------------------------------------- frame

function signInScreen(message) {
    const username = h('input#signin-username', { autocomplete: 'username', autocapitalize: 'none', required: true });
    const password = h('input#signin-password', { type: 'password', autocomplete: 'current-password', required: true });
    const otp = h('input#signin-otp', { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 11 });
    const otpRow = h('div', { hidden: true }, h('label', { for: 'signin-otp' }, t('otp')), otp);
    const kept = localStorage.getItem('m.user');
    if (kept) {
        username.value = kept;
    }
    const form = h('form.m-form#signin', { onsubmit: async e => {
        e.preventDefault();
        try {
            const result = await signIn(username.value.trim(), password.value, otpRow.hidden ? null : otp.value.trim());
            if (result.ok) {
                localStorage.setItem('m.user', username.value.trim());
                notice('');
                start();
                queue.resume(); // what waited for the sign-in goes now
            } else if (result.otpNeeded) {
                otpRow.hidden = false;
                notice(t('otpNeeded'));
                otp.focus();
            } else {
                notice(t('signInFailed', result.message), 'error');
            }
        } catch (err) {
            notice(t('needsNetwork'), 'error');
        }
    } }, h('label', { for: 'signin-username' }, t('username')), username, h('label', { for: 'signin-password' }, t('password')),
    password, otpRow, h('button#signin-submit.m-big.m-primary', { type: 'submit' }, t('signIn')));
    document.body.classList.add('m-signed-out');
    view.replaceChildren(h('h2', t('signIn')), form, outboxList(i => i.state !== SENT));
    view.dataset.screen = 'signin';
    if (message) {
        notice(message, 'error');
    }
}

function frameTexts() {
    document.title = t('app');
    document.getElementById('app-title').textContent = t('app');
    document.getElementById('lang').textContent = t('language');
    for (const a of document.querySelectorAll('nav a[data-screen]')) {
        a.querySelector('span').textContent = t(a.dataset.screen);
    }
    document.getElementById('sign-out').textContent = t('signOut');
    const online = document.getElementById('online');
    online.textContent = navigator.onLine ? t('online') : t('offline');
    online.classList.toggle('m-offline', !navigator.onLine);
    showCount();
}

let routing = 0;
async function route() {
    frameTexts();
    if (!session()) {
        signInScreen();
        return;
    }
    document.body.classList.remove('m-signed-out');
    const name = SCREENS.includes(location.hash.slice(1)) ? location.hash.slice(1) : 'today';
    for (const a of document.querySelectorAll('nav a[data-screen]')) {
        a.toggleAttribute('aria-current', a.dataset.screen === name);
        if (a.dataset.screen === name) {
            a.setAttribute('aria-current', 'page');
        }
    }
    const mine = ++routing;
    let content;
    try {
        content = await screens[name]();
    } catch (e) {
        content = [h('h2', t(name)), h('p.m-muted.m-empty', navigator.onLine ? t('loadFailed', e.message) : t('needsNetwork'))];
        if (e.status === 401) {
            forget();
            signInScreen(t('signInAgain'));
            return;
        }
    }
    if (mine === routing) {
        view.replaceChildren(...[content].flat().filter(Boolean));
        view.dataset.screen = name;
    }
}

let store;
async function start() {
    route();
    if (session()) {
        stream?.stop();
        stream = new NoticeStream(() => session()?.token, language);
        stream.onLiveChange = () => {
            const live = document.getElementById('live');
            if (live) {
                live.textContent = stream.live ? t('live') : t('notLive');
            }
        };
        if (navigator.onLine) {
            stream.start();
        }
    }
    kick();
}

async function main() {
    setLanguage(language());
    store = await openStore();
    queue = createQueue({
        store, send: sendItem,
        onChange: list => {
            items = list;
            showCount();
            for (const outbox of view.querySelectorAll('.m-outbox')) {
                fillOutbox(outbox);
            }
        },
        onAuthNeeded: () => {
            forget();
            stream?.stop();
            signInScreen(t('signInAgain'));
        }
    });
    await queue.recover();
    items = await queue.items();
    document.getElementById('lang').addEventListener('click', () => {
        setLanguage(language() === 'en' ? 'zh-CN' : 'en');
        route();
    });
    document.getElementById('sign-out').addEventListener('click', async () => {
        stream?.stop();
        await signOut();
        localStorage.removeItem(SHIFTS);
        route();
    });
    addEventListener('hashchange', route);
    addEventListener('online', () => { frameTexts(); kick(); stream?.start(); });
    addEventListener('offline', () => { frameTexts(); stream?.stop(); });
    setInterval(kick, 30000);
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {});
    }
    // for the browser test and a person debugging on a phone: the queue as it stands
    window.yanghuQueue = queue;
    start();
}

main();
