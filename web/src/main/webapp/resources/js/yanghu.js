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
            // the tip form's small map moves its pin (tip-map.js)
            document.getElementById(form + ':latitude').dispatchEvent(new Event('change', {bubbles: true}));
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

/* Names for what screen readers would otherwise announce as "ui-button" or not at all: the
   date pickers' calendar buttons (the words come from the page's data-pick-date), icon-only
   buttons that carry a title, the messages' close links. Run for the page and for every part
   PrimeFaces adds later (Ajax updates, dialogs, widgets drawn after load). */
(function () {
    'use strict';
    function name(root) {
        var html = document.documentElement;
        root.querySelectorAll('.ui-datepicker-trigger:not([aria-label])').forEach(function (b) {
            var label = html.getAttribute('data-pick-date');
            b.setAttribute('aria-label', label);
            b.setAttribute('title', label);
        });
        root.querySelectorAll('button.ui-button-icon-only:not([aria-label])[title]').forEach(function (b) {
            b.setAttribute('aria-label', b.getAttribute('title'));
        });
        // a skinned file chooser is reached through its button; the hidden input it hides stays out of the tab order
        root.querySelectorAll('input[type=file][aria-hidden="true"]:not([tabindex])').forEach(function (i) {
            i.setAttribute('tabindex', '-1');
        });
        // a chart's canvas is announced as an image: it takes its figure's caption as its name
        // (the figures themselves are in the caption or the table beside it)
        root.querySelectorAll('figure.yh-chart canvas[role="img"]:not([aria-label])').forEach(function (c) {
            var text = c.closest('figure').querySelector('figcaption, caption');
            if (text) {
                c.setAttribute('aria-label', text.textContent.trim());
            }
        });
        root.querySelectorAll('.ui-messages-close:not([aria-label])').forEach(function (a) {
            a.setAttribute('aria-label', html.getAttribute('data-close'));
            a.setAttribute('role', 'button');
        });
    }
    var pending = false;
    function later() {
        if (!pending) {
            pending = true;
            setTimeout(function () { pending = false; name(document); }, 0);
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        name(document);
        new MutationObserver(later).observe(document.body, {childList: true, subtree: true});
    });
})();

/* The phone's menu button: opens and closes the main menu below the one-row top bar, says so
   through aria-expanded, and Escape closes it and gives the focus back to the button; with the
   menu closed, Escape closes the dialog in front (keyboard users need no mouse for either). */
(function () {
    'use strict';
    function toggle(button, open) {
        var bar = button.closest('.yh-topbar');
        bar.classList.toggle('yh-nav-open', open);
        button.setAttribute('aria-expanded', String(open));
        if (open) {
            var first = bar.querySelector('.yh-nav a, .yh-nav [tabindex]');
            if (first) { first.focus(); }
        }
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.yh-menu-toggle') : null;
        if (button) {
            toggle(button, button.getAttribute('aria-expanded') !== 'true');
        }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        var button = document.querySelector('.yh-menu-toggle[aria-expanded="true"]');
        if (button) {
            toggle(button, false);
            button.focus();
        }
    });
    // Escape also closes the dialog in front, as its close button does; not while a list or
    // calendar inside it is open (Escape closes that first). Capture: seen before the widgets'
    // own handlers change their state.
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape' || document.querySelector('.yh-menu-toggle[aria-expanded="true"]')
                || !(window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog)) {
            return;
        }
        var open = Object.keys(PrimeFaces.widgets).map(function (k) { return PrimeFaces.widgets[k]; })
            .filter(function (w) { return w instanceof PrimeFaces.widget.Dialog && w.isVisible(); });
        if (!open.length) {
            return;
        }
        var front = open[open.length - 1];
        if (front.jq && front.jq[0] && front.jq[0].querySelector('[aria-expanded="true"]')) {
            return;
        }
        front.hide();
    }, true);
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

/* Check-in with a position: a click on a check-in button (.yh-check-in) first asks the browser
   where the phone is (8 s at most), writes it into the form's hidden checkInLatitude,
   checkInLongitude and checkInAccuracy fields and then lets the click through; without a fix
   (refused, no signal, too slow) the fields stay empty and the check-in goes ahead without one.
   Capture phase on the document, so it runs before PrimeFaces' own handler of the button. */
(function () {
    'use strict';
    function field(form, name) {
        return document.getElementById(form.id + ':' + name);
    }
    function fill(form, coords) {
        var lat = field(form, 'checkInLatitude'), lon = field(form, 'checkInLongitude'), acc = field(form, 'checkInAccuracy');
        if (lat && lon && acc) {
            lat.value = coords ? coords.latitude.toFixed(6) : '';
            lon.value = coords ? coords.longitude.toFixed(6) : '';
            acc.value = coords && coords.accuracy != null ? Math.round(coords.accuracy) : '';
        }
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.yh-check-in') : null;
        var form = button ? button.closest('form') : null;
        if (!button || !form || !field(form, 'checkInLatitude')) {
            return;
        }
        if (button.getAttribute('data-located') === '1') {
            button.removeAttribute('data-located');
            return; // the second, real click
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        if (button.getAttribute('data-locating') === '1') {
            return;
        }
        button.setAttribute('data-locating', '1');
        var done = false;
        function go(coords) {
            if (done) {
                return;
            }
            done = true;
            fill(form, coords);
            button.removeAttribute('data-locating');
            button.setAttribute('data-located', '1');
            button.click();
        }
        if (!navigator.geolocation) {
            go(null);
            return;
        }
        setTimeout(function () { go(null); }, 9000); // some browsers never answer when the user ignores the prompt
        navigator.geolocation.getCurrentPosition(function (position) {
            go(position.coords);
        }, function () {
            go(null);
        }, {enableHighAccuracy: true, timeout: 8000, maximumAge: 30000});
    }, true);
})();
