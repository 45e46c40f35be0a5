// kb: a little behaviour for the generated site. No framework, nothing loaded from elsewhere.
(function () {
  "use strict";

  // Opened as plain files there is no server to search with: say so instead of opening an empty page.
  if (location.protocol === "file:") {
    document.querySelectorAll("form.search").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var note = form.querySelector(".search-note");
        if (note) {
          note.textContent = "Search needs the local server: run kb serve and open the address it prints.";
          note.hidden = false;
        }
      });
    });
  }

  // "/" focuses the search box, as on many sites; Escape leaves it.
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("q");
    if (!box) {
      return;
    }
    if (event.key === "/" && document.activeElement !== box && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      event.preventDefault();
      box.focus();
    } else if (event.key === "Escape" && document.activeElement === box) {
      box.blur();
    }
  });
})();
