/* The tip form's small map: the stations' outlines (and the basemap, when one is set), and a pin
   at the position. A tap on the map or a drag of the pin moves it and writes the hidden latitude
   and longitude fields (WGS-84, 6 places); "use my location" moves the pin the other way (a change
   event on the latitude field). On the public form, a tip sent with the station left at "I don't
   know" goes to the station whose boundary holds the pin (TipRouting); while it is left so, that
   choice reads "by the position: <station>" as the pin moves (the same even-odd rule on the
   outlines the page has, no server call), and still sends "I don't know", so TipRouting decides.
   A station the person chose stays. No inline script: CSP. */
(function () {
    'use strict';
    var WUJIN = [31.70, 119.94];

    /** Even-odd rule over every ring of a Polygon's or MultiPolygon's coordinates ([lon, lat]); an edge counts inside. */
    function holds(geometry, lat, lon) {
        var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
        return polygons.some(function (rings) {
            var inside = false;
            for (var r = 0; r < rings.length; r++) {
                var ring = rings[r];
                for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
                    var cross = (xj - xi) * (lat - yi) - (yj - yi) * (lon - xi);
                    if (Math.abs(cross) < 1e-12 && Math.min(xi, xj) <= lon && lon <= Math.max(xi, xj)
                        && Math.min(yi, yj) <= lat && lat <= Math.max(yi, yj)) {
                        return true; // on the edge
                    }
                    if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        });
    }

    /**
     * The station list's "I don't know" follows the pin: its label names the station whose outline
     * holds the pin while the person has chosen none. Answers the function to call with a position.
     */
    function stationFollower(element, form, features) {
        var select = document.getElementById(form + ':station_input');
        var template = element.getAttribute('data-by-position');
        if (!select || !template || !features.length) {
            return function () {};
        }
        var unknown = select.querySelector('option[value=""]');
        if (!unknown) {
            return function () {};
        }
        var plain = unknown.textContent;
        var last = null;
        function show(text) {
            unknown.textContent = text;
            // the menu's own list item of that option (PrimeFaces draws one per option, in order)
            var items = document.getElementById(form + ':station_items');
            var item = items ? items.querySelectorAll('li')[unknown.index] : null;
            if (item) {
                item.setAttribute('data-label', text);
                item.textContent = text;
                if (window.jQuery) {
                    jQuery(item).data('label', text); // the menu reads it through jQuery's cache
                }
            }
            var label = document.getElementById(form + ':station_label');
            if (label && select.value === '') {
                label.textContent = text;
            }
            element.setAttribute('data-station-by-pin', text === plain ? '' : text);
        }
        function follow(latlng) {
            if (latlng) {
                last = latlng;
            }
            if (!last) {
                return;
            }
            var found = null;
            features.forEach(function (f) {
                if (!found && f.geometry && holds(f.geometry, last.lat, last.lng)) {
                    found = f;
                }
            });
            var option = found ? select.querySelector('option[value="' + CSS.escape(found.properties.code) + '"]') : null;
            show(found ? template.replace('{0}', option ? option.textContent : found.properties.name) : plain);
        }
        // "I don't know" chosen again: its label follows the pin at once (the menu just wrote the plain one)
        if (window.jQuery) {
            jQuery(select).on('change', function () {
                if (select.value === '') {
                    follow(null);
                }
            });
        }
        return follow;
    }

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
        var features = [];
        try {
            var collection = JSON.parse(element.getAttribute('data-outlines') || '{}');
            if (collection.features && collection.features.length) {
                features = collection.features;
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
        var follow = stationFollower(element, form, features);
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
            follow(latlng);
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
