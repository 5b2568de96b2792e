/* The dashboard map: offline context layers (land, water, outlines, region and place names) under
   clustered event points (Leaflet, served by us; no tiles, nothing fetched from elsewhere). */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  //: place labels appear from these zoom levels (rank 1: capitals ... rank 5: small towns)
  var PLACE_ZOOM = { 1: 4.5, 2: 5.5, 3: 6.5, 4: 7.5, 5: 8.5 };
  var REGION_ZOOM = [5, 7.5];

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) { node.className = className; }
    return node;
  }

  function words(element) {
    // translated words come from data-t-* attributes set by the template
    return function (key) { return element.getAttribute("data-t-" + key) || key; };
  }

  function popup(props, eventsUrl, t) {
    var box = document.createElement("div");
    box.appendChild(text("strong", props.city || props.country));
    box.appendChild(document.createElement("br"));
    box.appendChild(text("span", t("events") + ": " + props.count + " · " + props.label));
    if (props.latest) {
      box.appendChild(document.createElement("br"));
      box.appendChild(text("span", t("latest") + ": " + props.latest, "pt-muted"));
    }
    if (props.city) {
      var link = text("a", t("list"));
      var query = new URLSearchParams(window.location.search);
      query.delete("stack"); query.delete("colour");
      query.set("city", props.city);
      link.href = eventsUrl + "?" + query.toString();
      box.appendChild(document.createElement("br"));
      box.appendChild(link);
    }
    return box;
  }

  function shapePath(shape, size) {
    var s = size, h = s / 2, p = 1.5;
    if (shape === "square") { return "M" + p + "," + p + "H" + (s - p) + "V" + (s - p) + "H" + p + "Z"; }
    if (shape === "diamond") { return "M" + h + "," + p + "L" + (s - p) + "," + h + "L" + h + "," + (s - p) + "L" + p + "," + h + "Z"; }
    if (shape === "triangle") { return "M" + h + "," + p + "L" + (s - p) + "," + (s - p) + "L" + p + "," + (s - p) + "Z"; }
    if (shape === "cross") {
      var a = s * 0.3, b = s * 0.7;
      return "M" + a + "," + p + "H" + b + "V" + a + "H" + (s - p) + "V" + b + "H" + b + "V" + (s - p) + "H" + a +
        "V" + b + "H" + p + "V" + a + "H" + a + "Z";
    }
    return "M" + p + "," + h + "A" + (h - p) + "," + (h - p) + " 0 1,0 " + (s - p) + "," + h + "A" + (h - p) + "," + (h - p) + " 0 1,0 " + p + "," + h + "Z";
  }

  function shapeSvg(shape, colour, size) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("width", String(size)); svg.setAttribute("height", String(size));
    svg.setAttribute("viewBox", "0 0 " + size + " " + size);
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", shapePath(shape, size));
    path.setAttribute("fill", colour); path.setAttribute("stroke", "#1f2933"); path.setAttribute("stroke-width", "1.2");
    svg.appendChild(path);
    return svg;
  }

  function legend(list, items) {
    items.forEach(function (item) {
      var li = document.createElement("li");
      var svg = shapeSvg(item.shape || "circle", item.colour, 14);
      svg.setAttribute("class", "pt-swatch-svg");
      li.appendChild(svg);
      li.appendChild(document.createTextNode(item.label));
      list.appendChild(li);
    });
  }

  function donut(parts, total, size) {
    // An SVG ring split by colour (share of events), with the total in the middle. Built as a
    // string for L.divIcon; only numbers and our own colour codes go into it.
    var r = size / 2, inner = r * 0.62, angle = -Math.PI / 2, paths = "";
    Object.keys(parts).forEach(function (colour) {
      var share = parts[colour] / total;
      if (!/^#[0-9a-fA-F]{6}$/.test(colour)) { return; }
      if (share >= 0.999) {
        paths += '<circle cx="' + r + '" cy="' + r + '" r="' + r + '" fill="' + colour + '"/>';
        return;
      }
      var end = angle + share * 2 * Math.PI, large = share > 0.5 ? 1 : 0;
      paths += '<path fill="' + colour + '" d="M' + (r + r * Math.cos(angle)) + "," + (r + r * Math.sin(angle)) +
        "A" + r + "," + r + " 0 " + large + ",1 " + (r + r * Math.cos(end)) + "," + (r + r * Math.sin(end)) +
        "L" + r + "," + r + 'Z"/>';
      angle = end;
    });
    return '<svg xmlns="http://www.w3.org/2000/svg" width="' + size + '" height="' + size + '" viewBox="0 0 ' + size + " " + size + '">' +
      paths + '<circle cx="' + r + '" cy="' + r + '" r="' + inner + '" fill="#ffffff"/>' +
      '<text x="' + r + '" y="' + (r + 4) + '" text-anchor="middle" font-size="12" font-weight="700" fill="#1f2933">' +
      String(total) + "</text></svg>";
  }

  function clusterIcon(cluster) {
    var total = 0, parts = {};
    cluster.getAllChildMarkers().forEach(function (m) {
      var n = m.options.eventCount || 1;
      total += n;
      parts[m.options.colour] = (parts[m.options.colour] || 0) + n;
    });
    var size = total < 10 ? 34 : total < 100 ? 42 : 50;
    return L.divIcon({ html: donut(parts, total, size), className: "pt-cluster", iconSize: L.point(size, size) });
  }

  function clusterRadius(zoom) {
    // small radii: at the overview zoom 200 km is about 28 px, so cities that far apart stay apart
    return zoom <= 4 ? 24 : zoom <= 6 ? 30 : 20;
  }

  function labelMarker(feature, russian) {
    var props = feature.properties, coords = feature.geometry.coordinates;
    var name = (russian && props.name_ru) || props.name;
    var html = text("span", name);
    if (props.layer === "place") { html.insertBefore(text("span", "", "pt-place-dot"), html.firstChild); }
    var marker = L.marker([coords[1], coords[0]], {
      icon: L.divIcon({ html: html, className: props.layer === "place" ? "pt-place pt-rank-" + props.rank : "pt-region", iconSize: null }),
      interactive: false, keyboard: false, pane: "pt-labels"
    });
    marker.minZoom = props.layer === "place" ? PLACE_ZOOM[props.rank] : REGION_ZOOM[0];
    marker.maxZoom = props.layer === "place" ? 99 : REGION_ZOOM[1];
    return marker;
  }

  function showLabels(map, labels) {
    var zoom = map.getZoom();
    labels.forEach(function (marker) {
      var wanted = zoom >= marker.minZoom && zoom <= marker.maxZoom;
      if (wanted && !map.hasLayer(marker)) { marker.addTo(map); }
      if (!wanted && map.hasLayer(marker)) { map.removeLayer(marker); }
    });
  }

  function basemap(map, element) {
    var russian = (document.documentElement.lang || "").indexOf("ru") === 0;
    return fetch(element.dataset.basemap).then(function (r) { return r.json(); }).then(function (data) {
      var shapes = data.features.filter(function (f) { return f.geometry.type !== "Point"; });
      L.geoJSON({ type: "FeatureCollection", features: shapes }, {
        interactive: false,
        pane: "pt-water",
        onEachFeature: function (feature, layer) { if (feature.properties.layer === "land") { layer.options.pane = "pt-land"; } },
        style: function (feature) {
          var layer = feature.properties.layer;
          if (layer === "land") { return { color: "#c9ccd1", weight: 0.8, fillColor: "#eeeee8", fillOpacity: 1 }; }
          if (layer === "lake") { return { color: "#8fb3d1", weight: 0.6, fillColor: "#cfe0ef", fillOpacity: 1 }; }
          return { color: "#7fa7cc", weight: 1, opacity: 0.9 };
        }
      }).addTo(map);
      var labels = data.features.filter(function (f) { return f.geometry.type === "Point"; })
        .map(function (f) { return labelMarker(f, russian); });
      map.on("zoomend", function () { showLabels(map, labels); });
      showLabels(map, labels);
      element.dataset.basemapLoaded = String(labels.length);
    });
  }

  function points(map, element, t) {
    return fetch(element.dataset.points).then(function (r) { return r.json(); }).then(function (data) {
      var shapes = {}, groups = {};
      data.legend.forEach(function (item) { shapes[item.code] = item.shape || "circle"; });
      data.features.forEach(function (feature) {
        var props = feature.properties, coords = feature.geometry.coordinates;
        var size = Math.round(Math.min(12 + Math.sqrt(props.count) * 3, 34));
        var marker = L.marker([coords[1], coords[0]], {
          icon: L.divIcon({ html: shapeSvg(shapes[props.code] || "circle", props.colour, size), className: "pt-point",
                            iconSize: L.point(size, size) }),
          colour: props.colour, eventCount: props.count, title: (props.city || props.country) + " · " + props.label
        });
        marker.bindPopup(popup(props, element.dataset.events, t));
        // one cluster group per country: points across a border never merge
        var country = props.country || "?";
        if (!groups[country]) {
          groups[country] = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: clusterRadius,
                                                   showCoverageOnHover: false });
        }
        groups[country].addLayer(marker);
      });
      Object.keys(groups).forEach(function (country) { map.addLayer(groups[country]); });
      legend(document.getElementById("pt-map-legend"), data.legend);
      element.dataset.loaded = String(data.features.length);
    });
  }

  function start() {
    var element = document.getElementById("pt-map");
    if (!element || !window.L) { return; }
    var t = words(element);
    var map = L.map(element, { minZoom: 3, maxZoom: 12, zoomSnap: 0.5, attributionControl: true,
                               maxBounds: [[30, 38], [60, 97]] }).setView([44.5, 66.5], 4);
    map.createPane("pt-land").style.zIndex = 300;
    map.createPane("pt-context").style.zIndex = 350;
    map.createPane("pt-water").style.zIndex = 360;
    map.createPane("pt-labels").style.zIndex = 450;
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(t("attribution"));
    window.ptMap = map;  // for the browser tests
    fetch(element.dataset.outlines).then(function (r) { return r.json(); }).then(function (data) {
      L.geoJSON(data, {
        interactive: false, pane: "pt-context",
        style: function (feature) {
          var country = feature.properties.level === 0;
          return { color: country ? "#4a5a6e" : "#9aa8b8", weight: country ? 1.5 : 0.6, dashArray: country ? null : "3 3",
                   fillColor: "#fbfaf6", fillOpacity: country ? 1 : 0 };
        }
      }).addTo(map);
      var countries = L.geoJSON({ type: "FeatureCollection", features: data.features.filter(function (f) { return f.properties.level === 0; }) });
      map.fitBounds(countries.getBounds(), { padding: [10, 10] });
      return basemap(map, element);
    });
    points(map, element, t);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
