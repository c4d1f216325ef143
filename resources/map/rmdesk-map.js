/* rmdesk's map page: markers as data, clusters, popups, placing a pin, selecting an
 * area, drawing the day's route. Python drives it (ui/map_view.py) through
 * runJavaScript and hears back through the QWebChannel object "bridge".
 *
 * Clients are data, not map layers: each record keeps its point projected once (world
 * pixels at zoom 0). After every move the records inside the visible area (and half a
 * screen around it) are gathered into a grid of CELL-pixel squares; a square holding
 * one client draws its pin (made once, then kept), a square holding several draws one
 * cluster with the count. What is drawn is bounded by the screen, not by the book, so
 * 20,000 or 100,000 clients load as fast as the data arrives.
 * Coordinates here are whatever the tiles draw in (WGS-84, or GCJ-02 for AMap);
 * Python converts both ways. */
(function () {
  "use strict";

  var CELL = 60;       // pixels: clients closer than this on screen are one cluster

  var S = {
    map: null,
    maxZoom: 18,
    clusters: null,   // layer of the cluster markers drawn now
    pins: null,       // layer of the client pins drawn now
    markers: {},      // id -> L.Marker, made the first time the client is drawn alone
    shown: {},        // id -> L.Marker on the map now
    places: {},       // "lat:lon" -> the marker of the clients at that point, drawn now
    placeOf: {},      // id -> that marker
    data: {},         // id -> marker record
    ids: [],          // the records' ids, in the order they came
    legend: { stage: {}, tie: {} },
    colourBy: "stage",
    labels: { open: "Open in book", log: "Log a visit", next: "Next visit", approx: "Approximate",
              here: "{0} clients here" },
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
    html += ' · <a href="#" class="rm-log" data-id="' + rec.i + '">' + esc(S.labels.log) + "</a>";
    return html;
  }

  /* Clients at one point (the same building, or the centre of the district of those
     without a pin): no zoom parts them, so their marker lists them all. */
  function placePopup(recs) {
    var head = "<b>" + esc(S.labels.here.replace("{0}", recs.length)) + "</b>";
    if (recs.every(function (r) { return r.a; })) {
      head += "<br><i>" + esc(S.labels.approx) + "</i>";
    }
    var lines = recs.map(function (rec) {
      var line = esc(rec.n) + (rec.c ? ' <span class="rm-company">' + esc(rec.c) + "</span>" : "");
      line += ' <a href="#" class="rm-open" data-id="' + rec.i + '">' + esc(S.labels.open) + "</a>";
      line += ' · <a href="#" class="rm-log" data-id="' + rec.i + '">' + esc(S.labels.log) + "</a>";
      return '<div class="rm-place-line" data-id="' + rec.i + '">' + line + "</div>";
    });
    return head + '<div class="rm-place">' + lines.join("") + "</div>";
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

  /* -- drawing: grid clusters of the visible area ------------------------------- */
  function project(rec) {
    var p = L.CRS.EPSG3857.latLngToPoint(L.latLng(rec.y, rec.x_), 0);
    rec.px = p.x;
    rec.py = p.y;
  }

  function pinOf(rec) {
    var m = S.markers[rec.i];
    if (!m) {
      m = makeMarker(rec);
      S.markers[rec.i] = m;
    }
    return m;
  }

  function clusterIcon(n) {
    var size = n < 10 ? "rm-cluster-small" : n < 100 ? "rm-cluster-medium" : "rm-cluster-large";
    return L.divIcon({
      className: "rm-cluster " + size,
      html: "<span>" + n + "</span>",
      iconSize: [36, 36],
      iconAnchor: [18, 18]
    });
  }

  /* The marker of the clients at one point: kept from one drawing to the next (like a
     pin), so that its list stays open while the map moves. */
  function placeMarker(cell) {
    var key = cell.recs[0].y + ":" + cell.recs[0].x_;
    var m = S.places[key];
    if (!m) {
      m = L.marker([cell.recs[0].y, cell.recs[0].x_], { icon: clusterIcon(cell.recs.length), keyboard: false });
      m.bindPopup(function () {
        return placePopup(m.rmRecs.map(function (r) { return S.data[r.i] || r; }));
      }, { maxHeight: 300, minWidth: 240, maxWidth: 380 });
      S.places[key] = m;
      S.pins.addLayer(m);
    } else if (m.rmRecs.length !== cell.recs.length) {
      m.setIcon(clusterIcon(cell.recs.length));
    }
    m.rmRecs = cell.recs;
    cell.recs.forEach(function (r) { S.placeOf[r.i] = m; });
    return key;
  }

  function clusterMarker(cell) {
    var n = cell.recs.length;
    var m = L.marker([cell.y / n, cell.x / n], { icon: clusterIcon(n), keyboard: false });
    m.on("click", function () {
      var bounds = L.latLngBounds(cell.recs.map(function (r) { return [r.y, r.x_]; }));
      S.map.fitBounds(bounds, L.extend(fitPadding(), { animate: false }));
    });
    return m;
  }

  function redraw() {
    if (!S.map || !S.clusters) { return; }
    var zoom = S.map.getZoom();
    var scale = Math.pow(2, zoom);
    var view = S.map.getPixelBounds();
    var padX = (view.max.x - view.min.x) / 2, padY = (view.max.y - view.min.y) / 2;
    var minX = (view.min.x - padX) / scale, maxX = (view.max.x + padX) / scale;
    var minY = (view.min.y - padY) / scale, maxY = (view.max.y + padY) / scale;
    // At the deepest zoom only clients at one very point still share a marker.
    var grouping = zoom < S.maxZoom;
    var cells = {}, order = [], alone = [];
    S.placeOf = {};
    for (var k = 0; k < S.ids.length; k++) {
      var rec = S.data[S.ids[k]];
      if (rec.px < minX || rec.px > maxX || rec.py < minY || rec.py > maxY) { continue; }
      if (rec.i === S.placing) { alone.push(rec); continue; }
      var key = grouping
        ? Math.floor(rec.px * scale / CELL) + ":" + Math.floor(rec.py * scale / CELL)
        : rec.y + ":" + rec.x_;
      var cell = cells[key];
      if (!cell) {
        cell = cells[key] = { recs: [], y: 0, x: 0 };
        order.push(cell);
      }
      cell.recs.push(rec);
      cell.y += rec.y;
      cell.x += rec.x_;
    }
    S.clusters.clearLayers();
    var places = {};
    order.forEach(function (cell) {
      var first = cell.recs[0];
      if (cell.recs.length === 1) {
        alone.push(first);
      } else if (cell.recs.every(function (r) { return r.y === first.y && r.x_ === first.x_; })) {
        places[placeMarker(cell)] = true;
      } else {
        S.clusters.addLayer(clusterMarker(cell));
      }
    });
    Object.keys(S.places).forEach(function (key) {
      if (!places[key]) {
        S.pins.removeLayer(S.places[key]);
        delete S.places[key];
      }
    });
    var keep = {};
    alone.forEach(function (rec) {
      keep[rec.i] = true;
      if (!S.shown[rec.i]) {
        var m = pinOf(rec);
        S.pins.addLayer(m);
        S.shown[rec.i] = m;
      }
    });
    Object.keys(S.shown).forEach(function (id) {
      if (!keep[id]) {
        S.pins.removeLayer(S.shown[id]);
        delete S.shown[id];
      }
    });
  }

  /* Is this client drawn alone (not inside a cluster) at the current zoom? */
  function alone(id) {
    return !!S.shown[id];
  }

  /* Bring a client out of its cluster (zooming in as far as needed) and run `then`
     with its pin. */
  function reveal(id, then) {
    var rec = S.data[id];
    if (!rec) { return; }
    S.map.setView([rec.y, rec.x_], Math.max(S.map.getZoom(), 16), { animate: false });
    redraw();
    while (!alone(id) && S.map.getZoom() < S.maxZoom) {
      S.map.setView([rec.y, rec.x_], S.map.getZoom() + 1, { animate: false });
      redraw();
    }
    then(S.shown[id] || S.placeOf[id] || pinOf(rec));  // alone, or listed at its point
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
      S.maxZoom = options.maxZoom || S.maxZoom;
      S.clusters = L.layerGroup().addTo(map);
      S.pins = L.layerGroup().addTo(map);
      map.on("moveend", redraw);
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
        var link = ev.target.closest ? ev.target.closest("a.rm-open, a.rm-log") : null;
        if (link) {
          ev.preventDefault();
          var method = link.classList.contains("rm-log") ? "logVisit" : "openContact";
          send(method, parseInt(link.getAttribute("data-id"), 10));
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
      S.pins.clearLayers();
      S.clusters.clearLayers();
      S.markers = {};
      S.shown = {};
      S.places = {};
      S.data = {};
      S.ids = [];
      var south = 90, north = -90, west = 180, east = -180;
      for (var k = 0; k < records.length; k++) {
        var r = records[k];
        var rec = { i: r[0], y: r[1], x_: r[2], n: r[3], c: r[4], s: r[5], t: r[6], a: r[7], v: r[8] };
        project(rec);
        S.data[rec.i] = rec;
        S.ids.push(rec.i);
        south = Math.min(south, rec.y); north = Math.max(north, rec.y);
        west = Math.min(west, rec.x_); east = Math.max(east, rec.x_);
      }
      if (fit && S.ids.length) {
        S.map.fitBounds([[south, west], [north, east]],
          L.extend(fitPadding(), { maxZoom: 15, animate: false }));
      }
      redraw();
      return S.ids.length;
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
      drawLegend();
    },

    centre: function (id) {
      if (!S.data[id]) { return false; }
      reveal(id, function (m) { m.openPopup(); });
      return true;
    },

    place: function (id, lat, lon) {
      Object.keys(S.markers).forEach(function (k) { S.markers[k].dragging && S.markers[k].dragging.disable(); });
      S.placing = id;
      var box = S.map.getContainer();
      box.classList.toggle("rm-placing", id !== null);
      if (id === null) { redraw(); return; }
      if (S.data[id]) {
        reveal(id, function (m) { if (m.dragging) { m.dragging.enable(); } });
      } else if (lat !== undefined && lat !== null) {
        S.map.setView([lat, lon], Math.max(S.map.getZoom(), 13));
      }
    },

    moveMarker: function (id, lat, lon, approx) {
      var rec = S.data[id];
      if (!rec) { return false; }
      rec.y = lat; rec.x_ = lon; rec.a = approx ? 1 : 0;
      project(rec);
      var m = S.markers[id];
      if (m) {
        m.setLatLng([lat, lon]);
        m.setIcon(icon(rec));
      }
      redraw();
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
        markers: S.ids.length,
        clusters: box.querySelectorAll(".rm-cluster").length,
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
      if (m) {
        var p = m.getLatLng();
        return [p.lat, p.lng];
      }
      var rec = S.data[id];
      return rec ? [rec.y, rec.x_] : null;
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
