// kb's search in the browser. It reads the index kb build writes beside this script: kb-index.js names the pages
// (p/...) that name the files holding each range of keys (t/...), and the files of what results show of the articles
// (d/...). Each file is a classic script that hands its data to kbShard(), so the search works from file:// as well as
// from any web server.
// window.kbSearch.search(text, {page, product}) answers a Promise of
// {total, hits: [{id, title, url, products, productNames, date, score, snippet: [{text, hit}]}], didYouMean, page,
// pages, product, productName, facets: {counted, product: [{value, name, count}]}}: the facets count the best
// `counted` results; productName is the name of the product filtered to.
(function () {
  "use strict";
  if (window.kbSearch) {
    return;
  }
  var script = document.currentScript;
  var base = script ? script.src.replace(/[^\/]*$/, "") : "search/";
  var PAGE = 10, FACET_DEPTH = 100, FEW = 20, MAX_TERMS = 24, SIMILAR = 0.7, SIMILAR_MAX = 10, INFORMATIONAL = 0.9;
  var AGREEMENT = 0.8, WHOLE = 0.7, AS_WRITTEN = 0.8, MAX_WHOLE = 64, TITLE_PAIRS = 3;
  var WORD = /[\p{L}\p{N}_]+(?:(?:['\u2019.]|(?<=\p{L}):(?=\p{L})|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{N}_]+)*/gu;
  var EDGE = /^[\x00-\x23&-\/:-@[\]^`{-\x7f]+|[\x00-\x23&-\/:-@[\]^`{-\x7f]+$/g;
  var utf8 = new TextDecoder();
  var waiting = {}, files = {}, index = null, steps = 1;

  // A file of the index could not be read: the site was published without all of its search files.
  function Incomplete(name) {
    this.name = "IndexIncomplete";
    this.message = "The search index is incomplete: " + name + ".js could not be read. Build or upload the site again.";
  }
  Incomplete.prototype = Object.create(Error.prototype);

  window.kbShard = function (name, data) {
    if (waiting[name]) {
      waiting[name].data = data;
    }
  };

  // A file's text: seven bits a character, low first, of the deflated payload. A character from U+0100 stands for one
  // of the values a string cannot hold as they are and the value after it, or (from the sixth block of 128 on) for
  // such a value that ends the text.
  var AWKWARD = [0, 10, 13, 34, 92];
  function inflate(text) {
    var bytes = new Uint8Array(Math.ceil(text.length * 14 / 8)), acc = 0, bits = 0, j = 0;
    function seven(v) {
      acc |= v << bits;
      bits += 7;
      if (bits >= 8) {
        bytes[j++] = acc & 255;
        acc >>>= 8;
        bits -= 8;
      }
    }
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 128) {
        seven(c);
      } else {
        var which = (c - 256) >> 7;
        seven(AWKWARD[which % AWKWARD.length]);
        if (which < AWKWARD.length) { seven(c & 127); }
      }
    }
    bytes = bytes.subarray(0, j);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }

  // The payload of one file, loaded once a page; parsed by the caller's function, also once.
  function load(name, parse) {
    if (!files[name]) {
      files[name] = new Promise(function (resolve, reject) {
        var s = document.createElement("script"), w = waiting[name] = {};
        function done(ok) {
          delete waiting[name];
          s.remove();
          if (!ok || typeof w.data !== "string") {
            reject(new Incomplete(name));
          } else {
            inflate(w.data).then(function (b) { resolve(parse(new Reader(b))); }).catch(function () { reject(new Incomplete(name)); });
          }
        }
        s.onload = function () { done(true); };
        s.onerror = function () { done(false); };
        s.src = base + name + ".js";
        document.head.appendChild(s);
      });
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }

  function Reader(bytes) {
    this.b = bytes;
    this.p = 0;
  }
  Reader.prototype.vint = function () {
    var v = 0, m = 1, x;
    do {
      x = this.b[this.p++];
      v += (x & 127) * m;
      m *= 128;
    } while (x & 128);
    return v;
  };
  Reader.prototype.str = function () {
    var n = this.vint(), s = utf8.decode(this.b.subarray(this.p, this.p + n));
    this.p += n;
    return s;
  };
  // A string written as the length it shares with the one before, then the rest.
  Reader.prototype.next = function (before) {
    var shared = this.vint();
    return before.slice(0, shared) + this.str();
  };
  // A list of strings: how many, then each.
  Reader.prototype.strs = function () {
    var out = [];
    for (var n = this.vint(); n > 0; n--) {
      out.push(this.str());
    }
    return out;
  };
  // A file's place, written against the one expected (zigzag: 0, -1, 1, -2 as 0, 1, 2, 3).
  Reader.prototype.place = function (expected) {
    var change = this.vint();
    return expected + (change & 1 ? -(change + 1) / 2 : change / 2);
  };
  // A file's name: its kind, the mark of the build that wrote it, and its place then.
  function fileName(kind, mark, place) {
    return kind + "/" + mark + "-" + place.toString(36);
  }
  Reader.prototype.f32 = function () {
    var v = new DataView(this.b.buffer, this.b.byteOffset + this.p, 4).getFloat32(0, true);
    this.p += 4;
    return v;
  };

  function parseIndex(r) {
    var ix = { format: r.vint(), generation: r.str(), size: r.vint(), perFile: r.vint() };
    var i, n, prev = "";
    ix.stop = new Set(r.strs());
    steps = ix.steps = r.vint();
    var marks = r.strs();
    // A file of the manifest: its mark's number, then its place against the one it has now.
    function name(kind, now) {
      var mark = marks[r.vint()];
      return fileName(kind, mark, r.place(now));
    }
    ix.bounds = [];
    ix.pages = [];
    for (i = 0, n = r.vint(); i < n; i++) {
      prev = r.next(prev);
      ix.bounds.push(prev);
      ix.pages.push(name("p", i));
    }
    ix.docs = [];
    for (i = 0, n = r.vint(); i < n; i++) {
      ix.docs.push(name("d", i));
    }
    ix.products = [];
    for (n = r.vint(); n > 0; n--) {
      var code = r.str(), label = r.str(), runs = [], end = 0;
      for (i = r.vint(); i > 0; i--) {
        var start = end + r.vint(), len = r.vint();
        runs.push([start, len]);
        end = start + len;
      }
      ix.products.push({ code: code, name: label, runs: runs });
    }
    // The articles that explain or inform, as gaps between their numbers.
    ix.info = new Uint8Array(ix.size);
    for (n = r.vint(), i = 0; n > 0; n--) {
      i += r.vint();
      ix.info[i] = 1;
    }
    // The common words that make a common word joined, as "first second".
    ix.joined = new Set();
    for (n = r.vint(), prev = ""; n > 0; n--) {
      prev = r.next(prev);
      ix.joined.add(prev);
    }
    return ix;
  }

  // A page of the manifest: where each of its ranges starts, and the file that holds it.
  function parsePage(r) {
    var marks = r.strs(), page = { bounds: [], files: [] }, prev = "", place = -1;
    for (var n = r.vint(); n > 0; n--) {
      prev = r.next(prev);
      page.bounds.push(prev);
      var mark = marks[r.vint()];
      place = r.place(place + 1);
      page.files.push(fileName("t", mark, place));
    }
    return page;
  }

  function parseEntries(r) {
    var map = new Map(), key = "";
    for (var n = r.vint(); n > 0; n--) {
      key = r.next(key);
      var len = r.vint();
      map.set(key, r.b.subarray(r.p, r.p + len));
      r.p += len;
    }
    return map;
  }

  function parseDocs(r) {
    var docs = [];
    while (r.p < r.b.length) {
      var id = r.str();
      docs.push(id ? { id: id, title: r.str(), url: r.str(), products: r.str(), date: r.str(), summary: r.str() } : null);
    }
    return docs;
  }

  function ready() {
    if (!index) {
      index = load("kb-index", parseIndex);
      index.catch(function () { index = null; });
    }
    return index;
  }

  // The last of a list of starts that is not after a key.
  function within(bounds, key) {
    var lo = 0, hi = bounds.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (bounds[mid] <= key) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  // The files whose ranges hold the keys from one to another, in order, from the pages that name them.
  function filesOf(ix, from, to) {
    var first = within(ix.bounds, from), last = within(ix.bounds, to), pages = [];
    for (var i = first; i <= last; i++) {
      pages.push(load(ix.pages[i], parsePage));
    }
    return Promise.all(pages).then(function (ps) {
      var out = [];
      ps.forEach(function (p, k) {
        var a = k === 0 ? within(p.bounds, from) : 0, b = k === ps.length - 1 ? within(p.bounds, to) : p.bounds.length - 1;
        out = out.concat(p.files.slice(a, b + 1));
      });
      return out;
    });
  }

  function entry(ix, key) {
    return filesOf(ix, key, key).then(function (f) { return load(f[0], parseEntries); }).then(function (m) { return m.get(key); });
  }

  // Every entry whose key starts with a prefix, as [key, value] pairs.
  function entries(ix, prefix) {
    return filesOf(ix, prefix, prefix + "\uffff").then(function (names) {
      return Promise.all(names.map(function (f) { return load(f, parseEntries); }));
    }).then(function (maps) {
      var out = [];
      maps.forEach(function (m) {
        m.forEach(function (v, k) {
          if (k.startsWith(prefix)) { out.push([k, v]); }
        });
      });
      return out;
    });
  }

  // Calls back each article number of a posting list with its score: the numbers' gaps, then their steps.
  function postings(value, each) {
    if (!value) {
      return;
    }
    var r = new Reader(value), max = r.f32() / steps, n = r.vint(), docs = new Int32Array(n), doc = -1, i;
    for (i = 0; i < n; i++) {
      docs[i] = doc += r.vint() + 1;
    }
    for (i = 0; i < n; i++) {
      each(docs[i], max * r.b[r.p + i]);
    }
  }


  // A word's term: its value holds the length shared with the word plus one, then the rest; 0 for a stop word.
  function termOf(word, r) {
    var shared = r.vint();
    return shared === 0 ? "" : word.slice(0, shared - 1) + r.str();
  }

  // A word as written: null when no article has it; else its term ("" for a stop word) and the term's postings, kept
  // under the term and an end mark, after the words that start with it. The term's key is looked for first: its value
  // says whether the term is that word as written too, and then the word's own entry is not needed.
  function lookup(ix, w) {
    // A term's value: whether the term is also a word as written (bit 0) and how many products it names (the bits
    // above), those products, then its postings.
    function termEntry(term) {
      return entry(ix, "w" + term + "\uffff").then(function (v) {
        if (!v) {
          return null;
        }
        var r = new Reader(v), flags = r.vint(), named = [];
        for (var n = flags >> 1; n > 0; n--) {
          named.push(r.str());
        }
        return { spelledAsIs: (flags & 1) === 1, named: named, postings: v.subarray(r.p) };
      });
    }
    return termEntry(w).then(function (own) {
      if (own && own.spelledAsIs) {
        return { term: w, named: own.named, postings: own.postings };
      }
      return entry(ix, "w" + w).then(function (v) {
        var term = v && termOf(w, new Reader(v));
        return !v ? null : !term ? { term: "", named: [], postings: null } : termEntry(term).then(function (t) {
          return { term: term, named: t ? t.named : [], postings: t ? t.postings : null };
        });
      });
    });
  }

  function words(text) {
    return (text.match(WORD) || []).map(function (w) { return fold(w.toLowerCase()); });
  }

  // One spelling for the ways a word is written, as the index folds them: without apostrophes (doesn't, doesnt), a
  // hexadecimal number without leading zeros (0x0000007b, 0x7b).
  function fold(w) {
    var out = w.replace(/['\u2019]/g, "") || w;
    return /^0x0[0-9a-f]+$/i.test(out) ? out.replace(/^0(x)0+(?=.)/i, "0$1") : out;
  }

  // Tokens users paste as they are: split at spaces, trimmed of punctuation, with a digit or one of . \ _ :
  function exactTokens(text) {
    var out = [];
    text.split(/\s+/).forEach(function (t) {
      t = fold(t.replace(EDGE, "").toLowerCase());
      if (t.length >= 3 && /[0-9.\\_:]/.test(t) && out.indexOf(t) < 0 && out.length < MAX_TERMS) {
        out.push(t);
      }
    });
    return out;
  }

  // What a user typed: free text, "phrases", -excluded words, product: and year: filters.
  function parse(input) {
    var q = { text: "", phrases: [], excluded: [], product: "" }, s = input.slice(0, 1000), i = 0;
    while (i < s.length) {
      var c = s[i];
      if (c === '"') {
        var end = s.indexOf('"', i + 1);
        if (end > i + 1) {
          q.phrases.push(s.slice(i + 1, end));
          q.text += " " + s.slice(i + 1, end) + " ";
          i = end + 1;
        } else {
          i++;
        }
        continue;
      }
      if (/\s/.test(c)) {
        q.text += c;
        i++;
        continue;
      }
      var j = i;
      while (j < s.length && !/\s/.test(s[j]) && s[j] !== '"') {
        j++;
      }
      var word = s.slice(i, j), lower = word.toLowerCase();
      if (word.length > 2 && /^-\p{L}[\p{L}\p{N}]*(?:[-'._][\p{L}\p{N}]+)*$/u.test(word)) {
        q.excluded.push(word.slice(1));
      } else if (lower.startsWith("product:") && word.length > 8) {
        q.product = lower.slice(8);
      } else if (!(lower.startsWith("year:") && word.length > 5)) {
        q.text += word;
      }
      i = j;
    }
    q.text = q.text.trim();
    return q;
  }

  // A word that could be a misspelling: four characters or more, a letter first, mostly letters.
  // A word past MAX_TYPO letters is taken as typed, as the server takes it.
  var MAX_TYPO = 24;
  // The most words of a query that get similar spellings, as on the server.
  var MAX_MISSPELLED = 8;

  function typo(w) {
    return w.length >= 4 && w.length <= MAX_TYPO && /\p{L}/u.test(w[0]) && (w.match(/\p{L}/gu) || []).length * 2 >= w.length;
  }

  function edits(w) {
    return w.length < 4 || w.length > MAX_TYPO ? 0 : w.length >= 8 ? 2 : 1;
  }

  // Edits between two words, a swap of neighbours counting one; more than max is max + 1.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var rows = [[]], i, j;
    for (j = 0; j <= b.length; j++) {
      rows[0][j] = j;
    }
    for (i = 1; i <= a.length; i++) {
      rows[i] = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d = Math.min(d, rows[i - 2][j - 2] + 1);
        }
        rows[i][j] = d;
        best = Math.min(best, d);
      }
      if (best > max) {
        return max + 1;
      }
    }
    return rows[a.length][b.length];
  }

  // The known words one or two edits from a word, with the same first letter: [{word, df, edits}], closest first.
  function similar(ix, w) {
    var e = edits(w), wanted = [];
    for (var len = Math.max(3, w.length - e); len <= w.length + e; len++) {
      wanted.push(entries(ix, "y" + w[0] + String.fromCharCode(64 + len)));
    }
    return Promise.all(wanted).then(function (lists) {
      var out = [];
      lists.forEach(function (list) {
        list.forEach(function (kv) {
          var word = kv[0].slice(3), d = distance(w, word, e);
          if (d <= e) {
            out.push({ word: word, df: new Reader(kv[1]).vint(), edits: d });
          }
        });
      });
      return out.sort(function (a, b) { return a.edits - b.edits || b.df - a.df; });
    });
  }

  // Words written joined or apart, read as the server reads them: the shortest half a word is split into; a joined
  // word counts this much of a word typed.
  var SHORTEST_HALF = 2, JOINED = 0.3;

  // A word no article has, as the two words it joins where some title has them side by side (bluescreen: blue
  // screen), the longer first half tried first: [{word, term, postings}] twice, or null.
  function split(ix, w) {
    var cuts = [];
    for (var at = w.length - SHORTEST_HALF; at >= SHORTEST_HALF; at--) {
      cuts.push(at);
    }
    return Promise.all(cuts.map(function (at) { return lookup(ix, w.slice(0, at)); })).then(function (firsts) {
      return Promise.all(cuts.map(function (at, k) {
        var a = firsts[k];
        return !a || !a.term ? null : lookup(ix, w.slice(at)).then(function (b) {
          return !b || !b.term ? null : entry(ix, "t" + a.term + " " + b.term).then(function (v) {
            return v ? [{ word: w.slice(0, at), term: a.term, named: a.named, postings: a.postings },
              { word: w.slice(at), term: b.term, named: b.named, postings: b.postings }] : null;
          });
        });
      }));
    }).then(function (halves) {
      return halves.find(function (h) { return h; }) || null;
    });
  }

  // The postings of the common words that two common words side by side make (log on: logon), as the manifest lists
  // them, their terms not in have.
  function joined(ix, words, have) {
    var glued = [];
    for (var i = 1; i < words.length; i++) {
      if (ix.joined.has(words[i - 1] + " " + words[i])) {
        glued.push(words[i - 1] + words[i]);
      }
    }
    return Promise.all(glued.map(function (g) { return lookup(ix, g); })).then(function (is) {
      var out = [], terms = [];
      is.forEach(function (i) {
        if (i && i.term && !have.has(i.term) && terms.indexOf(i.term) < 0) {
          terms.push(i.term);
          out.push(i.postings);
        }
      });
      return out;
    });
  }

  function idf(ix, df) {
    return Math.log(1 + (ix.size - df + 0.5) / (df + 0.5));
  }

  function pairs(kind, seq) {
    var out = [];
    for (var i = 1; i < seq.length; i++) {
      if (seq[i - 1] === null || seq[i] === null) {
        return [];
      }
      var k = kind + seq[i - 1] + " " + seq[i];
      if (out.indexOf(k) < 0) { out.push(k); }
    }
    return out;
  }

  // The keys of the first TITLE_PAIRS distinct pairs of adjacent terms, each a phrase of its own in the title (the
  // server's title pairs); a pair with a word no article has counts among them and finds nothing.
  function firstPairs(seq) {
    var seen = [], out = [];
    for (var i = 1; i < seq.length && seen.length < TITLE_PAIRS; i++) {
      var known = seq[i - 1] !== null && seq[i] !== null, k = known ? "t" + seq[i - 1] + " " + seq[i] : i;
      if (seen.indexOf(k) < 0) {
        seen.push(k);
        if (known) { out.push(k); }
      }
    }
    return out;
  }

  // The values of a phrase's pairs, or none when no article can have them all: the first and the last pair are
  // looked up first, and the others only when some article has both.
  function phraseValues(ix, keys) {
    if (keys.length < 3) {
      return Promise.all(keys.map(function (k) { return entry(ix, k); }));
    }
    var ends = [keys[0], keys[keys.length - 1]];
    return Promise.all(ends.map(function (k) { return entry(ix, k); })).then(function (v) {
      if (!v[0] || !v[1]) {
        return [];
      }
      var first = new Set(), both = false;
      postings(v[0], function (doc) { first.add(doc); });
      postings(v[1], function (doc) { both = both || first.has(doc); });
      return !both ? [] : Promise.all(keys.map(function (k) { return entry(ix, k); }));
    });
  }

  // A whole message's key: FNV-1a over its words' UTF-16 units, as eight hexadecimal digits (the server's
  // WholeMessages); none for one word or more than MAX_WHOLE.
  function wholeKey(ws) {
    if (ws.length < 2 || ws.length > MAX_WHOLE) {
      return null;
    }
    var text = ws.join(" "), h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    }
    return "q" + ("0000000" + (h >>> 0).toString(16)).slice(-8);
  }

  // The key of a whole message as written, capitals and all: none when it has no capitals (its words' key says the
  // same) or no whole key (the server's WholeMessages.asWrittenKey).
  function asWrittenKey(text, whole) {
    var k = whole && wholeKey((text.match(WORD) || []).slice(0, 4 * MAX_TERMS).map(fold));
    return k && k !== whole ? "qz" + k.slice(1) : null;
  }

  // Whether an article's number is in one of a product's runs of numbers ([start, length]).
  function inRuns(runs, doc) {
    return runs.some(function (r) { return doc >= r[0] && doc < r[0] + r[1]; });
  }

  // The name a product's articles give it, as the site shows it.
  function productName(ix, code) {
    var p = ix.products.find(function (x) { return x.code === code; });
    return p ? p.name : code;
  }

  // The name of the product a search is filtered to (its code in any case); "" when none.
  function filterName(ix, product) {
    var p = product && ix.products.find(function (x) { return x.code.toLowerCase() === product; });
    return p ? p.name : product;
  }

  function facetsOf(ix, docs) {
    var counts = new Map();
    ix.products.forEach(function (p) {
      var c = 0;
      docs.forEach(function (d) {
        for (var i = 0; i < p.runs.length; i++) {
          if (d >= p.runs[i][0] && d < p.runs[i][0] + p.runs[i][1]) { c++; break; }
        }
      });
      if (c > 0) { counts.set(p, c); }
    });
    return Array.from(counts, function (e) { return { value: e[0].code, name: e[0].name, count: e[1] }; })
      .sort(function (a, b) { return b.count - a.count || (a.value < b.value ? -1 : 1); }).slice(0, 20);
  }

  // The summary's words that a query word stands for, marked: as typed, or a form of its term.
  function snippet(text, marks, terms) {
    var parts = [], at = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var w = m[0].toLowerCase();
      var hit = marks.has(w) || terms.some(function (t) { return t.length >= 3 && w.startsWith(t) && w.length - t.length <= 4; });
      if (hit) {
        if (m.index > at) { parts.push({ text: text.slice(at, m.index), hit: false }); }
        parts.push({ text: m[0], hit: true });
        at = m.index + m[0].length;
      }
    }
    if (at < text.length) { parts.push({ text: text.slice(at), hit: false }); }
    return parts;
  }

  function run(ix, input, options) {
    var q = parse(input), page = Math.max(1, options.page | 0 || 1);
    var product = String(options.product || q.product || "").toLowerCase();
    var all = words(q.text).slice(0, 4 * MAX_TERMS);
    var prose = all.filter(function (w) { return !ix.stop.has(w); }).slice(0, MAX_TERMS);
    var distinct = Array.from(new Set(prose));
    var exact = exactTokens(q.text);
    var verbatim = all.slice(0, MAX_TERMS);
    var scores = new Float64Array(ix.size), hitCount = new Uint16Array(ix.size);
    var termsOf = {}, marks = new Set(), misspelled = false;

    function add(value, weight) {
      postings(value, function (doc, s) { scores[doc] += s * weight; });
    }
    // Adds a phrase's pairs where an article has all of them, scaled from n - 1 pairs to n words.
    function phrase(values, n) {
      if (!values.length || values.some(function (v) { return !v; })) {
        return;
      }
      var sum = new Map();
      values.forEach(function (v) {
        postings(v, function (doc, s) {
          var c = sum.get(doc) || [0, 0];
          c[0]++;
          c[1] += s;
          sum.set(doc, c);
        });
      });
      sum.forEach(function (c, doc) {
        if (c[0] === values.length) { scores[doc] += c[1] * n / (n - 1); }
      });
    }

    // Words as written: null for a word no article has; stop words left out.
    function infos(ws) {
      return Promise.all(ws.map(function (w) { return lookup(ix, w); })).then(function (is) {
        return is.filter(function (i) { return !i || i.term; });
      });
    }

    var looked = distinct.map(function (w) { return lookup(ix, w); });
    var exactValues = exact.map(function (t) { return entry(ix, "x" + t); });
    var messagePairs = phraseValues(ix, pairs("m", verbatim));
    var whole = wholeKey(all);
    var quoting = whole ? entry(ix, whole) : Promise.resolve(null);
    var written = asWrittenKey(q.text, whole);
    var quotingAsWritten = written ? entry(ix, written) : Promise.resolve(null);
    return Promise.all(looked).then(function (found) {
      var unknown = distinct.filter(function (w, i) { return !found[i]; }).slice(0, MAX_MISSPELLED);
      return Promise.all(unknown.map(function (w) { return split(ix, w); })).then(function (halves) {
        return { found: found, halves: new Map(unknown.map(function (w, k) { return [w, halves[k]]; })) };
      });
    }).then(function (read) {
      var found = read.found, typos = [], byTerm = new Map(), named = new Set(), namers = [];
      // The products a word found names, and its postings: which articles have the word.
      function naming(info) {
        info.named.forEach(function (p) { named.add(p); });
        if (info.named.length) { namers.push(info.postings); }
      }
      distinct.forEach(function (w, i) {
        var f = found[i], two = read.halves.get(w);
        if (two) {
          termsOf[w] = two.map(function (h) { return h.term; });
          two.forEach(function (h) {
            marks.add(h.word);
            naming(h);
            if (!byTerm.has(h.term)) { byTerm.set(h.term, h.postings); }
          });
          return;
        }
        termsOf[w] = f ? f.term : null;
        if (!f) {
          if (typo(w) && typos.length < MAX_MISSPELLED) { typos.push(w); }
        } else if (f.term) {
          marks.add(w);
          naming(f);
          if (!byTerm.has(f.term)) { byTerm.set(f.term, f.postings); }
        }
      });
      misspelled = typos.length > 0;
      var seq = [];
      prose.forEach(function (w) {
        var t = termsOf[w];
        if (Array.isArray(t)) {
          seq.push(t[0], t[1]);
        } else if (t !== "") {
          seq.push(t);
        }
      });
      var titlePairs = seq.length > 1 ? pairs("t", seq) : [];
      return Promise.all([
        Promise.all(typos.map(function (w) {
          return similar(ix, w).then(function (list) {
            var top = list.slice(0, SIMILAR_MAX);
            return Promise.all(top.map(function (c) { return lookup(ix, c.word); })).then(function (is) {
              return { top: top, infos: is };
            });
          });
        })),
        Promise.all(exactValues),
        messagePairs,
        phraseValues(ix, titlePairs),
        Promise.all(q.phrases.map(function (p) { return infos(words(p).filter(function (w) { return !ix.stop.has(w); })); })),
        Promise.all(q.excluded.map(function (x) { return infos(words(x)); })),
        joined(ix, verbatim, new Set(seq)),
        quoting,
        Promise.all(firstPairs(seq).map(function (k) { return entry(ix, k); })),
        quotingAsWritten,
      ]).then(function (got) {
        byTerm.forEach(function (v) { add(v, 1); });
        got[6].forEach(function (v) { add(v, JOINED); });
        // A misspelled word counts as its similar spellings, each a little less than a word found as typed, all as
        // common as the most common of them.
        var similarTerms = [];
        got[0].forEach(function (g, i) {
          var w = typos[i], blend = idf(ix, g.top.reduce(function (m, c) { return Math.max(m, c.df); }, 0));
          g.top.forEach(function (c, k) {
            var info = g.infos[k];
            if (info && info.term && !byTerm.has(info.term) && similarTerms.indexOf(info.term) < 0) {
              marks.add(c.word);
              similarTerms.push(info.term);
              add(info.postings, SIMILAR * (1 - c.edits / Math.min(c.word.length, w.length)) * blend / idf(ix, c.df));
            }
          });
        });
        got[1].forEach(function (v) { add(v, 1); });
        phrase(got[2], verbatim.length);
        phrase(got[3], seq.length);
        // The first pairs count again on their own: each pair's entry holds half the title phrase's weight, a pair's.
        got[8].forEach(function (v) { add(v, 1); });
        var candidates = [];
        for (var d = 0; d < ix.size; d++) {
          if (scores[d] > 0) { candidates.push(d); }
        }
        got[4].forEach(function (is) {
          is.forEach(function (i) {
            postings(i && i.postings, function (doc) { hitCount[doc]++; });
          });
          candidates = candidates.filter(function (doc) { return hitCount[doc] === is.length; });
          hitCount.fill(0);
        });
        got[5].forEach(function (is) {
          var out = new Set();
          is.forEach(function (i) { postings(i && i.postings, function (doc) { out.add(doc); }); });
          candidates = candidates.filter(function (doc) { return !out.has(doc); });
        });
        if (product) {
          var p = ix.products.find(function (x) { return x.code.toLowerCase() === product; });
          candidates = !p ? [] : candidates.filter(function (doc) {
            return inRuns(p.runs, doc);
          });
        }
        // The rules below score the best 100 again, as the words found them.
        var best = [];
        if (named.size || got[7]) {
          var sorted = Float64Array.from(candidates, function (d) { return scores[d]; }).sort();
          var least = sorted.length > FACET_DEPTH ? sorted[sorted.length - FACET_DEPTH] : 0;
          best = candidates.filter(function (d) { return scores[d] >= least; });
        }
        // A query that names a product prefers its articles: among the best 100, an article of none of the products its
        // words name counts a little less, unless it has a naming word itself (the server's ProductAgreement).
        if (named.size) {
          var runs = [], says = new Uint8Array(ix.size);
          ix.products.forEach(function (p) { if (named.has(p.code.toLowerCase())) { runs = runs.concat(p.runs); } });
          namers.forEach(function (v) { postings(v, function (doc) { says[doc] = 1; }); });
          best.forEach(function (d) {
            if (!says[d] && !inRuns(runs, d)) {
              scores[d] *= AGREEMENT;
            }
          });
        }
        // A pasted message that is all of a message an article quotes names that article: among the best 100, the
        // others count a little less (the server's WholeMessage).
        if (got[7]) {
          var quotes = new Uint8Array(ix.size);
          postings(got[7], function (doc) { quotes[doc] = 1; });
          best.forEach(function (d) { if (!quotes[d]) { scores[d] *= WHOLE; } });
          // And when some article quotes it as written, those that quote it in other capitals count a little less.
          if (got[9]) {
            postings(got[9], function (doc) { quotes[doc] = 2; });
            best.forEach(function (d) { if (quotes[d] === 1) { scores[d] *= AS_WRITTEN; } });
          }
        }
        // People look for a problem they have: an article that explains or informs counts a little less, unless the
        // query holds every word of its title (the server's InformationalPrior). Titles are read only for those that
        // could reach the page.
        var less = new Map();
        candidates.forEach(function (d) { if (ix.info[d]) { less.set(d, scores[d] * INFORMATIONAL); } });
        function score(d) { return less.has(d) ? less.get(d) : scores[d]; }
        function order() { candidates.sort(function (a, b) { return score(b) - score(a) || a - b; }); }
        order();
        var bar = candidates.length >= page * PAGE ? score(candidates[page * PAGE - 1]) : 0;
        var near = candidates.filter(function (d) { return less.has(d) && scores[d] >= bar; });
        return Promise.all(near.map(function (d) { return docAt(ix, d); })).then(function (ds) {
          var asked = new Set(titleWords(q.text));
          ds.forEach(function (h, k) {
            if (h && titleWords(h.title).every(function (w) { return asked.has(w); })) { less.delete(near[k]); }
          });
          order();
          var total = candidates.length, shown = candidates.slice((page - 1) * PAGE, page * PAGE);
          var markTerms = Array.from(byTerm.keys()).concat(similarTerms);
          return Promise.all([
            Promise.all(shown.map(function (d) { return docAt(ix, d); })),
            total < FEW || misspelled ? didYouMean(ix, all) : Promise.resolve(""),
          ]).then(function (r) {
            return {
              total: total,
              page: page,
              pages: Math.ceil(total / PAGE),
              product: product,
              productName: filterName(ix, product),
              didYouMean: r[1],
              facets: {
                counted: Math.min(total, FACET_DEPTH),
                product: facetsOf(ix, candidates.slice(0, FACET_DEPTH)),
              },
              hits: r[0].map(function (h, k) {
                var codes = h && h.products ? h.products.split(" ") : [];
                return h && {
                  id: h.id, title: h.title, url: h.url, products: codes, productNames: codes.map(function (c) { return productName(ix, c); }),
                  date: h.date, score: score(shown[k]), snippet: snippet(h.summary, marks, markTerms),
                };
              }).filter(Boolean),
            };
          });
        });
      });
    });
  }

  // What a result shows of an article, from its file of results.
  function docAt(ix, doc) {
    return load(ix.docs[Math.floor(doc / ix.perFile)], parseDocs).then(function (docs) { return docs[doc % ix.perFile]; });
  }

  // A title's or a query's words as the rule for informational articles compares them: letters and digits.
  function titleWords(text) {
    return text.toLowerCase().match(/[a-z0-9]+/g) || [];
  }

  // A respelling where a word has a close spelling in many more articles: offered when a query finds little.
  function didYouMean(ix, all) {
    if (!all.length || all.length > 8) {
      return Promise.resolve("");
    }
    return Promise.all(all.map(function (w) {
      if (!edits(w) || !/\p{L}/u.test(w[0])) {
        return w;
      }
      return similar(ix, w).then(function (list) {
        var own = list.find(function (c) { return c.word === w; }), df = own ? own.df : 0;
        var best = list.filter(function (c) { return c.word !== w && c.df > Math.max(3, 10 * df); })[0];
        return best ? best.word : w;
      });
    })).then(function (out) {
      return out.join(" ") === all.join(" ") ? "" : out.join(" ");
    });
  }

  window.kbSearch = {
    search: function (text, options) {
      return ready().then(function (ix) { return run(ix, String(text || ""), options || {}); });
    },
  };
})();
