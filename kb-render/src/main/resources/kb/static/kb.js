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

// The search page: results from the local server's /api/search, drawn with DOM calls (text is never parsed as HTML).
(function () {
  "use strict";
  var results = document.getElementById("results");
  if (!results || location.protocol === "file:") {
    return;
  }
  var root = document.body.getAttribute("data-root") || "";
  var params = new URLSearchParams(location.search);
  var q = params.get("q") || "";
  var box = document.getElementById("q-page");
  if (box) {
    box.value = q;
  }
  if (!q.trim()) {
    results.textContent = "";
    return;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function link(overrides) {
    var p = new URLSearchParams(location.search);
    Object.keys(overrides).forEach(function (k) {
      if (overrides[k] === null || overrides[k] === "") { p.delete(k); } else { p.set(k, overrides[k]); }
    });
    return "index.html?" + p.toString();
  }

  function facet(title, name, values, selected) {
    var nav = el("nav", { "class": "facet", "aria-label": title });
    nav.appendChild(el("h2", {}, title));
    var ul = el("ul");
    values.forEach(function (v) {
      var li = el("li");
      var a = el("a", { href: link({ [name]: selected === v.value ? null : v.value, page: null }) }, v.value);
      if (selected === v.value) { a.setAttribute("aria-current", "true"); }
      li.appendChild(a);
      li.appendChild(el("span", { "class": "count" }, " " + v.count));
      ul.appendChild(li);
    });
    nav.appendChild(ul);
    return nav;
  }

  var api = root + "api/search?" + new URLSearchParams({
    q: q, product: params.get("product") || "", year: params.get("year") || "", page: params.get("page") || "1"
  }).toString();
  results.textContent = "Searching…";
  fetch(api).then(function (r) {
    return r.json().then(function (body) { return { ok: r.ok, body: body }; });
  }).then(function (r) {
    results.textContent = "";
    if (!r.ok) {
      results.appendChild(el("p", { "class": "error" }, r.body.error || "The search failed."));
      return;
    }
    var b = r.body;
    if (b.didYouMean) {
      var p = el("p", { "class": "did-you-mean" }, "Did you mean ");
      p.appendChild(el("a", { href: link({ q: b.didYouMean, page: null }) }, b.didYouMean));
      p.appendChild(document.createTextNode("?"));
      results.appendChild(p);
    }
    results.appendChild(el("p", { "class": "summary" }, b.total.toLocaleString() + (b.exactTotal ? "" : "+") + " articles" +
        (b.fuzzy ? " (no exact match; showing close spellings)" : "")));
    var layout = el("div", { "class": "search-layout" });
    var side = el("div", { "class": "facets" });
    side.appendChild(facet("Product", "product", b.facets.product, b.product));
    side.appendChild(facet("Year", "year", b.facets.year, b.year));
    var list = el("ol", { "class": "hits", start: String((b.page - 1) * b.pageSize + 1) });
    b.hits.forEach(function (h) {
      var li = el("li", { "class": "hit" });
      var title = el("h3");
      title.appendChild(el("a", { href: root + h.url + "index.html" }, h.id + ": " + h.title));
      li.appendChild(title);
      var snippet = el("p", { "class": "snippet" });
      h.snippet.forEach(function (part) {
        snippet.appendChild(part.hit ? el("mark", {}, part.text) : document.createTextNode(part.text));
      });
      li.appendChild(snippet);
      li.appendChild(el("p", { "class": "meta" }, [h.products.join(", "), h.date].filter(Boolean).join(" · ")));
      list.appendChild(li);
    });
    layout.appendChild(list);
    layout.appendChild(side);
    results.appendChild(layout);
    if (b.pages > 1) {
      var pager = el("nav", { "class": "pagination", "aria-label": "Result pages" });
      if (b.page > 1) { pager.appendChild(el("a", { rel: "prev", href: link({ page: b.page - 1 }) }, "← Previous")); }
      pager.appendChild(el("span", {}, " Page " + b.page + " of " + b.pages + " "));
      if (b.page < b.pages) { pager.appendChild(el("a", { rel: "next", href: link({ page: b.page + 1 }) }, "Next →")); }
      results.appendChild(pager);
    }
  }).catch(function () {
    results.textContent = "";
    results.appendChild(el("p", { "class": "error" }, "Search needs the local server: run kb serve and open the address it prints."));
  });
})();
