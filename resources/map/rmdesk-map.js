/* rmdesk's map page: markers as data, clusters, popups, placing a pin, selecting an
 * area, drawing the day's route. Python drives it (ui/map_view.py) through
 * runJavaScript and hears back through the QWebChannel object "bridge".
 * Coordinates here are whatever the tiles draw in (WGS-84, or GCJ-02 for AMap);
 * Python converts both ways. */
(function () {
  "use strict";

  var S = {
    map: null,
    cluster: null,
    markers: {},      // id -> L.Marker
    data: {},         // id -> marker record
    legend: { stage: {}, tie: {} },
    colourBy: "stage",
    labels: { open: "Open in book", next: "Next visit", approx: "Approximate" },
    bridge: null,
    route: null,
    selecting: null,  // "rect" | "lasso" | null
    shape: null,
    placing: null     // contact id being placed
  };

  function esc(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function colourOf(rec) {
    var key = S.colourBy === "tie" ? rec.t : rec.s;
    var entry = S.legend[S.colourBy][key || ""];
    return entry ? entry[0] : "#7f8c8d";
  }

  function icon(rec) {
    return L.divIcon({
      className: "rm-pin" + (rec.a ? " rm-approx" : ""),
      html: '<span style="background:' + colourOf(rec) + '"></span>',
      iconSize: [16, 16],
      iconAnchor: [8, 8],
      popupAnchor: [0, -8]
    });
  }

  function popup(rec) {
    var html = "<b>" + esc(rec.n) + "</b>";
    if (rec.c) { html += "<br>" + esc(rec.c); }
    if (rec.v) { html += "<br>" + esc(S.labels.next) + ": " + esc(rec.v); }
    if (rec.a) { html += '<br><i>' + esc(S.labels.approx) + "</i>"; }
    html += '<br><a href="#" class="rm-open" data-id="' + rec.i + '">' + esc(S.labels.open) + "</a>";
    return html;
  }

  function send(method) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (S.bridge && S.bridge[method]) { S.bridge[method].apply(S.bridge, args); }
  }

  function makeMarker(rec) {
    var m = L.marker([rec.y, rec.x_], { icon: icon(rec), title: rec.n, draggable: false });
    m.rmId = rec.i;
    m.bindPopup(function () { return popup(S.data[rec.i]); });
    m.on("dragend", function () {
      var p = m.getLatLng();
      send("placedAt", rec.i, p.lat, p.lng);
    });
    return m;
  }

  /* Bring a marker out of its cluster and run `then`. Zooming without animation lets
     the cluster layer redraw at once; zoomToShowLayer (which waits for animations that a
     hidden or headless view may never finish) is only the last resort. */
  function reveal(m, then) {
    if (!m._icon) {
      S.map.setView(m.getLatLng(), Math.max(S.map.getZoom(), 16), { animate: false });
    }
    if (m._icon) {
      if (!S.map.getBounds().contains(m.getLatLng())) {
        S.map.panTo(m.getLatLng(), { animate: false });
      }
      then();
    } else {
      S.cluster.zoomToShowLayer(m, then);
    }
  }

  /* -- tiles that do not load: say so instead of a grey map ----------------------- */
  function watchTiles(map) {
    var loaded = 0, failed = 0, told = false;
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.TileLayer)) { return; }
      layer.on("tileload", function () { loaded += 1; });
      layer.on("tileerror", function () {
        failed += 1;
        // Several failures and not one tile: the provider cannot be reached.
        if (!told && loaded === 0 && failed >= 4) {
          told = true;
          S.tilesFailed = true;
          send("tilesFailed");
        }
      });
    });
  }

  /* Keep fitted markers out from under the legend (bottom right). */
  function fitPadding() {
    var div = document.getElementById("rm-legend");
    var w = div ? div.offsetWidth + 16 : 20, h = div ? div.offsetHeight + 16 : 20;
    return { paddingTopLeft: [20, 20], paddingBottomRight: [w, h] };
  }

  function legendControl() {
    var box = L.control({ position: "bottomright" });
    box.onAdd = function () {
      var div = L.DomUtil.create("div", "rm-legend");
      div.id = "rm-legend";
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    return box;
  }

  function drawLegend() {
    var div = document.getElementById("rm-legend");
    if (!div) { return; }
    var entries = S.legend[S.colourBy], html = "";
    Object.keys(entries).forEach(function (key) {
      html += '<div><span style="background:' + entries[key][0] + '"></span>' +
        esc(entries[key][1]) + "</div>";
    });
    div.innerHTML = html;
  }

  /* -- selecting an area: a rectangle or a free shape ------------------------------ */
  function startShape(e) {
    if (!S.selecting) { return; }
    S.points = [e.latlng];
    S.map.dragging.disable();
    if (S.shape) { S.map.removeLayer(S.shape); }
    S.shape = S.selecting === "rect"
      ? L.rectangle(L.latLngBounds(e.latlng, e.latlng), { className: "rm-area" })
      : L.polygon([e.latlng], { className: "rm-area" });
    S.shape.addTo(S.map);
  }

  function growShape(e) {
    if (!S.selecting || !S.points) { return; }
    if (S.selecting === "rect") {
      S.shape.setBounds(L.latLngBounds(S.points[0], e.latlng));
      S.points[1] = e.latlng;
    } else {
      S.points.push(e.latlng);
      S.shape.setLatLngs(S.points);
    }
  }

  function endShape() {
    if (!S.selecting || !S.points) { return; }
    var ring;
    if (S.selecting === "rect") {
      var b = S.shape.getBounds();
      ring = [b.getSouthWest(), b.getNorthWest(), b.getNorthEast(), b.getSouthEast()];
    } else {
      ring = S.points;
    }
    S.points = null;
    S.map.dragging.enable();
    var mode = S.selecting;
    S.selecting = null;
    document.getElementById(S.map.getContainer().id).classList.remove("rm-selecting");
    send("areaSelected", JSON.stringify(ring.map(function (p) { return [p.lat, p.lng]; })), mode);
  }

  var api = {
    init: function (map, options) {
      S.map = map;
      // The attribution names the tile provider only, without Leaflet's prefix and flag.
      map.attributionControl.setPrefix(false);
      S.cluster = L.markerClusterGroup({ chunkedLoading: false, maxClusterRadius: 50 });
      map.addLayer(S.cluster);
      legendControl().addTo(map);
      watchTiles(map);
      if (options.tiles === "none") {
        map.getContainer().classList.add("rm-no-tiles");
      }
      if (options.notice) {
        var note = L.control({ position: "topright" });
        note.onAdd = function () {
          var div = L.DomUtil.create("div", "rm-notice");
          div.id = "rm-notice";
          div.textContent = options.notice;
          return div;
        };
        note.addTo(map);
      }
      map.on("click", function (e) {
        if (S.placing !== null) {
          send("placedAt", S.placing, e.latlng.lat, e.latlng.lng);
          return;
        }
        send("mapClicked", e.latlng.lat, e.latlng.lng);
      });
      map.on("mousedown", startShape);
      map.on("mousemove", growShape);
      map.on("mouseup", endShape);
      map.getContainer().addEventListener("click", function (ev) {
        var link = ev.target.closest ? ev.target.closest("a.rm-open") : null;
        if (link) {
          ev.preventDefault();
          send("openContact", parseInt(link.getAttribute("data-id"), 10));
        }
      });
      if (typeof QWebChannel !== "undefined" && typeof qt !== "undefined") {
        new QWebChannel(qt.webChannelTransport, function (channel) {
          S.bridge = channel.objects.bridge;
          send("ready");
        });
      }
    },

    /* records: [[id, lat, lon, name, company, stage, tie, approx, next], ...] */
    setMarkers: function (records, fit) {
      S.cluster.clearLayers();
      S.markers = {};
      S.data = {};
      var layers = [];
      records.forEach(function (r) {
        var rec = { i: r[0], y: r[1], x_: r[2], n: r[3], c: r[4], s: r[5], t: r[6], a: r[7], v: r[8] };
        S.data[rec.i] = rec;
        var m = makeMarker(rec);
        S.markers[rec.i] = m;
        layers.push(m);
      });
      S.cluster.addLayers(layers);
      if (fit && layers.length) {
        S.map.fitBounds(S.cluster.getBounds(),
          L.extend(fitPadding(), { maxZoom: 15, animate: false }));
      }
      return layers.length;
    },

    setLegend: function (legend, labels) {
      S.legend = legend;
      S.labels = labels;
      drawLegend();
    },

    colourBy: function (what) {
      S.colourBy = what;
      Object.keys(S.markers).forEach(function (id) {
        S.markers[id].setIcon(icon(S.data[id]));
      });
      S.cluster.refreshClusters();
      drawLegend();
    },

    centre: function (id) {
      var m = S.markers[id];
      if (!m) { return false; }
      S.map.setView(m.getLatLng(), Math.max(S.map.getZoom(), 14), { animate: false });
      reveal(m, function () { m.openPopup(); });
      return true;
    },

    place: function (id, lat, lon) {
      Object.keys(S.markers).forEach(function (k) { S.markers[k].dragging && S.markers[k].dragging.disable(); });
      S.placing = id;
      var box = S.map.getContainer();
      box.classList.toggle("rm-placing", id !== null);
      if (id === null) { return; }
      var m = S.markers[id];
      if (m) {
        reveal(m, function () { if (m.dragging) { m.dragging.enable(); } });
      } else if (lat !== undefined && lat !== null) {
        S.map.setView([lat, lon], Math.max(S.map.getZoom(), 13));
      }
    },

    moveMarker: function (id, lat, lon, approx) {
      var rec = S.data[id];
      if (!rec) { return false; }
      rec.y = lat; rec.x_ = lon; rec.a = approx ? 1 : 0;
      var m = S.markers[id];
      S.cluster.removeLayer(m);
      m.setLatLng([lat, lon]);
      m.setIcon(icon(rec));
      S.cluster.addLayer(m);
      return true;
    },

    select: function (mode) {
      S.selecting = mode;
      var box = S.map.getContainer();
      box.classList.toggle("rm-selecting", !!mode);
      if (!mode && S.shape) { S.map.removeLayer(S.shape); S.shape = null; }
    },

    /* stops: [[lat, lon, label, title], ...]; the first and last are the branch */
    setRoute: function (stops) {
      if (S.route) { S.map.removeLayer(S.route); S.route = null; }
      if (!stops || !stops.length) { return 0; }
      var group = L.featureGroup();
      L.polyline(stops.map(function (s) { return [s[0], s[1]]; }),
        { className: "rm-route", weight: 4, opacity: 0.8 }).addTo(group);
      stops.forEach(function (s, n) {
        var mark = L.marker([s[0], s[1]], {
          icon: L.divIcon({
            className: n === 0 || n === stops.length - 1 ? "rm-stop rm-branch" : "rm-stop",
            html: "<span>" + esc(s[2]) + "</span>",
            iconSize: [24, 24],
            iconAnchor: [12, 12]
          }),
          zIndexOffset: 1000,
          title: s[3] || ""
        });
        mark.addTo(group);
      });
      group.addTo(S.map);
      S.route = group;
      S.map.fitBounds(group.getBounds(), L.extend(fitPadding(), { maxZoom: 15 }));
      return stops.length;
    },

    stats: function () {
      var box = S.map.getContainer();
      return {
        markers: Object.keys(S.markers).length,
        clusters: box.querySelectorAll(".marker-cluster").length,
        pins: box.querySelectorAll(".rm-pin").length,
        stops: box.querySelectorAll(".rm-stop").length,
        zoom: S.map.getZoom(),
        bridge: !!S.bridge,
        tilesFailed: !!S.tilesFailed,
        attribution: S.map.getContainer().querySelector(".leaflet-control-attribution")
          ? S.map.getContainer().querySelector(".leaflet-control-attribution").textContent : ""
      };
    },

    /* What a finished drag does, for tests: the marker moves, then "dragend" fires.
       Only a marker being placed (draggable) can be dragged. */
    dragTo: function (id, lat, lon) {
      var m = S.markers[id];
      if (!m || !m.dragging || !m.dragging.enabled()) { return false; }
      m.setLatLng([lat, lon]);
      m.fire("dragend");
      return true;
    },

    /* Where a contact's marker is drawn (map coordinates), or null. */
    where: function (id) {
      var m = S.markers[id];
      if (!m) { return null; }
      var p = m.getLatLng();
      return [p.lat, p.lng];
    },

    /* Pixel position of a point inside the map box, for tests that click and drag. */
    pixel: function (lat, lon) {
      var p = S.map.latLngToContainerPoint([lat, lon]);
      var r = S.map.getContainer().getBoundingClientRect();
      return [p.x + r.left, p.y + r.top];
    }
  };

  window.rmdeskMap = api;
})();
