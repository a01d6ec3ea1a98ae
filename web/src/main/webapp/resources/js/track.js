/*
 * The patrol track on the phone page (patrol/shifts.xhtml): while a shift's switch is on (off by
 * default; remembered for this tab only), every 60 s the phone's position is written into the
 * hidden form "track" and sent with it (TrackBacking; the server takes one per 30 s). A phone
 * without a fix skips that minute. The switch goes away with the check-out, and so does the timer.
 */
(function () {
    'use strict';
    var EVERY = 60000;
    var timers = {};

    function key(shift) {
        return 'yh-track-' + shift;
    }

    function status(shift, name) {
        var box = document.querySelector('.yh-track-switch[data-shift="' + shift + '"]');
        var span = box ? box.closest('.yh-track').querySelector('.yh-track-status') : null;
        if (span) {
            span.textContent = span.getAttribute('data-' + name) + (name === 'on' ? ' ' + new Date().toTimeString().substring(0, 5) : '');
        }
    }

    function send(shift) {
        if (!document.querySelector('.yh-track-switch[data-shift="' + shift + '"]')) {
            stop(shift); // checked out: no switch any more
            return;
        }
        if (!navigator.geolocation) {
            status(shift, 'unavailable');
            return;
        }
        navigator.geolocation.getCurrentPosition(function (position) {
            var set = function (name, value) {
                document.getElementById('track:' + name).value = value;
            };
            set('shift', shift);
            set('latitude', position.coords.latitude.toFixed(6));
            set('longitude', position.coords.longitude.toFixed(6));
            set('accuracy', position.coords.accuracy ? Math.min(10000, Math.round(position.coords.accuracy)) : '');
            set('deviceMillis', String(position.timestamp || Date.now()));
            document.getElementById('track:send').click();
            status(shift, 'on');
        }, function () {
            status(shift, 'unavailable');
        }, {enableHighAccuracy: true, timeout: 20000, maximumAge: 30000});
    }

    function start(shift) {
        if (!timers[shift]) {
            send(shift);
            timers[shift] = window.setInterval(function () { send(shift); }, EVERY);
        }
    }

    function stop(shift) {
        if (timers[shift]) {
            window.clearInterval(timers[shift]);
            delete timers[shift];
        }
    }

    function bind() {
        document.querySelectorAll('.yh-track-switch').forEach(function (box) {
            var shift = box.getAttribute('data-shift');
            if (!box.hasAttribute('data-bound')) {
                box.setAttribute('data-bound', '1');
                box.addEventListener('change', function () {
                    if (box.checked) {
                        window.sessionStorage.setItem(key(shift), 'on');
                        start(shift);
                    } else {
                        window.sessionStorage.removeItem(key(shift));
                        stop(shift);
                        status(shift, 'off');
                    }
                });
            }
            if (window.sessionStorage.getItem(key(shift)) === 'on') {
                box.checked = true;
                start(shift);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', bind);
    window.addEventListener('load', function () {
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', bind); // the shift cards are drawn again after each step
        }
    });
})();
