/* The tip form's small map: the stations' outlines (and the basemap, when one is set), and a pin
   at the position. A tap on the map or a drag of the pin moves it and writes the hidden latitude
   and longitude fields (WGS-84, 6 places); "use my location" moves the pin the other way (a change
   event on the latitude field). On the public form, a tip sent with the station left at "I don't
   know" goes to the station whose boundary holds the pin (TipRouting). No inline script: CSP. */
(function () {
    'use strict';
    var WUJIN = [31.70, 119.94];

    function init(element) {
        if (element._yhMap || !window.L) {
            return;
        }
        var form = element.getAttribute('data-form');
        var lat = document.getElementById(form + ':latitude');
        var lon = document.getElementById(form + ':longitude');
        if (!lat || !lon) {
            return;
        }
        var map = L.map(element, {zoomSnap: 0.25, maxZoom: 18, minZoom: 8, attributionControl: false});
        element._yhMap = map;
        var tiles = element.getAttribute('data-tiles');
        if (tiles) {
            L.tileLayer(tiles, {maxZoom: 18}).addTo(map);
        }
        var outlines = null;
        try {
            var collection = JSON.parse(element.getAttribute('data-outlines') || '{}');
            if (collection.features && collection.features.length) {
                outlines = L.geoJSON(collection, {
                    interactive: false,
                    style: function () { return {color: '#1d4ed8', weight: 1, fillOpacity: 0.04}; }
                }).addTo(map);
                collection.features.forEach(function (f) {
                    var centre = L.geoJSON(f).getBounds().getCenter();
                    var name = document.createElement('span');
                    name.textContent = f.properties.name;
                    L.marker(centre, {interactive: false, keyboard: false,
                        icon: L.divIcon({className: 'yh-tip-map-label', html: name, iconSize: [0, 0]})}).addTo(map);
                });
            }
        } catch (e) {
            outlines = null; // a map without outlines still takes a pin
        }
        var pin = null;
        function place(latlng, write) {
            if (!pin) {
                pin = L.marker(latlng, {draggable: true, keyboard: false,
                    icon: L.divIcon({className: 'yh-tip-pin', iconSize: [20, 20], iconAnchor: [10, 10]})}).addTo(map);
                pin.on('dragend', function () { place(pin.getLatLng(), true); });
            } else {
                pin.setLatLng(latlng);
            }
            element.setAttribute('data-pin', latlng.lat.toFixed(6) + ',' + latlng.lng.toFixed(6));
            if (write) {
                lat.value = latlng.lat.toFixed(6);
                lon.value = latlng.lng.toFixed(6);
            }
        }
        function fromFields() {
            var a = parseFloat(lat.value), b = parseFloat(lon.value);
            return isNaN(a) || isNaN(b) ? null : L.latLng(a, b);
        }
        var start = fromFields();
        if (start) {
            map.setView(start, 15);
            place(start, false);
        } else if (outlines) {
            map.fitBounds(outlines.getBounds());
        } else {
            map.setView(WUJIN, 11);
        }
        map.on('click', function (event) { place(event.latlng, true); });
        lat.addEventListener('change', function () {
            var at = fromFields();
            if (at) {
                place(at, false);
                map.setView(at, Math.max(map.getZoom(), 15));
            }
        });
    }

    function all() {
        document.querySelectorAll('.yh-tip-map').forEach(init);
    }
    document.addEventListener('DOMContentLoaded', all);
    window.addEventListener('load', function () {
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', all); // "send another" re-renders the form
        }
    });
})();
