// The review event page: a field with evidence in the source text is clickable; a click (or Enter)
// scrolls the source column to the evidence of that field and highlights it. Our own code; no inline script.
(function () {
  "use strict";

  // event field -> the evidence key the pipeline writes for it (evidence spans name what they support)
  var EVIDENCE = {
    city: "place", region: "place", country: "place", latitude: "place", longitude: "place", geo_precision: "place",
    size_min: "size", size_max: "size", size_text: "size", end_date: "date", date_precision: "date",
    venue_type: "venue", participants: "event", participant_groups: "event", grievance_categories: "demands"
  };

  function marksFor(name) {
    var keys = [name, EVIDENCE[name]];
    for (var i = 0; i < keys.length; i++) {
      if (!keys[i]) { continue; }
      var found = document.querySelectorAll('.sources mark[data-field="' + keys[i] + '"]');
      if (found.length) { return found; }
    }
    return [];
  }

  function show(field) {
    var marks = marksFor(field.getAttribute("data-field"));
    if (!marks.length) { return; }
    document.querySelectorAll("mark.active, dd.active").forEach(function (el) { el.classList.remove("active"); });
    marks.forEach(function (mark) { mark.classList.add("active"); });
    field.classList.add("active");
    marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
  }

  function start() {
    document.querySelectorAll(".fields dd[data-field]").forEach(function (field) {
      if (!marksFor(field.getAttribute("data-field")).length) { return; }
      field.classList.add("has-evidence");
      field.setAttribute("tabindex", "0");
      field.setAttribute("role", "button");
      field.setAttribute("title", field.closest(".fields").getAttribute("data-hint") || "");
      field.addEventListener("click", function () { show(field); });
      field.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(field); }
      });
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
