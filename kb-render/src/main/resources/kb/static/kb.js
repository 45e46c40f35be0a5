// kb: a little behaviour for the generated site. No framework, nothing loaded from elsewhere. Search runs in the
// browser on the index the build wrote into search/ (kb-search.js), from a web server or from files alike.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  var loading = null;

  // The search code, loaded once, when a search box is first used or the search page opens.
  function engine() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (window.kbSearch) { resolve(window.kbSearch); return; }
        var s = document.createElement("script");
        s.src = root + "search/kb-search.js";
        s.onload = function () { window.kbSearch ? resolve(window.kbSearch) : reject(new Error("no search")); };
        s.onerror = function () { loading = null; reject(new Error("The search code search/kb-search.js could not be loaded.")); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function href(hit) {
    return root + hit.url + "index.html";
  }

  function snippet(parts) {
    var p = el("p", { "class": "snippet" });
    parts.forEach(function (part) {
      p.appendChild(part.hit ? el("mark", {}, part.text) : document.createTextNode(part.text));
    });
    return p;
  }

  function problem(error) {
    return el("p", { "class": "error", role: "alert" }, error && error.name === "IndexIncomplete"
      ? error.message : "Search is not available: " + (error && error.message || "the search index could not be read."));
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  // Results as the user types, under every search box but the search page's: arrows move, Enter opens.
  document.querySelectorAll("form.search").forEach(function (form, n) {
    var box = form.querySelector("input[type=search]");
    if (!box || document.getElementById("results")) {
      return;
    }
    var list = el("ul", { "class": "suggest", role: "listbox", id: "suggest-" + n, hidden: "" });
    form.appendChild(list);
    box.setAttribute("role", "combobox");
    box.setAttribute("aria-autocomplete", "list");
    box.setAttribute("aria-controls", list.id);
    box.setAttribute("aria-expanded", "false");
    var selected = -1, asked = 0;

    function close() {
      list.hidden = true;
      list.textContent = "";
      selected = -1;
      box.setAttribute("aria-expanded", "false");
      box.removeAttribute("aria-activedescendant");
    }

    function select(i) {
      var items = list.querySelectorAll("li[role=option]");
      if (!items.length) { return; }
      selected = (i + items.length) % items.length;
      items.forEach(function (li, k) { li.setAttribute("aria-selected", String(k === selected)); });
      box.setAttribute("aria-activedescendant", items[selected].id);
    }

    var update = debounce(function () {
      var text = box.value.trim(), mine = ++asked;
      if (!text) { close(); return; }
      engine().then(function (s) { return s.search(text, {}); }).then(function (r) {
        if (mine !== asked) { return; }
        list.textContent = "";
        selected = -1;
        r.hits.slice(0, 6).forEach(function (h, k) {
          var li = el("li", { role: "option", id: list.id + "-" + k, "aria-selected": "false" });
          var a = el("a", { href: href(h), tabindex: "-1" });
          a.appendChild(el("span", { "class": "id" }, h.id));
          a.appendChild(document.createTextNode(" " + h.title));
          li.appendChild(a);
          list.appendChild(li);
        });
        var more = el("li", { "class": "more" });
        more.appendChild(el("a", { href: root + "search/index.html?" + new URLSearchParams({ q: text }) },
          r.total ? "All " + r.total.toLocaleString() + (r.total === 1 ? " article" : " articles") + " →" : "No articles match: see search tips →"));
        list.appendChild(more);
        list.hidden = false;
        box.setAttribute("aria-expanded", "true");
      }).catch(function (e) {
        if (mine !== asked) { return; }
        list.textContent = "";
        var li = el("li", { "class": "more" });
        li.appendChild(problem(e));
        list.appendChild(li);
        list.hidden = false;
      });
    }, 150);

    box.addEventListener("focus", function () { engine().catch(function () {}); });
    box.addEventListener("input", update);
    box.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!list.hidden) {
          event.preventDefault();
          select(selected + (event.key === "ArrowDown" ? 1 : -1));
        }
      } else if (event.key === "Enter" && selected >= 0) {
        event.preventDefault();
        location.href = list.querySelectorAll("li[role=option] a")[selected].getAttribute("href");
      } else if (event.key === "Escape") {
        close();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) { close(); }
    });
  });

  // "/" focuses the search box, as on many sites; Escape leaves it.
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("q-page") || document.getElementById("q-home") || document.getElementById("q");
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

  // The search page: ?q= (with product= and page=) shows its results at once; typing there searches again.
  var results = document.getElementById("results");
  if (!results) {
    return;
  }
  var box = document.getElementById("q-page");
  var params = new URLSearchParams(location.search);
  if (box) {
    box.value = params.get("q") || "";
  }

  function link(overrides) {
    var p = new URLSearchParams(location.search);
    Object.keys(overrides).forEach(function (k) {
      if (overrides[k] === null || overrides[k] === "") { p.delete(k); } else { p.set(k, overrides[k]); }
    });
    return "index.html?" + p.toString();
  }

  // A facet's values by name, each with how many results have it: at least that many ("647+") when the counts are
  // over the best results only.
  function facet(title, name, values, selected, partial) {
    var nav = el("nav", { "class": "facet", "aria-label": title });
    nav.appendChild(el("h2", {}, title));
    if (partial) {
      nav.appendChild(el("p", { "class": "facet-note" }, "In the best " + partial + " results"));
    }
    var ul = el("ul");
    values.forEach(function (v) {
      var li = el("li");
      var a = el("a", { href: link({ [name]: selected === v.value.toLowerCase() ? null : v.value, page: null }) }, v.name || v.value);
      if (selected === v.value.toLowerCase()) { a.setAttribute("aria-current", "true"); }
      li.appendChild(a);
      li.appendChild(el("span", { "class": "count" }, " " + v.count.toLocaleString() + (partial ? "+" : "")));
      ul.appendChild(li);
    });
    nav.appendChild(ul);
    return nav;
  }

  function show(b, q) {
    results.textContent = "";
    if (b.didYouMean) {
      var p = el("p", { "class": "did-you-mean" }, "Did you mean ");
      p.appendChild(el("a", { href: link({ q: b.didYouMean, page: null }) }, b.didYouMean));
      p.appendChild(document.createTextNode("?"));
      results.appendChild(p);
    }
    if (b.notice) {
      results.appendChild(el("p", { "class": "notice" }, b.notice));
    }
    if (!b.total) {
      results.appendChild(el("p", { "class": "summary" }, "No articles match “" + q + "”" + (b.productName || b.product ? " in " + (b.productName || b.product) : "") + "."));
      var hint = el("p", { "class": "hint" });
      if (b.product) {
        hint.appendChild(el("a", { href: link({ product: null, page: null }) }, "Search all products"));
        hint.appendChild(document.createTextNode(", or try fewer or other words."));
      } else {
        hint.textContent = "Try fewer words, the words of the message you see, or a file name or error number.";
      }
      results.appendChild(hint);
      return;
    }
    results.appendChild(el("p", { "class": "summary" },
      b.total.toLocaleString() + (b.exactTotal === false ? "+" : "") + (b.total === 1 ? " article" : " articles")));
    var layout = el("div", { "class": "search-layout" });
    var side = el("div", { "class": "facets" });
    var counted = b.facets.counted;
    side.appendChild(facet("Product", "product", b.facets.product, b.product, counted && counted < b.total ? counted : 0));
    var list = el("ol", { "class": "hits", start: String((b.page - 1) * 10 + 1) });
    b.hits.forEach(function (h) {
      var li = el("li", { "class": "hit" });
      var title = el("h2");
      title.appendChild(el("a", { href: href(h) }, h.id + ": " + h.title));
      li.appendChild(title);
      li.appendChild(snippet(h.snippet));
      li.appendChild(el("p", { "class": "meta" }, [(h.productNames || h.products).join(", "), h.date].filter(Boolean).join(" · ")));
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
  }

  var asked = 0;
  function searchPage() {
    var p = new URLSearchParams(location.search), q = (p.get("q") || "").trim(), mine = ++asked;
    if (!q) {
      results.textContent = "";
      return;
    }
    results.setAttribute("aria-busy", "true");
    engine().then(function (s) {
      return s.search(q, { page: parseInt(p.get("page") || "1", 10) || 1, product: p.get("product") || "" });
    }).then(function (b) {
      if (mine === asked) { show(b, q); }
    }).catch(function (e) {
      if (mine === asked) {
        results.textContent = "";
        results.appendChild(problem(e));
      }
    }).finally(function () {
      results.removeAttribute("aria-busy");
    });
  }

  if (box) {
    box.addEventListener("input", debounce(function () {
      history.replaceState(null, "", link({ q: box.value.trim() || null, page: null }));
      searchPage();
    }, 200));
    box.form.addEventListener("submit", function (event) {
      event.preventDefault();
      history.replaceState(null, "", link({ q: box.value.trim() || null, page: null }));
      searchPage();
    });
  }
  searchPage();
})();
