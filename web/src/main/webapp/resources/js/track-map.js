/*
 * The officer's view of a shift's patrol tracks (patrol/officer/shifts.xhtml, the shift's dialog):
 * one line per member from the data-tracks attribute (TrackBacking), their last position marked.
 * The dialog is filled by ajax and shown after it: the map is drawn once it has a size.
 */
(function () {
    'use strict';
    var COLOURS = ['#1565c0', '#c62828', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f'];

    function draw(element) {
        var tracks = [];
        try {
            tracks = JSON.parse(element.getAttribute('data-tracks') || '[]');
        } catch (e) {
            tracks = [];
        }
        var map = L.map(element, {zoomSnap: 0.25, maxZoom: 18, minZoom: 6});
        map.attributionControl.setPrefix('Leaflet');
        var all = L.featureGroup().addTo(map);
        tracks.forEach(function (track, i) {
            var colour = COLOURS[i % COLOURS.length];
            var name = document.createElement('span');
            name.textContent = track.name;
            L.polyline(track.points, {color: colour, weight: 3, className: 'yh-track-line'}).bindTooltip(name.innerHTML).addTo(all);
            if (track.points.length) {
                L.circleMarker(track.points[track.points.length - 1], {radius: 5, color: colour, fillOpacity: 1}).addTo(all);
            }
        });
        if (all.getBounds().isValid()) {
            map.fitBounds(all.getBounds(), {maxZoom: 17, padding: [10, 10]});
        } else {
            map.setView([31.7, 119.95], 11);
        }
        element.setAttribute('data-drawn', String(tracks.length));
    }

    function init(tries) {
        document.querySelectorAll('.yh-track-map').forEach(function (element) {
            if (element.getAttribute('data-drawn') !== null || !window.L) {
                return;
            }
            if (element.offsetWidth > 0) {
                draw(element);
            } else if (tries > 0) {
                window.setTimeout(function () { init(tries - 1); }, 100);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () { init(30); });
    window.addEventListener('load', function () {
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', function () { init(30); });
        }
    });
})();
