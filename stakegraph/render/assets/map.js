/* stakegraph map: search, filters, side panel, legend, presentation mode.
   Every text from the workbook is set with textContent, never parsed as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var S = data.strings, info = data.info, edgeInfo = data.edgeInfo;
  var FONT = 16, BIG_FONT = 26, ZOOM_LABELS = 1.4, MAX_MATCHES = 8;
  var INK = "#1a1a1a";
  var GREY = "rgba(190,190,190,0.22)";
  var FADED = { background: GREY, border: GREY, highlight: { background: GREY, border: GREY },
    hover: { background: GREY, border: GREY } };

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
  data.nodes.forEach(function (n) {
    if (!n.font) { n.font = { color: INK }; }
    n.title = nodeTip(n.id);
    original[n.id] = { color: n.color, font: n.font };
  });
  data.edges.forEach(function (e) {
    var tip = edgeTip(e.id);
    if (tip) { e.title = tip; }
    originalEdge[e.id] = e.color || data.options.edges.color;
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("sg-map"), { nodes: nodes, edges: edges }, data.options);
  window.nodes = nodes;
  window.edges = edges;
  window.network = network;

  function steady() {
    window.mapSteady = true;
    window.mapSteadyAt = performance.now();
    document.body.setAttribute("data-steady", "true");
  }

  /* ---------------------------------------------------------------- labels */
  var state = { focus: null, near: {}, hovered: null, zoomLabels: false, presentation: false, font: FONT,
    sector: {}, level: {}, theme: "", iwg: "", hidden: {} };

  function wantsLabel(id) {
    var i = info[id];
    return i.top || state.zoomLabels || state.hovered === id || !!state.near[id];
  }
  function relabel(ids) {
    var updates = [];
    ids.forEach(function (id) {
      var want = wantsLabel(id) ? info[id].name : "";
      if (nodes.get(id).label !== want) { updates.push({ id: id, label: want }); }
    });
    if (updates.length) { nodes.update(updates); }
  }
  /* The biggest stakeholders keep a label, skipping any that would overlap
     one already shown; chosen again once the map has settled, when a filter
     changes and when the font grows for presentation, so labels never pile
     up into mush. Only what is shown counts: a filter that leaves a few
     dozen stakeholders names each of them that has room. */
  var CHAR = 0.5625, LINE = 1.375;
  function spaceLabels() {
    if (!data.labelLimit) { return; }
    var font = state.font;
    var pos = network.getPositions();
    var shown = data.nodes.filter(function (n) { return !state.hidden[n.id]; });
    data.nodes.forEach(function (n) { if (info[n.id].kind === "stakeholder") { info[n.id].top = false; } });
    var order = shown.filter(function (n) { return info[n.id].kind === "stakeholder"; })
      .sort(function (a, b) {
        return (info[b.id].first ? 1 : 0) - (info[a.id].first ? 1 : 0) || b.size - a.size
          || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      });
    var boxes = [];
    function box(n, size) {
      var p = pos[n.id] || network.body.nodes[n.id];  /* a hidden node has no position to report */
      var half = CHAR * font * info[n.id].name.length / 2 + 4, top = p.y + size + 2;
      return [p.x - half, top, p.x + half, top + LINE * font];
    }
    /* IWG and placeholder labels always show: stakeholders' labels make room for them */
    var fixed = shown.filter(function (n) { return info[n.id].kind !== "stakeholder"; })
      .map(function (n) { return box(n, n.size || 12); });
    var limit = Math.max(data.labelLimit, order.length <= (data.labelAll || 0) ? order.length : 0);
    order.forEach(function (n) {
      var i = info[n.id];
      if (boxes.length >= limit) { return; }
      var mine = box(n, n.size);
      function clash(b) { return mine[0] < b[2] && b[0] < mine[2] && mine[1] < b[3] && b[1] < mine[3]; }
      if (!boxes.some(clash) && !fixed.some(clash)) { i.top = true; boxes.push(mine); }
    });
    relabel(nodes.getIds());
  }
  network.on("hoverNode", function (p) { state.hovered = p.node; relabel([p.node]); });
  network.on("blurNode", function (p) { state.hovered = null; relabel([p.node]); });
  function zoomed() {
    var want = network.getScale() >= ZOOM_LABELS;
    if (want !== state.zoomLabels) { state.zoomLabels = want; relabel(nodes.getIds()); }
  }
  network.on("zoom", zoomed);

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
      var dim = info[id].faded || (state.focus !== null && !state.near[id]);
      ctx.strokeStyle = dim ? "rgba(26,26,26,0.25)" : INK;
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.options.size + (n.options.borderWidth || 0) / 2 + 2 * px, 0, 2 * Math.PI);
      ctx.stroke();
    });
    ctx.restore();
  });

  /* ---------------------------------------------------------------- fitting */
  /* The filters and the legend float over the map: the drawing (what is
     shown, with its labels) is fitted into the largest part of the map they
     leave free, or into the whole map when they leave too little. */
  var MARGIN = 16;
  function freeArea() {
    var frame = document.getElementById("sg-map").getBoundingClientRect();
    var whole = { left: 0, top: 0, right: frame.width, bottom: frame.height }, area = whole;
    ["sg-controls", "sg-legend", "sg-panel"].forEach(function (id) {
      var over = document.getElementById(id);
      if (!over || !over.getClientRects().length) { return; }
      var r = over.getBoundingClientRect();
      var o = { left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top };
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
  function drawnBox(ids) {
    var box = null;
    function add(l, t, r, b) {
      box = box ? { left: Math.min(box.left, l), top: Math.min(box.top, t), right: Math.max(box.right, r),
        bottom: Math.max(box.bottom, b) } : { left: l, top: t, right: r, bottom: b };
    }
    ids.forEach(function (id) {
      var n = network.body.nodes[id], r = (n.options.size || 0) + (n.options.borderWidth || 0);
      add(n.x - r, n.y - r, n.x + r, n.y + r);
      var bb = n.shape && n.shape.boundingBox;
      if (bb) { add(bb.left, bb.top, bb.right, bb.bottom); }
      var s = n.labelModule && n.labelModule.size;
      if (n.options.label && s && s.width > 0) { add(s.left, s.top, s.left + s.width, s.top + s.height); }
    });
    return box;
  }
  function fitFree() {
    var ids = nodes.getIds().filter(function (id) { return !state.hidden[id]; });
    if (!ids.length) { return; }
    /* first everything on screen, so that each label is measured as drawn */
    network.fit({ nodes: ids, animation: false });
    network.redraw();
    var box = drawnBox(ids), free = freeArea(), a = free.area;
    var w = a.right - a.left - 2 * MARGIN, h = a.bottom - a.top - 2 * MARGIN;
    if (!box || w <= 0 || h <= 0) { zoomed(); return; }
    var scale = Math.min(1, w / Math.max(box.right - box.left, 1), h / Math.max(box.bottom - box.top, 1));
    network.moveTo({
      position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }, scale: scale,
      offset: { x: (a.left + a.right - free.width) / 2, y: (a.top + a.bottom - free.height) / 2 },
      animation: false
    });
    network.redraw();
    zoomed();
  }

  if (data.physics) {
    /* a short stabilisation from the Python layout, then still: a projected map must not drift */
    var settle = function () {
      if (window.mapSteady) { return; }
      network.stopSimulation();
      network.setOptions({ physics: { enabled: false } });
      spaceLabels();
      fitFree();
      steady();
    };
    network.once("stabilizationIterationsDone", settle);
    /* and never later than this, whatever the browser's speed */
    setTimeout(settle, 8000);
  } else {
    network.once("afterDrawing", function () { spaceLabels(); fitFree(); steady(); });
  }

  /* ---------------------------------------------------------------- focus (search, click) */
  function focusNode(id) {
    if (!info[id]) { return; }
    var near = {};
    near[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { near[n] = true; });
    var touching = {};
    network.getConnectedEdges(id).forEach(function (e) { touching[e] = true; });
    state.focus = id;
    state.near = near;
    nodes.update(nodes.getIds().map(function (n) {
      return near[n] ? { id: n, color: original[n].color, font: original[n].font }
        : { id: n, color: FADED, font: { color: "rgba(26,26,26,0.25)" } };
    }));
    edges.update(edges.getIds().map(function (e) {
      return { id: e, color: touching[e] ? originalEdge[e] : { color: "#bbbbbb", opacity: 0.12 } };
    }));
    relabel(nodes.getIds());
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 350 } });
    showPanel(id);
  }
  function clearFocus() {
    if (state.focus === null) { return; }
    state.focus = null;
    state.near = {};
    nodes.update(nodes.getIds().map(function (n) {
      return { id: n, color: original[n].color, font: original[n].font };
    }));
    edges.update(edges.getIds().map(function (e) { return { id: e, color: originalEdge[e] }; }));
    relabel(nodes.getIds());
    network.unselectAll();
  }
  network.on("click", function (p) {
    if (p.nodes.length) { focusNode(p.nodes[0]); } else if (!p.edges.length) { clearFocus(); hidePanel(); }
  });

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
      box.value = ""; showMatches(); clearFocus(); hidePanel();
    }
  });
  var clear = document.getElementById("sg-clear");
  clear.textContent = S.clear;
  clear.addEventListener("click", function () { box.value = ""; showMatches(); clearFocus(); hidePanel(); });

  /* ---------------------------------------------------------------- filters */
  function passes(id) {
    var i = info[id];
    if (i.kind === "stakeholder") {
      return !!state.sector[i.sector] && !!state.level[i.level]
        && (!state.theme || i.themes.indexOf(state.theme) >= 0)
        && (!state.iwg || i.iwgs.indexOf(state.iwg) >= 0);
    }
    return !state.iwg || i.iwgs.indexOf(state.iwg) >= 0;
  }
  function applyFilters() {
    var updates = [];
    nodes.getIds().forEach(function (id) {
      var hide = !passes(id);
      if (!!state.hidden[id] !== hide) { state.hidden[id] = hide; updates.push({ id: id, hidden: hide }); }
    });
    if (updates.length) { nodes.update(updates); spaceLabels(); }
    return updates.length;
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
  if (data.initial.theme) { setFilter("theme", data.initial.theme); }
  if (data.initial.iwg) { setFilter("iwg", data.initial.iwg); }

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
  var legend = document.getElementById("sg-legend");
  data.legend.forEach(function (section) {
    var part = el("section", "sg-legend-section");
    part.appendChild(el("h2", null, section.title));
    section.items.forEach(function (item) {
      var row = el("div", "sg-legend-row"), swatch = el("span", "sg-swatch " + item.kind);
      swatch.style.color = item.colour;
      row.appendChild(swatch);
      row.appendChild(el("span", null, item.label));
      part.appendChild(row);
    });
    legend.appendChild(part);
  });

  /* ---------------------------------------------------------------- presentation */
  var toggle = document.getElementById("sg-presentation");
  toggle.textContent = S.presentation;
  function setPresentation(on) {
    state.presentation = !!on;
    document.body.classList.toggle("sg-presentation", state.presentation);
    toggle.setAttribute("aria-pressed", String(state.presentation));
    network.redraw();
    fitFree();
    /* labels are sized in map units: a map fitted small gets larger ones, so
       that they read from the back of a room at the zoom the room sees */
    var scale = network.getScale() || 1;
    state.font = state.presentation ? Math.min(3 * BIG_FONT, Math.max(BIG_FONT, BIG_FONT / scale)) : FONT;
    network.setOptions({ nodes: { font: { size: state.font } } });
    spaceLabels();
    /* and again with the labels at their new size, so none runs off the map */
    fitFree();
  }
  toggle.addEventListener("click", function () { setPresentation(!state.presentation); });
  document.addEventListener("keydown", function (ev) {
    if (ev.target && /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName)) { return; }
    if (ev.key === "p" || ev.key === "P") { setPresentation(!state.presentation); }
    if (ev.key === "Escape") { clearFocus(); hidePanel(); }
  });

  window.stakegraph = { info: info, edgeInfo: edgeInfo, state: state, find: find, fold: fold,
    focusNode: focusNode, clearFocus: clearFocus, setFilter: setFilter, applyFilters: applyFilters,
    showPanel: showPanel, setPresentation: setPresentation, fitFree: fitFree, spaceLabels: spaceLabels };
}());
