"use strict";
// The phone page: join, pick the organisation, mark partners, add the missing.
(() => {
  const {t, el, send, get, fold} = SG;
  const main = document.getElementById("main");
  const status = document.getElementById("status");
  const banner = document.getElementById("banner");
  const langSelect = document.getElementById("lang");
  const state = {code: "", lang: "", dir: null, me: null, filter: "", addFilter: "", dym: null};
  const NATIVE = {en: "English", es: "Español", it: "Italiano", el: "Ελληνικά", pt: "Português",
                  fr: "Français", de: "Deutsch", sv: "Svenska", ca: "Català"};
  const ERRORS = {
    "wrong-code": "This join code is not right.", "paused": "Answers are paused by the facilitator.",
    "ended": "The session has ended. Thank you!", "too-many-requests": "Too many requests: wait a moment.",
  };

  function say(text) {
    status.textContent = text;
    clearTimeout(say.timer);
    say.timer = setTimeout(() => { status.textContent = ""; }, 4000);
  }
  function failed(r) {
    say(t(ERRORS[r.data.error] || "Not saved. Try again."));
  }
  function nameOf(id) {
    const p = state.dir && state.dir.stakeholders.find((s) => s.id === id);
    return p ? p.name : id;
  }
  function label(list, code) {
    const found = (state.dir ? state.dir[list] : []).find((w) => w[0] === code);
    return found ? found[1] : (code || "");
  }
  function choices(list, id, blank) {
    const select = el("select", {id});
    if (blank) select.append(el("option", {value: "", text: t("(not given)")}));
    for (const [code, word] of state.dir[list]) select.append(el("option", {value: code, text: word}));
    return select;
  }

  async function start(lang) {
    const hello = await SG.hello(lang);
    state.lang = hello.lang;
    document.getElementById("title").textContent = hello.title;
    document.getElementById("lang-word").textContent = t("Language");
    langSelect.replaceChildren(...hello.languages.map((l) => el("option", {value: l, text: NATIVE[l] || l, selected: l === hello.lang})));
    const fromHash = new URLSearchParams(location.hash.slice(1)).get("code");
    state.code = (fromHash || sessionStorage.getItem("sg-code") || "").toUpperCase();
    if (state.code && await loadDirectory()) {
      await refresh();
    } else {
      joinScreen(false);
    }
  }
  langSelect.addEventListener("change", async () => {
    await SG.hello(langSelect.value);
    state.lang = langSelect.value;
    document.getElementById("lang-word").textContent = t("Language");
    if (state.code && await loadDirectory()) await refresh(); else joinScreen(false);
  });

  async function loadDirectory() {
    const r = await get("/api/directory?lang=" + encodeURIComponent(state.lang), {"X-Join-Code": state.code});
    if (!r.ok) return false;
    state.dir = r.data;
    sessionStorage.setItem("sg-code", state.code);
    return true;
  }

  function joinScreen(wrong) {
    const input = el("input", {id: "code", autocomplete: "off", autocapitalize: "characters", value: state.code});
    const go = el("button", {id: "join", text: t("Join"), onclick: async () => {
      state.code = input.value.trim().toUpperCase();
      if (await loadDirectory()) await refresh(); else joinScreen(true);
    }});
    main.replaceChildren(el("h2", {text: t("Join the mapping")}),
      el("label", {class: "field"}, t("Join code"), input), go,
      wrong ? el("p", {class: "error", text: t("This join code is not right.")}) : null);
  }

  async function refresh() {
    const r = await get("/api/me");
    if (r.status === 401) return pickScreen();
    if (!r.ok) return failed(r);
    state.me = r.data;
    if (!r.data.approved) return waitScreen();
    mainScreen();
  }

  function pickScreen() {
    const search = el("input", {id: "search", type: "search", placeholder: t("Search"), autocomplete: "off"});
    const list = el("ul", {class: "list", id: "orgs"});
    function fill() {
      const wanted = fold(search.value);
      list.replaceChildren(...state.dir.stakeholders.filter((s) => fold(s.name).includes(wanted)).map((s) =>
        el("li", {}, el("button", {class: "org", "data-id": s.id, onclick: () => claim(s.id)},
          el("span", {class: "who"}, s.name, el("span", {class: "note", text: label("sectors", s.sector)}))))));
    }
    search.addEventListener("input", fill);
    fill();
    main.replaceChildren(el("h2", {text: t("Who are you? Pick your organisation.")}), search, list);
  }

  async function claim(id) {
    const r = await send("/api/claim", {code: state.code, stakeholder: id});
    if (!r.ok) return failed(r);
    await refresh();
  }

  function waitScreen() {
    main.replaceChildren(el("h2", {text: state.me.name}),
      el("p", {text: t("Someone already answers for this organisation: the facilitator must approve you.")}),
      el("p", {id: "waiting", text: t("Waiting for the facilitator…")}));
    let tries = 0;
    const poll = async () => {
      tries += 1;
      const r = await get("/api/me");
      if (r.ok && r.data.approved) { state.me = r.data; return mainScreen(); }
      if (r.status === 401) return pickScreen();
      if (tries < 400) setTimeout(poll, 3000);
    };
    setTimeout(poll, 3000);
  }

  function showBanner() {
    const text = state.me.ended ? t("The session has ended. Thank you!")
      : state.me.paused ? t("Answers are paused by the facilitator.") : "";
    banner.textContent = text;
    banner.hidden = !text;
  }

  async function answer(other, said, type) {
    const r = await send("/api/answer", {other, answer: said, type: type || null});
    if (!r.ok) return failed(r);
    state.me.answers = r.data.answers;
    say(t("Saved"));
    mainScreen();
  }

  // the type of one of the participant's own ties, changed in place
  function retypeChoice(id, type) {
    const select = choices("tie_types", null, !type);
    select.className = "retype";
    select.dataset.id = id;
    select.value = type || "";
    select.setAttribute("aria-label", t("Type of tie") + ": " + nameOf(id));
    select.addEventListener("change", async () => {
      const r = await send("/api/retype", {other: id, type: select.value});
      if (!r.ok) { failed(r); return mainScreen(); }
      state.me.answers = r.data.answers;
      say(t("Saved"));
      mainScreen();
    });
    return select;
  }

  function partnersSection() {
    const said = new Map(state.me.answers.map((a) => [a.other, a]));
    const ids = [...new Set([...state.me.mapping, ...state.me.answers.filter((a) => a.answer === "yes").map((a) => a.other)])];
    const items = ids.map((id) => {
      const a = said.get(id);
      const inMapping = state.me.mapping.includes(id);
      const note = [inMapping ? t("In the mapping") : "", a && a.answer === "no" ? t("Not a partner") : ""]
        .filter(Boolean).join(" · ");
      const actions = el("span", {class: "actions"});
      if (a ? a.answer === "yes" : inMapping) actions.append(retypeChoice(id, (a && a.type) || state.me.mapping_types[id]));
      if (!a || a.answer === "no") actions.append(el("button", {class: "quiet yes", text: t("Still a partner"), onclick: () => answer(id, "yes")}));
      if (inMapping && !a) actions.append(el("button", {class: "quiet no", text: t("Not a partner"), onclick: () => answer(id, "no")}));
      if (a && a.answer === "yes") actions.append(el("button", {class: "quiet remove", text: t("Remove"), onclick: () => answer(id, "no")}));
      return el("li", {class: "partner", "data-id": id, "data-answer": a ? a.answer : "open"},
                el("span", {class: "who"}, nameOf(id), el("span", {class: "note", text: note})), actions);
    });
    return [el("h2", {text: t("Your partners")}), el("ul", {class: "list", id: "partners"}, ...items)];
  }

  function addSection() {
    const type = choices("tie_types", "tie-type", false);
    const search = el("input", {id: "add-search", type: "search", placeholder: t("Search"), autocomplete: "off", value: state.addFilter});
    const list = el("ul", {class: "list", id: "candidates"});
    const taken = new Set([state.me.stakeholder, ...state.me.answers.filter((a) => a.answer === "yes").map((a) => a.other)]);
    function fill() {
      state.addFilter = search.value;
      const wanted = fold(search.value);
      const found = state.dir.stakeholders.filter((s) => !taken.has(s.id) && fold(s.name).includes(wanted));
      list.replaceChildren(...found.slice(0, 40).map((s) => el("li", {},
        el("span", {class: "who"}, s.name, el("span", {class: "note", text: label("sectors", s.sector)})),
        el("button", {class: "add", "data-id": s.id, text: t("Add"), onclick: () => answer(s.id, "yes", type.value)}))));
    }
    search.addEventListener("input", fill);
    fill();
    return [el("h2", {text: t("Add a partner")}), el("label", {class: "field"}, t("Type of tie"), type), search, list];
  }

  function proposeSection() {
    const name = el("input", {id: "new-name", autocomplete: "off", maxlength: "120"});
    const sector = choices("sectors", "new-sector", true);
    const type = choices("types", "new-type", true);
    const tie = choices("tie_types", "new-tie", false);
    const box = el("div", {id: "dym-box"});
    async function submit(force) {
      const body = {name: name.value, sector: sector.value || null, org_type: type.value || null,
                    type: tie.value, force};
      const r = await send("/api/propose", body);
      if (r.status === 409) {
        const question = r.data.error === "did-you-mean" ? t("Did you mean {name}?", r.data.name)
          : t("{name} is on the list.", r.data.name);
        box.replaceChildren(el("div", {class: "dym"}, el("p", {text: question}),
          el("div", {class: "row"},
            el("button", {id: "dym-yes", text: t("Yes, that one"), onclick: () => answer(r.data.id, "yes", tie.value)}),
            r.data.error === "did-you-mean"
              ? el("button", {id: "dym-no", class: "quiet", text: t("No, add it as new"), onclick: () => submit(true)}) : null)));
        return;
      }
      if (!r.ok) return failed(r);
      state.me.proposals = r.data.proposals;
      say(t("Saved"));
      mainScreen();
    }
    const mine = state.me.proposals.map((p) => el("li", {class: "proposal", "data-id": String(p.id)},
      el("span", {class: "who"}, p.name, el("span", {class: "note", text: [label("sectors", p.sector), label("types", p.org_type)].filter(Boolean).join(" · ")})),
      el("button", {class: "quiet", text: t("Remove"), onclick: async () => {
        const r = await send("/api/withdraw", {id: p.id});
        if (!r.ok) return failed(r);
        state.me.proposals = r.data.proposals;
        mainScreen();
      }})));
    return [el("h2", {text: t("Missing from the list? Add an organisation")}),
      el("label", {class: "field"}, t("Name"), name), el("label", {class: "field"}, t("Sector"), sector),
      el("label", {class: "field"}, t("Type of organisation"), type), el("label", {class: "field"}, t("Type of tie"), tie),
      el("button", {id: "new-add", text: t("Add"), onclick: () => submit(false)}), box,
      mine.length ? el("h2", {text: t("Organisations you added")}) : null, el("ul", {class: "list", id: "mine"}, ...mine)];
  }

  function mainScreen() {
    showBanner();
    main.replaceChildren(el("p", {id: "me"}, t("You answer for") + " ", el("strong", {text: state.me.name})),
      ...partnersSection(), ...addSection(), ...proposeSection());
  }

  start("");
})();
