// Search, in the browser, over the index the build wrote (search/*.js).
// The index is loaded as script files, a few at a time, so the search works
// over HTTP, from a sub-folder and from file:// alike, and asks no other host.
// normalise() is generator/search/search_text.cpp's search_normalise, step
// for step: a word typed here meets the word as the build indexed it.
(function (root) {
  "use strict";
  var PIECES_PER_FILE = 4; // search_pieces_per_file
  var POSITIONS_KEPT = 32; // search_positions_kept
  var PAGES_PER_FILE = 8; // province_pages_per_file
  // A province's page lengths, a character each (province_index.cpp's length_code).
  var LENGTHS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
  var LAST = String.fromCodePoint(0x10ffff); // after every word a word begins
  // The digits of the postings' numbers (search_index.h's search_code_last
  // and search_code_more): a number's last digit, value 0–31, or one before
  // it, value 32–63 here.
  var DIGIT = {};
  "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".split("").forEach(function (c, i) {
    DIGIT[c.charCodeAt(0)] = i;
  });
  var SHOWN = 10;          // results shown at once, and more on asking
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
  // `runs`, when given, gets the runs of two words or more typed with nothing
  // between them, as [first, end) of the words.
  function words(text, runs) {
    var out = [];
    runs = runs || [];
    if (segmenter) {
      var lastEnd = -1, lastSingle = false, runFrom = 0;
      for (var s of segmenter.segment(text)) {
        if (!s.isWordLike) continue;
        var single = Array.from(s.segment).length === 1;
        var gap = text.slice(lastEnd, s.index);
        if (single && lastSingle && (gap === "." || gap === ". ")) {
          out[out.length - 1] += "." + s.segment;
        } else {
          if (gap !== "" || !out.length) {
            if (out.length - runFrom > 1) runs.push([runFrom, out.length]);
            runFrom = out.length;
          }
          var dot = s.segment.lastIndexOf(".");
          lastSingle = single || (dot >= 0 && Array.from(s.segment.slice(dot + 1)).length === 1);
          out.push(s.segment);
        }
        lastEnd = s.index + s.segment.length;
      }
      if (out.length - runFrom > 1) runs.push([runFrom, out.length]);
    } else {
      text.split(/[ .,;:!?()"'\/]+/).forEach(function (w) { if (w) out.push(w); });
    }
    return out;
  }

  // search_shard_of: the shard of the index's `shards` that holds `word`.
  function shardOf(word, shards) {
    var first = word.codePointAt(0), key = first;
    var rest = word.slice(String.fromCodePoint(first).length);
    if (rest) key = (key * 31 + rest.codePointAt(0)) >>> 0;
    return key % shards;
  }

  // Whether word `a` sorts before or as `b` by code point, as the build's
  // sort of UTF-8 bytes does (< compares UTF-16 code units).
  function notAfter(a, b) {
    for (var i = 0, j = 0; i < a.length && j < b.length;) {
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x < y;
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    return a.length - i <= b.length - j;
  }
  // The province's term file holding `word`: the last whose first word is not after it.
  function fileOf(firsts, word) {
    var lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (notAfter(firsts[mid], word)) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // The values a packed index file passes (a Promise of their list).
  function unpack(packed) {
    var bin = atob(packed), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text().then(function (text) { return JSON.parse("[" + text + "]"); });
  }

  if (typeof document === "undefined") { // node: the tests of normalise()
    root.prongsaiSearchText = {normalise: normalise, words: words, shardOf: shardOf, oneApart: oneApart,
                               fileOf: fileOf, decode: decode, unpack: unpack};
    return;
  }

  // ---- Loading the index ---------------------------------------------------
  // Each index file calls prongsaiSearch.docs/terms/texts as it runs; the
  // script element being run says which file it is. What it passes is
  // packed (search_pack.h): JSON values, deflated, in base 64.
  var loaded = {};  // src → Promise of the values the file registered
  var pending = {}; // src → Promise of them, once asked for
  function register(packed, value) {
    var script = document.currentScript;
    if (script) {
      loaded[script.getAttribute("data-src")] = unpack(packed).then(value, function () { return null; });
    }
  }
  root.prongsaiSearch = {
    docs: function (packed) {
      register(packed, function (a) { return {org: a[0], shards: a[1], list: a[2], header: a[3], province: a[4]}; });
    },
    pages: function (packed) { register(packed, first); },
    terms: function (packed) { register(packed, first); },
    texts: function (packed) { register(packed, first); }
  };
  function first(values) { return values[0]; }
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
  // A word's postings — page (after the page before), fields, count, first
  // position, gaps … — as a map page → {f: fields, tf: count, pos: positions}.
  function decode(s) {
    var m = new Map(), at = 0, doc = 0;
    s = s || "";
    function next() {
      for (var n = 0; at < s.length;) {
        var v = DIGIT[s.charCodeAt(at++)];
        if (v < 32) return n * 32 + v;
        n = n * 32 + v - 32;
      }
      return 0;
    }
    while (at < s.length) {
      doc += next();
      var f = next(), tf = next(), n = Math.min(tf, POSITIONS_KEPT), pos = [], p = 0;
      for (var k = 0; k < n; k++) { p += next(); pos.push(p); }
      m.set(doc, {f: f, tf: tf, pos: pos});
    }
    return m;
  }
  function union(maps) {
    var m = new Map();
    maps.forEach(function (x) {
      x.forEach(function (v, doc) {
        var have = m.get(doc);
        if (!have) m.set(doc, {f: v.f, tf: v.tf, pos: v.pos.slice()});
        else { have.f |= v.f; have.tf += v.tf; have.pos = have.pos.concat(v.pos).sort(function (a, b) { return a - b; }); }
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
        m.set(doc, {f: f || 4, tf: pos.length, pos: pos});
      }
    });
    return m;
  }

  // An index: an organisation's (its pages in docs.js, its words in shards
  // by their first two letters) or a province's (the pages in files of
  // PAGES_PER_FILE, the words in order in files that docs.js says the first
  // word of, each organisation's header words once). Its files are loaded as
  // a query needs them. `root` is the site's, `folder` the organisation's
  // below it, `dir` the index's below that.
  function Index(root, folder, dir) {
    this.root = root;
    this.folder = folder;
    this.dir = dir;
    this.base = root + folder + dir;
  }
  // docs.js, with the number of pages, their mean length, and each one's
  // length (and, in an organisation's, the number of its first piece of text).
  Index.prototype.docs = function () {
    return load(this.base + "docs.js").then(function (d) {
      if (!d || d.pages !== undefined) return d;
      var x = d.province;
      if (x) {
        x.orgs.forEach(function (o) { o[3] = o[3].map(function (i) { return x.words[i]; }); });
        d.pages = x.pages;
        d.meanWords = x.mean || 1;
        d.length = function (doc) {
          var c = LENGTHS.indexOf(x.lengths.charAt(doc));
          return c < 0 ? d.meanWords : Math.pow(2, c / 4) - 1;
        };
        return d;
      }
      var n = 0, words = 0;
      d.first = d.list.map(function (e) { var f = n; n += e[4] || 0; words += e[3] || 0; return f; });
      d.pages = d.list.length;
      d.meanWords = words / Math.max(1, d.list.length) || 1;
      d.length = function (doc) { var e = d.list[doc]; return e && e[3] ? e[3] : d.meanWords; };
      return d;
    });
  };
  // The term files' words merged into one map.
  Index.prototype.files = function (names) {
    var base = this.base;
    return Promise.all(names.map(function (f) { return load(base + f); })).then(function (maps) {
      if (maps.length === 1) return maps[0] || {};
      var m = {};
      maps.forEach(function (x) { if (x) for (var t in x) m[t] = x[t]; });
      return m;
    });
  };
  // The words `word` begins, itself first (at most `most` files of a province's).
  Index.prototype.shard = function (word, most) {
    var self = this;
    return this.docs().then(function (d) {
      if (!d) return {};
      if (!d.province) return self.files(["t" + shardOf(word, d.shards) + ".js"]);
      var from = fileOf(d.province.firsts, word), to = fileOf(d.province.firsts, word + LAST), names = [];
      for (var i = from; i <= Math.min(to, from + (most || 8) - 1); i++) names.push("t" + i + ".js");
      return self.files(names);
    });
  };
  // The index's postings of each of `list`, where it has them.
  Index.prototype.lookup = function (list) {
    var self = this;
    return this.docs().then(function (d) {
      if (!d) return {};
      var names = {};
      list.forEach(function (w) {
        names["t" + (d.province ? fileOf(d.province.firsts, w) : shardOf(w, d.shards)) + ".js"] = true;
      });
      return self.files(Object.keys(names));
    });
  };
  // In a province's index, the pages of each organisation whose header (its
  // name, district and province) has a word that passes `test`: the words a
  // page starts with, kept once an organisation rather than on every page.
  Index.prototype.header = function (test) {
    return this.docs().then(function (d) {
      var m = new Map();
      if (!d || !d.province) return m;
      var orgs = d.province.orgs;
      orgs.forEach(function (o, k) {
        var pos = [];
        o[3].forEach(function (w, i) { if (test(w)) pos.push(i); });
        if (!pos.length) return;
        var end = k + 1 < orgs.length ? orgs[k + 1][2] : d.pages;
        for (var p = o[2]; p < end; p++) m.set(p, {f: 16, tf: pos.length, pos: pos});
      });
      return m;
    });
  };
  // A page as a result shows it: its address, kind, title and organisation,
  // and where its text is (the x*.js files, its first piece and pieces).
  Index.prototype.page = function (doc) {
    var self = this;
    return this.docs().then(function (d) {
      if (!d) return null;
      if (!d.province) {
        var e = d.list[doc];
        return e ? {href: self.root + self.folder + e[0], kind: e[1], title: e[2], org: d.org,
                    first: d.first[doc], pieces: e[4] || 0, starts: e.slice(5), texts: self.base} : null;
      }
      return load(self.base + "d" + Math.floor(doc / PAGES_PER_FILE) + ".js").then(function (list) {
        var e = list && list[doc % PAGES_PER_FILE], o = e && d.province.orgs[e[0]];
        return o ? {href: self.root + o[0] + e[2], kind: e[3], title: e[4], org: o[1], province: true,
                    first: e[1], pieces: e[6] || 0, starts: e.slice(7), texts: self.root + o[0] + self.dir} : null;
      });
    });
  };
  // How `word` is found: exactly; as the start of longer words (a name typed
  // partly, or the build's segmentation joining it with the next); or as
  // words of the index one after another (the build's splitting it), unless
  // `whole` (a run of the query's words, whose pieces the words themselves
  // have matched already). Resolves to {docs, terms, exact, span} or null.
  Index.prototype.match = function (word, whole) {
    var self = this;
    var begins = function (t) { return t.length > word.length && t.lastIndexOf(word, 0) === 0; };
    var has = function (shard) { return Object.prototype.hasOwnProperty.call(shard, word); };
    // The word's own file first: in a province's index, the words it begins
    // may fill several more, loaded only when it is not a word itself.
    return Promise.all([this.lookup([word]), this.header(function (t) { return t === word; }),
                        this.header(begins)]).then(function (found) {
      var shard = found[0], header = found[1];
      if (has(shard) || header.size) {
        var docs = has(shard) ? decode(shard[word]) : new Map();
        return {docs: header.size ? union([docs, header]) : docs, terms: [word], exact: true, span: 1};
      }
      return self.docs().then(function (d) {
        return d && d.province ? self.shard(word).then(function (s) { found[0] = s; return found; }) : found;
      });
    }).then(function (found) {
      if (!Array.isArray(found)) return found;
      var shard = found[0], longer = [];
      for (var t in shard) if (begins(t)) longer.push(t);
      if (longer.length || found[2].size) {
        longer.sort(function (a, b) { return a.length - b.length || (a < b ? -1 : 1); });
        longer = longer.slice(0, 64);
        var maps = longer.map(function (t) { return decode(shard[t]); }).concat([found[2]]);
        return self.docs().then(function (d) {
          var terms = longer.slice();
          if (d && d.province) d.province.orgs.forEach(function (o) {
            o[3].forEach(function (w) { if (begins(w) && terms.indexOf(w) < 0) terms.push(w); });
          });
          return {docs: union(maps), terms: terms, exact: false, span: 1};
        });
      }
      if (whole) return null;
      return self.pieces(word, []).then(function (pieces) {
        if (!pieces || pieces.length < 2) return null;
        return self.lookup(pieces).then(function (s) {
          return pieces.map(function (p) { return decode(s[p]); });
        }).then(function (maps) {
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
    var one = String.fromCodePoint(rest.codePointAt(0)), heads = [one];
    for (var n = rest.length; n > one.length; n--) heads.push(rest.slice(0, n));
    return this.lookup(heads).then(function (known) {
      for (var n = rest.length; n > one.length; n--) {
        var head = rest.slice(0, n);
        if (Object.prototype.hasOwnProperty.call(known, head))
          return self.pieces(rest.slice(n), found.concat([head]));
      }
      if (Object.prototype.hasOwnProperty.call(known, one))
        return self.pieces(rest.slice(one.length), found.concat([one]));
      return null;
    });
  };

  // Whether `a` and `b` are one typing mistake apart: a letter missing, one
  // too many, or one in another's place.
  function oneApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0, ja = a.length, jb = b.length;
    while (i < ja && i < jb && a[i] === b[i]) i++;
    while (ja > i && jb > i && a[ja - 1] === b[jb - 1]) { ja--; jb--; }
    return ja - i <= 1 && jb - i <= 1;
  }
  // The words of the index one mistake from `word` after its first two
  // letters (those choose the shard), for a word of four letters or more: a
  // word misspelt. (In a province's, from the files around the word's own.)
  Index.prototype.near = function (word) {
    if (Array.from(word).length < 4) return Promise.resolve(null);
    var self = this, two = Array.from(word).slice(0, 2).join("");
    return this.docs().then(function (d) {
      if (!d || !d.province) return self.shard(word);
      var f = d.province.firsts, at = fileOf(f, word);
      var from = Math.max(fileOf(f, two), at - 5), to = Math.min(fileOf(f, two + LAST), at + 6), names = [];
      for (var i = from; i <= to; i++) names.push("t" + i + ".js");
      return self.files(names);
    }).then(function (shard) {
      var close = [];
      for (var t in shard) if (oneApart(word, t)) close.push(t);
      if (!close.length) return null;
      close.sort();
      return {docs: union(close.map(function (t) { return decode(shard[t]); })), terms: close, exact: false, span: 1};
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
          if (j) { j.covers = 2; ms[i] = j; ms[i + 1] = {docs: j.docs, terms: j.terms, exact: j.exact, span: 0, joined: true}; }
        }));
      });
      return Promise.all(joins).then(function () {
        // A word still unmatched may be misspelt: alone, or with the word
        // before it (the browser splitting a misspelt word: มูลผอย, มูล ผอย).
        return Promise.all(ms.map(function (m, i) {
          if (m) return null;
          var before = i > 0 && ms[i - 1] && !ms[i - 1].joined && ms[i - 1].covers === undefined;
          return (before ? index.near(qwords[i - 1] + qwords[i]) : Promise.resolve(null)).then(function (n) {
            if (n) { n.covers = 2; ms[i - 1] = n; ms[i] = {docs: n.docs, terms: n.terms, exact: false, span: 0, joined: true}; return; }
            return index.near(qwords[i]).then(function (n) { if (n && !ms[i]) ms[i] = n; });
          });
        }));
      }).then(function () { return ms; });
    });
  }

  // The query read another way: each run of words typed with nothing between
  // them (Thai), as one word of the index or the start of one. The browser
  // breaks a word typed partly or misspelt into pieces (ประชาสัมพัน: ประ ชา
  // สัม พัน) that the build, breaking the whole word, never made. The words
  // outside the runs keep their matches of `ms`, the first reading.
  function matchRuns(index, qwords, runs, ms) {
    return Promise.all(runs.map(function (run) {
      return index.match(qwords.slice(run[0], run[1]).join(""), true);
    })).then(function (found) {
      if (!found.some(Boolean)) return null;
      var out = [], at = 0;
      var alone = function (i) { var m = ms[i]; return m && !m.joined && !(m.covers > 1) ? m : null; };
      runs.forEach(function (run, k) {
        for (; at < run[0]; at++) out.push(alone(at));
        if (found[k]) { found[k].covers = run[1] - run[0]; out.push(found[k]); }
        else for (var i = run[0]; i < run[1]; i++) out.push(ms[i]);
        at = run[1];
      });
      for (; at < qwords.length; at++) out.push(alone(at));
      return out;
    });
  }

  // Ranks the pages: the most of the query's words first; then the whole
  // phrase in order; then BM25 (each word weighted by how few pages have it,
  // its count in a page by the page's length), a word in the title or a
  // heading counting more, a word matched whole more than by its start.
  function rank(ms, org, docs) {
    var pages = docs ? docs.pages : 1, mean = docs ? docs.meanWords : 1;
    var scores = new Map();
    var matched = ms.filter(function (m) { return m && !m.joined; });
    matched.forEach(function (m) {
      var idf = Math.log(1 + (pages - m.docs.size + 0.5) / (m.docs.size + 0.5));
      m.docs.forEach(function (v, doc) {
        var s = scores.get(doc);
        if (!s) { s = {org: org, doc: doc, words: 0, weight: 0, first: Infinity}; scores.set(doc, s); }
        s.words += m.covers || 1;
        var length = docs ? docs.length(doc) : mean;
        var tf = v.tf;
        var bm25 = tf * 2.2 / (tf + 1.2 * (0.5 + 0.5 * length / mean));
        s.weight += idf * (bm25 + (v.f & 1 ? 2 : 0) + (v.f & 2 ? 1 : 0)) * (m.exact ? 1 : 0.7);
        s.first = Math.min(s.first, v.pos[0]);
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
      s.score = s.words * 1000 + (matched.length > 1 && pairs === matched.length - 1 ? 100 : 0) +
        pairs * 20 + s.weight;
    });
    return scores;
  }
  // The better of two readings' scores, page by page.
  function best(a, b) {
    if (b) b.forEach(function (s, doc) { var t = a.get(doc); if (!t || s.score > t.score) a.set(doc, s); });
    return Array.from(a.values());
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
  // A browser that cannot inflate the index (one from before 2023) is given
  // what a browser without JavaScript is: the links to browse by.
  if (typeof DecompressionStream === "undefined") {
    var noscript = box.nextElementSibling;
    if (noscript && noscript.tagName === "NOSCRIPT") {
      var shown = document.createElement("div");
      shown.innerHTML = noscript.textContent; // the theme's own markup
      while (shown.firstChild) noscript.parentNode.insertBefore(shown.firstChild, noscript);
    }
    return;
  }
  var form = box.querySelector("form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var base = box.getAttribute("data-base");
  var orgs = box.getAttribute("data-orgs").split(" ");
  var single = orgs.length === 1 && orgs[0] === "";
  var indexDir = box.getAttribute("data-index");
  var indexes = orgs.map(function (o) { return new Index(base, o, indexDir); });
  var asked = 0; // the latest query; slower answers to earlier ones are dropped

  function say(key, n, shown) {
    status.textContent = box.getAttribute("data-" + key).replace("{n}", n).replace("{shown}", shown);
  }

  function search(query) {
    var id = ++asked;
    var runs = [];
    var qwords = words(normalise(query), runs);
    if (!qwords.length) {
      current = null;
      moreButton.hidden = true;
      results.textContent = "";
      results.setAttribute("data-query", query);
      status.textContent = "";
      return Promise.resolve();
    }
    say("loading", 0, 0);
    return Promise.all(indexes.map(function (index, k) {
      return matchAll(index, qwords).then(function (ms) {
        return matchRuns(index, qwords, runs, ms).then(function (other) { return [ms, other]; });
      }).then(function (m) {
        return index.docs().then(function (docs) { // loaded already, for the shards
          return {k: k, ms: m[0].concat(m[1] || []), docs: docs,
                  ranked: best(rank(m[0], k, docs), m[1] && rank(m[1], k, docs))};
        });
      });
    })).then(function (perOrg) {
      if (id !== asked) return;
      var all = [];
      perOrg.forEach(function (o) { all = all.concat(o.ranked); });
      all.sort(function (a, b) { return b.score - a.score || a.org - b.org || a.doc - b.doc; });
      // What the snippets mark: the words matched, and what was typed as the
      // start of a word (not a single letter, which starts too many).
      var typed = qwords.filter(function (w) { return w.length > 1; });
      var terms = perOrg.map(function (o) {
        var exact = new Set(qwords);
        o.ms.forEach(function (m) { if (m) m.terms.forEach(function (t) { exact.add(t); }); });
        return {exact: exact, typed: typed};
      });
      current = {query: query, all: all, perOrg: perOrg, terms: terms, shown: 0};
      return more(id);
    });
  }

  // The search being shown, and the next results of it, SHOWN at a time: a
  // result's snippet is loaded only when the result is shown.
  var current = null;
  function more(id) {
    var c = current, next = c.all.slice(c.shown, c.shown + SHOWN);
    return Promise.all(next.map(function (r) {
      return indexes[r.org].page(r.doc).then(function (p) {
        return p ? snippet(p, r).then(function (text) { return {page: p, text: text}; }) : null;
      });
    })).then(function (shown) {
      if (id !== asked) return;
      if (!c.shown) {
        results.textContent = "";
        results.setAttribute("data-query", c.query);
      }
      var first = null;
      next.forEach(function (r, i) {
        var li = shown[i] && result(c, r, shown[i].page, shown[i].text);
        if (li && !first) first = li;
        if (li) results.appendChild(li);
      });
      c.shown += next.length;
      moreButton.hidden = c.shown >= c.all.length;
      moreButton.textContent = (box.getAttribute("data-more") || "+{n}")
        .replace("{n}", Math.min(SHOWN, c.all.length - c.shown));
      if (!c.all.length) say("none", 0, 0);
      else if (c.all.length > c.shown) say("shown", c.all.length, c.shown);
      else say("found", c.all.length, c.all.length);
      return first;
    });
  }

  // A result's snippet: from the piece of its text where the first match is
  // (the first piece, for a match in the title), and the piece after it.
  function snippet(page, r) {
    if (!page.pieces) return Promise.resolve("");
    var k = 0;
    while (k + 1 < page.pieces && page.starts[k] <= r.first) k++;
    var piece = page.first + k;
    return load(page.texts + "x" + Math.floor(piece / PIECES_PER_FILE) + ".js").then(function (texts) {
      if (!texts) return "";
      var at = piece % PIECES_PER_FILE, text = texts[at];
      // A match near the end of a piece still has the words after it, when
      // the next piece is the page's and at hand.
      if (k + 1 < page.pieces && at + 1 < texts.length) text += texts[at + 1];
      return text;
    });
  }

  function result(c, r, page, text) {
    var terms = c.terms[r.org];
    var li = document.createElement("li");
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = page.href;
    a.appendChild(marked(page.title, terms, false));
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "search-meta";
    meta.textContent = page.kind + (single && !page.province ? "" : " · " + page.org);
    li.appendChild(meta);
    if (text) {
      var p = document.createElement("p");
      p.className = "search-snippet";
      p.appendChild(marked(text, terms, true));
      li.appendChild(p);
    }
    return li;
  }

  // The next results, on asking: the keyboard goes to the first of them.
  // (A theme's own search box from before the button has none: it is made.)
  var moreButton = document.getElementById("search-more");
  if (!moreButton) {
    moreButton = document.createElement("button");
    moreButton.type = "button";
    moreButton.hidden = true;
    results.parentNode.insertBefore(moreButton, results.nextSibling);
  }
  moreButton.addEventListener("click", function () {
    more(asked).then(function (first) { if (first) first.querySelector("a").focus(); });
  });

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
