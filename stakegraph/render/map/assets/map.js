/* stakegraph map: search, filters, side panel, legend, presentation mode.
   Every text from the workbook is set with textContent, never parsed as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var S = data.strings, info = data.info, edgeInfo = data.edgeInfo;
  /* a big map opens on its communities: aggregate.js says what is drawn first */
  var more = window.sgAggregate && window.sgAggregate.wants(data) ? window.sgAggregate : null;
  var REST_TRIED = 2000, LABEL_PX = 16, BIG_LABEL_PX = 24, MIN_PX = 14, MIN_BIG_PX = 24, MAX_PX = 48, MAX_MATCHES = 8;
  var INK = "#1a1a1a";
  /* a faded node keeps an outline of 3:1 against the white page; its name stays legible */
  var FADED_LINE = "#8a8a8a", FADED_FONT = { color: "#6b6b6b" }, LEADER = "#595959";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /* accent- and case-insensitive: "É" and "e" fold alike */
  function fold(text) {
    return String(text === undefined || text === null ? "" : text)
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function nodeTip(id) {
    var i = info[id], box = el("div", "sg-tip");
    box.appendChild(el("strong", null, i.name));
    if (i.kind === "iwg") {
      box.appendChild(el("div", null, S.members + ": " + i.members.length));
    }
    (i.facts || []).slice(0, 3).forEach(function (row) {
      box.appendChild(el("div", null, row[0] + ": " + row[1]));
    });
    (i.measures || []).slice(0, 2).forEach(function (row) {
      box.appendChild(el("div", null, row[0] + ": " + row[1]));
    });
    if (i.isolate) { box.appendChild(el("div", null, S.isolate)); }
    return box;
  }

  /* an edge's facts: [type or role, weight, since, notes], trailing blanks left off */
  function edgeTip(id) {
    var e = edgeInfo[id];
    if (!e || !e.length) { return undefined; }
    var box = el("div", "sg-tip");
    box.appendChild(el("strong", null, e[0]));
    [[S.weight, e[1]], [S.since, e[2]], [S.notes, e[3]]].forEach(function (row) {
      if (row[1] !== null && row[1] !== undefined && row[1] !== "") {
        box.appendChild(el("div", null, row[0] + ": " + row[1]));
      }
    });
    return box;
  }

  /* ---------------------------------------------------------------- the network */
  var original = {}, originalEdge = {};
  /* a node or a tie made ready to draw, once: its tooltip, and the colours a focus returns to */
  function readyNode(n) {
    if (original[n.id]) { return n; }
    if (!n.font) { n.font = { color: INK }; }
    if (info[n.id].kind !== "placeholder") { n.label = ""; }  /* the page draws the names: see chooseLabels */
    n.title = nodeTip(n.id);
    original[n.id] = { color: n.color, font: n.font };
    return n;
  }
  function readyEdge(e) {
    if (originalEdge[e.id]) { return e; }
    var tip = edgeTip(e.id);
    if (tip) { e.title = tip; }
    originalEdge[e.id] = e.color || data.options.edges.color;
    return e;
  }
  /* a big map draws its communities first, and the rest as they are opened */
  var first = more ? more.firstView(data) : data;
  var nodes = new vis.DataSet(first.nodes.map(readyNode));
  var edges = new vis.DataSet(first.edges.map(readyEdge));
  var network = new vis.Network(document.getElementById("sg-map"), { nodes: nodes, edges: edges }, data.options);
  window.nodes = nodes;
  window.edges = edges;
  window.network = network;

  /* what a story (story.js) waits for: a view asked for by the link opens once the map is still */
  var whenSteady = [];
  function steady() {
    whenSteady.forEach(function (f) { f(); });
    window.mapSteady = true;
    window.mapSteadyAt = performance.now();
    document.body.setAttribute("data-steady", "true");
  }

  /* ---------------------------------------------------------------- labels */
  /* Labels are sized in screen pixels, not in map units: whatever the zoom,
     a name reads at the chosen size (at least 14 px, 24 px in presentation
     mode). Which names show is chosen by rule each time the view changes,
     by chooseLabels alone, whatever changed the view (a fit, a focus, a
     filter, a story's view): the focused stakeholder and the ten most
     central, always; then a few isolates and the IWG; then the focused
     one's neighbours and an IWG's members; then the rest by size, each only
     if its label overlaps no other label, no node, no placeholder, no panel
     and stays inside the map. "All names" draws every name, overlaps and all. */
  var state = { focus: null, near: {}, hovered: null, presentation: false, allNames: false,
    px: { normal: LABEL_PX, presentation: BIG_LABEL_PX }, chosen: {},
    sector: {}, level: {}, theme: "", iwg: "", hidden: {} };
  var pen = document.createElement("canvas").getContext("2d");
  var FACE = (data.options.nodes && data.options.nodes.font && data.options.nodes.font.face) || "sans-serif";

  function labelPx() { return state.px[state.presentation ? "presentation" : "normal"]; }
  /* vis-network draws only the placeholders' words (inside their box); the
     page draws every other name itself, in screen pixels, where it was placed */
  var placeholders = Object.keys(info).filter(function (id) { return info[id].kind === "placeholder"; });
  function relabel() {
    var scale = network.getScale() || 1;
    if (!placeholders.length) { return; }
    nodes.update(placeholders.map(function (id) {
      return { id: id, label: info[id].name, font: { size: labelPx() / scale, color: INK } };
    }));
    /* vis-network sizes a box on its next drawing: size it now, so that the
       names are kept off the box as it will be drawn, not as it was */
    var ctx = network.canvas.getContext();
    placeholders.forEach(function (id) {
      if (network.body.nodes[id]) { network.body.nodes[id].updateBoundingBox(ctx); }
    });
  }
  /* the panels floating over the map, in the map's own pixels */
  function overlays() {
    var frame = document.getElementById("sg-map").getBoundingClientRect(), out = [];
    ["sg-controls", "sg-gaps", "sg-legend", "sg-panel", "sg-tools"].forEach(function (id) {
      var over = document.getElementById(id);
      if (!over || !over.getClientRects().length) { return; }
      var r = over.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        out.push({ left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left,
          bottom: r.bottom - frame.top });
      }
    });
    return { frame: frame, boxes: out };
  }
  function priority(id) {
    var i = info[id];
    if (id === state.focus) { return -3e6; }
    if (state.near[id]) { return -2e6 + (i.rank || 0); }
    if (i.kind === "iwg") { return i.faded ? 1e6 : 5e5; }
    return i.rank === undefined ? 1e6 : (i.central ? -1e6 : 0) + i.rank;
  }
  /* where a node is on screen (map pixels) and the radius of its mark */
  function spot(id, scale) {
    var n = network.body.nodes[id], p = network.canvasToDOM({ x: n.x, y: n.y });
    /* an isolate's dashed ring lies 3 px outside its border */
    var r = ((n.options.size || 0) + (n.options.borderWidth || 0) / 2) * scale + (info[id].isolate ? 4 : 1);
    return { x: p.x, y: p.y, r: r };
  }
  /* a long name goes on two or three lines of about equal length, broken at spaces */
  var lines = {};
  function linesOf(id) {
    if (lines[id]) { return lines[id]; }
    var name = info[id].name, count = Math.min(3, Math.ceil(name.length / 22)), out = [];
    if (count > 1) {
      var goal = name.length / count, line = "";
      name.split(" ").forEach(function (word) {
        if (line && out.length < count - 1 && (line + " " + word).length > goal + 3) { out.push(line); line = word; }
        else { line = line ? line + " " + word : word; }
      });
      out.push(line);
    }
    lines[id] = out.length > 1 ? out : [name];
    return lines[id];
  }
  function measure(id, px) {
    pen.font = px + "px " + FACE;
    var parts = linesOf(id), w = 0;
    parts.forEach(function (t) { w = Math.max(w, pen.measureText(t).width); });
    return { w: w + 6, h: Math.ceil(px * 1.2) * parts.length + 4 };
  }
  /* below, right of, above and left of the mark: the first that is free wins;
     a name that must show (the most central, the focused neighbourhood) may
     then stand further off, tied to its mark by a thin leader line */
  function offsets(r, w, h, far) {
    var near = [[-w / 2, r + 1], [r + 3, -h / 2], [-w / 2, -r - 1 - h], [-r - 3 - w, -h / 2]];
    if (!far) { return near; }
    [20, 45, 80, 120, 170, 230, 300, 380, 460, 540].forEach(function (d) {
      for (var k = 0; k < 24; k++) {
        var t = Math.PI * k / 12, ax = Math.cos(t) * (r + d), ay = Math.sin(t) * (r + d);
        near.push([ax > 1 ? ax : ax < -1 ? ax - w : ax - w / 2, ay > 1 ? ay : ay < -1 ? ay - h : ay - h / 2]);
      }
    });
    return near;
  }
  function chooseLabels() {
    var scale = network.getScale() || 1, px = labelPx();
    relabel();  /* first: a placeholder's box, at this size and scale, is in every name's way */
    var view = overlays(), W = view.frame.width, H = view.frame.height;
    var ids = nodes.getIds().filter(function (id) { return !state.hidden[id]; });
    var CELL = 64, grid = {};
    function cells(b, visit) {
      for (var gx = Math.floor(b.left / CELL); gx <= Math.floor(b.right / CELL); gx++) {
        for (var gy = Math.floor(b.top / CELL); gy <= Math.floor(b.bottom / CELL); gy++) {
          if (visit(gx + ":" + gy) === true) { return true; }
        }
      }
      return false;
    }
    function put(thing) { cells(thing.box, function (k) { (grid[k] = grid[k] || []).push(thing); }); }
    function meets(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
    function touchesDisc(b, d) {
      var x = Math.max(b.left, Math.min(d.x, b.right)), y = Math.max(b.top, Math.min(d.y, b.bottom));
      return (x - d.x) * (x - d.x) + (y - d.y) * (y - d.y) < d.r * d.r;
    }
    function clash(b) {
      return cells(b, function (k) {
        return (grid[k] || []).some(function (t) { return t.disc ? touchesDisc(b, t.disc) : meets(b, t.box); });
      });
    }
    var where = {};
    ids.forEach(function (id) {
      var p = spot(id, scale);
      where[id] = p;
      if (info[id].kind === "placeholder") {
        var bb = network.body.nodes[id].shape.boundingBox, a = network.canvasToDOM({ x: bb.left, y: bb.top }),
          z = network.canvasToDOM({ x: bb.right, y: bb.bottom });
        put({ box: { left: a.x, top: a.y, right: z.x, bottom: z.y } });
      } else {
        put({ disc: p, box: { left: p.x - p.r, top: p.y - p.r, right: p.x + p.r, bottom: p.y + p.r } });
      }
    });
    function fits(b) {
      return b.left >= 2 && b.top >= 2 && b.right <= W - 2 && b.bottom <= H - 2
        && !view.boxes.some(function (o) { return meets(b, o); }) && !clash(b);
    }
    state.chosen = {};
    state.placed = [];
    /* anywhere on the map, nearest first: the last resort of a name that must show */
    function anywhere(w, size) {
      var spots = [];
      for (var x = 4; x + size.w < W - 2; x += 16) {
        for (var y = 4; y + size.h < H - 2; y += 16) { spots.push([x - w.x, y - w.y]); }
      }
      function gap(p) {
        var dx = Math.max(p[0], 0, -(p[0] + size.w)), dy = Math.max(p[1], 0, -(p[1] + size.h));
        return dx * dx + dy * dy;
      }
      return spots.sort(function (a, b) { return gap(a) - gap(b); });
    }
    function place(id, far) {
      var w = where[id], size = measure(id, px);
      var spots = far === "anywhere" ? [0, 0, 0, 0].concat(anywhere(w, size)) : offsets(w.r, size.w, size.h, far);
      for (var k = far ? 4 : 0; k < spots.length; k++) {
        var dx = spots[k][0];
        if (k !== 1 && k !== 3) {  /* a name above or below its mark slides to stay inside the map */
          dx = Math.max(2 - w.x, Math.min(W - 2 - size.w - w.x, dx));
        }
        var b = { left: w.x + dx, top: w.y + spots[k][1] };
        b.right = b.left + size.w;
        b.bottom = b.top + size.h;
        if (state.allNames || fits(b)) {
          state.chosen[id] = true;
          state.placed.push({ id: id, dx: dx, dy: spots[k][1], w: size.w, h: size.h, px: px, leader: k >= 4 });
          put({ box: b, label: id });
          return;
        }
      }
    }
    var order = ids.filter(function (id) { return info[id].kind !== "placeholder"; })
      .sort(function (a, b) { return priority(a) - priority(b) || (a < b ? -1 : a > b ? 1 : 0); });
    /* the focused one and the most central: always named */
    function central(id) { return id === state.focus || !!info[id].central; }
    /* a few isolates and the IWG a map is drawn for (if not faded) */
    function first(id) {
      var i = info[id];
      return !central(id) && !i.faded && ((i.first && i.isolate) || (i.kind === "iwg" && !!data.gaps));
    }
    function must(id) { return info[id].first || info[id].kind === "iwg" || !!state.near[id]; }
    function then(id) { return !central(id) && !first(id) && must(id); }
    function rest(id) { return !central(id) && !first(id) && !must(id); }
    /* the most central (or the focused one) take the places beside their
       marks, or stand off on a leader line, anywhere on the map if need be
       (over ties, never over a name, a node or a panel), before any other
       name takes a place; then a few isolates and the IWG, as far; then its
       neighbours and an IWG's members, beside their marks or on a leader
       line; then the rest where there is room */
    function pass(test, far, ids) {
      if (far && state.allNames) { return; }
      var tried = (ids || order).filter(function (id) { return test(id) && !state.chosen[id]; });
      /* of the rest of a map of thousands, the biggest few thousand: the others rarely find room */
      if (test === rest && !state.allNames) { tried = tried.slice(0, REST_TRIED); }
      tried.forEach(function (id) { place(id, far); });
    }
    function nameAll(ids) {
      [false, true, "anywhere"].forEach(function (far) { pass(central, far, ids); });
      return ids.filter(function (id) { return !state.chosen[id]; });
    }
    function unname(ids) {
      var gone = {};
      ids.forEach(function (id) { gone[id] = true; delete state.chosen[id]; });
      state.placed = state.placed.filter(function (l) { return !gone[l.id]; });
      Object.keys(grid).forEach(function (k) { grid[k] = grid[k].filter(function (t) { return !gone[t.label]; }); });
    }
    var most = order.filter(central), unnamed = nameAll(most);
    /* a central name left without a place goes first, and the others find
       theirs around it: the order that names the most of them is kept */
    for (var tries = 0; unnamed.length && tries < 3; tries++) {
      var again = unnamed.concat(most.filter(function (id) { return unnamed.indexOf(id) < 0; }));
      unname(most);
      var missed = nameAll(again);
      if (missed.length >= unnamed.length) { unname(most); nameAll(most); break; }
      most = again;
      unnamed = missed;
    }
    [[first, false], [first, true], [first, "anywhere"], [then, false], [then, true], [rest, false]]
      .forEach(function (phase) { pass(phase[0], phase[1]); });
    network.redraw();
  }
  /* every name as drawn: [id, text, size in px, box in page pixels] */
  function drawnLabels() {
    var frame = document.getElementById("sg-map").getBoundingClientRect(), scale = network.getScale() || 1;
    var out = (state.placed || []).filter(function (l) { return !state.hidden[l.id]; }).map(function (l) {
      var p = spot(l.id, scale), left = p.x + l.dx + frame.left, top = p.y + l.dy + frame.top;
      return { id: l.id, text: info[l.id].name, px: l.px, box: [left, top, left + l.w, top + l.h],
        leader: l.leader ? [p.x + frame.left, p.y + frame.top, p.r] : null };
    });
    if (state.hovered !== null && !state.chosen[state.hovered] && info[state.hovered]
        && info[state.hovered].kind !== "placeholder") {
      var px = labelPx(), size = measure(state.hovered, px), p = spot(state.hovered, scale);
      out.push({ id: state.hovered, text: info[state.hovered].name, px: px, hover: true,
        box: [p.x - size.w / 2 + frame.left, p.y + p.r + 1 + frame.top, p.x + size.w / 2 + frame.left,
          p.y + p.r + 1 + size.h + frame.top] });
    }
    return out;
  }
  /* a migrant-led organisation's dark ring is set off from its fill by a
     white ring: a pattern that no kind of colour blindness takes away */
  var migrants = Object.keys(info).filter(function (id) { return info[id].migrantLed; });
  function drawMigrantRings(ctx, scale) {
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 2;
    migrants.forEach(function (id) {
      var n = network.body.nodes[id];
      if (!n || state.hidden[id]) { return; }
      var p = network.canvasToDOM({ x: n.x, y: n.y }), r = (n.options.size - (n.options.borderWidth || 0) / 2) * scale - 1;
      if (r < 3) { return; }
      ctx.beginPath();
      ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
      ctx.stroke();
    });
  }
  network.on("afterDrawing", function (ctx) {
    var frame = document.getElementById("sg-map").getBoundingClientRect();
    var ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawMigrantRings(ctx, network.getScale() || 1);
    ctx.textBaseline = "middle";
    ctx.textAlign = "center";
    ctx.lineJoin = "round";
    drawnLabels().forEach(function (l) {
      var x = (l.box[0] + l.box[2]) / 2 - frame.left, y = (l.box[1] + l.box[3]) / 2 - frame.top;
      ctx.font = l.px + "px " + FACE;
      if (l.hover) {
        ctx.fillStyle = "rgba(255,255,255,0.92)";
        ctx.fillRect(l.box[0] - frame.left, l.box[1] - frame.top, l.box[2] - l.box[0], l.box[3] - l.box[1]);
      }
      var dim = info[l.id].faded || dimmed(l.id);
      if (l.leader) {
        /* from the mark's edge to the nearest point of its name */
        var cx = l.leader[0] - frame.left, cy = l.leader[1] - frame.top;
        var tx = Math.max(l.box[0] - frame.left, Math.min(cx, l.box[2] - frame.left));
        var ty = Math.max(l.box[1] - frame.top, Math.min(cy, l.box[3] - frame.top));
        var d = Math.sqrt((tx - cx) * (tx - cx) + (ty - cy) * (ty - cy)) || 1;
        ctx.beginPath();
        ctx.moveTo(cx + (tx - cx) * l.leader[2] / d, cy + (ty - cy) * l.leader[2] / d);
        ctx.lineTo(tx, ty);
        ctx.lineWidth = 1.25;
        ctx.strokeStyle = dim ? FADED_LINE : LEADER;
        ctx.stroke();
      }
      var parts = linesOf(l.id), step = Math.ceil(l.px * 1.2);
      parts.forEach(function (t, k) {
        var ty = y + (k - (parts.length - 1) / 2) * step;
        ctx.lineWidth = 4;
        ctx.strokeStyle = "#ffffff";
        ctx.strokeText(t, x, ty);
        ctx.fillStyle = dim ? FADED_FONT.color : INK;
        ctx.fillText(t, x, ty);
      });
    });
    ctx.restore();
  });
  network.on("hoverNode", function (p) { state.hovered = p.node; network.redraw(); });
  network.on("blurNode", function () { state.hovered = null; network.redraw(); });
  /* after a zoom or a drag, the names are chosen again for the new view */
  var again = null;
  function chooseSoon() {
    if (again) { clearTimeout(again); }
    again = setTimeout(function () { again = null; chooseLabels(); }, 120);
  }
  network.on("zoom", chooseSoon);
  network.on("dragEnd", function (p) { if (!p.nodes.length) { chooseSoon(); } });

  /* ---------------------------------------------------------------- isolates */
  /* An isolate (no tie) wears a dashed ring just outside its border, as the
     legend shows: sized in screen pixels, so that the dashes show at any
     zoom, and outside a migrant-led organisation's ring, so both marks show.
     Drawn before the nodes, so a label stays on top of it. */
  var isolates = Object.keys(info).filter(function (id) { return info[id].isolate; });
  network.on("beforeDrawing", function (ctx) {
    if (!isolates.length) { return; }
    var px = 1 / (network.getScale() || 1);
    ctx.save();
    ctx.lineWidth = 2 * px;
    ctx.setLineDash([4 * px, 3 * px]);
    isolates.forEach(function (id) {
      var n = network.body.nodes[id];
      if (!n || state.hidden[id]) { return; }
      var dim = info[id].faded || dimmed(id);
      ctx.strokeStyle = dim ? FADED_LINE : INK;
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.options.size + (n.options.borderWidth || 0) / 2 + 2 * px, 0, 2 * Math.PI);
      ctx.stroke();
    });
    ctx.restore();
  });

  /* ---------------------------------------------------------------- fitting */
  /* The filters, the legend, the tools and the side panel float over the
     map: a view (the whole map, or a focused neighbourhood) is fitted into
     the largest part of the map they leave free, or into the whole map when
     they leave too little, with room under each node for its name. */
  var MARGIN = 16;
  function freeArea() {
    var view = overlays(), frame = view.frame;
    var whole = { left: 0, top: 0, right: frame.width, bottom: frame.height }, area = whole;
    view.boxes.forEach(function (o) {
      if (o.left >= area.right || o.right <= area.left || o.top >= area.bottom || o.bottom <= area.top) { return; }
      /* give up the side of the map that loses the least */
      var cuts = [
        { left: o.right, top: area.top, right: area.right, bottom: area.bottom },
        { left: area.left, top: area.top, right: o.left, bottom: area.bottom },
        { left: area.left, top: o.bottom, right: area.right, bottom: area.bottom },
        { left: area.left, top: area.top, right: area.right, bottom: o.top }
      ];
      function size(a) { return Math.max(0, a.right - a.left) * Math.max(0, a.bottom - a.top); }
      area = cuts.reduce(function (best, a) { return size(a) > size(best) ? a : best; });
    });
    if (area.right - area.left < 0.4 * frame.width || area.bottom - area.top < 0.4 * frame.height) { area = whole; }
    return { area: area, width: frame.width, height: frame.height };
  }
  /* the view that shows the nodes ``ids`` whole in the free area, no closer than ``most`` */
  function fitTo(ids, most) {
    ids = ids.filter(function (id) { return !state.hidden[id] && network.body.nodes[id]; });
    if (!ids.length) { return; }
    var box = null;
    ids.forEach(function (id) {
      var n = network.body.nodes[id], r = (n.options.size || 0) + (n.options.borderWidth || 0);
      var bb = info[id].kind === "placeholder" && n.shape.boundingBox;
      var b = bb ? { left: bb.left, top: bb.top, right: bb.right, bottom: bb.bottom }
        : { left: n.x - r, top: n.y - r, right: n.x + r, bottom: n.y + r };
      box = box ? { left: Math.min(box.left, b.left), top: Math.min(box.top, b.top),
        right: Math.max(box.right, b.right), bottom: Math.max(box.bottom, b.bottom) } : b;
    });
    var free = freeArea(), a = free.area, px = labelPx();
    /* room beside and under the outermost nodes for part of their names */
    var side = MARGIN + Math.min(4 * px, 0.08 * (a.right - a.left)), under = MARGIN + 1.4 * px;
    var w = a.right - a.left - 2 * side, h = a.bottom - a.top - MARGIN - under;
    if (w <= 0 || h <= 0) { return; }
    var scale = Math.min(most, w / Math.max(box.right - box.left, 1), h / Math.max(box.bottom - box.top, 1));
    var cx = (a.left + a.right) / 2, cy = (a.top + MARGIN + a.bottom - under) / 2;
    network.moveTo({
      position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }, scale: scale,
      offset: { x: cx - free.width / 2, y: cy - free.height / 2 }, animation: false
    });
  }
  /* the whole map (what the filters leave), or the focused neighbourhood */
  function fitFree() {
    state.fits = (state.fits || 0) + 1;
    /* vis-network takes up a new size of the map (a status line, a resized
       window) on its next drawing, rescaling the view: first that, then the fit */
    network.redraw();
    if (state.focus !== null) { fitTo(Object.keys(state.near), 1.5); } else { fitTo((more && more.view()) || nodes.getIds(), 1); }
    chooseLabels();
  }

  if (data.physics) {
    /* a short stabilisation from the Python layout, then still: a projected map must not drift */
    var settle = function () {
      if (window.mapSteady) { return; }
      network.stopSimulation();
      network.setOptions({ physics: { enabled: false } });
      fitFree();
      steady();
    };
    network.once("stabilizationIterationsDone", settle);
    /* and never later than this, whatever the browser's speed */
    setTimeout(settle, 8000);
  } else {
    network.once("afterDrawing", function () { fitFree(); steady(); });
  }

  /* ---------------------------------------------------------------- focus (search, click, keys) */
  var FADED_NODE = { background: "#f2f2f2", border: FADED_LINE, highlight: { background: "#f2f2f2", border: FADED_LINE },
    hover: { background: "#f2f2f2", border: FADED_LINE } };
  /* a focused stakeholder's neighbourhood, or a story's marked few, in
     their colours; every other node and tie faded */
  function dimmed(id) { return (state.focus !== null || state.spot) && !state.near[id]; }
  function light(near, touching) {
    state.near = near;
    nodes.update(nodes.getIds().map(function (n) {
      return near[n] ? { id: n, color: original[n].color, font: original[n].font }
        : { id: n, color: FADED_NODE, font: FADED_FONT };
    }));
    edges.update(edges.getIds().map(function (e) {
      return { id: e, color: touching[e] ? originalEdge[e] : { color: "#bbbbbb", opacity: 0.25 } };
    }));
  }
  function focusNode(id) {
    if (more && more.focus(id)) { return; }
    if (!info[id] || state.hidden[id]) { return; }
    var near = {};
    near[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { if (!state.hidden[n]) { near[n] = true; } });
    var touching = {};
    network.getConnectedEdges(id).forEach(function (e) { touching[e] = true; });
    state.focus = id;
    state.spot = false;
    light(near, touching);
    network.selectNodes([id]);
    /* the panel first, so that the neighbourhood is fitted beside it */
    showPanel(id);
    fitFree();
  }
  /* the whole map in view, ``ids`` lit and named first, the rest faded */
  function spotlight(ids) {
    clearFocus();
    hidePanel();
    var near = {}, touching = {};
    ids.forEach(function (id) { if (info[id] && !state.hidden[id]) { near[id] = true; } });
    data.edges.forEach(function (e) { if (near[e.from] && near[e.to]) { touching[e.id] = true; } });
    state.spot = true;
    light(near, touching);
    fitFree();
  }
  function clearFocus() {
    if (state.focus === null && !state.spot) { return; }
    state.focus = null;
    state.spot = false;
    state.near = {};
    nodes.update(nodes.getIds().map(function (n) {
      return { id: n, color: original[n].color, font: original[n].font };
    }));
    edges.update(edges.getIds().map(function (e) { return { id: e, color: originalEdge[e] }; }));
    network.unselectAll();
  }
  /* Escape, Clear, a click on the empty map: back to the fitted whole */
  function home() {
    clearFocus();
    hidePanel();
    if (more) { more.home(); }
    fitFree();
  }
  network.on("click", function (p) {
    if (p.nodes.length) { focusNode(p.nodes[0]); } else if (!p.edges.length) { home(); }
  });
  /* with a stakeholder focused, an arrow key steps to the neighbour that lies that way */
  function step(dx, dy) {
    var from = network.body.nodes[state.focus], best = null, bestScore = Infinity;
    Object.keys(state.near).forEach(function (id) {
      if (id === state.focus || state.hidden[id]) { return; }
      var n = network.body.nodes[id], vx = n.x - from.x, vy = n.y - from.y, d = Math.sqrt(vx * vx + vy * vy) || 1;
      var along = (vx * dx + vy * dy) / d;
      if (along < 0.3) { return; }
      var score = d / along;
      if (score < bestScore) { bestScore = score; best = id; }
    });
    if (best !== null) { focusNode(best); }
  }
  function zoomBy(factor) {
    var scale = network.getScale() * factor;
    network.moveTo({ scale: Math.max(0.02, Math.min(6, scale)), animation: false });
    chooseLabels();
  }
  function panBy(dx, dy) {
    var frame = document.getElementById("sg-map").getBoundingClientRect(), scale = network.getScale();
    var at = network.getViewPosition();
    network.moveTo({ position: { x: at.x + dx * frame.width * 0.15 / scale, y: at.y + dy * frame.height * 0.15 / scale },
      animation: false });
    chooseLabels();
  }
  function mostCentral() {
    var best = null;
    Object.keys(info).forEach(function (id) {
      var i = info[id];
      if (i.kind === "stakeholder" && !state.hidden[id] && (best === null || i.rank < info[best].rank)) { best = id; }
    });
    return best;
  }

  /* ---------------------------------------------------------------- search */
  var index = Object.keys(info).map(function (id) { return { id: id, key: fold(info[id].name) }; });
  function find(query) {
    var q = fold(query);
    if (!q) { return []; }
    var hits = [];
    index.forEach(function (x) {
      var at = x.key.indexOf(q);
      if (at < 0) { return; }
      var rank = x.key === q ? 0 : at === 0 ? 1 : /[^a-z0-9]/.test(x.key.charAt(at - 1)) ? 2 : 3;
      hits.push({ id: x.id, rank: rank, key: x.key });
    });
    hits.sort(function (a, b) { return a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0); });
    return hits.map(function (h) { return h.id; });
  }
  var box = document.getElementById("sg-search");
  var list = document.getElementById("sg-matches");
  box.placeholder = S.search;
  box.size = Math.max(8, S.search.length);  /* room for the hint: see .sg-search in map.css */
  box.setAttribute("aria-label", S.search);
  function showMatches() {
    list.textContent = "";
    if (!fold(box.value)) { return; }
    var ids = find(box.value);
    if (!ids.length) { list.appendChild(el("li", "sg-none", S.no_match)); return; }
    ids.slice(0, MAX_MATCHES).forEach(function (id) {
      var item = el("li"), button = el("button", null, info[id].name);
      button.type = "button";
      button.addEventListener("click", function () { focusNode(id); });
      item.appendChild(button);
      list.appendChild(item);
    });
  }
  box.addEventListener("input", showMatches);
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = find(box.value);
      if (ids.length) { focusNode(ids[0]); }
    } else if (ev.key === "Escape") {
      box.value = ""; showMatches(); home();
    }
  });
  var clear = document.getElementById("sg-clear");
  clear.textContent = S.clear;
  clear.addEventListener("click", function () { box.value = ""; showMatches(); home(); });

  /* ---------------------------------------------------------------- filters */
  function passes(id) {
    var i = info[id];
    if (more && i.kind === "community") { return more.passes(id, passes); }
    if (i.round === "after" && state.round === "before") { return false; }
    if (i.kind === "stakeholder" || i.kind === "ghost") {
      return state.sector[i.sector] !== false && state.level[i.level] !== false
        && (!state.theme || i.themes.indexOf(state.theme) >= 0)
        && (!state.iwg || i.iwgs.indexOf(state.iwg) >= 0);
    }
    return !state.iwg || i.iwgs.indexOf(state.iwg) >= 0;
  }
  /* A filter hides what it leaves out, says so in the heading, trims the
     legend to what is left and fits the view to it. */
  function applyFilters(keepView) {
    var updates = [];
    nodes.getIds().forEach(function (id) {
      var hide = !passes(id);
      if (!!state.hidden[id] !== hide) { state.hidden[id] = hide; updates.push({ id: id, hidden: hide }); }
    });
    if (updates.length) {
      nodes.update(updates);
      if (state.focus !== null && state.hidden[state.focus]) { clearFocus(); hidePanel(); }
      if (state.focus !== null) { focusNode(state.focus); }
    }
    sayFilters();
    showLegend();
    if (updates.length && !keepView) { fitFree(); } else if (updates.length) { chooseLabels(); }
    return updates.length;
  }
  var status = document.getElementById("sg-status");
  var people = Object.keys(info).filter(function (id) { return info[id].kind === "stakeholder"; });
  function sayFilters() {
    var said = [];
    ["sector", "level"].forEach(function (kind) {
      var rows = data.filters[kind], on = rows.filter(function (row) { return state[kind][row[0]]; });
      if (on.length < rows.length) {
        said.push(S[kind] + ": " + (on.length ? on.map(function (row) { return row[1]; }).join(", ") : "—"));
      }
    });
    ["theme", "iwg"].forEach(function (kind) {
      var row = data.filters[kind].filter(function (r) { return r[0] === state[kind]; })[0];
      if (row) { said.push(row[1]); }
    });
    if (!said.length) { status.hidden = true; status.textContent = ""; return; }
    var shown = people.filter(function (id) { return passes(id); }).length;
    said.push(S.shown_of.replace("{shown}", shown).replace("{total}", people.length));
    status.textContent = said.join(" · ");
    status.hidden = false;
  }
  function checkboxes(kind, rows) {
    var set = el("fieldset", "sg-filter");
    set.appendChild(el("legend", null, S[kind]));
    rows.forEach(function (row) {
      state[kind][row[0]] = true;
      var label = el("label"), input = el("input");
      input.type = "checkbox";
      input.checked = true;
      input.value = row[0];
      input.setAttribute("data-filter", kind);
      input.addEventListener("change", function () { state[kind][row[0]] = input.checked; applyFilters(); });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + row[1]));
      set.appendChild(label);
    });
    return set;
  }
  function choice(kind, rows) {
    var set = el("fieldset", "sg-filter"), select = el("select");
    set.appendChild(el("legend", null, S[kind]));
    select.setAttribute("data-filter", kind);
    select.setAttribute("aria-label", S[kind]);
    var all = el("option", null, S.all);
    all.value = "";
    select.appendChild(all);
    rows.forEach(function (row) {
      var option = el("option", null, row[1]);
      option.value = row[0];
      select.appendChild(option);
    });
    select.addEventListener("change", function () { state[kind] = select.value; applyFilters(); });
    set.appendChild(select);
    return set;
  }
  var body = document.getElementById("sg-filter-body");
  document.getElementById("sg-filters-title").textContent = S.filters;
  body.appendChild(checkboxes("sector", data.filters.sector));
  body.appendChild(checkboxes("level", data.filters.level));
  /* a filter with a single choice filters nothing: keep its state, hide its box */
  ["sector", "level"].forEach(function (kind, i) {
    if (data.filters[kind].length < 2) { body.children[i].hidden = true; }
  });
  if (data.filters.theme.length) { body.appendChild(choice("theme", data.filters.theme)); }
  if (data.filters.iwg.length) { body.appendChild(choice("iwg", data.filters.iwg)); }
  /* a story's view: exactly these filters on (none given: everything shown) */
  function setFilters(f) {
    f = f || {};
    ["sector", "level"].forEach(function (kind) {
      data.filters[kind].forEach(function (row) { state[kind][row[0]] = !f[kind] || f[kind].indexOf(row[0]) >= 0; });
      body.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (input) {
        input.checked = !!state[kind][input.value];
      });
    });
    ["theme", "iwg"].forEach(function (kind) {
      state[kind] = f[kind] || "";
      var select = body.querySelector('select[data-filter="' + kind + '"]');
      if (select) { select.value = state[kind]; }
    });
    return applyFilters();
  }
  function setFilter(kind, value, on) {
    if (kind === "theme" || kind === "iwg") {
      state[kind] = value || "";
      var select = body.querySelector('select[data-filter="' + kind + '"]');
      if (select) { select.value = state[kind]; }
    } else {
      state[kind][value] = !!on;
      body.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (input) {
        if (input.value === value) { input.checked = !!on; }
      });
    }
    return applyFilters();
  }

  /* ---------------------------------------------------------------- side panel */
  var panel = document.getElementById("sg-panel");
  var panelBody = document.getElementById("sg-panel-body");
  function table(rows, glosses) {
    var dl = el("dl");
    rows.forEach(function (row) {
      dl.appendChild(el("dt", null, row[0]));
      dl.appendChild(el("dd", null, row[1]));
      var gloss = glosses && data.glosses[row[2]];
      if (gloss) { dl.appendChild(el("div", "sg-gloss", gloss)); }
    });
    return dl;
  }
  function showPanel(id) {
    var i = info[id];
    panelBody.textContent = "";
    panelBody.appendChild(el("h2", null, i.name));
    if (i.isolate) { panelBody.appendChild(el("p", null, S.isolate)); }
    if (i.facts && i.facts.length) {
      panelBody.appendChild(el("h3", null, S.attributes));
      panelBody.appendChild(table(i.facts, false));
    }
    if (i.measures && i.measures.length) {
      panelBody.appendChild(el("h3", null, S.measures));
      panelBody.appendChild(table(i.measures, true));
    }
    if (i.kind === "iwg") {
      panelBody.appendChild(el("h3", null, S.members + " (" + i.members.length + ")"));
      var ul = el("ul");
      i.members.forEach(function (m) { ul.appendChild(el("li", null, m[1] ? m[0] + " (" + m[1] + ")" : m[0])); });
      panelBody.appendChild(ul);
    }
    panel.hidden = false;
  }
  function hidePanel() { panel.hidden = true; }
  var close = document.getElementById("sg-panel-close");
  close.setAttribute("aria-label", S.close);
  close.addEventListener("click", hidePanel);

  /* ---------------------------------------------------------------- legend */
  /* each row of the legend says which marks it explains: a row whose marks
     a filter has hidden is hidden with them */
  var legend = document.getElementById("sg-legend");
  var legendRows = [];
  function shownNode(test) {
    return nodes.getIds().some(function (id) { return !state.hidden[id] && test(info[id], id); });
  }
  function shownEdge(test) {
    return data.edges.some(function (e) {
      return !state.hidden[e.from] && !state.hidden[e.to] && test(e, info[e.from] || {}, info[e.to] || {});
    });
  }
  function tie(e, a, b) { return a.kind === "stakeholder" && b.kind === "stakeholder"; }
  var MARKS = {
    dot: function (item) {
      return shownNode(function (i) {
        return (i.kind === "stakeholder" && i.fill === item.colour) || (!!i.fills && i.fills.indexOf(item.colour) >= 0);
      });
    },
    diamond: function () { return shownNode(function (i) { return i.kind === "iwg"; }); },
    migrant: function () { return shownNode(function (i) { return i.migrantLed; }); },
    isolate: function () { return shownNode(function (i) { return i.isolate; }); },
    placeholder: function () { return shownNode(function (i) { return i.kind === "placeholder"; }); },
    faded: function () { return shownNode(function (i) { return i.faded; }); },
    halo: function () { return shownNode(function (i) { return i.highlighted; }); },
    line: function () { return shownEdge(tie); },
    dashed: function () { return shownEdge(function (e, a, b) { return tie(e, a, b) && !!e.dashes; }); },
    arrow: function () { return shownEdge(function (e, a, b) { return tie(e, a, b) && !!e.arrows; }); },
    dotted: function () { return shownEdge(function (e, a, b) { return a.kind === "iwg" || b.kind === "iwg"; }); },
    ghost: function () { return state.round !== "before" && shownNode(function (i) { return i.kind === "ghost"; }); },
    ghostline: function () { return state.round !== "before" && roundEdges.before.length > 0; }
  };
  data.legend.forEach(function (section) {
    var part = el("section", "sg-legend-section"), rows = [];
    part.appendChild(el("h2", null, section.title));
    section.items.forEach(function (item) {
      var row = el("div", "sg-legend-row"), swatch = el("span", "sg-swatch " + item.kind);
      swatch.style.color = item.colour;
      row.appendChild(swatch);
      row.appendChild(el("span", null, item.label));
      part.appendChild(row);
      rows.push({ row: row, item: item });
    });
    legendRows.push({ part: part, rows: rows });
    legend.appendChild(part);
  });
  function showLegend() {
    legendRows.forEach(function (section) {
      var any = !section.rows.length;
      section.rows.forEach(function (r) {
        var test = MARKS[r.item.kind], on = test ? test(r.item) : true;
        r.row.hidden = !on;
        any = any || on;
      });
      section.part.hidden = !any;
    });
    fitLegend();
  }
  /* projected, the legend shows every row rather than hide rows behind a
     scrollbar the room cannot see: its type shrinks (to 12 px), then the
     gap card above it gives up room (its type to 12 px too), and only then
     does the legend's type go below 12 px */
  function fitLegend() {
    var card = document.getElementById("sg-gaps");
    legend.style.fontSize = "";
    card.style.fontSize = "";
    if (!state.presentation) { return; }
    var over = function () { return legend.scrollHeight > legend.clientHeight + 1; };
    var size = 17, cardSize = 17;
    for (; size > 12 && over(); size -= 1) { legend.style.fontSize = (size - 1) + "px"; }
    for (; !card.hidden && cardSize > 12 && over(); cardSize -= 1) { card.style.fontSize = (cardSize - 1) + "px"; }
    for (size = Math.min(size, 12); size > 9 && over(); size -= 1) { legend.style.fontSize = (size - 1) + "px"; }
  }

  /* ---------------------------------------------------------------- gap card */
  /* with --iwg: the themes, levels and types its members lack and the sectors it has no tie between */
  var gaps = document.getElementById("sg-gaps");
  if (data.gaps && data.gaps.rows.length) {
    gaps.appendChild(el("h2", null, data.gaps.title));
    var dl = el("dl");
    data.gaps.rows.forEach(function (row) {
      dl.appendChild(el("dt", null, row[0]));
      dl.appendChild(el("dd", null, row[1]));
      dl.appendChild(el("dd", "sg-gap-status", row[2]));
    });
    gaps.appendChild(dl);
    gaps.setAttribute("aria-label", data.gaps.title);
    gaps.hidden = false;
  }

  /* ---------------------------------------------------------------- presentation */
  var toggle = document.getElementById("sg-presentation");
  toggle.textContent = S.presentation;
  function setPresentation(on) {
    state.presentation = !!on;
    document.body.classList.toggle("sg-presentation", state.presentation);
    toggle.setAttribute("aria-pressed", String(state.presentation));
    fitLegend();
    network.redraw();
    fitFree();
  }
  toggle.addEventListener("click", function () { setPresentation(!state.presentation); });

  /* ---------------------------------------------------------------- before and after (the diff map) */
  /* The later round is drawn with the earlier round's losses as ghosts, at
     the same places; the earlier round hides what is new and draws the
     ghosts as they were. The view does not move: the room sees what changed. */
  state.round = "after";
  var roundEdges = (data.rounds && data.rounds.edges) || { before: [], after: [] };
  var roundButtons = { before: document.getElementById("sg-round-before"), after: document.getElementById("sg-round-after") };
  var ghosts = Object.keys(info).filter(function (id) { return info[id].kind === "ghost"; });
  var ghostLook = {}, ghostTie = {};
  ghosts.forEach(function (id) { ghostLook[id] = original[id].color; });
  roundEdges.before.forEach(function (id) { ghostTie[id] = originalEdge[id]; });
  function setRound(which) {
    if (!data.rounds) { return state.round; }
    state.round = which === "before" ? "before" : "after";
    var before = state.round === "before";
    ghosts.forEach(function (id) { original[id] = { color: before ? info[id].was : ghostLook[id], font: original[id].font }; });
    nodes.update(ghosts.map(function (id) {
      return { id: id, color: original[id].color, shapeProperties: { borderDashes: before ? false : [4, 3] } };
    }));
    roundEdges.before.forEach(function (id) {
      originalEdge[id] = before ? data.options.edges.color : ghostTie[id];
    });
    edges.update(roundEdges.before.map(function (id) {
      return { id: id, color: originalEdge[id], dashes: before ? false : [3, 4] };
    }));
    edges.update(roundEdges.after.map(function (id) { return { id: id, hidden: before }; }));
    roundButtons.before.setAttribute("aria-pressed", String(before));
    roundButtons.after.setAttribute("aria-pressed", String(!before));
    document.body.classList.toggle("sg-before", before);
    if (state.focus !== null && !passes(state.focus)) { clearFocus(); hidePanel(); }
    applyFilters(true);
    if (state.focus !== null) { focusNode(state.focus); }
    network.redraw();
    return state.round;
  }
  if (data.rounds) {
    document.getElementById("sg-rounds").hidden = false;
    roundButtons.before.textContent = S.earlier_round;
    roundButtons.after.textContent = S.later_round;
    roundButtons.before.addEventListener("click", function () { setRound("before"); });
    roundButtons.after.addEventListener("click", function () { setRound("after"); });
  }

  /* ---------------------------------------------------------------- tools */
  function button(id, text, label, act) {
    var b = document.getElementById(id);
    if (text !== null) { b.textContent = text; }
    b.setAttribute("aria-label", label);
    b.title = label;
    b.addEventListener("click", act);
  }
  function setLabelPx(px) {
    var mode = state.presentation ? "presentation" : "normal";
    var least = state.presentation ? MIN_BIG_PX : MIN_PX;
    state.px[mode] = Math.max(least, Math.min(MAX_PX, px));
    chooseLabels();
  }
  button("sg-fit", S.fit, S.fit, function () { home(); });
  button("sg-zoom-in", null, S.zoom_in, function () { zoomBy(1.25); });
  button("sg-zoom-out", null, S.zoom_out, function () { zoomBy(0.8); });
  button("sg-larger", null, S.larger_names, function () { setLabelPx(labelPx() + 2); });
  button("sg-smaller", null, S.smaller_names, function () { setLabelPx(labelPx() - 2); });
  var allNames = document.querySelector("#sg-all-names input");
  document.querySelector("#sg-all-names span").textContent = S.all_names;
  function setAllNames(on) {
    state.allNames = !!on;
    allNames.checked = state.allNames;
    chooseLabels();
  }
  allNames.addEventListener("change", function () { setAllNames(allNames.checked); });
  document.getElementById("sg-tools").setAttribute("aria-label", S.fit + ", " + S.zoom_in + ", " + S.all_names);

  /* ---------------------------------------------------------------- keys */
  var frameEl = document.getElementById("sg-map");
  frameEl.setAttribute("aria-label", S.map_keys);
  var ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  document.addEventListener("keydown", function (ev) {
    var tag = ev.target && ev.target.tagName;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(tag) || (tag === "BUTTON" && (ev.key === "Enter" || ev.key === " "))) { return; }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var arrow = ARROWS[ev.key];
    if (ev.key === "p" || ev.key === "P") { setPresentation(!state.presentation); }
    else if (ev.key === "Escape") { home(); }
    else if ((ev.key === "b" || ev.key === "B") && data.rounds) { setRound(state.round === "before" ? "after" : "before"); }
    else if (ev.key === "+" || ev.key === "=") { zoomBy(1.25); }
    else if (ev.key === "-" || ev.key === "_" || ev.key === "\u2212") { zoomBy(0.8); }
    else if (ev.key === "0" || ev.key === "f" || ev.key === "F") { home(); }
    else if (arrow && state.focus !== null && !ev.shiftKey) { step(arrow[0], arrow[1]); }
    else if (arrow) { panBy(arrow[0], arrow[1]); }
    else if ((ev.key === "Enter" || ev.key === " ") && ev.target === frameEl && state.focus === null) {
      var first = mostCentral();
      if (first !== null) { focusNode(first); }
    } else { return; }
    ev.preventDefault();
  });

  /* ---------------------------------------------------------------- resizing */
  var resized = null;
  function refit() {
    if (resized) { clearTimeout(resized); }
    resized = setTimeout(function () { resized = null; fitLegend(); fitFree(); }, 150);
  }
  window.addEventListener("resize", refit);
  network.on("resize", function () { if (window.mapSteady) { refit(); } });

  sayFilters();
  showLegend();
  if (data.initial.theme) { setFilter("theme", data.initial.theme); }
  if (data.initial.iwg) { setFilter("iwg", data.initial.iwg); }
  window.stakegraph = { info: info, edgeInfo: edgeInfo, state: state, find: find, fold: fold,
    focusNode: focusNode, clearFocus: clearFocus, home: home, setFilter: setFilter, applyFilters: applyFilters,
    showPanel: showPanel, setPresentation: setPresentation, fitFree: fitFree, chooseLabels: chooseLabels,
    setLabelPx: setLabelPx, labels: drawnLabels, lines: linesOf, spotlight: spotlight, setFilters: setFilters,
    hidePanel: hidePanel, whenSteady: whenSteady, setRound: setRound, marks: MARKS, showLegend: showLegend,
    data: data, strings: S, story: data.story || [], setAllNames: setAllNames, zoomBy: zoomBy, freeArea: freeArea,
    nodes: nodes, edges: edges, readyNode: readyNode, readyEdge: readyEdge };
  if (more) { more.start(window.stakegraph); }
}());
