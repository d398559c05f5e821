/* stakegraph map: the page as a drawing (print, PDF, SVG).
   The map's canvas would print as a bitmap; instead the view as drawn is
   written out as SVG: every node, tie and name where the page put it, the
   title, the filter line, the legend and the gap card beside it, each word
   a real <text> (set with textContent, so a name is never markup). */
(function () {
  "use strict";
  var SG = window.stakegraph, network = window.network, info = SG.info;
  var NS = "http://www.w3.org/2000/svg", INK = "#1a1a1a";
  var pen = document.createElement("canvas").getContext("2d");

  function make(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== undefined && attrs[k] !== null) { node.setAttribute(k, String(attrs[k])); }
    });
    if (text !== undefined) { node.textContent = String(text); }
    return node;
  }
  function colourOf(c, fallback) {
    if (!c) { return fallback; }
    if (typeof c === "string") { return c; }
    return c.color || c.background || fallback;
  }
  function dashes(d, scale) {
    if (!d) { return undefined; }
    var list = Array.isArray(d) ? d : [5, 5];
    return list.map(function (x) { return Math.max(1, x * scale); }).join(" ");
  }

  /* words at an element's place, in its size and weight, wrapped to its width */
  function words(group, element, origin) {
    if (!element || !element.getClientRects().length || element.closest("[hidden]")) { return; }
    var text = (element.textContent || "").replace(/\s+/g, " ").trim();
    if (!text) { return; }
    var r = element.getBoundingClientRect(), style = getComputedStyle(element);
    var px = parseFloat(style.fontSize) || 14, weight = style.fontWeight, line = Math.ceil(px * 1.2);
    pen.font = weight + " " + px + "px " + style.fontFamily;
    var out = [], current = "";
    text.split(" ").forEach(function (word) {
      var tried = current ? current + " " + word : word;
      if (current && pen.measureText(tried).width > r.width + 1) { out.push(current); current = word; }
      else { current = tried; }
    });
    out.push(current);
    out.forEach(function (t, k) {
      group.appendChild(make("text", { x: r.left - origin.left, y: r.top - origin.top + line * k + line / 2,
        "font-size": px, "font-weight": weight, fill: style.color || INK, "dominant-baseline": "central" }, t));
    });
  }

  /* a legend row's mark, drawn in the box its swatch takes on the page */
  function swatch(group, element, origin) {
    var r = element.getBoundingClientRect(), kind = element.className.replace("sg-swatch", "").trim();
    var colour = getComputedStyle(element).color, x = r.left - origin.left, y = r.top - origin.top;
    var cx = x + r.width / 2, cy = y + r.height / 2, s = Math.min(r.width, r.height) / 2;
    /* a line's dashes, and whether a dot sits on it (a one-sided tie) */
    var lines = { line: [null], dashed: ["6 4"], dotted: ["2 3"], arrow: [null], onesided: [null, true], ghostline: ["3 4"], gaparc: ["6 4"] };
    if (kind in lines) {
      group.appendChild(make("line", { x1: x, y1: cy, x2: x + 26, y2: cy, stroke: colour, "stroke-width": 3,
        "stroke-dasharray": lines[kind][0] }));
      if (lines[kind][1]) { group.appendChild(make("circle", { cx: x + 13, cy: cy, r: 4, fill: colour })); }
      return;
    }
    var shapes = {
      dot: { fill: colour },
      migrant: { fill: "#8a8a8a", stroke: colour, "stroke-width": 4 },
      isolate: { fill: "#dddddd", stroke: colour, "stroke-width": 2, "stroke-dasharray": "3 2" },
      faded: { fill: "#ececec", stroke: "#8a8a8a", "stroke-width": 2 },
      halo: { fill: "#bbbbbb", stroke: colour, "stroke-width": 4 },
      ghost: { fill: "#ffffff", stroke: colour, "stroke-width": 2, "stroke-dasharray": "3 2" },
      invitee: { fill: "#ffffff", stroke: colour, "stroke-width": 4 }
    };
    if (kind === "diamond") {
      group.appendChild(make("polygon", { points: [cx, cy - s, cx + s, cy, cx, cy + s, cx - s, cy].join(" "), fill: colour }));
    } else if (kind === "placeholder") {
      group.appendChild(make("rect", { x: x, y: cy - 7, width: 24, height: 14, fill: "#ffffff", stroke: colour,
        "stroke-width": 2, "stroke-dasharray": "4 3" }));
    } else {
      var a = shapes[kind] || shapes.dot;
      group.appendChild(make("circle", Object.assign({ cx: cx, cy: cy, r: s - 1 }, a)));
      if (kind === "migrant") { group.appendChild(make("circle", { cx: cx, cy: cy, r: s - 4, fill: "none", stroke: "#ffffff", "stroke-width": 1.5 })); }
    }
  }

  /* the network as the page shows it now, in page pixels */
  function network_(group, origin) {
    var frame = document.getElementById("sg-map").getBoundingClientRect(), scale = network.getScale() || 1;
    var dx = frame.left - origin.left, dy = frame.top - origin.top, hidden = SG.state.hidden;
    group.appendChild(make("rect", { x: dx, y: dy, width: frame.width, height: frame.height, fill: "#ffffff" }));
    var clip = make("clipPath", { id: "sg-clip" });
    clip.appendChild(make("rect", { x: dx, y: dy, width: frame.width, height: frame.height }));
    group.appendChild(clip);
    var ties = make("g", { "clip-path": "url(#sg-clip)", fill: "none", "stroke-linecap": "round" });
    var marks = make("g", { "clip-path": "url(#sg-clip)" });
    function at(p) { var q = network.canvasToDOM(p); return { x: q.x + dx, y: q.y + dy }; }
    Object.keys(network.body.edges).forEach(function (id) {
      var e = network.body.edges[id];
      if (!e.from || !e.to || hidden[e.fromId] || hidden[e.toId] || e.options.hidden) { return; }
      var a = at(e.from), b = at(e.to), c = e.options.color || {};
      ties.appendChild(make("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: colourOf(c, "#5f5f5f"),
        "stroke-opacity": c.opacity === undefined ? 1 : c.opacity, "stroke-width": Math.max(0.5, (e.options.width || 1) * scale),
        "stroke-dasharray": dashes(e.options.dashes, scale) }));
    });
    /* the gap's arcs and an invitee's introduction paths and ring (gaps.js), in screen pixels */
    (SG.gapShapes ? SG.gapShapes() : []).forEach(function (g) {
      var p = g.pts.map(at), look = { fill: "none", stroke: g.colour, "stroke-width": g.width,
        "stroke-dasharray": g.dash ? g.dash.join(" ") : undefined };
      if (g.kind === "curve") {
        ties.appendChild(make("path", Object.assign({ d: "M" + p[0].x + " " + p[0].y + " Q" + p[1].x + " " + p[1].y
          + " " + p[2].x + " " + p[2].y }, look)));
      } else if (g.kind === "ring") {
        ties.appendChild(make("circle", Object.assign({ cx: p[0].x, cy: p[0].y, r: g.r * scale }, look)));
      } else {
        ties.appendChild(make("polyline", Object.assign({ points: p.map(function (q) { return q.x + "," + q.y; }).join(" ") }, look)));
      }
    });
    Object.keys(network.body.nodes).forEach(function (id) {
      var n = network.body.nodes[id];
      if (!info[id] || hidden[id] || n.options.hidden) { return; }
      var o = n.options, p = at(n), c = o.color || {}, fill = colourOf(c.background, "#cccccc");
      var stroke = colourOf(c.border, "#ffffff"), width = Math.max(0.5, (o.borderWidth || 1) * scale);
      var dash = o.shapeProperties && dashes(o.shapeProperties.borderDashes, 1);
      var r = (o.size || 10) * scale, look = { fill: fill, stroke: stroke, "stroke-width": width, "stroke-dasharray": dash };
      if (info[id].isolate) {
        marks.appendChild(make("circle", { cx: p.x, cy: p.y, r: r + width / 2 + 2, fill: "none", stroke: INK,
          "stroke-width": 2, "stroke-dasharray": "4 3" }));
      }
      if (o.shape === "box") {
        var bb = n.shape.boundingBox, a = at({ x: bb.left, y: bb.top }), z = at({ x: bb.right, y: bb.bottom });
        marks.appendChild(make("rect", Object.assign({ x: a.x, y: a.y, width: z.x - a.x, height: z.y - a.y }, look)));
        marks.appendChild(make("text", { x: (a.x + z.x) / 2, y: (a.y + z.y) / 2, "text-anchor": "middle",
          "dominant-baseline": "central", "font-size": ((o.font && o.font.size) || 14) * scale, fill: INK }, info[id].name));
      } else if (o.shape === "diamond") {
        marks.appendChild(make("polygon", Object.assign({ points: [p.x, p.y - r, p.x + r, p.y, p.x, p.y + r, p.x - r, p.y].join(" ") }, look)));
      } else {
        marks.appendChild(make("circle", Object.assign({ cx: p.x, cy: p.y, r: r }, look)));
        if (info[id].migrantLed && r - width / 2 - 1 > 3) {
          marks.appendChild(make("circle", { cx: p.x, cy: p.y, r: r - width / 2 - 1, fill: "none", stroke: "#ffffff", "stroke-width": 2 }));
        }
      }
    });
    group.appendChild(ties);
    group.appendChild(marks);
    var names = make("g", { "text-anchor": "middle", "dominant-baseline": "central", "stroke-linejoin": "round" });
    SG.labels().forEach(function (l) {
      var x = (l.box[0] + l.box[2]) / 2 - origin.left, y = (l.box[1] + l.box[3]) / 2 - origin.top;
      if (l.leader) {
        var cx = l.leader[0] - origin.left, cy = l.leader[1] - origin.top;
        var tx = Math.max(l.box[0] - origin.left, Math.min(cx, l.box[2] - origin.left));
        var ty = Math.max(l.box[1] - origin.top, Math.min(cy, l.box[3] - origin.top));
        names.appendChild(make("line", { x1: cx, y1: cy, x2: tx, y2: ty, stroke: "#595959", "stroke-width": 1.25 }));
      }
      var parts = SG.lines(l.id), step = Math.ceil(l.px * 1.2), dim = info[l.id].faded;
      /* white under the letters, where the screen outlines them: an outlined
         text would be printed twice, and a PDF's text read twice */
      names.appendChild(make("rect", { x: l.box[0] - origin.left + 2, y: l.box[1] - origin.top + 2,
        width: l.box[2] - l.box[0] - 4, height: l.box[3] - l.box[1] - 4, fill: "#ffffff", "fill-opacity": 0.85 }));
      parts.forEach(function (t, k) {
        names.appendChild(make("text", { x: x, y: y + (k - (parts.length - 1) / 2) * step, "font-size": l.px,
          fill: dim ? "#6b6b6b" : INK }, t));
      });
    });
    group.appendChild(names);
  }

  /* the page as one SVG: the network, then the words and marks around it */
  function drawing() {
    var W = document.documentElement.clientWidth, H = document.documentElement.clientHeight;
    var origin = { left: 0, top: 0 };
    var svg = make("svg", { xmlns: NS, width: W, height: H, viewBox: "0 0 " + W + " " + H,
      "font-family": getComputedStyle(document.body).fontFamily });
    svg.appendChild(make("title", {}, document.getElementById("sg-title").textContent));
    svg.appendChild(make("rect", { x: 0, y: 0, width: W, height: H, fill: "#ffffff" }));
    network_(svg, origin);
    var around = make("g", {});
    ["#sg-title", "#sg-subtitle", "#sg-status", "#sg-caption"].forEach(function (sel) {
      words(around, document.querySelector(sel), origin);
    });
    document.querySelectorAll("#sg-gaps, #sg-legend").forEach(function (box) {
      if (!box.getClientRects().length || box.hidden) { return; }
      var r = box.getBoundingClientRect();
      around.appendChild(make("rect", { x: r.left, y: r.top, width: r.width, height: r.height, rx: 8,
        fill: "#ffffff", stroke: "#cfcfcf" }));
      box.querySelectorAll("h2, dt, dd, .sg-legend-row > span:not(.sg-swatch)").forEach(function (e) { words(around, e, origin); });
      box.querySelectorAll(".sg-legend-row .sg-swatch").forEach(function (e) {
        if (!e.closest("[hidden]")) { swatch(around, e, origin); }
      });
    });
    svg.appendChild(around);
    return svg;
  }

  /* the print layout: no controls, the view fitted again beside the legend, then drawn */
  var holder = document.getElementById("sg-print");
  function preparePrint() {
    document.body.classList.add("sg-print");
    SG.fitFree();
    holder.textContent = "";
    var svg = drawing();
    svg.setAttribute("width", "100%");
    svg.setAttribute("height", "100%");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    holder.appendChild(svg);
    return holder.querySelectorAll("text").length;
  }
  function endPrint() {
    document.body.classList.remove("sg-print");
    holder.textContent = "";
    SG.fitFree();
  }
  function svgText() {
    document.body.classList.add("sg-print");
    SG.fitFree();
    var text = new XMLSerializer().serializeToString(drawing());
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n";
  }
  /* a picture of the map: the layout of the print, nothing to click on */
  function still(on) {
    document.body.classList.toggle("sg-still", on !== false);
    SG.fitFree();
  }
  window.addEventListener("beforeprint", preparePrint);
  window.addEventListener("afterprint", endPrint);
  SG.preparePrint = preparePrint;
  SG.endPrint = endPrint;
  SG.svgText = svgText;
  SG.still = still;
}());
