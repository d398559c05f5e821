"use strict";
// The projector page: the mapping's map, grown by the session's answers as
// they arrive (server-sent events). Existing nodes keep their place; a
// newcomer is placed beside its partners; what is new is highlighted.
(() => {
  const {t, el, send, get} = SG;
  const key = new URLSearchParams(location.search).get("key") || "";
  const HALO = "#D55E00";
  const FRESH_MS = 10000;       // how long a new tie or newcomer stays highlighted
  const LABEL_PX = 16;          // names on screen, in CSS pixels (the room's rule: at least 14)
  const ALL_LABELS = 40;        // up to this many stakeholders, every one is named
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const fresh = new Map();      // id -> time it arrived
  let base = null;
  let network = null;
  let last = null;
  window.stakegraphLive = {nodes, edges, version: 0, state: null, network: null};

  function tieStyle(e, isFresh) {
    if (isFresh) return {color: {color: HALO}, width: 5, dashes: e.status === "one-sided"};
    if (e.status === "mapping") return {color: {color: "#5f5f5f", opacity: 0.8}, width: 1.5, dashes: false};
    return {color: {color: "#1a1a1a"}, width: 3, dashes: e.status === "one-sided"};
  }

  function placeNear(id, state) {
    const partners = state.edges.filter((e) => e.from === id || e.to === id)
      .map((e) => (e.from === id ? e.to : e.from)).filter((p) => nodes.get(p));
    let hash = 0;
    for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
    const angle = (hash % 360) * Math.PI / 180;
    if (partners.length) {
      const pos = network.getPositions(partners);
      const xs = partners.map((p) => pos[p].x), ys = partners.map((p) => pos[p].y);
      const cx = xs.reduce((a, b) => a + b, 0) / xs.length, cy = ys.reduce((a, b) => a + b, 0) / ys.length;
      return {x: cx + 70 * Math.cos(angle), y: cy + 70 * Math.sin(angle)};
    }
    const all = Object.values(network.getPositions());
    const r = Math.max(200, ...all.map((p) => Math.hypot(p.x, p.y))) + 80;
    return {x: r * Math.cos(angle), y: r * Math.sin(angle)};
  }

  // Names follow the map's rules for the room: LABEL_PX on screen (at least
  // 14 px at 1280x720), never over another name or another node, new
  // arrivals and the most connected named first; long names wrap.
  const measure = document.createElement("canvas").getContext("2d");
  const WRAP_PX = 190;

  function wrap(name) {
    const lines = [];
    let line = "";
    for (const word of String(name).split(/\s+/)) {
      const next = line ? line + " " + word : word;
      if (line && measure.measureText(next).width > WRAP_PX) { lines.push(line); line = word; } else line = next;
    }
    if (line) lines.push(line);
    return lines.slice(0, 3);
  }

  function placeLabels(state) {
    const scale = network.getScale();
    measure.font = `${LABEL_PX}px system-ui, Arial, sans-serif`;
    const box = document.getElementById("map").getBoundingClientRect();
    const degree = new Map();
    for (const e of state ? state.edges : []) for (const n of [e.from, e.to]) degree.set(n, (degree.get(n) || 0) + 1);
    const rank = (n) => (fresh.has(n.id) ? 1e6 : 0) + (n.stakeholder === false ? 1e5 : 0) + (degree.get(n.id) || 0) * 100 + (n.size || 0);
    const all = nodes.get({filter: (n) => !n.hidden}).sort((a, b) => rank(b) - rank(a));
    const pos = network.getPositions();
    const discs = all.map((n) => ({id: n.id, c: network.canvasToDOM(pos[n.id]), r: (n.size || 10) * scale}));
    const taken = [];
    const named = new Map();
    for (const n of all) {
      const c = network.canvasToDOM(pos[n.id]);
      const r = (n.size || 10) * scale;
      const lines = wrap(n.name);
      const w = Math.max(...lines.map((l) => measure.measureText(l).width)) + 4;
      const h = lines.length * LABEL_PX * 1.2 + 2;
      // below, above, right, left of the node: the first place that is free
      const places = [[c.x - w / 2, c.y + r + 1], [c.x - w / 2, c.y - r - 1 - h], [c.x + r + 3, c.y - h / 2],
                      [c.x - r - 3 - w, c.y - h / 2]];
      for (const [x, y] of places) {
        const b = {x0: x, x1: x + w, y0: y, y1: y + h};
        if (b.x0 < 0 || b.x1 > box.width || b.y0 < 0 || b.y1 > box.height) continue;
        if (taken.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1)) continue;
        if (discs.some((d) => (d.id === n.id || !fresh.has(n.id)) && d.c.x + d.r > b.x0 && d.c.x - d.r < b.x1 && d.c.y + d.r > b.y0 && d.c.y - d.r < b.y1)) continue;
        taken.push(b);
        named.set(n.id, {lines, x: b.x0 + w / 2, y: b.y0});
        break;
      }
    }
    return named;
  }

  let named = new Map();

  function scaleLabels() {
    named = placeLabels(last);
    document.body.dataset.named = String(named.size);
    network.redraw();
  }

  function drawLabels(ctx) {
    // the page draws the names itself (vis-network can only put them under
    // a node), LABEL_PX on screen whatever the zoom
    const scale = network.getScale();
    const size = LABEL_PX / scale;
    ctx.font = `${size}px system-ui, Arial, sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#1a1a1a";
    for (const {lines, x, y} of named.values()) {
      const at = network.DOMtoCanvas({x, y: y + 1});
      lines.forEach((line, i) => {
        ctx.strokeText(line, at.x, at.y + i * size * 1.2);
        ctx.fillText(line, at.x, at.y + i * size * 1.2);
      });
    }
  }

  function apply(state) {
    const now = Date.now();
    for (const c of state.newcomers) {
      if (!nodes.get(c.id)) {
        const pos = placeNear(c.id, state);
        nodes.add({id: c.id, name: c.label, x: pos.x, y: pos.y, size: 16, shape: "dot", borderWidth: last ? 5 : 2,
                   newcomer: true, sector: c.sector, color: {background: base.colours[c.sector] || base.colours.unknown,
                                           border: last ? HALO : "#ffffff"}});
        if (last !== null) fresh.set(c.id, now);
      }
    }
    const gone = new Set(state.newcomers.map((c) => c.id));
    nodes.remove(nodes.getIds({filter: (n) => n.newcomer && !gone.has(n.id)}));
    const wanted = new Map(state.edges.map((e) => [e.id, e]));
    edges.remove(edges.getIds({filter: (e) => !e.member && !wanted.has(e.id)}));
    for (const e of state.edges) {
      const old = edges.get(e.id);
      const changed = !old || old.status !== e.status || old.type !== e.type;
      if (changed && e.status !== "mapping" && last !== null) fresh.set(e.id, now);
      if (changed) edges.update({id: e.id, from: e.from, to: e.to, status: e.status, type: e.type,
                                 ...tieStyle(e, fresh.has(e.id))});
    }
    last = state;
    const hid = filter();
    if (hid || state.newcomers.some((c) => fresh.get(c.id) === now)) fit();
    scaleLabels();
    if (panelOf) panel(panelOf);
    counts(state);
    admin(state);
    window.stakegraphLive.version += 1;
    window.stakegraphLive.state = state;
    document.body.dataset.version = String(window.stakegraphLive.version);
  }

  function cool() {
    const now = Date.now();
    let cooled = false;
    for (const [id, since] of [...fresh]) {
      if (now - since < FRESH_MS) continue;
      fresh.delete(id);
      cooled = true;
      const e = edges.get(id);
      if (e) edges.update({id, ...tieStyle(e, false)});
      const n = nodes.get(id);
      if (n) nodes.update({id, borderWidth: 2, color: {background: n.color.background, border: "#ffffff"}});
    }
    if (cooled) scaleLabels();
  }

  // Filters by sector and IWG: what is left is shown, fitted to the view,
  // and a line says which filter is on and how many stakeholders it leaves.
  const sectorSelect = document.getElementById("filter-sector");
  const iwgSelect = document.getElementById("filter-iwg");
  const memberOf = new Map();   // IWG id -> set of member ids

  function visible(n) {
    const sector = sectorSelect.value, iwg = iwgSelect.value;
    if (n.iwg) return !sector && (!iwg || n.id === iwg);
    if (sector && (n.sector || "unknown") !== sector) return false;
    return !iwg || (memberOf.get(iwg) || new Set()).has(n.id);
  }

  // hide what the filters leave out; true when something changed
  function filter() {
    let changed = false;
    const shown = new Set();
    for (const n of nodes.get()) {
      const on = visible(n);
      if (on) shown.add(n.id);
      if (Boolean(n.hidden) === on) { nodes.update({id: n.id, hidden: !on}); changed = true; }
    }
    for (const e of edges.get()) {
      const on = shown.has(e.from) && shown.has(e.to);
      if (Boolean(e.hidden) === on) edges.update({id: e.id, hidden: !on});
    }
    const people = nodes.get({filter: (n) => !n.iwg});
    const kept = people.filter((n) => shown.has(n.id)).length;
    const what = [sectorSelect.value ? base.sectorWords[sectorSelect.value] : t("All sectors"),
                  iwgSelect.value ? nodes.get(iwgSelect.value).name : null].filter(Boolean).join(" · ");
    const line = t("{shown} of {total} stakeholders").replace("{shown}", kept).replace("{total}", people.length);
    document.getElementById("filter-line").textContent = `${what} · ${line}`;
    document.body.dataset.shown = String(kept);
    return changed;
  }

  function fit() {
    const shown = nodes.getIds({filter: (n) => !n.hidden});
    if (shown.length) network.fit({nodes: shown, animation: false});
  }

  function filtersChanged() {
    filter();
    fit();
    scaleLabels();
  }

  function filters() {
    document.getElementById("sector-word").textContent = t("Sector");
    document.getElementById("iwg-word").textContent = t("IWG");
    sectorSelect.replaceChildren(el("option", {value: "", text: t("All sectors")}),
      ...(base.sectors || []).map(([code, word]) => el("option", {value: code, text: word})));
    for (const m of base.members) {
      if (!memberOf.has(m.to)) memberOf.set(m.to, new Set());
      memberOf.get(m.to).add(m.from);
    }
    const iwgs = base.nodes.filter((n) => n.iwg).sort((a, b) => a.label.localeCompare(b.label));
    iwgSelect.replaceChildren(el("option", {value: "", text: t("All IWGs")}),
      ...iwgs.map((n) => el("option", {value: n.id, text: n.label})));
    iwgSelect.parentElement.hidden = !iwgs.length;
    sectorSelect.addEventListener("change", filtersChanged);
    iwgSelect.addEventListener("change", filtersChanged);
  }

  // The side panel of a clicked node: its public facts and its ties in
  // this session. Contacts never reach this page; every string is text.
  let panelOf = null;
  const STATUS = {"confirmed": "Confirmed tie (both named it)", "one-sided": "One-sided tie", "mapping": "In the mapping"};

  function word(list, code) {
    const found = (base[list] || []).find((w) => w[0] === code);
    return found ? found[1] : code;
  }

  function panel(id) {
    const n = nodes.get(id);
    if (!n) { closePanel(); return; }
    panelOf = id;
    const facts = [];
    const fact = (term, value) => { if (value) facts.push(el("dt", {text: term}), el("dd", {text: value})); };
    let ties = [];
    if (n.iwg) {
      fact(t("IWG"), n.name);
      ties = [...(memberOf.get(id) || [])].map((m) => el("li", {text: (nodes.get(m) || {name: m}).name}));
      document.getElementById("panel-ties-word").textContent = t("Members");
    } else {
      const incoming = last ? last.newcomers.find((c) => c.id === id) : null;
      fact(t("Sector"), n.sector && n.sector !== "unknown" ? word("sectors", n.sector) : t("(not given)"));
      fact(t("Type of organisation"), n.org_type ? word("types", n.org_type) : (incoming && incoming.org_type ? word("types", incoming.org_type) : t("(not given)")));
      if (incoming) fact(t("Proposed in this session by"), incoming.proposed_by.join(", "));
      const order = {"confirmed": 0, "one-sided": 1};
      ties = (last ? last.edges : []).filter((e) => e.from === id || e.to === id)
        .sort((x, y) => (order[x.status] ?? 2) - (order[y.status] ?? 2)).map((e) => {
        const other = nodes.get(e.from === id ? e.to : e.from);
        return el("li", {"data-status": e.status},
          `${other ? other.name : ""} · ${word("tie_types", e.type)} · ${t(STATUS[e.status] || e.status)}`);
      });
      document.getElementById("panel-ties-word").textContent = t("Ties in this session");
    }
    document.getElementById("panel-name").textContent = n.name;
    document.getElementById("panel-facts").replaceChildren(...facts);
    document.getElementById("panel-ties").replaceChildren(...(ties.length ? ties : [el("li", {text: t("No ties yet")})]));
    document.getElementById("panel-close").setAttribute("aria-label", t("Close"));
    document.getElementById("panel").hidden = false;
  }

  function closePanel() {
    panelOf = null;
    document.getElementById("panel").hidden = true;
    network.unselectAll();
  }

  function counts(state) {
    const c = state.counts;
    document.getElementById("counts").textContent =
      `${c.joined} ${t("joined")} · ${c.answered}/${c.total} ${t("answered")} · ${c.new_ties} ${t("new ties")} · ${c.newcomers} ${t("newcomers")}`;
    const rows = Object.entries(c.by_sector).map(([sector, [answered, total]]) => el("div", {"data-sector": sector},
      el("span", {class: "dot", style: null}), `${base.sectorWords[sector] || sector}: ${answered}/${total}`));
    rows.forEach((row, i) => { row.firstChild.style.background = base.colours[Object.keys(c.by_sector)[i]] || base.colours.unknown; });
    document.getElementById("sectors").replaceChildren(el("strong", {text: `${t("answered")}, ${t("by sector")}`}), ...rows);
    const banner = document.getElementById("banner");
    banner.textContent = state.ended ? t("The session has ended. Thank you!") : state.paused ? t("Answers are paused by the facilitator.") : "";
    banner.hidden = !banner.textContent;
  }

  async function act(action, target) {
    const r = await send("/api/admin", {pin: document.getElementById("pin").value, action, target});
    document.getElementById("admin-status").textContent = r.ok ? "" : (r.data.error === "wrong-pin" ? t("Wrong PIN") : r.data.error || "");
  }

  function admin(state) {
    const buttons = [
      state.paused ? ["resume", t("Resume answers")] : ["pause", t("Pause answers")], ["end", t("End the session")]];
    document.getElementById("admin-buttons").replaceChildren(...buttons.map(([a, word]) =>
      el("button", {id: "admin-" + a, text: word, onclick: () => act(a)})));
    document.getElementById("pending").replaceChildren(...state.pending.map((p) => el("li", {"data-ref": p.ref},
      t("Second claim for {name}", p.name), " ",
      el("button", {class: "approve", text: t("Approve"), onclick: () => act("approve", p.ref)}),
      el("button", {class: "refuse", text: t("Refuse"), onclick: () => act("refuse", p.ref)}))));
    document.getElementById("proposals-word").textContent = state.proposals.length ? t("Proposed organisations") : "";
    document.getElementById("proposals").replaceChildren(...state.proposals.map((p) => el("li", {"data-id": String(p.id)},
      `${p.name} (${p.by}) `,
      el("button", {class: p.hidden ? "show" : "hide", text: p.hidden ? t("Show") : t("Hide"),
                    onclick: () => act(p.hidden ? "show" : "hide", p.id)}))));
  }

  function legend() {
    const row = (cls, colour, word) => {
      const s = el("span", {class: cls});
      s.style.borderTopColor = colour;
      return el("div", {}, s, word);
    };
    document.getElementById("legend").replaceChildren(
      row("swatch", "#1a1a1a", t("Confirmed tie (both named it)")), row("swatch dash", "#1a1a1a", t("One-sided tie")),
      row("swatch", HALO, t("new ties")));
  }

  async function start() {
    await SG.hello("");
    const r = await get("/api/base?key=" + encodeURIComponent(key) + "&lang=" + encodeURIComponent(document.documentElement.lang));
    if (!r.ok) { document.getElementById("title").textContent = "403"; return; }
    base = r.data;
    base.sectorWords = Object.fromEntries((base.sectors || []).map(([c, w]) => [c, w]));
    document.getElementById("title").textContent = base.title;
    document.getElementById("join-word").textContent = t("Join with your phone");
    document.getElementById("join-url").textContent = base.join_url;
    document.getElementById("join-code").textContent = base.code;
    document.getElementById("qr").src = "/api/qr.svg?key=" + encodeURIComponent(key);
    document.getElementById("admin-word").textContent = t("Facilitator");
    document.getElementById("pin-word").textContent = t("PIN");
    legend();
    nodes.add(base.nodes.map((n) => ({...n, name: n.label, label: undefined})));
    edges.add(base.members.map((m, i) => ({id: "m" + i, from: m.from, to: m.to, member: true, dashes: [2, 6],
                                             color: {color: "#8A8A8A"}, width: 1})));
    network = new vis.Network(document.getElementById("map"), {nodes, edges}, {
      physics: false, interaction: {dragNodes: false, hover: false, zoomView: false, dragView: false},
      nodes: {font: {face: "system-ui, Arial, sans-serif"}}, edges: {smooth: false},
    });
    window.stakegraphLive.network = network;
    network.on("afterDrawing", drawLabels);
    network.on("click", (params) => { if (params.nodes.length) panel(params.nodes[0]); else closePanel(); });
    document.getElementById("panel-close").addEventListener("click", closePanel);
    document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") closePanel(); });
    filters();
    filter();
    fit();
    window.addEventListener("resize", () => { fit(); scaleLabels(); });
    setInterval(cool, 1000);
    const stream = new EventSource("/api/events?key=" + encodeURIComponent(key));
    stream.addEventListener("state", (ev) => apply(JSON.parse(ev.data)));
    stream.addEventListener("error", () => { document.getElementById("admin-status").textContent = t("Connection lost; reconnecting…"); });
    stream.addEventListener("open", () => { document.getElementById("admin-status").textContent = ""; });
  }

  start();
})();
