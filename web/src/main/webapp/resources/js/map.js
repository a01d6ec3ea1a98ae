/*
 * The map (一张图), drawn with Leaflet from the data attributes of #yhMap (MapBacking writes them):
 * station, community and grid boundaries; the heat layer by grid or community in five classes with
 * a legend; tips as clustered points; the areas the patrol groups cover; warning leads and cases as
 * count markers at their community's centre; the period's shifts at their grid or community and
 * where their members checked in (on site green, off site red). Clicking an area opens the tips
 * behind it, a tip the tip list, a count marker the lead or case list of its community. No tiles: the police network has no map service, and
 * the boundaries are what the officers read.
 */
(function () {
    'use strict';

    var COLOURS = ['#f7f7f7', '#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];

    function json(element, name) {
        try {
            return JSON.parse(element.getAttribute('data-' + name) || 'null');
        } catch (e) {
            return null;
        }
    }

    /** Class limits for counts up to max: 0, then five equal steps (at least 1 wide). */
    function classes(max) {
        var step = Math.max(1, Math.ceil(max / 5));
        var limits = [];
        for (var i = 1; i <= 5; i++) {
            limits.push(i * step);
        }
        return limits;
    }

    function classOf(count, limits) {
        if (!count) {
            return 0;
        }
        for (var i = 0; i < limits.length; i++) {
            if (count <= limits[i]) {
                return i + 1;
            }
        }
        return limits.length;
    }

    /*
     * WGS-84 to GCJ-02 (the offset Chinese commercial maps use), for display over such a basemap
     * only: what is stored and sent stays WGS-84. The published approximation; outside China none.
     */
    function gcj02(lat, lon) {
        if (lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271) {
            return [lat, lon];
        }
        var a = 6378245.0;
        var ee = 0.00669342162296594323;
        var x = lon - 105.0;
        var y = lat - 35.0;
        var dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
            + (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0
            + (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
            + (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        var dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
            + (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0
            + (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
            + (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        var radLat = lat / 180.0 * Math.PI;
        var magic = 1 - ee * Math.sin(radLat) * Math.sin(radLat);
        var sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((a * (1 - ee)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (a / sqrtMagic * Math.cos(radLat) * Math.PI);
        return [lat + dLat, lon + dLon];
    }

    /** The GeoJSON's positions shifted by f([lat, lon]) (in place). */
    function shift(collection, f) {
        var walk = function (c) {
            if (typeof c[0] === 'number') {
                var p = f(c[1], c[0]);
                c[0] = p[1];
                c[1] = p[0];
            } else {
                c.forEach(walk);
            }
        };
        collection.features.forEach(function (feature) {
            walk(feature.geometry.coordinates);
        });
    }

    function text(value) {
        var span = document.createElement('span');
        span.textContent = value;
        return span.innerHTML;
    }

    function draw(element) {
        var collection = json(element, 'boundaries') || {type: 'FeatureCollection', features: []};
        var heat = json(element, 'heat') || [];
        var tips = json(element, 'tips') || [];
        var groups = json(element, 'groups') || [];
        var level = element.getAttribute('data-level');
        var tipList = element.getAttribute('data-tip-list');
        var label = function (name) {
            return element.getAttribute('data-label-' + name) || name;
        };
        // a maximum zoom of its own: without tiles nothing else sets one, and the clustering needs it
        var map = L.map(element, {preferCanvas: false, zoomSnap: 0.25, maxZoom: 18, minZoom: 6});
        // the library's name as plain text: its default prefix carries a flag and a link out of a network without internet
        map.attributionControl.setPrefix('Leaflet');
        var tiles = element.getAttribute('data-tiles');
        var gcj = function (lat, lon) {
            return tiles && element.getAttribute('data-gcj02') === 'true' ? gcj02(lat, lon) : [lat, lon];
        };
        if (tiles) {
            L.tileLayer(tiles, {maxZoom: 18}).addTo(map);
            if (element.getAttribute('data-gcj02') === 'true') {
                shift(collection, gcj02);
                tips = tips.map(function (t) {
                    var p = gcj02(t[1], t[2]);
                    return [t[0], p[0], p[1], t[3], t[4]];
                });
            }
        }
        var counts = {};
        var max = 0;
        var outside = 0;
        heat.forEach(function (row) {
            if (row.outside) {
                outside = row.count;
            } else {
                counts[row.areaId] = row.count;
                max = Math.max(max, row.count);
            }
        });
        var limits = classes(max);
        var byLevel = function (wanted) {
            return {type: 'FeatureCollection', features: collection.features.filter(function (f) {
                return f.properties.level === wanted;
            })};
        };
        var areaLink = function (props) {
            return tipList + '&' + (props.level === 'grid' ? 'grid=' : 'community=') + props.id;
        };
        var heatLayer = L.geoJSON(byLevel(level), {
            style: function (f) {
                return {color: '#555', weight: 1, fillOpacity: 0.7, fillColor: COLOURS[classOf(counts[f.properties.id] || 0, limits)],
                    className: 'yh-map-area yh-map-area-' + f.properties.code};
            },
            onEachFeature: function (f, layer) {
                var n = counts[f.properties.id] || 0;
                layer.bindTooltip(text(f.properties.name) + ': ' + n, {sticky: true});
                layer.on('click', function () {
                    window.location.href = areaLink(f.properties);
                });
            }
        });
        var outline = function (wanted, colour, weight) {
            return L.geoJSON(byLevel(wanted), {
                interactive: false,
                style: function (f) {
                    return {color: colour, weight: weight, fill: false, className: 'yh-map-' + wanted + ' yh-map-' + wanted + '-' + f.properties.code};
                }
            });
        };
        var stations = outline('station', '#1a237e', 3);
        var communities = outline('community', '#3949ab', 1.5);
        var grids = outline('grid', '#7986cb', 0.6);
        var cluster = L.markerClusterGroup({maxClusterRadius: 40});
        tips.forEach(function (t) {
            var marker = L.circleMarker([t[1], t[2]], {radius: 5, color: '#b71c1c', weight: 1, fillOpacity: 0.8});
            marker.bindTooltip(text(t[3]));
            if (t[4]) {
                marker.on('click', function () {
                    window.location.href = tipList + '&grid=' + t[4];
                });
            }
            cluster.addLayer(marker);
        });
        var covered = {};
        groups.forEach(function (g) {
            covered[g[2] ? 'grid-' + g[2] : 'community-' + g[3]] = (covered[g[2] ? 'grid-' + g[2] : 'community-' + g[3]] || []).concat([g[1]]);
        });
        var groupLayer = L.geoJSON({type: 'FeatureCollection', features: collection.features.filter(function (f) {
            return covered[f.id];
        })}, {
            style: {color: '#2e7d32', weight: 2, dashArray: '4 3', fill: false},
            onEachFeature: function (f, layer) {
                layer.bindTooltip(text(covered[f.id].join('、')));
            }
        });
        var centre = {};
        collection.features.forEach(function (f) {
            centre[f.id] = L.geoJSON(f).getBounds().getCenter();
        });
        var nameOf = {};
        collection.features.forEach(function (f) {
            nameOf[f.id] = f.properties.name;
        });
        // a count at a community's centre, opening its list (leads or cases of the period)
        var counts = function (rows, kind, list) {
            var layer = L.layerGroup();
            rows.forEach(function (row) {
                var at = centre['community-' + row[0]];
                if (!at) {
                    return;
                }
                var marker = L.marker(at, {keyboard: false, icon: L.divIcon({className: 'yh-map-count yh-map-count-' + kind
                    + ' yh-map-count-' + kind + '-' + row[0], html: String(row[1]), iconSize: [28, 28], iconAnchor: [14, 14]})});
                marker.bindTooltip(text(nameOf['community-' + row[0]]) + ': ' + text(label(kind)) + ' ' + row[1]);
                marker.on('click', function () {
                    window.location.href = list + '&community=' + row[0];
                });
                layer.addLayer(marker);
            });
            return layer;
        };
        var leadLayer = counts(json(element, 'leads') || [], 'leads', element.getAttribute('data-lead-list'));
        var caseLayer = counts(json(element, 'cases') || [], 'cases', element.getAttribute('data-case-list'));
        var shiftLayer = L.markerClusterGroup({maxClusterRadius: 30});
        (json(element, 'shifts') || []).forEach(function (s) {
            var at = centre[s[3] ? 'grid-' + s[3] : 'community-' + s[4]];
            if (!at) {
                return;
            }
            var marker = L.marker(at, {keyboard: false, icon: L.divIcon({className: 'yh-map-shift', iconSize: [16, 16], iconAnchor: [8, 8]})});
            marker.bindTooltip(text(s[1]) + ' ' + text(s[2]) + ' · ' + text(label('checked-in')) + ' ' + s[5]);
            shiftLayer.addLayer(marker);
        });
        var checkInLayer = L.layerGroup();
        (json(element, 'checkins') || []).forEach(function (c) {
            var colour = c[3] === 1 ? '#2e7d32' : c[3] === 0 ? '#c62828' : '#757575';
            var marker = L.circleMarker(gcj(c[1], c[2]), {radius: 6, color: colour, weight: 2, fillColor: colour, fillOpacity: 0.6,
                className: 'yh-map-checkin yh-map-checkin-' + (c[3] === 1 ? 'on' : c[3] === 0 ? 'off' : 'unknown')});
            marker.bindTooltip(text(label(c[3] === 1 ? 'on-site' : c[3] === 0 ? 'off-site' : 'not-judged'))
                + (c[3] === 0 ? ' ' + c[4] + ' m' : ''));
            checkInLayer.addLayer(marker);
        });
        heatLayer.addTo(map);
        grids.addTo(map);
        communities.addTo(map);
        stations.addTo(map);
        cluster.addTo(map);
        var overlays = {};
        overlays[label('heat')] = heatLayer;
        overlays[label('stations')] = stations;
        overlays[label('communities')] = communities;
        overlays[label('grids')] = grids;
        // the point layers on the map page only (the dashboard's map is its heat per grid)
        var points = element.getAttribute('data-point-layers') === 'true';
        if (points) {
            overlays[label('tips')] = cluster;
        }
        overlays[label('groups')] = groupLayer;
        if (points) {
            overlays[label('leads')] = leadLayer;
            overlays[label('cases')] = caseLayer;
            overlays[label('shifts')] = shiftLayer;
        }
        if (checkInLayer.getLayers().length) {
            overlays[label('checkins')] = checkInLayer;
        }
        L.control.layers(null, overlays, {collapsed: false}).addTo(map);
        L.control.scale({imperial: false}).addTo(map);
        var legend = L.control({position: 'bottomright'});
        legend.onAdd = function () {
            var div = L.DomUtil.create('div', 'yh-map-legend');
            div.id = 'mapLegend';
            var html = '<strong>' + text(label('legend')) + '</strong><ul>';
            html += '<li><i style="background:' + COLOURS[0] + '"></i>0</li>';
            var low = 1;
            limits.forEach(function (limit, i) {
                html += '<li><i style="background:' + COLOURS[i + 1] + '"></i>' + (low === limit ? low : low + '–' + limit) + '</li>';
                low = limit + 1;
            });
            html += '</ul>';
            if (outside) {
                html += '<div id="mapOutside">' + text(label('outside')) + ': ' + outside + '</div>';
            }
            if (collection.features.some(function (f) { return f.properties.illustrative; })) {
                html += '<div class="yh-map-illustrative">' + text(label('illustrative')) + '</div>';
            }
            div.innerHTML = html;
            return div;
        };
        legend.addTo(map);
        var all = L.geoJSON(collection);
        if (all.getBounds().isValid()) {
            map.fitBounds(all.getBounds());
        } else {
            map.setView([31.7, 119.95], 10);
        }
        element.setAttribute('data-drawn', String(collection.features.length));
    }

    function init() {
        var element = document.getElementById('yhMap');
        if (element && window.L && element.getAttribute('data-drawn') === null) {
            try {
                draw(element);
            } catch (e) {
                // a map that cannot be drawn must not stop the page (the dashboard's updates run after this)
                element.setAttribute('data-drawn', 'failed');
                window.console.error(e);
            }
        }
    }

    document.addEventListener('DOMContentLoaded', init);
    // the dashboard renders its map again for a new period (an ajax update)
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', init);
    }
}());
