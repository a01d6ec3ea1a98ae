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
