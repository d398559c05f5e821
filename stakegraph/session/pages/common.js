"use strict";
// Shared by the phone and projector pages. Every string a person typed is
// put on screen with textContent (never as HTML), so it stays text.
const SG = (() => {
  let csrf = "";
  let words = {};
  async function hello(lang) {
    const r = await fetch("/api/hello" + (lang ? "?lang=" + encodeURIComponent(lang) : ""),
                          {credentials: "same-origin"});
    const d = await r.json();
    csrf = d.csrf;
    words = d.words;
    document.documentElement.lang = d.lang;
    return d;
  }
  function t(en, name) {
    const s = words[en] || en;
    return name === undefined ? s : s.replace("{name}", name);
  }
  async function send(path, body) {
    let r;
    try {
      r = await fetch(path, {method: "POST", credentials: "same-origin",
                             headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
                             body: JSON.stringify(body)});
    } catch (e) {
      return {status: 0, ok: false, data: {error: "offline"}};
    }
    let data = {};
    try { data = await r.json(); } catch (e) { data = {}; }
    return {status: r.status, ok: r.ok, data};
  }
  async function get(path, headers) {
    try {
      const r = await fetch(path, {credentials: "same-origin", headers: headers || {}});
      let data = {};
      try { data = await r.json(); } catch (e) { data = {}; }
      return {status: r.status, ok: r.ok, data};
    } catch (e) {
      return {status: 0, ok: false, data: {error: "offline"}};
    }
  }
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\s+/g, " ").trim();
  }
  return {hello, t, send, get, el, fold};
})();
