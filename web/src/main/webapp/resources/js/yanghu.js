/* Counts down the deadlines on a page (elements with data-deadline, an ISO-8601 instant):
   the 48-hour stop-payment window is watched by the minute. No inline script: CSP. */
(function () {
    'use strict';
    function text(ms, english) {
        if (ms <= 0) {
            return english ? 'expired' : '已过期';
        }
        var minutes = Math.floor(ms / 60000), hours = Math.floor(minutes / 60);
        minutes = minutes % 60;
        return english ? hours + ' h ' + minutes + ' min left' : '剩余 ' + hours + ' 小时 ' + minutes + ' 分';
    }
    function tick() {
        var english = (document.documentElement.lang || '').indexOf('en') === 0;
        var now = Date.now();
        document.querySelectorAll('[data-deadline]').forEach(function (el) {
            var deadline = Date.parse(el.getAttribute('data-deadline'));
            if (!isNaN(deadline)) {
                el.textContent = text(deadline - now, english);
                el.classList.toggle('yh-countdown-urgent', deadline - now < 6 * 3600 * 1000);
            }
        });
    }
    document.addEventListener('DOMContentLoaded', tick);
    setInterval(tick, 30000);
    window.addEventListener('load', function () {
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', tick); // after PrimeFaces re-renders part of the page
        }
    });
})();

/* "Use my current location" on the tip form: fills the hidden latitude/longitude fields of
   the form named in data-geolocate. Delegated, so it survives PrimeFaces re-rendering. */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-geolocate]') : null;
        if (!button) {
            return;
        }
        var form = button.getAttribute('data-geolocate');
        var status = document.getElementById('locationStatus');
        if (!navigator.geolocation) {
            if (status) { status.textContent = status.getAttribute('data-unavailable'); }
            return;
        }
        navigator.geolocation.getCurrentPosition(function (position) {
            document.getElementById(form + ':latitude').value = position.coords.latitude.toFixed(6);
            document.getElementById(form + ':longitude').value = position.coords.longitude.toFixed(6);
            if (status) { status.textContent = status.getAttribute('data-located'); }
        }, function () {
            if (status) { status.textContent = status.getAttribute('data-unavailable'); }
        }, {enableHighAccuracy: true, timeout: 10000, maximumAge: 60000});
    });
})();

/* The bell: new notifications arrive over server-sent events (/live/notifications) without a
   reload; the count follows the server's unread figure and a short notice names each one. The
   browser reconnects by itself, sending the last id it saw, and gets what it missed. */
(function () {
    'use strict';
    var source;
    function bell() {
        return document.getElementById('bellLink');
    }
    function show(n) {
        var count = document.getElementById('bellCount');
        var link = bell();
        if (count) {
            count.textContent = String(n.unread);
            count.classList.toggle('yh-bell-zero', n.unread === 0);
        }
        if (link) {
            link.setAttribute('aria-label', link.getAttribute('data-label') + ' (' + n.unread + ')');
        }
        var toasts = document.getElementById('liveToasts');
        if (!toasts) {
            return;
        }
        var toast = document.createElement('a');
        toast.className = 'yh-toast' + (n.urgent ? ' yh-toast-urgent' : '');
        toast.href = (link ? link.getAttribute('href') : 'notifications.xhtml');
        var title = document.createElement('strong');
        title.textContent = n.title;
        var text = document.createElement('span');
        text.textContent = n.text;
        toast.appendChild(title);
        toast.appendChild(text);
        toasts.appendChild(toast);
        setTimeout(function () { toast.remove(); }, n.urgent ? 30000 : 10000);
    }
    function connect() {
        var link = bell();
        if (!link || !window.EventSource || source) {
            return;
        }
        source = new EventSource(link.getAttribute('data-stream') + '&after=' + link.getAttribute('data-after'));
        source.addEventListener('notification', function (event) {
            try {
                show(JSON.parse(event.data));
            } catch (e) {
                // a malformed event changes nothing on the page
            }
        });
    }
    document.addEventListener('DOMContentLoaded', connect);
    window.addEventListener('pagehide', function () {
        if (source) {
            source.close();
            source = null;
        }
    });
})();
/* The shift planner's calendar (p:schedule extender="yanghuPlannerOptions"): weeks start on
   Monday, as a Chinese calendar's do, in either language (FullCalendar's English starts on Sunday). */
window.yanghuPlannerOptions = function () {
    'use strict';
    this.cfg.options.firstDay = 1;
};
/* A copy button (data-copy: the id of the element whose text it copies): the Clipboard API where
   the page may use it (HTTPS or localhost), else the text is selected for the phone's own copy. */
(function () {
    'use strict';
    function select(el) {
        var range = document.createRange();
        range.selectNodeContents(el);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }
    function say(button, text) {
        var status = document.getElementById('copyStatus') || button.parentNode;
        status.textContent = text;
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }
        var source = document.getElementById(button.getAttribute('data-copy'))
            || document.querySelector('[id$="' + button.getAttribute('data-copy') + '"]');
        if (!source) {
            return;
        }
        var text = source.textContent.trim();
        function fallback() {
            select(source);
            var copied = false;
            try {
                copied = document.execCommand('copy');
            } catch (e) {
                copied = false;
            }
            say(button, button.getAttribute(copied ? 'data-copied' : 'data-copy-failed'));
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () {
                say(button, button.getAttribute('data-copied'));
            }, fallback);
        } else {
            fallback();
        }
    });
})();
