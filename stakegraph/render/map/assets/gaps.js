/* stakegraph map: the rest of an IWG's gap on the map. Each pair of sectors
   with no tie between them is a dashed red arc between the two sector groups
   of the ring; a toggle on the gap card lights the recommended invitees,
   ringed in purple, and the paths by which a member can introduce them. */
(function () {
  "use strict";
  var SG = window.stakegraph, network = window.network, info = SG.info, data = SG.data, S = SG.strings;
  var arcs = data.gapArcs || [], invitees = data.invitees || [];
  var ARC = "#CC3311", INVITEE = "#5D3A9B";
  if (!arcs.length && !invitees.length) { return; }

  /* the middle of a sector's group on the ring: its members and its placeholder */
  function centre(sector) {
    var xs = 0, ys = 0, k = 0;
    Object.keys(info).forEach(function (id) {
      var i = info[id], n = network.body.nodes[id];
      if (!n || SG.state.hidden[id] || i.sector !== sector) { return; }
      if (!((i.kind === "stakeholder" && !i.faded) || i.kind === "placeholder")) { return; }
      xs += n.x;
      ys += n.y;
      k += 1;
    });
    return k ? { x: xs / k, y: ys / k } : null;
  }
  function hub() {
    var id = Object.keys(info).filter(function (g) { return info[g].kind === "iwg" && !info[g].faded; })[0];
    return id && network.body.nodes[id] ? { x: network.body.nodes[id].x, y: network.body.nodes[id].y } : null;
  }
  /* in map units: curves (arcs), lines (introduction paths) and rings (invitees) */
  function shapes() {
    var out = [], h = hub(), scale = network.getScale() || 1;
    arcs.forEach(function (pair) {
      var a = centre(pair[0]), b = centre(pair[1]);
      if (!a || !b) { return; }
      var m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      var c = h ? { x: m.x + (h.x - m.x) * 0.8, y: m.y + (h.y - m.y) * 0.8 } : m;
      out.push({ kind: "curve", pts: [a, c, b], colour: ARC, width: 3.5, dash: [10, 7] });
    });
    if (SG.state.invitees) {
      invitees.forEach(function (inv) {
        inv.paths.forEach(function (path) {
          var pts = path.filter(function (id) { return network.body.nodes[id] && !SG.state.hidden[id]; })
            .map(function (id) { return { x: network.body.nodes[id].x, y: network.body.nodes[id].y }; });
          if (pts.length > 1) { out.push({ kind: "line", pts: pts, colour: INVITEE, width: 5 }); }
        });
        var n = network.body.nodes[inv.id];
        if (n && !SG.state.hidden[inv.id]) {
          out.push({ kind: "ring", pts: [{ x: n.x, y: n.y }], colour: INVITEE, width: 4,
            r: (n.options.size || 10) + (n.options.borderWidth || 0) / 2 + 5 / scale });
        }
      });
    }
    return out;
  }
  /* under the ties and the nodes, widths and dashes in screen pixels */
  network.on("beforeDrawing", function (ctx) {
    var px = 1 / (network.getScale() || 1);
    ctx.save();
    shapes().forEach(function (s) {
      ctx.beginPath();
      ctx.strokeStyle = s.colour;
      ctx.lineWidth = s.width * px;
      ctx.setLineDash((s.dash || []).map(function (d) { return d * px; }));
      var p = s.pts;
      if (s.kind === "curve") {
        ctx.moveTo(p[0].x, p[0].y);
        ctx.quadraticCurveTo(p[1].x, p[1].y, p[2].x, p[2].y);
      } else if (s.kind === "ring") {
        ctx.arc(p[0].x, p[0].y, s.r, 0, 2 * Math.PI);
      } else {
        ctx.moveTo(p[0].x, p[0].y);
        p.slice(1).forEach(function (q) { ctx.lineTo(q.x, q.y); });
      }
      ctx.stroke();
    });
    ctx.restore();
  });

  SG.state.invitees = false;
  SG.marks.gaparc = function () { return shapes().some(function (s) { return s.kind === "curve"; }); };
  SG.marks.invitee = function () { return !!SG.state.invitees; };
  function showInvitees(on) {
    SG.state.invitees = !!on;
    toggle.setAttribute("aria-pressed", String(SG.state.invitees));
    /* the legend first: its new row moves its edge, which the view is fitted and named beside */
    SG.showLegend();
    if (SG.state.invitees) {
      var lit = {};
      invitees.forEach(function (inv) {
        lit[inv.id] = true;
        inv.paths.forEach(function (path) { path.forEach(function (id) { lit[id] = true; }); });
      });
      SG.spotlight(Object.keys(lit));
    } else {
      SG.home();
    }
    network.redraw();
    return SG.state.invitees;
  }
  var card = document.getElementById("sg-gaps"), toggle = document.createElement("button");
  toggle.type = "button";
  toggle.id = "sg-invitees";
  toggle.textContent = S.invitees;
  toggle.setAttribute("aria-pressed", "false");
  toggle.addEventListener("click", function () { showInvitees(!SG.state.invitees); });
  if (invitees.length) {
    card.appendChild(toggle);
    card.hidden = false;
  }
  SG.showLegend();
  SG.showInvitees = showInvitees;
  SG.gapShapes = shapes;
}());
