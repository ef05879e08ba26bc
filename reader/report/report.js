// reader's HTML report: click a sentence and its partner scrolls into view, highlighted;
// j/k walk the passages, c/C the conflicts, p jumps to the partner, Esc clears.
// Reads only data-* attributes that the generator wrote (ids), never article text.
(function () {
  "use strict";
  var stops = (document.body.getAttribute("data-stops") || "").split(" ").filter(Boolean);
  var current = -1;
  var focusSide = "left";
  var byStop = {};
  document.querySelectorAll(".s").forEach(function (el) {
    var keys = (el.getAttribute("data-links") || "").split(" ").filter(Boolean);
    keys.push(el.id);
    keys.forEach(function (key) { (byStop[key] = byStop[key] || []).push(el); });
  });
  function members(stop) { return byStop[stop] || []; }
  function inView(el) {
    var r = el.getBoundingClientRect();
    var body = el.closest(".body");
    var b = body ? body.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    return r.top >= Math.max(b.top, 0) - 1 && r.bottom <= Math.min(b.bottom, window.innerHeight) + 1;
  }
  function reveal(el) {
    if (inView(el)) return;
    var body = el.closest(".body");
    if (body && body.scrollHeight > body.clientHeight) {
      body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top - body.clientHeight / 3;
    }
    if (!inView(el)) el.scrollIntoView({ block: "center" });
  }
  // the partner's column scrolls so the partner stands level with the sentence picked
  function align(theirs, mine) {
    var body = theirs.closest(".body");
    if (body && mine && body !== mine.closest(".body")) {
      body.scrollTop += theirs.getBoundingClientRect().top - mine.getBoundingClientRect().top;
    }
    reveal(theirs);
  }
  // a passage is a conflict when the list at the top holds it (a sentence of a shared passage
  // may also belong to a conflict); a sentence stop, when it is marked as one
  function isConflict(stop) {
    if (document.querySelector('.conflict-item:not(.reworded-item)[data-stop="' + stop + '"]')) return true;
    return stop.charAt(0) !== "k" && members(stop).some(function (el) { return el.classList.contains("conflict"); });
  }
  function select(index, side) {
    if (index < 0 || index >= stops.length) return;
    current = index;
    var stop = stops[index];
    document.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel", "focus"); });
    var els = members(stop);
    els.forEach(function (el) { el.classList.add("sel"); });
    document.querySelectorAll('.conflict-item[data-stop="' + stop + '"]').forEach(function (li) { li.classList.add("sel"); });
    var first = { L: null, R: null };
    els.forEach(function (el) { var k = el.id.charAt(0); if (!first[k]) first[k] = el; });
    var mine = side === "right" ? first.R || first.L : first.L || first.R;
    var theirs = mine === first.L ? first.R : first.L;
    if (mine) { mine.classList.add("focus"); reveal(mine); }
    if (theirs) align(theirs, mine);
  }
  function selectSentence(el) {
    focusSide = el.id.charAt(0) === "L" ? "left" : "right";
    var i = stops.indexOf(el.getAttribute("data-stop"));
    if (i < 0) i = stops.indexOf(el.id);
    if (i >= 0) select(i, focusSide);
  }
  function step(dir, onlyConflicts) {
    var i = current;
    for (var n = 0; n < stops.length; n++) {
      i = (i + dir + stops.length) % stops.length;
      if (current < 0 && dir < 0 && n === 0) i = stops.length - 1;
      if (!onlyConflicts || isConflict(stops[i])) { select(i, focusSide); return; }
    }
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var s = t.closest(".s");
    if (s) { ev.preventDefault(); selectSentence(s); return; }
    var li = t.closest(".conflict-item");
    if (li && !t.closest("a")) { var i = stops.indexOf(li.getAttribute("data-stop")); if (i >= 0) select(i, "left"); }
    else if (li) { ev.preventDefault(); var target = document.getElementById(t.getAttribute("href").slice(1)); if (target) selectSentence(target); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var k = ev.key;
    if (k === "j") step(1, false);
    else if (k === "k") step(-1, false);
    else if (k === "c") step(1, true);
    else if (k === "C") step(-1, true);
    else if (k === "p" && current >= 0) {
      focusSide = focusSide === "left" ? "right" : "left";
      select(current, focusSide);
    } else if (k === "Escape") {
      document.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel", "focus"); });
      current = -1;
    } else return;
    ev.preventDefault();
  });
  document.documentElement.classList.add("js");
})();
