/* The dashboard map: offline outlines + clustered event points (Leaflet, served by us; no tiles). */
(function () {
  "use strict";

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) { node.className = className; }
    return node;
  }

  function popup(props, eventsUrl) {
    var box = document.createElement("div");
    box.appendChild(text("strong", props.city || props.country));
    box.appendChild(document.createElement("br"));
    box.appendChild(text("span", props.count + (props.count === 1 ? " event · " : " events · ") + props.label));
    if (props.latest) {
      box.appendChild(document.createElement("br"));
      box.appendChild(text("span", "latest " + props.latest, "pt-muted"));
    }
    if (props.city) {
      var link = text("a", "List these events");
      var query = new URLSearchParams(window.location.search);
      query.delete("stack"); query.delete("colour");
      query.set("city", props.city);
      link.href = eventsUrl + "?" + query.toString();
      box.appendChild(document.createElement("br"));
      box.appendChild(link);
    }
    return box;
  }

  function legend(list, items) {
    items.forEach(function (item) {
      var li = document.createElement("li");
      var svgNS = "http://www.w3.org/2000/svg";
      var svg = document.createElementNS(svgNS, "svg");
      svg.setAttribute("viewBox", "0 0 10 10");
      svg.setAttribute("class", "pt-swatch-svg");
      var dot = document.createElementNS(svgNS, "circle");
      dot.setAttribute("cx", "5"); dot.setAttribute("cy", "5"); dot.setAttribute("r", "5");
      dot.setAttribute("fill", item.colour);
      svg.appendChild(dot);
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
      parts[m.options.fillColor] = (parts[m.options.fillColor] || 0) + n;
    });
    var size = total < 10 ? 34 : total < 100 ? 42 : 50;
    return L.divIcon({ html: donut(parts, total, size), className: "pt-cluster", iconSize: L.point(size, size) });
  }

  function start() {
    var element = document.getElementById("pt-map");
    if (!element || !window.L) { return; }
    var map = L.map(element, { minZoom: 3, maxZoom: 12, zoomSnap: 0.5, attributionControl: true })
      .setView([44.5, 66.5], 4);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth, geokz (CC BY 4.0)");
    fetch(element.dataset.outlines).then(function (r) { return r.json(); }).then(function (data) {
      var layer = L.geoJSON(data, {
        interactive: false,
        style: function (feature) {
          var country = feature.properties.level === 0;
          return { color: country ? "#5b6b80" : "#9aa8b8", weight: country ? 1.4 : 0.6,
                   fillColor: "#fbfaf6", fillOpacity: country ? 1 : 0 };
        }
      }).addTo(map);
      layer.bringToBack();
      var countries = L.geoJSON({ type: "FeatureCollection", features: data.features.filter(function (f) { return f.properties.level === 0; }) });
      map.fitBounds(countries.getBounds(), { padding: [10, 10] });
    });
    fetch(element.dataset.points).then(function (r) { return r.json(); }).then(function (data) {
      var cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 40, showCoverageOnHover: false });
      data.features.forEach(function (feature) {
        var props = feature.properties;
        var coords = feature.geometry.coordinates;
        var marker = L.circleMarker([coords[1], coords[0]], {
          radius: Math.min(5 + Math.sqrt(props.count) * 2, 22), color: "#ffffff", weight: 1.5,
          fillColor: props.colour, fillOpacity: 0.9, eventCount: props.count
        });
        marker.bindPopup(popup(props, element.dataset.events));
        cluster.addLayer(marker);
      });
      map.addLayer(cluster);
      legend(document.getElementById("pt-map-legend"), data.legend);
      element.dataset.loaded = String(data.features.length);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
