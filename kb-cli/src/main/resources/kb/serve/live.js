// Added by kb serve to the pages it serves, never to a built site: reloads the page when the site is built again,
// and shows what is wrong when the content has problems.
(function () {
  "use strict";
  var overlay = null;

  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "kb-live-problems";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:1000;max-height:50vh;" +
        "overflow:auto;margin:0;padding:0.75rem 1rem;border:2px solid #b91c1c;border-radius:0.5rem;" +
        "background:#fff;color:#1d1f21;font:0.875rem/1.5 ui-monospace,monospace;white-space:pre-wrap;" +
        "box-shadow:0 4px 16px rgba(0,0,0,0.25)";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "kb serve: the last build found problems (the pages they touch may be missing):\n\n" + text;
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  var events = new EventSource("/_kb/events");
  events.addEventListener("open", function () {
    document.documentElement.setAttribute("data-kb-live", "listening");
  });
  events.addEventListener("problems", function (e) {
    if (e.data) {
      show(e.data);
    } else {
      hide();
    }
  });
  events.addEventListener("reload", function () {
    events.close();
    location.reload();
  });
})();
