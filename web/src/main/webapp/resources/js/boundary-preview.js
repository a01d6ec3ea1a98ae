/*
 * The boundary import's preview (admin/boundaries.xhtml): the file's areas drawn strong over the
 * stored boundaries drawn faint, new areas green and replaced ones orange. Leaflet, no tiles.
 */
(function () {
    'use strict';

    function json(element, name) {
        try {
            return JSON.parse(element.getAttribute('data-' + name) || 'null');
        } catch (e) {
            return null;
        }
    }

    function text(value) {
        var span = document.createElement('span');
        span.textContent = value;
        return span.innerHTML;
    }

    function draw(element) {
        var preview = json(element, 'preview') || {type: 'FeatureCollection', features: []};
        var stored = json(element, 'stored');
        var map = L.map(element, {zoomSnap: 0.25, maxZoom: 18, minZoom: 4});
        map.attributionControl.setPrefix('Leaflet');
        if (stored) {
            L.geoJSON(stored, {
                interactive: false,
                style: {color: '#9e9e9e', weight: 1, opacity: 0.5, fill: false, className: 'yh-preview-stored'}
            }).addTo(map);
        }
        var drawn = L.geoJSON(preview, {
            style: function (f) {
                var colour = f.properties.replaced ? '#e65100' : '#2e7d32';
                return {color: colour, weight: f.properties.level === 'station' ? 3 : 2, fillColor: colour, fillOpacity: 0.15,
                    className: 'yh-preview-area yh-preview-' + f.properties.level};
            },
            onEachFeature: function (f, layer) {
                layer.bindTooltip(text(f.properties.code + ' ' + f.properties.name), {sticky: true});
            }
        }).addTo(map);
        if (drawn.getBounds().isValid()) {
            map.fitBounds(drawn.getBounds());
        } else {
            map.setView([31.7, 119.95], 10);
        }
        element.setAttribute('data-drawn', String(preview.features.length));
    }

    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('yhBoundaryPreview');
        if (element && window.L) {
            try {
                draw(element);
            } catch (e) {
                element.setAttribute('data-drawn', 'failed');
                window.console.error(e);
            }
        }
    });
}());
