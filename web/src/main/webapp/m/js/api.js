// Calls to /api/v1 with the bearer token and the app's language. The address is relative to the
// app's own (…/m/ → …/api/v1/), so the app works under any context root.
import { language } from './i18n.js';

const BASE = new URL('../api/v1/', document.baseURI);
const TOKEN = 'm.token';

/** The token kept on the device, or null when there is none or it has expired. */
export function session() {
    try {
        const kept = JSON.parse(localStorage.getItem(TOKEN));
        return kept && Date.parse(kept.expiresAt) > Date.now() ? kept : null;
    } catch (e) {
        return null;
    }
}

export function forget() {
    localStorage.removeItem(TOKEN);
}

/** One call; answers {status, body} (body parsed when JSON). Throws only when no answer came (offline, lost). */
export async function call(method, path, { body, headers = {}, raw } = {}) {
    const kept = session();
    const all = { 'Accept-Language': language(), Accept: 'application/json', ...headers };
    if (kept) {
        all.Authorization = 'Bearer ' + kept.token;
    }
    let payload;
    if (raw !== undefined) {
        payload = raw;
    } else if (body !== undefined) {
        all['Content-Type'] = 'application/json';
        payload = JSON.stringify(body);
    }
    // the global fetch, looked up at each call
    const response = await fetch(new URL(path, BASE), { method, headers: all, body: payload, cache: 'no-store' });
    const type = response.headers.get('Content-Type') || '';
    const parsed = type.includes('json') ? await response.json().catch(() => null) : null;
    return { status: response.status, body: parsed, response };
}

/** GET that must succeed; a refusal throws with the server's message. */
export async function get(path) {
    const answer = await call('GET', path);
    if (answer.status !== 200) {
        const error = new Error(answer.body?.message || String(answer.status));
        error.status = answer.status;
        throw error;
    }
    return answer.body;
}

/** Signs in; answers {ok} or {otpNeeded} or {message}. */
export async function signIn(username, password, otp) {
    const body = { username, password };
    if (otp) {
        body.otp = otp;
    }
    const answer = await call('POST', 'auth/token', { body });
    if (answer.status === 200) {
        localStorage.setItem(TOKEN, JSON.stringify({ token: answer.body.token, expiresAt: answer.body.expiresAt, username }));
        return { ok: true };
    }
    if (answer.status === 401 && answer.body?.error === 'second_factor_required') {
        return { otpNeeded: true, message: answer.body.message };
    }
    return { message: answer.body?.message || String(answer.status) };
}

export async function signOut() {
    try {
        await call('DELETE', 'auth/token');
    } catch (e) {
        // offline: the token is forgotten here all the same, and expires on its own
    }
    forget();
}

/** A queued item's request sent, with its Idempotency-Key; a tip's photo follows its tip. */
export async function sendItem(item) {
    const { method, path, body } = item.request;
    const answer = await call(method, path, { body, headers: { 'Idempotency-Key': item.id } });
    if (item.photo && (answer.status === 201 || answer.status === 200) && answer.body?.id) {
        // sending the photo again replaces it: a retry of the whole item stores one photo
        const photo = await call('PUT', 'tips/' + answer.body.id + '/photo',
            { raw: item.photo, headers: { 'Content-Type': 'image/jpeg' } });
        if (photo.status !== 200) {
            return photo;
        }
    }
    return answer;
}
