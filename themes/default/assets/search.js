// Search, in the browser, over the index the build wrote (search/*.js).
// The index is loaded as script files, a few at a time, so the search works
// over HTTP, from a sub-folder and from file:// alike, and asks no other host.
// normalise() is generator/search/search_text.cpp's search_normalise, step
// for step: a word typed here meets the word as the build indexed it.
(function (root) {
  "use strict";
  var SHARDS = 16;         // search_shards
  var TEXTS_PER_FILE = 16; // search_texts_per_file
  var SHOWN = 20;          // results shown at once
  var SPACE = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

  function normalise(s) {
    s = s.normalize("NFC");
    var out = "";
    for (var i = 0; i < s.length;) {
      var c = s.codePointAt(i);
      var ch = String.fromCodePoint(c);
      i += ch.length;
      if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) continue;
      if (SPACE.test(ch)) ch = " ";
      else if (c >= 0xe50 && c <= 0xe59) ch = String.fromCharCode(48 + c - 0xe50);
      else if (c === 0x130) ch = "i";
      else if (c < 0x250) ch = ch.toLowerCase();
      else if (c === 0xe4d && s.charCodeAt(i) === 0xe32) { ch = "\u0e33"; i++; }
      out += ch;
    }
    return out.replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
      .replace(/(\d)\.00(?!\d)/g, "$1")
      .replace(/(\d)\.-/g, "$1")
      .replace(/([\u0e01-\u0e4f])(?=[0-9a-z])|([0-9a-z])(?=[\u0e01-\u0e4f])/g, "$1$2 ")
      .replace(/([\u0e01-\u0e4f])\.(?! )/g, "$1. ");
  }

  var segmenter = typeof Intl === "object" && Intl.Segmenter ?
    new Intl.Segmenter("th", {granularity: "word"}) : null;

  // The words of normalised text: Intl.Segmenter's word-like segments (what
  // ICU's word break gives the build); without it, runs between spaces. An
  // abbreviation's letters are joined into one word (พ.ศ), as search_text.cpp
  // joins them.
  function words(text) {
    var out = [];
    if (segmenter) {
      var lastEnd = -1, lastSingle = false;
      for (var s of segmenter.segment(text)) {
        if (!s.isWordLike) continue;
        var single = Array.from(s.segment).length === 1;
        var gap = text.slice(lastEnd, s.index);
        if (single && lastSingle && (gap === "." || gap === ". ")) {
          out[out.length - 1] += "." + s.segment;
        } else {
          var dot = s.segment.lastIndexOf(".");
          lastSingle = single || (dot >= 0 && Array.from(s.segment.slice(dot + 1)).length === 1);
          out.push(s.segment);
        }
        lastEnd = s.index + s.segment.length;
      }
    } else {
      text.split(/[ .,;:!?()"'\/]+/).forEach(function (w) { if (w) out.push(w); });
    }
    return out;
  }

  function shardOf(word) { return word.codePointAt(0) % SHARDS; }

  if (typeof document === "undefined") { // node: the tests of normalise()
    root.prongsaiSearchText = {normalise: normalise, words: words, shardOf: shardOf};
    return;
  }

  // ---- Loading the index ---------------------------------------------------
  // Each index file calls prongsaiSearch.docs/terms/texts as it runs; the
  // script element being run says which file it is.
  var loaded = {};  // src → the value the file registered
  var pending = {}; // src → Promise of it
  function register(value) {
    var script = document.currentScript;
    if (script) loaded[script.getAttribute("data-src")] = value;
  }
  root.prongsaiSearch = {
    docs: function (org, list) { register({org: org, list: list}); },
    terms: function (map) { register(map); },
    texts: function (list) { register(list); }
  };
  function load(src) {
    if (!pending[src]) {
      pending[src] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = src;
        s.setAttribute("data-src", src);
        s.onload = function () { resolve(loaded[src] || null); };
        s.onerror = function () { resolve(null); };
        document.head.appendChild(s);
      });
    }
    return pending[src];
  }

  // ---- Matching ------------------------------------------------------------
  // A posting list [page, fields, count, first position, gaps …]* as a map
  // page → {f: fields, pos: positions}.
  function decode(list) {
    var m = new Map();
    for (var i = 0; i < list.length;) {
      var doc = list[i], f = list[i + 1], n = list[i + 2], pos = [], p = 0;
      for (var k = 0; k < n; k++) { p += list[i + 3 + k]; pos.push(p); }
      m.set(doc, {f: f, pos: pos});
      i += 3 + n;
    }
    return m;
  }
  function union(maps) {
    var m = new Map();
    maps.forEach(function (x) {
      x.forEach(function (v, doc) {
        var have = m.get(doc);
        if (!have) m.set(doc, {f: v.f, pos: v.pos.slice()});
        else { have.f |= v.f; have.pos = have.pos.concat(v.pos).sort(function (a, b) { return a - b; }); }
      });
    });
    return m;
  }
  // Pages where the pieces follow each other, as one word at the first's place.
  function sequence(maps) {
    var m = new Map();
    maps[0].forEach(function (v, doc) {
      var pos = v.pos.filter(function (p) {
        for (var k = 1; k < maps.length; k++) {
          var w = maps[k].get(doc);
          if (!w || w.pos.indexOf(p + k) < 0) return false;
        }
        return true;
      });
      if (pos.length) {
        var f = v.f;
        for (var k = 1; k < maps.length; k++) f &= maps[k].get(doc).f;
        m.set(doc, {f: f || 4, pos: pos});
      }
    });
    return m;
  }

  // One organisation's index: its shards, loaded as the words need them.
  function Index(base) {
    this.base = base;
  }
  Index.prototype.shard = function (word) {
    return load(this.base + "t" + shardOf(word) + ".js").then(function (m) { return m || {}; });
  };
  // How `word` is found: exactly; as the start of longer words (a name typed
  // partly, or the build's segmentation joining it with the next); or as
  // words of the index one after another (the build's splitting it).
  // Resolves to {docs, terms, exact, span} or null.
  Index.prototype.match = function (word) {
    var self = this;
    return this.shard(word).then(function (shard) {
      if (Object.prototype.hasOwnProperty.call(shard, word))
        return {docs: decode(shard[word]), terms: [word], exact: true, span: 1};
      var longer = [];
      for (var t in shard) if (t.length > word.length && t.lastIndexOf(word, 0) === 0) longer.push(t);
      if (longer.length) {
        longer.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); });
        longer = longer.slice(0, 64);
        return {docs: union(longer.map(function (t) { return decode(shard[t]); })), terms: longer, exact: false, span: 1};
      }
      return self.pieces(word, []).then(function (pieces) {
        if (!pieces || pieces.length < 2) return null;
        return Promise.all(pieces.map(function (p) {
          return self.shard(p).then(function (s) { return decode(s[p]); });
        })).then(function (maps) {
          var docs = sequence(maps);
          return docs.size ? {docs: docs, terms: pieces, exact: false, span: pieces.length} : null;
        });
      });
    });
  };
  // `rest` as the longest words of the index from its start, or null.
  Index.prototype.pieces = function (rest, found) {
    var self = this;
    if (!rest) return Promise.resolve(found);
    if (found.length > 8) return Promise.resolve(null);
    return this.shard(rest).then(function (shard) {
      for (var n = rest.length; n > 0; n--) {
        var head = rest.slice(0, n);
        if (Object.prototype.hasOwnProperty.call(shard, head))
          return self.pieces(rest.slice(n), found.concat([head]));
      }
      return null;
    });
  };

  // The query's words matched in one organisation's index: a list with an
  // entry for each word (null where nothing matched). A word that matches
  // nothing is tried again joined with the next (the browser splitting what
  // the build kept whole).
  function matchAll(index, qwords) {
    return Promise.all(qwords.map(function (w) { return index.match(w); })).then(function (ms) {
      var joins = [];
      ms.forEach(function (m, i) {
        if (!m && i + 1 < qwords.length) joins.push(index.match(qwords[i] + qwords[i + 1]).then(function (j) {
          if (j) { ms[i] = j; ms[i + 1] = {docs: j.docs, terms: j.terms, exact: j.exact, span: 0, joined: true}; }
        }));
      });
      return Promise.all(joins).then(function () { return ms; });
    });
  }

  // Ranks the pages: more of the query's words first; then words in the
  // title, the whole phrase in order, words in headings, how often they occur.
  function rank(ms, org) {
    var scores = new Map();
    var matched = ms.filter(function (m) { return m && !m.joined; });
    matched.forEach(function (m) {
      m.docs.forEach(function (v, doc) {
        var s = scores.get(doc);
        if (!s) { s = {org: org, doc: doc, words: 0, title: 0, heading: 0, page: 0, tf: 0, exact: 0, phrase: 0}; scores.set(doc, s); }
        s.words++;
        if (v.f & 1) s.title++;
        if (v.f & 2) s.heading++;
        if (v.f & 7) s.page++; // in the page's own words, not only in its PDF
        s.tf += Math.log(1 + v.pos.length);
        if (m.exact) s.exact++;
      });
    });
    // The phrase: each matched word right after the one before it.
    scores.forEach(function (s, doc) {
      var pairs = 0;
      for (var i = 0; i + 1 < matched.length; i++) {
        var a = matched[i].docs.get(doc), b = matched[i + 1].docs.get(doc);
        if (!a || !b) continue;
        var gap = matched[i].span || 1;
        if (a.pos.some(function (p) { return b.pos.indexOf(p + gap) >= 0; })) pairs++;
      }
      s.phrase = pairs;
      s.score = s.words * 10000 + s.title * 1000 +
        (matched.length > 1 && pairs === matched.length - 1 ? 600 : 0) + pairs * 100 +
        s.heading * 50 + s.page * 20 + s.exact * 10 + Math.min(s.tf, 9.9);
    });
    return Array.from(scores.values());
  }

  // ---- Snippets ------------------------------------------------------------
  // Whether a segment of the text is one of the words matched.
  function hits(segment, terms) {
    if (!segment.isWordLike) return false;
    return words(normalise(segment.segment)).some(function (w) {
      return terms.exact.has(w) || terms.typed.some(function (t) { return w.lastIndexOf(t, 0) === 0; });
    });
  }
  function append(frag, text, hit) {
    text = text.replace(/\s+/g, " ");
    if (!hit) { frag.appendChild(document.createTextNode(text)); return; }
    var m = document.createElement("mark");
    m.textContent = text;
    frag.appendChild(m);
  }
  // `text` with the words that match `terms` in <mark>: whole, or (`around`)
  // some 240 characters around the first match, or its start when none.
  // A long PDF's text is read only as far as its first match.
  function marked(text, terms, around) {
    var frag = document.createDocumentFragment();
    var segs = segmenter ? segmenter.segment(text)[Symbol.iterator]() : null;
    var next = segs ? function () { var r = segs.next(); return r.done ? null : r.value; } :
      (function () {
        var parts = text.split(/( +)/), i = 0;
        return function () { return i < parts.length ? {segment: parts[i], isWordLike: !/^ *$/.test(parts[i++])} : null; };
      })();
    if (!around) {
      for (var s; (s = next());) append(frag, s.segment, hits(s, terms));
      return frag;
    }
    var before = [], chars = 0, seg, found = false, skipped = false;
    while ((seg = next())) {
      if (hits(seg, terms)) { found = true; break; }
      before.push(seg);
      chars += seg.segment.length;
      while (chars - before[0].segment.length >= 60) { chars -= before.shift().segment.length; skipped = true; }
    }
    if (!found) { // no match in the text kept: its start
      var start = text.slice(0, 240);
      frag.appendChild(document.createTextNode(start.replace(/\s+/g, " ") + (text.length > 240 ? " …" : "")));
      return frag;
    }
    if (skipped) frag.appendChild(document.createTextNode("… "));
    before.forEach(function (b) { append(frag, b.segment, false); });
    append(frag, seg.segment, true);
    for (chars = 0; chars < 180 && (seg = next()); chars += seg.segment.length) append(frag, seg.segment, hits(seg, terms));
    if (seg && next()) frag.appendChild(document.createTextNode(" …"));
    return frag;
  }

  // ---- The page ------------------------------------------------------------
  var box = document.getElementById("search");
  if (!box) return;
  var form = box.querySelector("form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var base = box.getAttribute("data-base");
  var orgs = box.getAttribute("data-orgs").split(" ");
  var single = orgs.length === 1 && orgs[0] === "";
  var indexDir = box.getAttribute("data-index");
  var indexes = orgs.map(function (o) { return new Index(base + o + indexDir); });
  var asked = 0; // the latest query; slower answers to earlier ones are dropped

  function say(key, n, shown) {
    status.textContent = box.getAttribute("data-" + key).replace("{n}", n).replace("{shown}", shown);
  }

  function search(query) {
    var id = ++asked;
    var qwords = words(normalise(query));
    if (!qwords.length) {
      results.textContent = "";
      results.setAttribute("data-query", query);
      status.textContent = "";
      return Promise.resolve();
    }
    say("loading", 0, 0);
    return Promise.all(indexes.map(function (index, k) {
      return matchAll(index, qwords).then(function (ms) { return {k: k, ms: ms, ranked: rank(ms, k)}; });
    })).then(function (perOrg) {
      if (id !== asked) return;
      var all = [];
      perOrg.forEach(function (o) { all = all.concat(o.ranked); });
      all.sort(function (a, b) { return b.score - a.score || a.org - b.org || a.doc - b.doc; });
      var top = all.slice(0, SHOWN);
      // What the snippets mark: the words matched, and what was typed as the
      // start of a word (not a single letter, which starts too many).
      var typed = qwords.filter(function (w) { return w.length > 1; });
      var terms = perOrg.map(function (o) {
        var exact = new Set(qwords);
        o.ms.forEach(function (m) { if (m) m.terms.forEach(function (t) { exact.add(t); }); });
        return {exact: exact, typed: typed};
      });
      return Promise.all(top.map(function (r) {
        var dir = base + orgs[r.org] + indexDir;
        return Promise.all([load(dir + "docs.js"), load(dir + "x" + Math.floor(r.doc / TEXTS_PER_FILE) + ".js")])
          .then(function (f) { // a PDF's own text, for a snippet from what it says
            var d = f[0] && f[0].list[r.doc];
            return d && d[3] ? load(dir + "p" + r.doc + ".js").then(function (p) { return f.concat([p]); }) : f;
          });
      })).then(function (files) {
        if (id !== asked) return;
        show(top, files, terms, all.length, query);
      });
    });
  }

  function show(top, files, terms, count, query) {
    results.textContent = "";
    results.setAttribute("data-query", query);
    top.forEach(function (r, i) {
      var docs = files[i][0], texts = files[i][1];
      if (!docs) return;
      var d = docs.list[r.doc];
      var li = document.createElement("li");
      var h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = base + orgs[r.org] + d[0];
      a.appendChild(marked(d[2], terms[r.org], false));
      h.appendChild(a);
      li.appendChild(h);
      var meta = document.createElement("p");
      meta.className = "search-meta";
      meta.textContent = d[1] + (single ? "" : " · " + docs.org);
      li.appendChild(meta);
      var text = texts ? texts[r.doc % TEXTS_PER_FILE] : "";
      if (files[i][2]) text += "\n" + files[i][2][0];
      if (text) {
        var p = document.createElement("p");
        p.className = "search-snippet";
        p.appendChild(marked(text, terms[r.org], true));
        li.appendChild(p);
      }
      results.appendChild(li);
    });
    if (!count) say("none", 0, 0);
    else if (count > top.length) say("shown", count, top.length);
    else say("found", count, count);
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 120);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  // Arrow keys move between the box and the results' links.
  box.addEventListener("keydown", function (e) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    var links = Array.prototype.slice.call(results.querySelectorAll("h2 a"));
    var at = links.indexOf(document.activeElement);
    if (document.activeElement === input) at = -1;
    else if (at < 0) return;
    var next = e.key === "ArrowDown" ? at + 1 : at - 1;
    if (next >= links.length) return;
    e.preventDefault();
    (next < 0 ? input : links[next]).focus();
  });
  box.hidden = false;
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; search(q); }
})(typeof window !== "undefined" ? window : globalThis);
