// spinscope web app behaviour. Loaded from /static (CSP: script-src 'self'); never builds HTML from
// article data: every value shown comes from data- attributes and is written with textContent.
"use strict";

(function () {
  const text = document.getElementById("article-text");
  const tip = document.getElementById("tooltip");
  let pinned = null;

  // Which layers are hidden: a class on the text container, so marks stay in the DOM untouched.
  function applyLayers() {
    document.querySelectorAll(".layer-toggle").forEach(function (box) {
      text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  }

  function applyTechniques() {
    const off = new Set();
    document.querySelectorAll(".technique-toggle").forEach(function (box) {
      if (!box.checked) off.add(box.dataset.technique);
    });
    text.querySelectorAll("mark.ss-tech").forEach(function (m) {
      m.classList.toggle("ss-off", off.has(m.dataset.technique));
    });
  }

  function visible(el) {
    const layer = el.dataset.layer;
    if (text.classList.contains("hide-" + layer)) return false;
    return !el.classList.contains("ss-off");
  }

  function label(name) {
    return name.split(",").map(function (p) { return p.replace(/_/g, " "); }).join(" / ");
  }

  function score(v) {
    const n = Number(v);
    return Number.isFinite(n) && v !== "" ? n.toFixed(2) : "";
  }

  // One tooltip row per visible annotation under the pointer, innermost first.
  function rowsFor(el) {
    const rows = [];
    for (let n = el; n && n !== text; n = n.parentElement) {
      if (!n.classList.contains("ss-ann") || !visible(n)) continue;
      const d = n.dataset;
      let head = "", detail = "", extra = "";
      if (d.layer === "techniques") {
        head = label(d.technique || "");
        extra = score(d.score) ? "score " + score(d.score) : "";
        detail = d.reason || "";
      } else if (d.layer === "quotes") {
        head = (d.kind || "") + " quote" + (d.part && d.part !== "content" ? " (" + d.part + ")" : "");
        detail = "speaker: " + (d.speaker || "unknown") + (d.via ? " · via " + d.via : "");
      } else if (d.layer === "entities") {
        head = d.entity || "";
        detail = (d.type || "") + (d.role ? " · cast as " + d.role : "") +
          (d.mentionRole ? " · here as " + d.mentionRole : "");
      } else if (d.layer === "narratives") {
        head = "narrative";
        detail = (d.tip || "").replace(/^narrative: /, "");
      } else if (d.layer === "evidence") {
        head = "evidence marker";
        detail = d.kind === "absent" ? "the text says evidence is missing" :
          d.kind === "present" ? "the text says evidence is offered" : (d.kind || "");
      } else if (d.layer === "claims") {
        head = "claim";
        extra = score(d.score) ? "score " + score(d.score) : "";
        let denied = [];
        try { denied = JSON.parse(d.deniedBy || "[]"); } catch (e) { denied = []; }
        detail = (d.assertedBy ? "asserted by " + d.assertedBy : "") +
          (denied.length ? (d.assertedBy ? "; " : "") + "denied by " + denied.join(", ") : "");
      }
      rows.push({ head: head, extra: extra, detail: detail });
    }
    return rows;
  }

  function show(el) {
    const rows = rowsFor(el);
    if (!rows.length) { hide(); return; }
    tip.replaceChildren();
    rows.forEach(function (r) {
      const row = document.createElement("div");
      row.className = "tip-row";
      const head = document.createElement("div");
      head.className = "tip-head";
      head.textContent = r.head;
      if (r.extra) {
        const s = document.createElement("span");
        s.className = "tip-score";
        s.textContent = " · " + r.extra;
        head.appendChild(s);
      }
      row.appendChild(head);
      if (r.detail) {
        const body = document.createElement("div");
        body.className = "tip-detail";
        body.textContent = r.detail;
        row.appendChild(body);
      }
      tip.appendChild(row);
    });
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const top = window.scrollY + box.bottom + 6;
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
    light(el.dataset.ann);
  }

  function hide() {
    tip.hidden = true;
    light(null);
  }

  // Light every piece of one annotation (overlaps split a span into several elements).
  function light(ann) {
    text.querySelectorAll(".ss-lit").forEach(function (m) { m.classList.remove("ss-lit"); });
    if (!ann) return;
    text.querySelectorAll('[data-ann="' + CSS.escape(ann) + '"]').forEach(function (m) { m.classList.add("ss-lit"); });
  }

  function target(ev) {
    const el = ev.target.closest ? ev.target.closest(".ss-ann") : null;
    return el && text.contains(el) && visible(el) ? el : null;
  }

  if (text) {
    // Our tooltip replaces the native title (kept in the HTML for no-JS readers and the static report).
    text.querySelectorAll(".ss-ann").forEach(function (m) {
      m.dataset.tip = m.getAttribute("title") || "";
      m.removeAttribute("title");
      m.tabIndex = 0;
    });
    document.querySelectorAll(".layer-toggle").forEach(function (b) { b.addEventListener("change", function () { applyLayers(); hide(); }); });
    document.querySelectorAll(".technique-toggle").forEach(function (b) { b.addEventListener("change", function () { applyTechniques(); hide(); }); });
    applyLayers();
    applyTechniques();
    text.addEventListener("mouseover", function (ev) { if (!pinned) { const el = target(ev); if (el) show(el); else hide(); } });
    text.addEventListener("mouseleave", function () { if (!pinned) hide(); });
    text.addEventListener("focusin", function (ev) { const el = target(ev); if (el) show(el); });
    text.addEventListener("click", function (ev) {
      const el = target(ev);
      pinned = el;
      if (el) show(el); else hide();
    });
    document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { pinned = null; hide(); } });
    document.querySelectorAll(".jump").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        const first = text.querySelector('[data-ann="' + CSS.escape(a.dataset.ann) + '"]');
        if (!first) return;
        // A link to a hidden layer (the header's narratives) turns that layer on first.
        const box = document.querySelector('.layer-toggle[data-layer="' + CSS.escape(first.dataset.layer) + '"]');
        if (box && !box.checked) { box.checked = true; applyLayers(); }
        first.scrollIntoView({ behavior: "smooth", block: "center" });
        first.classList.remove("ss-flash");
        void first.offsetWidth;
        first.classList.add("ss-flash");
        pinned = first;
        show(first);
      });
    });
  }

  // Analysis takes seconds: say so, and stop a second click from starting it again.
  document.querySelectorAll("form.analyse").forEach(function (f) {
    f.addEventListener("submit", function () {
      const b = f.querySelector("button[type=submit]");
      b.disabled = true;
      b.textContent = "Analysing…";
    });
  });

  document.querySelectorAll("select[data-autosubmit]").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
})();
