// The notifications' event stream (GET /api/v1/notifications/stream) read with fetch: EventSource
// cannot send the bearer token. Reconnects with a growing back-off, only while online, resuming
// after the last event's id (Last-Event-ID).
import { backoff } from './queue.js';

const URL_STREAM = new URL('../api/v1/notifications/stream', document.baseURI);

export class NoticeStream {
    constructor(token, language) {
        this.token = token;
        this.language = language;
        this.listeners = [];
        this.live = false;
        this.lastId = null;
        this.attempt = 0;
        this.onLiveChange = () => {};
    }

    onNotice(listener) {
        this.listeners = [listener]; // the screen shown now
    }

    setLive(live) {
        this.live = live;
        this.onLiveChange();
    }

    start() {
        if (this.controller || !navigator.onLine || !this.token()) {
            return;
        }
        this.controller = new AbortController();
        this.run(this.controller).catch(() => {}).finally(() => {
            const stopped = this.controller === null;
            this.controller = null;
            this.setLive(false);
            if (!stopped && navigator.onLine && this.token()) {
                this.attempt++;
                this.timer = setTimeout(() => this.start(), backoff(this.attempt, { base: 2000, max: 120000 }));
            }
        });
    }

    stop() {
        clearTimeout(this.timer);
        const controller = this.controller;
        this.controller = null;
        controller?.abort();
        this.setLive(false);
    }

    async run(controller) {
        const headers = { Authorization: 'Bearer ' + this.token(), Accept: 'text/event-stream', 'Accept-Language': this.language() };
        if (this.lastId) {
            headers['Last-Event-ID'] = this.lastId;
        }
        const response = await fetch(URL_STREAM, { headers, signal: controller.signal, cache: 'no-store' });
        if (response.status !== 200) {
            if (response.status === 401) {
                this.controller = null; // no point retrying with this token
            }
            return;
        }
        this.attempt = 0;
        this.setLive(true);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
            const { value, done } = await reader.read();
            if (done) {
                return;
            }
            buffer += value;
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
                this.event(buffer.slice(0, end));
                buffer = buffer.slice(end + 2);
            }
        }
    }

    event(block) {
        let data = '';
        for (const line of block.split('\n')) {
            if (line.startsWith('id:')) {
                this.lastId = line.slice(3).trim();
            } else if (line.startsWith('data:')) {
                data += line.slice(5).trim();
            }
        }
        if (data) {
            try {
                const row = JSON.parse(data);
                this.listeners.forEach(l => l(row));
            } catch (e) {
                // a line that is not JSON: not ours to show
            }
        }
    }
}
