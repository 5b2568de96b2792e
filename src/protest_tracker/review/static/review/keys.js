// Keyboard shortcuts for the review workspace. Any element with data-shortcut="<key>"
// is activated by that key: a form is submitted, a link followed, a button pressed.
// Keys are ignored while typing in a field or with a modifier held. Our own code; no inline script.
(function () {
  "use strict";

  function typing(target) {
    if (!target) { return false; }
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  function activate(element) {
    if (element.tagName === "FORM") {
      if (typeof element.requestSubmit === "function") { element.requestSubmit(); } else { element.submit(); }
    } else {
      element.click();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (event.key === "/") {
      var search = document.getElementById("queue-search");
      if (search) { event.preventDefault(); search.focus(); }
      return;
    }
    var key = event.key.length === 1 ? event.key.toLowerCase() : "";
    if (!key || !/^[a-z]$/.test(key)) { return; }
    var element = document.querySelector('[data-shortcut="' + key + '"]');
    if (element) {
      event.preventDefault();
      activate(element);
    }
  });
})();
