/* stakegraph map, big maps: the communities drawn as nodes that open in place.
   Loaded before map.js, which asks it (window.sgAggregate) for the first
   view, for what a click or a search opens, for what Fit and Escape close,
   and for the nodes a view is fitted to. Every text is set by map.js with
   textContent; nothing here writes HTML. */
(function () {
  "use strict";
  var S = null, data = null, clusters = null, byNode = {}, byEdge = {}, inside = {}, across = {};
  var of = {}, links = [], opened = null, added = { nodes: [], edges: [] }, central = {}, live = {}, redraw = null;
  /* a faded node (another stakeholder focused) is drawn with this fill by map.js */
  var FADED_FILL = "#f2f2f2", GAP = "#ffffff", FADED_LINE = "#8a8a8a";

  /* a community's node: a pie of its members' colours, with white gaps
     between the slices so that no two colours need to contrast */
  function pie(c) {
    return function (p) {
      var ctx = p.ctx, r = p.style.size, faded = p.style.color === FADED_FILL, mix = live[c];
      var total = mix.reduce(function (s, m) { return s + m[1]; }, 0) || 1;
      return {
        drawNode: function () {
          var a = -Math.PI / 2;
          ctx.globalAlpha = faded ? 0.25 : 1;
          mix.forEach(function (m) {
            var da = 2 * Math.PI * m[1] / total;
            ctx.beginPath();
            ctx.moveTo(p.x, p.y);
            ctx.arc(p.x, p.y, r, a, a + da);
            ctx.closePath();
            ctx.fillStyle = m[0];
            ctx.fill();
            a += da;
          });
          ctx.globalAlpha = 1;
          ctx.lineWidth = Math.max(1, r * 0.05);
          ctx.strokeStyle = GAP;
          if (mix.length > 1) {
            a = -Math.PI / 2;
            mix.forEach(function (m) {
              ctx.beginPath();
              ctx.moveTo(p.x, p.y);
              ctx.lineTo(p.x + r * Math.cos(a), p.y + r * Math.sin(a));
              ctx.stroke();
              a += 2 * Math.PI * m[1] / total;
            });
          }
          /* hovered or chosen: a black ring; faded: a grey outline of 3:1 */
          var ring = p.state.hover || p.state.selected ? "#000000" : faded ? FADED_LINE : null;
          if (ring) {
            ctx.beginPath();
            ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
            ctx.lineWidth = Math.max(2, r * 0.08);
            ctx.strokeStyle = ring;
            ctx.stroke();
          }
        },
        nodeDimensions: { width: 2 * r, height: 2 * r }
      };
    };
  }

  function wants(d) { return !!(d && d.aggregate && d.aggregate.clusters); }

  /* the first view: the communities and the links between them */
  function firstView(d) {
    data = d;
    Object.keys(d.aggregate.clusters).forEach(function (c) { central[c] = d.info[c].central; });
    clusters = d.aggregate.clusters;
    links = d.aggregate.links;
    Object.keys(clusters).forEach(function (c) {
      inside[c] = [];
      across[c] = [];
      clusters[c].members.forEach(function (m) { of[m] = c; });
    });
    d.nodes.forEach(function (n) { byNode[n.id] = n; });
    var linked = {};
    links.forEach(function (id) { linked[id] = true; });
    var first = [], firstEdges = [];
    d.edges.forEach(function (e) {
      byEdge[e.id] = e;
      if (linked[e.id]) { firstEdges.push(e); return; }
      var a = of[e.from], b = of[e.to];
      if (a === undefined || b === undefined) { return; }  /* an IWG's membership: IWGs stay folded */
      if (a === b) { inside[a].push(e); } else { across[a].push([e.from, b]); across[b].push([e.to, a]); }
    });
    Object.keys(clusters).forEach(function (c) {
      var n = byNode[c];
      n.shape = "custom";
      live[c] = clusters[c].mix;
      n.ctxRenderer = pie(c);
      first.push(n);
    });
    return { nodes: first, edges: firstEdges };
  }

  /* map.js is ready: what the first view leaves out is folded away */
  function start(api) {
    S = api;
    Object.keys(S.info).forEach(function (id) {
      if (S.info[id].kind !== "community" && !S.nodes.get(id)) { S.state.hidden[id] = true; }
    });
    S.clusters = { of: of, open: open, opened: function () { return opened; } };
    /* the legend's mark of a community: the largest one's pie */
    var mix = clusters[Object.keys(clusters)[0]].mix, total = 0, at = 0, stops = [];
    mix.forEach(function (m) { total += m[1]; });
    mix.forEach(function (m) {
      stops.push(m[0] + " " + (360 * at / total) + "deg " + (360 * (at + m[1]) / total) + "deg");
      at += m[1];
    });
    document.querySelectorAll(".sg-swatch.cluster").forEach(function (swatch) {
      swatch.style.borderRadius = "50%";
      swatch.style.background = "conic-gradient(" + stops.join(", ") + ")";
    });
  }

  /* a link from a member to another community, as wide as its ties */
  function reach(c) {
    var count = {}, made = [];
    across[c].forEach(function (pair) {
      var key = pair[0] + "\u0000" + pair[1];
      count[key] = (count[key] || 0) + 1;
    });
    Object.keys(count).forEach(function (key, i) {
      var ends = key.split("\u0000"), id = "open:" + c + ":" + i;
      made.push(S.readyEdge({ id: id, from: ends[0], to: ends[1], width: Math.min(4, count[key]),
        color: { color: "#333333", opacity: 0.6 } }));
    });
    return made;
  }

  function touching(c) {
    return links.filter(function (id) { return byEdge[id].from === c || byEdge[id].to === c; });
  }

  /* the pointer was over a node that goes: vis will not say it left */
  function unhover() {
    if (S.state.hovered !== null && S.state.hidden[S.state.hovered]) { S.state.hovered = null; }
  }

  function close() {
    if (opened === null) { return; }
    var c = opened;
    opened = null;
    added.nodes.forEach(function (id) { S.state.hidden[id] = true; });
    unhover();
    S.edges.remove(added.edges);
    S.nodes.remove(added.nodes);
    added = { nodes: [], edges: [] };
    byNode[c].hidden = false;
    delete S.state.hidden[c];
    Object.keys(clusters).forEach(function (k) { S.info[k].central = central[k]; });
    S.nodes.add(S.readyNode(byNode[c]));
    S.edges.add(touching(c).map(function (id) { return byEdge[id]; }));
    S.applyFilters();
  }

  /* one community open at a time: its members where its node was */
  function open(c) {
    if (opened === c || !clusters[c]) { return; }
    S.clearFocus();
    close();
    var members = clusters[c].members;
    S.edges.remove(touching(c));
    /* folded before it goes: vis may draw at once, and map.js skips what is hidden */
    S.state.hidden[c] = true;
    unhover();
    S.nodes.remove(c);
    /* shown again, then hidden by map.js where a filter says so */
    members.forEach(function (m) { byNode[m].hidden = false; delete S.state.hidden[m]; });
    S.nodes.add(members.map(function (m) { return S.readyNode(byNode[m]); }));
    var edges = inside[c].map(S.readyEdge).concat(reach(c));
    S.edges.add(edges);
    added = { nodes: members.slice(), edges: edges.map(function (e) { return e.id; }) };
    opened = c;
    /* the open community's members are the subject: the others' names need not stand off on leader lines */
    Object.keys(clusters).forEach(function (k) { S.info[k].central = false; });
    S.applyFilters();
  }

  /* map.js asks before it focuses ``id``: true when this took care of it */
  function focus(id) {
    var i = S.info[id];
    if (!i) { return false; }
    if (i.kind === "community") {
      open(id);
      S.showPanel(id);
      S.fitFree();
      return true;
    }
    if (i.kind === "iwg") { S.showPanel(id); return true; }  /* IWGs stay folded: their panel lists the members */
    if (of[id] !== undefined && of[id] !== opened) { open(of[id]); }
    return false;
  }

  /* Fit, Escape, a click on the empty map: back to the communities */
  function home() { close(); }

  /* the nodes a view without a focus is fitted to: the open community, or all */
  function view() { return opened === null ? null : added.nodes; }

  /* a community stays while any of its members passes the filters; its pie
     (and so the legend) shows only the members that pass */
  function passes(id, test) {
    var count = {};
    clusters[id].members.forEach(function (m) {
      if (test(m)) { count[data.info[m].fill] = (count[data.info[m].fill] || 0) + 1; }
    });
    live[id] = clusters[id].mix.filter(function (m) { return count[m[0]]; })
      .map(function (m) { return [m[0], count[m[0]]]; });
    data.info[id].fills = live[id].map(function (m) { return m[0]; });
    if (redraw === null) {
      redraw = setTimeout(function () { redraw = null; if (window.network) { window.network.redraw(); } }, 0);
    }
    return live[id].length > 0;
  }

  window.sgAggregate = { wants: wants, firstView: firstView, start: start, focus: focus, home: home,
    view: view, passes: passes };
}());
