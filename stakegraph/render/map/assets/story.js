/* stakegraph map: a story, the views a presenter steps through.
   Presentation mode steps with the arrow keys and Page Up/Down (what a
   presenter's clicker sends); the page's address ends in #view=N, so a link
   opens that view. Captions are set with textContent. */
(function () {
  "use strict";
  var SG = window.stakegraph, S = SG.strings, views = SG.story;
  var bar = document.getElementById("sg-story"), caption = document.getElementById("sg-caption");
  var at = document.getElementById("sg-story-at");
  var current = -1;
  if (!views.length) { return; }

  function show(k) {
    current = Math.max(0, Math.min(views.length - 1, k));
    var v = views[current];
    /* the caption first: it changes the height of the heading, and so the
       map's frame, which the view below is fitted and named in */
    caption.textContent = v.caption || "";
    caption.hidden = !v.caption;
    at.textContent = S.story_at.replace("{n}", current + 1).replace("{total}", views.length);
    SG.clearFocus();
    SG.hidePanel();
    SG.setFilters(v.filter);
    if (v.focus) { SG.focusNode(v.focus); } else if (v.mark) { SG.spotlight(v.mark); } else { SG.home(); }
    bar.setAttribute("data-view", String(current + 1));
    try {
      history.replaceState(null, "", "#view=" + (current + 1));
    } catch (e) {
      /* a page opened where its address cannot change: the view still shows */
    }
    SG.state.view = current + 1;
    return current + 1;
  }
  function step(by) { return show(current < 0 ? 0 : current + by); }

  function hook(id, label, by) {
    var b = document.getElementById(id);
    b.setAttribute("aria-label", label);
    b.title = label;
    b.addEventListener("click", function () { step(by); });
  }
  hook("sg-story-prev", S.previous_view, -1);
  hook("sg-story-next", S.next_view, 1);
  at.textContent = S.story_at.replace("{n}", "–").replace("{total}", views.length);
  bar.hidden = false;

  var FORWARD = { PageDown: 1, ArrowRight: 1, ArrowDown: 1 }, BACK = { PageUp: 1, ArrowLeft: 1, ArrowUp: 1 };
  /* before the map's own keys: projected, the arrows step the story; on a
     desk, only Page Up/Down do, and the arrows keep panning and stepping between neighbours */
  window.addEventListener("keydown", function (ev) {
    var tag = ev.target && ev.target.tagName;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(tag) || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var paging = ev.key === "PageDown" || ev.key === "PageUp";
    if (!paging && !(SG.state.presentation && (FORWARD[ev.key] || BACK[ev.key]))) { return; }
    step(FORWARD[ev.key] ? 1 : -1);
    ev.preventDefault();
    ev.stopPropagation();
  }, true);

  function fromAddress() {
    var m = /(?:^#|&)view=(\d+)/.exec(location.hash || "");
    if (m && Number(m[1]) - 1 !== current) { show(Number(m[1]) - 1); }
  }
  window.addEventListener("hashchange", fromAddress);
  if (window.mapSteady) { fromAddress(); } else { SG.whenSteady.push(fromAddress); }
  SG.showView = show;
  SG.stepStory = step;
}());
