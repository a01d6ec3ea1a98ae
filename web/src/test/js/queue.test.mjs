// The phone app's outbox (web/src/main/webapp/m/js/queue.js), run by the build with `node --test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createQueue, memoryStore, backoff, WAITING, SENT, REFUSED } from '../../main/webapp/m/js/queue.js';

let counter = 0;
const ids = () => 'key-' + (++counter);

function setup(answer, extra = {}) {
    const clock = { t: 1_000_000 };
    const calls = [];
    const store = memoryStore();
    const queue = createQueue({
        store, now: () => clock.t, random: () => 0.5, newId: ids, base: 1000, max: 8000,
        send: async item => { calls.push(item.id); return answer(item, calls.length); }, ...extra
    });
    return { queue, calls, clock, store };
}

const tip = n => ({ kind: 'tip', label: 'tip ' + n, request: { method: 'POST', path: 'tips', body: { n } } });

test('items go out in the order they were made', async () => {
    const { queue, calls } = setup(() => ({ status: 201, body: {} }));
    const a = await queue.add(tip(1));
    const b = await queue.add(tip(2));
    const c = await queue.add(tip(3));
    assert.equal(await queue.pending(), 3);
    await queue.flush();
    assert.deepEqual(calls, [a.id, b.id, c.id]);
    assert.equal(await queue.pending(), 0);
    assert.ok((await queue.items()).every(i => i.state === SENT));
});

test('the key and the device time are made when the item is added, and kept on every retry', async () => {
    const { queue, calls, clock } = setup((item, n) => (n === 1 ? { status: 503 } : { status: 201 }));
    const item = await queue.add(tip(1));
    assert.equal(item.deviceTime, new Date(1_000_000).toISOString());
    await queue.flush();
    clock.t += 60_000;
    await queue.flush();
    assert.deepEqual(calls, [item.id, item.id]);
    assert.equal((await queue.items())[0].deviceTime, item.deviceTime);
});

test('a network failure or a 5xx waits out a growing back-off with jitter, and holds back the items after it', async () => {
    let fail = 3;
    const { queue, calls, clock } = setup(() => {
        if (fail-- > 0) {
            throw new TypeError('Failed to fetch');
        }
        return { status: 201 };
    });
    const a = await queue.add(tip(1));
    await queue.add(tip(2));
    await queue.flush();
    let [first] = await queue.items();
    assert.equal(first.state, WAITING);
    assert.equal(first.attempts, 1);
    assert.equal(first.nextAt - clock.t, 750); // half of 1 s plus the jitter's half of the other half
    await queue.flush(); // too early: nothing is sent
    assert.equal(calls.length, 1);
    clock.t = first.nextAt;
    await queue.flush();
    [first] = await queue.items();
    assert.equal(first.nextAt - clock.t, 1500);
    clock.t = first.nextAt;
    await queue.flush();
    [first] = await queue.items();
    assert.equal(first.nextAt - clock.t, 3000);
    clock.t = first.nextAt;
    await queue.flush();
    assert.deepEqual(calls.slice(0, 4), [a.id, a.id, a.id, a.id]);
    assert.equal(calls.length, 5);
    assert.equal(await queue.pending(), 0);
});

test('the back-off stops growing at its ceiling and its jitter stays in the upper half', () => {
    for (let attempt = 1; attempt < 20; attempt++) {
        for (const r of [0, 0.3, 0.999]) {
            const d = backoff(attempt, { base: 1000, max: 60000, random: () => r });
            const ceiling = Math.min(60000, 1000 * 2 ** (attempt - 1));
            assert.ok(d >= ceiling / 2 && d <= ceiling, `attempt ${attempt}: ${d}`);
        }
    }
});

test('a flush while another runs joins it: an item is never sent twice at once', async () => {
    let release;
    const gate = new Promise(r => { release = r; });
    const { queue, calls } = setup(async () => { await gate; return { status: 201 }; });
    await queue.add(tip(1));
    const one = queue.flush();
    const two = queue.flush();
    const three = queue.flush();
    assert.equal(one, two);
    assert.equal(two, three);
    release();
    await Promise.all([one, two, three]);
    assert.equal(calls.length, 1);
    await queue.flush(); // sent: not again
    assert.equal(calls.length, 1);
});

test('a 200 replay (the answer to the first send was lost) counts as sent', async () => {
    const { queue, calls, clock } = setup((item, n) => {
        if (n === 1) {
            throw new TypeError('network changed'); // stored by the server, answer lost on the way
        }
        return { status: 200, body: { id: 7, created: false } };
    });
    const item = await queue.add(tip(1));
    await queue.flush();
    clock.t += 120_000;
    await queue.flush();
    const [after] = await queue.items();
    assert.deepEqual(calls, [item.id, item.id]);
    assert.equal(after.state, SENT);
    assert.deepEqual(after.result, { id: 7, created: false });
});

test('an item left "sending" when the app closed is sent again with the same key', async () => {
    const { queue, calls, store } = setup(() => ({ status: 200 }));
    const item = await queue.add(tip(1));
    await store.put({ ...item, state: 'sending' });
    await queue.recover();
    await queue.flush();
    assert.deepEqual(calls, [item.id]);
    assert.equal((await queue.items())[0].state, SENT);
});

test('a 401 pauses the queue and asks for a sign-in; after it the queue goes on', async () => {
    let signedIn = false;
    let asked = 0;
    const { queue, calls } = setup(() => (signedIn ? { status: 201 } : { status: 401, body: { error: 'unauthorized' } }),
        { onAuthNeeded: () => { asked++; } });
    await queue.add(tip(1));
    await queue.add(tip(2));
    await queue.flush();
    assert.equal(asked, 1);
    assert.ok(queue.paused);
    assert.equal(calls.length, 1);
    assert.equal(await queue.pending(), 2);
    await queue.flush(); // still paused: nothing goes out
    assert.equal(calls.length, 1);
    signedIn = true;
    await queue.resume();
    assert.equal(await queue.pending(), 0);
    assert.equal(calls.length, 3);
});

test('a 4xx refusal is kept with the server\'s message, the items after it still go, and the user may remove it', async () => {
    const { queue } = setup(item => (item.kind === 'check-in'
        ? { status: 409, body: { error: 'conflict', message: '签到时间不在签到窗口内' } } : { status: 201 }));
    const refused = await queue.add({ kind: 'check-in', label: 'check-in', request: { method: 'POST', path: 'shifts/1/check-in' } });
    await queue.add(tip(2));
    await queue.flush();
    let [first, second] = await queue.items();
    assert.equal(first.state, REFUSED);
    assert.equal(first.status, 409);
    assert.equal(first.message, '签到时间不在签到窗口内');
    assert.equal(second.state, SENT);
    await queue.flush(); // a refusal is not sent again
    [first] = await queue.items();
    assert.equal(first.state, REFUSED);
    await queue.remove(refused.id);
    assert.equal((await queue.items()).length, 1);
});

test('pruning keeps the latest sent items and everything not sent', async () => {
    const { queue } = setup(item => (item.request.body.n === 3 ? { status: 400, body: { message: 'bad' } } : { status: 201 }));
    for (let n = 1; n <= 6; n++) {
        await queue.add(tip(n));
    }
    await queue.flush();
    await queue.prune(2);
    const left = (await queue.items()).map(i => i.request.body.n);
    assert.deepEqual(left, [3, 5, 6]);
});
