// Hover or keyboard focus on a quote shows its details and emphasises its speaker mention and cue.
(function () {
  "use strict";
  var tip = document.getElementById("quote-tip");
  var current = null;
  var LABELS = [["speaker", "speaker"], ["speakerTitle", "title"], ["speakerDescription", "description"],
    ["date", "date"], ["dateBasis", "date basis"], ["dateText", "date text"], ["type", "type"],
    ["rule", "rule"], ["confidence", "confidence"]];

  function quoteOf(node) {
    var part = node && node.closest ? node.closest("[data-record], [data-continues]") : null;
    if (!part) { return null; }
    if (part.hasAttribute("data-record")) { return part; }
    var section = part.closest(".doc");
    return section.querySelector('[data-record="' + part.getAttribute("data-continues") + '"]');
  }

  function related(quote) {
    var n = quote.getAttribute("data-record");
    var section = quote.closest(".doc");
    return [quote].concat(
      Array.prototype.slice.call(section.querySelectorAll('[data-continues="' + n + '"], [data-for~="' + n + '"]')));
  }

  function fill(quote) {
    var list = document.createElement("dl");
    LABELS.forEach(function (pair) {
      var value = quote.dataset[pair[0]];
      if (pair[0] === "speaker" && !value) { value = "(none)"; }
      if (!value) { return; }
      var dt = document.createElement("dt");
      var dd = document.createElement("dd");
      dt.textContent = pair[1];
      dd.textContent = value;
      if (pair[0] === "speaker") { dd.className = "tip-speaker"; }
      list.appendChild(dt);
      list.appendChild(dd);
    });
    tip.replaceChildren(list);
  }

  function place(quote) {
    var box = quote.getClientRects()[0] || quote.getBoundingClientRect();
    var top = window.scrollY + box.bottom + 8;
    var left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }

  function show(quote) {
    if (quote === current) { return; }
    hide();
    current = quote;
    fill(quote);
    tip.hidden = false;
    place(quote);
    quote.setAttribute("aria-describedby", "quote-tip");
    related(quote).forEach(function (el) { el.classList.add("is-active"); });
  }

  function hide() {
    if (!current) { return; }
    related(current).forEach(function (el) { el.classList.remove("is-active"); });
    current.removeAttribute("aria-describedby");
    current = null;
    tip.hidden = true;
  }

  document.addEventListener("mouseover", function (event) {
    var quote = quoteOf(event.target);
    if (quote) { show(quote); } else if (current && current !== document.activeElement) { hide(); }
  });
  document.addEventListener("focusin", function (event) {
    var quote = quoteOf(event.target);
    if (quote) { show(quote); } else { hide(); }
  });
  document.addEventListener("focusout", function (event) {
    if (!quoteOf(event.relatedTarget)) { hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
  });
}());
