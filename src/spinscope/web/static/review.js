// Review mode of the article page (issue 25): j/k move between items, a accept, r reject, e edit;
// the reviewer's name is remembered; a selection in the text fills the "Add" form's offsets.
// Loaded from /static (CSP: script-src 'self'); builds no HTML from article data.
"use strict";

(function () {
  const panel = document.getElementById("review");
  if (!panel) return;
  const items = Array.from(panel.querySelectorAll(".review-item"));
  const nameBox = document.getElementById("reviewer-name");
  let current = -1;

  function reviewer() {
    return nameBox ? nameBox.value.trim() : "";
  }
  if (nameBox) {
    if (!nameBox.value) nameBox.value = window.localStorage.getItem("spinscope-reviewer") || "";
    nameBox.addEventListener("input", function () {
      window.localStorage.setItem("spinscope-reviewer", reviewer());
    });
  }
  panel.querySelectorAll("form.review-form").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll(".reviewer-field").forEach(function (f) { if (reviewer()) f.value = reviewer(); });
    });
  });

  function focusItem(i) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (el, n) { el.classList.toggle("current", n === current); });
    items[current].focus();
    items[current].scrollIntoView({block: "nearest"});
  }
  items.forEach(function (el, n) { el.addEventListener("focus", function () { current = n; }); });

  function press(selector) {
    if (current < 0) return;
    const button = items[current].querySelector(selector);
    if (button) button.click();
  }

  document.addEventListener("keydown", function (e) {
    const tag = (e.target && e.target.tagName) || "";
    if (["INPUT", "SELECT", "TEXTAREA"].includes(tag) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "j") { focusItem(current + 1); e.preventDefault(); }
    else if (e.key === "k") { focusItem(current - 1); e.preventDefault(); }
    else if (e.key === "a") { press("button.accept"); e.preventDefault(); }
    else if (e.key === "r") { press("button.reject"); e.preventDefault(); }
    else if (e.key === "e" && current >= 0) {
      const edit = items[current].querySelector("details.edit");
      if (edit) {
        edit.open = true;
        const first = edit.querySelector("input, select");
        if (first) first.focus();
      }
      e.preventDefault();
    }
  });

  // Offsets of a selection in the article text, in code points (Python's str indices), not UTF-16 units.
  const text = document.getElementById("article-text");
  const start = document.getElementById("add-start");
  const end = document.getElementById("add-end");
  const words = document.getElementById("add-words");
  function codePoints(s) { return Array.from(s).length; }
  function offsetOf(node, offset) {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node) return count + codePoints(n.data.slice(0, offset));
      count += codePoints(n.data);
    }
    return -1;
  }
  if (text && start && end && words) {
    text.addEventListener("mouseup", function () {
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (range.startContainer.nodeType !== Node.TEXT_NODE || range.endContainer.nodeType !== Node.TEXT_NODE) return;
      const s = offsetOf(range.startContainer, range.startOffset);
      const t = offsetOf(range.endContainer, range.endOffset);
      if (s < 0 || t <= s) return;
      start.value = String(s);
      end.value = String(t);
      words.value = sel.toString();
      const add = document.getElementById("add-annotation");
      if (add) add.open = true;
    });
    words.addEventListener("input", function () { start.value = ""; end.value = ""; });
  }
})();
