// The academic genealogy explorer: search, a focused person view (ancestors, descendants,
// ego network), filters, profile and evidence panels, SVG/PNG export.
// Crawled text (names, snippets, URLs) is untrusted: it is only ever set with textContent or
// as a cytoscape label (drawn on a canvas), and links are made only from http(s) URLs.
(function () {
  "use strict";

  // ------------------------------------------------------------------ configuration
  performance.mark("ag-script");
  var CONFIG = readJson("ag-config");
  var MODE = CONFIG.mode; // "file" | "served"
  var RELATIONS = CONFIG.relations.map(function (r) { return r[0]; });
  var FAMILY = CONFIG.relations.map(function (r) { return r[1]; });
  var FAMILY_LABEL = {
    supervision: "Supervision", jury: "Thesis jury",
    collaboration: "Coauthorship", organisation: "Organisations"
  };
  // One colour, line style and label per relation (exports.explorer.RELATION_STYLE); the
  // legend is drawn from the same table.
  var STYLES = CONFIG.styles;
  var LIMIT_STEP = 150, LIMIT_MAX = 500, EDGE_CAP = 4000;

  function readJson(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function $(id) { return document.getElementById(id); }
  function styleOf(r) { return STYLES[r]; }
  function relLabel(r) { return STYLES[r][2]; }
  function isHttp(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function link(url, text) {
    // Only http(s) becomes a link; anything else (file paths, javascript:) stays text.
    if (!isHttp(url)) return el("span", text || url);
    var a = el("a", text || url);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function searchKey(text) {
    // Same folding as exports.explorer.search_key: accents, case and punctuation ignored.
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  // ------------------------------------------------------------------ the store
  // Nodes as parallel arrays; edges as parallel arrays (typed arrays straight from the
  // file's packed buffer in file mode, plain arrays grown by fetches in served mode);
  // adjacency in CSR form.
  var store = {
    ids: [], names: [], kinds: "", aliases: new Map(), aliasesLoaded: MODE !== "file",
    homonyms: new Set(), index: new Map(),
    src: [], dst: [], rel: [], start: [], end: [], conf: [], outStart: null,
    edgeKeys: new Map(), claims: [], details: [],
    csr: null, searchIndex: null, claimChunks: new Map(), detailChunks: new Map()
  };

  function base64Bytes(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    var bin = atob(text), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }
  // The packed edge buffer (see exports.explorer.ExplorerData.graph_block) as typed arrays.
  function unpackEdges(block) {
    var n = block.id.length, m = block.m, bytes = base64Bytes(block.edges), buf = bytes.buffer, at = bytes.byteOffset;
    if (at % 4) { bytes = bytes.slice(); buf = bytes.buffer; at = 0; }
    var outStart = new Uint32Array(buf, at, n + 1); at += 4 * (n + 1);
    var dst = new Uint32Array(buf, at, m); at += 4 * m;
    var start = new Uint16Array(buf, at, m); at += 2 * m;
    var end = new Uint16Array(buf, at, m); at += 2 * m;
    var rel = new Uint8Array(buf, at, m); at += m;
    var conf = new Uint8Array(buf, at, m);
    var src = new Uint32Array(m);
    for (var u = 0; u < n; u++) for (var e = outStart[u]; e < outStart[u + 1]; e++) src[e] = u;
    return { outStart: outStart, src: src, dst: dst, start: start, end: end, rel: rel, conf: conf };
  }

  function addAliases(rows, map) {
    rows.forEach(function (row) { store.aliases.set(map ? map[row[0]] : row[0], row.slice(1)); });
    store.searchIndex = null;
  }
  function loadAliases() {
    // File mode: the variants block comes after the scripts; read it once it is parsed.
    if (store.aliasesLoaded) return true;
    var rows = readJson("ag-aliases");
    if (rows === null) return false;
    addAliases(rows, null);
    store.aliasesLoaded = true;
    return true;
  }

  function addGraph(block, claims, details) {
    var E = unpackEdges(block);
    if (MODE === "file") {
      // The whole graph, once: adopt the arrays as they are (no copying, no id map).
      store.ids = block.id; store.names = block.name; store.kinds = block.kind;
      store.src = E.src; store.dst = E.dst; store.rel = E.rel; store.start = E.start;
      store.end = E.end; store.conf = E.conf; store.outStart = E.outStart;
      block.homonym.forEach(function (i) { store.homonyms.add(i); });
      store.csr = null;
      return;
    }
    var map = new Array(block.id.length), kinds = [];
    for (var j = 0; j < block.id.length; j++) {
      var known = store.index.get(block.id[j]);
      if (known === undefined) {
        known = store.ids.length;
        store.ids.push(block.id[j]); store.names.push(block.name[j]); kinds.push(block.kind[j]);
        store.index.set(block.id[j], known);
      }
      map[j] = known;
      if (details && !store.details[known]) store.details[known] = decodeDetails(details, j);
    }
    store.kinds += kinds.join("");
    addAliases(block.alias, map);
    block.homonym.forEach(function (i) { store.homonyms.add(map[i]); });
    for (var k = 0; k < block.m; k++) {
      var u = map[E.src[k]], v = map[E.dst[k]], key = u + " " + v + " " + (E.rel[k] & 127);
      if (store.edgeKeys.has(key)) continue;
      store.edgeKeys.set(key, store.src.length);
      if (claims) store.claims[store.src.length] = { strings: claims.strings, rows: claims.claims[k] };
      store.src.push(u); store.dst.push(v); store.rel.push(E.rel[k]); store.start.push(E.start[k]);
      store.end.push(E.end[k]); store.conf.push(E.conf[k]);
    }
    store.csr = null;
    store.searchIndex = null;
  }

  function buildCsr() {
    var n = store.ids.length, m = store.src.length, i, e;
    var inStart = new Uint32Array(n + 1), inList = new Uint32Array(m), outStart = store.outStart, outList = null;
    for (e = 0; e < m; e++) inStart[store.dst[e] + 1]++;
    for (i = 0; i < n; i++) inStart[i + 1] += inStart[i];
    var iFill = inStart.slice(0, n);
    for (e = 0; e < m; e++) inList[iFill[store.dst[e]]++] = e;
    if (!outStart) {
      // Served mode: edges arrive in any order.
      outStart = new Uint32Array(n + 1); outList = new Uint32Array(m);
      for (e = 0; e < m; e++) outStart[store.src[e] + 1]++;
      for (i = 0; i < n; i++) outStart[i + 1] += outStart[i];
      var oFill = outStart.slice(0, n);
      for (e = 0; e < m; e++) outList[oFill[store.src[e]]++] = e;
    }
    store.csr = { outStart: outStart, outList: outList, inStart: inStart, inList: inList };
  }
  function csr() { if (!store.csr) buildCsr(); return store.csr; }
  function forOut(u, fn) {
    var c = csr();
    for (var k = c.outStart[u]; k < c.outStart[u + 1]; k++) fn(c.outList ? c.outList[k] : k);
  }
  function forIn(u, fn) { var c = csr(); for (var k = c.inStart[u]; k < c.inStart[u + 1]; k++) fn(c.inList[k]); }
  function eu(e) { return store.src[e]; }
  function ev(e) { return store.dst[e]; }
  function er(e) { return store.rel[e] & 127; }
  function eStart(e) { return store.start[e]; }
  function eEnd(e) { return store.end[e]; }
  function eConf(e) { return store.conf[e]; }
  function eConflict(e) { return (store.rel[e] & 128) !== 0; }
  function isPerson(i) { return store.kinds[i] === "p"; }
  function indexOf(id) {
    // File mode keeps no id map (it would cost a startup pass): a scan per navigation.
    var i = MODE === "file" ? store.ids.indexOf(id) : store.index.get(id);
    return i === undefined || i < 0 ? null : i;
  }
  function aliasesOf(i) { loadAliases(); return store.aliases.get(i); }

  // Claims and profiles sit after the scripts in the file: until the parser has reached them
  // (a big file), callers get null and ask again on DOMContentLoaded (see whenParsed).
  function chunkOf(prefix, cache, k) {
    if (!cache.has(k)) {
      var value = readJson(prefix + k);
      if (value === null) return null;
      cache.set(k, value);
    }
    return cache.get(k);
  }
  function stillParsing() { return MODE === "file" && document.readyState === "loading"; }
  function whenParsed(fn) { document.addEventListener("DOMContentLoaded", fn, { once: true }); }
  function claimsOf(e) {
    if (MODE === "file") {
      var chunk = chunkOf("ag-claims-", store.claimChunks, Math.floor(e / CONFIG.claimChunk));
      return chunk ? { strings: chunk.strings, rows: chunk.claims[e % CONFIG.claimChunk] } : null;
    }
    return store.claims[e] || null;
  }
  function decodeDetails(block, k) {
    var row = block.rows[k];
    return { links: row[0], sources: row[1].map(function (s) { return block.strings[s]; }), counts: row[2] };
  }
  function detailsOf(i) {
    if (MODE === "file") {
      var chunk = chunkOf("ag-details-", store.detailChunks, Math.floor(i / CONFIG.detailChunk));
      return chunk ? decodeDetails(chunk, i % CONFIG.detailChunk) : null;
    }
    return store.details[i] || null;
  }

  // ------------------------------------------------------------------ data source
  // File mode has everything; served mode fetches a person's neighbourhood on demand.
  var loaded = new Map(); // id -> node limit already fetched (served mode)
  function ensurePerson(id, limit) {
    if (MODE === "file") return Promise.resolve(indexOf(id) !== null);
    if ((loaded.get(id) || 0) >= limit) return Promise.resolve(true);
    return fetch("api/person?id=" + encodeURIComponent(id) + "&limit=" + (limit + 100))
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (payload) {
        if (!payload) return false;
        addGraph(payload.graph, payload.claims, payload.details);
        loaded.set(id, limit);
        return true;
      });
  }

  function searchLocal(query) {
    var key = searchKey(query);
    if (!key) return [];
    if (store.searchIndex && !store.searchIndex.complete && loadAliases()) store.searchIndex = null;
    if (!store.searchIndex) {
      var complete = loadAliases(), keys = [], owners = [], surfaces = [];
      for (var i = 0; i < store.ids.length; i++) {
        keys.push(searchKey(store.names[i])); owners.push(i); surfaces.push(store.names[i]);
        var al = store.aliases.get(i);
        if (al) al.forEach(function (a) { keys.push(searchKey(a)); owners.push(i); surfaces.push(a); });
      }
      store.searchIndex = { keys: keys, owners: owners, surfaces: surfaces, complete: complete };
    }
    var idx = store.searchIndex, best = new Map(), spaced = " " + key;
    for (var k = 0; k < idx.keys.length; k++) {
      var s = idx.keys[k], rank;
      if (s.startsWith(key)) rank = 0;
      else if ((" " + s).indexOf(spaced) >= 0) rank = 1;
      else if (s.indexOf(key) >= 0) rank = 2;
      else continue;
      // At equal match quality, a canonical name ranks before a variant.
      rank = rank * 2 + (idx.surfaces[k] === store.names[idx.owners[k]] ? 0 : 1);
      var prev = best.get(idx.owners[k]);
      if (!prev || rank < prev[0]) best.set(idx.owners[k], [rank, idx.surfaces[k]]);
    }
    var rows = [];
    best.forEach(function (v, i) { rows.push([v[0], store.names[i], i, v[1]]); });
    rows.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
    return rows.slice(0, 12).map(function (r) {
      return { id: store.ids[r[2]], name: r[1], kind: isPerson(r[2]) ? "person" : "organisation", matched: r[3] };
    });
  }
  function search(query) {
    if (MODE === "file") return Promise.resolve(searchLocal(query));
    return fetch("api/search?q=" + encodeURIComponent(query))
      .then(function (r) { return r.ok ? r.json() : []; });
  }

  // ------------------------------------------------------------------ filters
  var state = {
    focus: null, limit: LIMIT_STEP, ego: true, allLinks: false, genUp: 4, genDown: 3,
    relOn: RELATIONS.map(function () { return true; }),
    persons: true, organisations: true,
    yearFrom: CONFIG.years[0], yearTo: CONFIG.years[1], minConf: 0
  };

  function edgePasses(e) {
    var r = er(e);
    if (!state.relOn[r]) return false;
    if (eConf(e) < Math.round(state.minConf * 100)) return false;
    var s = eStart(e), t = eEnd(e);
    if (s || t) {
      var lo = s || t, hi = t || s;
      if (hi < state.yearFrom || lo > state.yearTo) return false;
    }
    return nodeShown(eu(e)) && nodeShown(ev(e));
  }
  function nodeShown(i) { return isPerson(i) ? state.persons : state.organisations; }

  // ------------------------------------------------------------------ the person view
  // Ancestors upward and descendants downward along supervision links (generation numbers),
  // then the ego network: coauthors, jury links, team mates, organisations.
  function computeView(focus) {
    var gen = new Map([[focus, 0]]), layers = new Map([[0, [focus]]]);
    var limit = state.limit, egoOn = state.ego;
    var treeBudget = egoOn ? Math.ceil(limit * 0.6) : limit, truncated = false;
    function walk(direction, maxGen) {
      var frontier = [focus];
      for (var g = 1; g <= maxGen && frontier.length; g++) {
        var next = [];
        frontier.forEach(function (u) {
          var visit = function (e) {
            if (FAMILY[er(e)] !== "supervision" || !edgePasses(e)) return;
            var w = direction < 0 ? ev(e) : eu(e);
            if (gen.has(w)) return;
            if (gen.size >= treeBudget) { truncated = true; return; }
            gen.set(w, direction * g);
            next.push(w);
          };
          if (direction < 0) forOut(u, visit); else forIn(u, visit);
        });
        if (next.length) layers.set(direction * g, next);
        frontier = next;
        if (g === maxGen && frontier.length) {
          // Say so when a deeper generation exists.
          frontier.forEach(function (u) {
            var more = function (e) { if (FAMILY[er(e)] === "supervision" && edgePasses(e)) truncated = true; };
            if (direction < 0) forOut(u, more); else forIn(u, more);
          });
        }
      }
    }
    walk(-1, state.genUp);
    walk(1, state.genDown);
    var visible = new Set(gen.keys()), groups = { coauthors: [], jury: [], teams: [], organisations: [] };
    if (egoOn) {
      var candidates = [];
      var consider = function (e, other, group, score) {
        if (other !== focus && edgePasses(e)) candidates.push([score, store.names[other], other, group]);
      };
      forOut(focus, function (e) {
        var f = FAMILY[er(e)], o = ev(e);
        if (f === "collaboration") consider(e, o, "coauthors", eConf(e));
        else if (f === "jury") consider(e, o, "jury", eConf(e));
        else if (f === "organisation") {
          consider(e, o, "organisations", eConf(e) + 100);
          if (RELATIONS[er(e)] === "member_of" && edgePasses(e)) {
            var scanned = 0;
            forIn(o, function (e2) {
              if (scanned++ > 2000 || RELATIONS[er(e2)] !== "member_of") return;
              consider(e2, eu(e2), "teams", eConf(e2) - 100);
            });
          }
        }
      });
      forIn(focus, function (e) {
        var f = FAMILY[er(e)], o = eu(e);
        if (f === "collaboration") consider(e, o, "coauthors", eConf(e));
        else if (f === "jury") consider(e, o, "jury", eConf(e));
        else if (f === "organisation") consider(e, o, "organisations", eConf(e) + 100);
      });
      candidates.sort(function (a, b) { return b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2]); });
      candidates.forEach(function (c) {
        if (visible.has(c[2])) return;
        if (visible.size >= limit) { truncated = true; return; }
        visible.add(c[2]);
        groups[c[3]].push(c[2]);
      });
    }
    // By default only the links that make the view: the family tree's supervision links,
    // the focus's own links and team mates' team links; "links among others" adds the rest.
    var teamsShown = new Set(groups.organisations), edges = [];
    function essential(e) {
      var u = eu(e), v = ev(e);
      if (u === focus || v === focus) return true;
      if (FAMILY[er(e)] === "supervision") return gen.has(u) && gen.has(v);
      return RELATIONS[er(e)] === "member_of" && teamsShown.has(v) && groups.teams.indexOf(u) >= 0;
    }
    visible.forEach(function (u) {
      forOut(u, function (e) {
        if (edges.length < EDGE_CAP && visible.has(ev(e)) && edgePasses(e) && (state.allLinks || essential(e))) edges.push(e);
      });
    });
    return { focus: focus, gen: gen, layers: layers, groups: groups, visible: visible, edges: edges, truncated: truncated };
  }

  // ------------------------------------------------------------------ layout
  // Own layered layout rather than dagre: a layer IS a generation number, so a co-advisor who
  // is also a grand-advisor stays in the generation the label says. Order inside a layer by
  // barycentre sweeps keeps co-advisors of one student side by side.
  var X_GAP = 175, Y_GAP = 130, ROW_GAP = 62, PER_ROW = 8;
  function layout(view) {
    var pos = new Map(), gens = Array.from(view.layers.keys()).sort(function (a, b) { return a - b; });
    var treeEdges = view.edges.filter(function (e) {
      return FAMILY[er(e)] === "supervision" && view.gen.has(eu(e)) && view.gen.has(ev(e));
    });
    var neighbours = new Map();
    treeEdges.forEach(function (e) {
      var a = eu(e), b = ev(e);
      if (!neighbours.has(a)) neighbours.set(a, []);
      if (!neighbours.has(b)) neighbours.set(b, []);
      neighbours.get(a).push(b); neighbours.get(b).push(a);
    });
    var order = new Map();
    gens.forEach(function (g) { view.layers.get(g).forEach(function (n, k) { order.set(n, k); }); });
    function sweep(seq) {
      seq.forEach(function (g) {
        var layer = view.layers.get(g), keyed = layer.map(function (n, k) {
          var ns = (neighbours.get(n) || []).filter(function (m) { return Math.abs(view.gen.get(m) - g) === 1; });
          var sum = 0; ns.forEach(function (m) { sum += order.get(m); });
          return [ns.length ? sum / ns.length : order.get(n), k, n];
        });
        keyed.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
        keyed.forEach(function (t, k) { layer[k] = t[2]; order.set(t[2], k); });
        // Normalise positions around the layer's centre so barycentres are comparable.
        layer.forEach(function (n, k) { order.set(n, k - (layer.length - 1) / 2); });
      });
    }
    gens.forEach(function (g) { var l = view.layers.get(g); l.forEach(function (n, k) { order.set(n, k - (l.length - 1) / 2); }); });
    var up = gens.filter(function (g) { return g < 0; }).reverse(); // -1, -2, ...
    var down = gens.filter(function (g) { return g > 0; }); // 1, 2, ...
    for (var it = 0; it < 3; it++) { sweep(up); sweep(down); sweep(up.slice().reverse()); sweep(down.slice().reverse()); }
    // A wide generation wraps into staggered rows inside its band, so a prolific advisor's
    // students do not stretch the view into an unreadable line.
    var minX = 0, maxX = 0, base = new Map([[0, 0]]), rowsOf = function (g) {
      return Math.ceil(view.layers.get(g).length / PER_ROW);
    };
    up.forEach(function (g) { base.set(g, base.get(g + 1) - Y_GAP - (rowsOf(g) - 1) * ROW_GAP); });
    down.forEach(function (g) { base.set(g, base.get(g - 1) + (rowsOf(g - 1) - 1) * ROW_GAP + Y_GAP); });
    gens.forEach(function (g) {
      var layer = view.layers.get(g), rows = rowsOf(g);
      layer.forEach(function (n, k) {
        var row = Math.floor(k / PER_ROW), inRow = Math.min(PER_ROW, layer.length - row * PER_ROW);
        var x = (k % PER_ROW - (inRow - 1) / 2) * X_GAP + (rows > 1 && row % 2 ? X_GAP / 2 : 0);
        pos.set(n, { x: x, y: base.get(g) + row * ROW_GAP });
        minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      });
    });
    var labels = gens.map(function (g) {
      var name = g === 0 ? "generation 0" : g < 0 ? "generation \u2212" + (-g) : "generation +" + g;
      return { id: "gen" + g, label: name, x: minX - X_GAP * 0.9, y: base.get(g) + (rowsOf(g) - 1) * ROW_GAP / 2 };
    });
    // Ego groups: sectors of concentric arcs centred right of the tree's widest layer, so
    // every ego node sits right of the tree and links fan out from the focus.
    var specs = [["coauthors", "coauthors"], ["jury", "jury links"], ["teams", "team mates"], ["organisations", "organisations"]]
      .filter(function (spec) { return view.groups[spec[0]].length; });
    var total = 0, groupTitles = [];
    specs.forEach(function (spec) { total += view.groups[spec[0]].length; });
    var SPAN = Math.PI * 0.9, R0 = 300, RING = 85, SLOT = 54, cx = maxX, angle = -SPAN / 2;
    specs.forEach(function (spec) {
      var members = view.groups[spec[0]], sector = SPAN * members.length / total, k = 0, ring = 0, r = R0;
      while (k < members.length) {
        r = R0 + ring * RING;
        var capacity = Math.max(1, Math.floor(r * sector / SLOT)), n = Math.min(capacity, members.length - k);
        for (var j = 0; j < n; j++, k++) {
          var theta = angle + sector * (j + 0.5) / n;
          pos.set(members[k], { x: cx + Math.cos(theta) * r, y: Math.sin(theta) * r });
        }
        ring++;
      }
      var mid = angle + sector / 2, rc = r + 55;
      groupTitles.push({ id: "group-" + spec[0], label: spec[1] + " (" + members.length + ")", x: cx + Math.cos(mid) * rc + 30, y: Math.sin(mid) * rc });
      angle += sector;
    });
    return { pos: pos, labels: labels.concat(groupTitles) };
  }

  // ------------------------------------------------------------------ rendering
  var cy = null;
  function cyStyle() {
    var style = [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 13, "text-wrap": "wrap", "text-max-width": 150,
        "text-valign": "bottom", "text-margin-y": 3, "width": 16, "height": 16,
        "background-color": "#4e79a7", "color": "#222", "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "node.organisation", style: { "shape": "round-rectangle", "background-color": "#b8a98f", "width": 22, "height": 14 } },
      { selector: "node.focus", style: { "width": 28, "height": 28, "border-width": 3, "border-color": "#222", "font-weight": "bold", "font-size": 15 } },
      { selector: "node.homonym", style: { "border-width": 2, "border-style": "dashed", "border-color": "#c08a00" } },
      { selector: "node.caption", style: {
        "shape": "rectangle", "background-opacity": 0, "width": 1, "height": 1, "text-valign": "center",
        "font-weight": "bold", "color": "#666", "font-size": 13, "events": "no" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#e8a300" } },
      { selector: "edge", style: {
        "width": 2, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.9,
        "line-color": "data(color)", "target-arrow-color": "data(color)", "line-style": "data(dash)" } },
      { selector: "edge.undirected", style: { "target-arrow-shape": "none" } },
      { selector: "edge.conflict", style: { "width": 3, "line-dash-pattern": [2, 3] } },
      { selector: "edge:selected", style: { "width": 5, "overlay-opacity": 0.12, "overlay-color": "#e8a300" } }
    ];
    return style;
  }

  function render(view) {
    var laid = layout(view), elements = [];
    view.visible.forEach(function (n) {
      var classes = [isPerson(n) ? "person" : "organisation"];
      if (n === view.focus) classes.push("focus");
      if (store.homonyms.has(n)) classes.push("homonym");
      elements.push({ group: "nodes", data: { id: "n" + n, label: store.names[n], index: n }, position: laid.pos.get(n), classes: classes.join(" ") });
    });
    laid.labels.forEach(function (c) {
      elements.push({ group: "nodes", data: { id: c.id, label: c.label }, position: { x: c.x, y: c.y }, classes: "caption", selectable: false, grabbable: false });
    });
    view.edges.forEach(function (e) {
      var st = styleOf(er(e)), classes = [];
      if (FAMILY[er(e)] === "collaboration") classes.push("undirected");
      if (eConflict(e)) classes.push("conflict");
      elements.push({ group: "edges", data: { id: "e" + e, source: "n" + eu(e), target: "n" + ev(e), color: st[0], dash: st[1], index: e }, classes: classes.join(" ") });
    });
    if (!cy) {
      cy = cytoscape({ container: $("graph"), style: cyStyle(), elements: [], minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false });
      cy.on("tap", "node", function (evt) {
        var index = evt.target.data("index");
        if (index !== undefined) showProfile(index);
      });
      cy.on("tap", "edge", function (evt) { showEvidence(evt.target.data("index")); });
      cy.on("dbltap", "node", function (evt) {
        var index = evt.target.data("index");
        if (index !== undefined && index !== state.focus) navigate(store.ids[index]);
      });
    }
    cy.batch(function () {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout({ name: "preset", fit: true, padding: 30 }).run();
    var persons = 0;
    view.visible.forEach(function (n) { if (isPerson(n)) persons++; });
    $("view-status").textContent = view.visible.size + " nodes (" + persons + " persons), " + view.edges.length +
      " links shown" + (view.truncated ? "; more available" : "") + ".";
    $("show-more").disabled = !view.truncated && state.limit >= LIMIT_MAX;
    var focusId = store.ids[view.focus];
    // "ready" once the browser has painted the laid-out view (what the benchmark times).
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (currentView !== view) return;
        window.agViewReadyMs = performance.now();
        document.body.setAttribute("data-focus", focusId);
        document.body.setAttribute("data-view", "ready");
      }, 0);
    });
  }

  var currentView = null;
  function refresh() {
    if (state.focus === null) return;
    performance.mark("ag-view-start");
    currentView = computeView(state.focus);
    performance.mark("ag-view-computed");
    render(currentView);
    performance.mark("ag-rendered");
  }

  // ------------------------------------------------------------------ navigation
  function navigate(id) {
    if (location.hash !== "#person=" + encodeURIComponent(id)) location.hash = "person=" + encodeURIComponent(id);
    else focusOn(id);
  }
  function hashId() {
    var m = /^#person=(.+)$/.exec(location.hash);
    if (!m) return null;
    try { return decodeURIComponent(m[1]); } catch (err) { return null; }
  }
  function focusOn(id) {
    document.body.setAttribute("data-view", "loading");
    return ensurePerson(id, state.limit).then(function (ok) {
      var index = indexOf(id);
      if (!ok || index === null) { showMessage("No person or organisation with id " + id + "."); return; }
      state.focus = index;
      refresh();
      showProfile(index);
    }).catch(function (err) { showMessage("Could not load " + id + ": " + err); });
  }
  window.addEventListener("hashchange", function () { var id = hashId(); if (id) focusOn(id); });

  // ------------------------------------------------------------------ panels
  function panel() { var p = $("panel"); p.replaceChildren(); return p; }
  function showMessage(text) { panel().appendChild(el("p", text, "error")); }
  function span(e) {
    var s = eStart(e), t = eEnd(e);
    if (!s && !t) return "";
    return s && t && s !== t ? s + "\u2013" + t : String(s || t);
  }

  function showProfile(i) {
    var p = panel(), d = detailsOf(i);
    p.setAttribute("data-node", String(i));
    p.removeAttribute("data-edge");
    if (!d && stillParsing()) {
      whenParsed(function () { if (p.getAttribute("data-node") === String(i)) showProfile(i); });
    }
    var h = el("h2", store.names[i]);
    p.appendChild(h);
    var kind = el("div", isPerson(i) ? "person" : "organisation", "meta");
    if (store.homonyms.has(i)) kind.appendChild(el("span", "possible homonym", "badge homonym"));
    kind.appendChild(el("span", " id " + store.ids[i]));
    p.appendChild(kind);
    if (i !== state.focus) {
      var b = el("button", isPerson(i) ? "Show this person's family" : "Focus on this organisation");
      b.type = "button";
      b.addEventListener("click", function () { navigate(store.ids[i]); });
      p.appendChild(b);
    }
    var al = aliasesOf(i);
    if (al && al.length) {
      p.appendChild(el("h3", "Also written"));
      var ul = el("ul"); al.forEach(function (a) { ul.appendChild(el("li", a)); }); p.appendChild(ul);
    }
    var orgs = [];
    forOut(i, function (e) { if (FAMILY[er(e)] === "organisation") orgs.push(e); });
    if (orgs.length) {
      p.appendChild(el("h3", "Organisations"));
      var ol = el("ul");
      orgs.forEach(function (e) {
        var li = el("li"), years = span(e);
        li.appendChild(edgeButton(e, store.names[ev(e)]));
        li.appendChild(el("span", " (" + relLabel(er(e)) + (years ? ", " + years : "") + ")", "meta"));
        ol.appendChild(li);
      });
      p.appendChild(ol);
    }
    if (d) {
      if (d.links.length) {
        p.appendChild(el("h3", "External ids"));
        var il = el("ul");
        d.links.forEach(function (row) {
          var li = el("li", row[0] + ": ");
          li.appendChild(row[2] ? link(row[2], row[1]) : el("span", row[1]));
          il.appendChild(li);
        });
        p.appendChild(il);
      }
      p.appendChild(el("h3", "Counts"));
      var cl = el("ul");
      CONFIG.counts.forEach(function (label, k) { if (d.counts[k]) cl.appendChild(el("li", label + ": " + d.counts[k])); });
      p.appendChild(cl);
    }
    var rel = [];
    forOut(i, function (e) { if (FAMILY[er(e)] !== "organisation") rel.push([e, ev(e), "\u2192"]); });
    forIn(i, function (e) { rel.push([e, eu(e), "\u2190"]); });
    if (rel.length) {
      p.appendChild(el("h3", "Links (click for evidence)"));
      var rl = el("ul");
      rel.slice(0, 200).forEach(function (t) {
        var li = el("li");
        li.appendChild(edgeButton(t[0], relLabel(er(t[0])) + " " + t[2] + " " + store.names[t[1]]));
        rl.appendChild(li);
      });
      p.appendChild(rl);
      if (rel.length > 200) p.appendChild(el("p", (rel.length - 200) + " more links not listed.", "hint"));
    }
    if (d && d.sources.length) {
      p.appendChild(el("h3", "Sources"));
      var sl = el("ul");
      d.sources.forEach(function (s) { var li = el("li"); li.appendChild(link(s)); sl.appendChild(li); });
      p.appendChild(sl);
    }
  }

  function edgeButton(e, text) {
    var b = el("button", text, "edge-link");
    b.type = "button";
    b.addEventListener("click", function () { showEvidence(e); });
    return b;
  }

  function showEvidence(e) {
    var p = panel(), u = eu(e), v = ev(e), r = er(e);
    p.setAttribute("data-edge", String(e));
    p.removeAttribute("data-node");
    p.appendChild(el("h2", store.names[u] + " \u2014 " + relLabel(r) + " \u2192 " + store.names[v]));
    var meta = el("div", "relation " + RELATIONS[r] + (span(e) ? ", " + span(e) : "") + ", confidence " + (eConf(e) / 100).toFixed(2), "meta");
    if (eConflict(e)) meta.appendChild(el("span", "conflicting claims", "badge conflict"));
    p.appendChild(meta);
    var c = claimsOf(e), rows = c ? c.rows || [] : [];
    if (!c && stillParsing()) {
      p.appendChild(el("p", "Loading the evidence\u2026", "hint"));
      whenParsed(function () { if (p.getAttribute("data-edge") === String(e)) showEvidence(e); });
      return;
    }
    p.appendChild(el("h3", rows.length + (rows.length === 1 ? " supporting claim" : " supporting claims")));
    rows.forEach(function (row) {
      // [claim_id, source, evidence, extractor, confidence, start, end, retrieved, subject, object]
      var str = function (k) { return row[k] === null || row[k] === undefined ? null : c.strings[row[k]]; };
      var box = el("div", null, "claim");
      var src = el("div", "source: ", "meta");
      src.appendChild(link(str(1) || "", str(1) || "(unknown)"));
      box.appendChild(src);
      box.appendChild(el("blockquote", str(2) || "", "snippet"));
      var facts = ["extractor " + (str(3) || "?"), "confidence " + (row[4] / 100).toFixed(2)];
      if (row[5] || row[6]) facts.push("years " + (row[5] || "?") + "\u2013" + (row[6] || "?"));
      if (str(8) || str(9)) facts.push("as written: " + (str(8) || "") + " \u2192 " + (str(9) || ""));
      if (str(7)) facts.push("retrieved " + str(7));
      if (row[0]) facts.push("claim " + row[0]);
      box.appendChild(el("div", facts.join(" \u00b7 "), "meta"));
      p.appendChild(box);
    });
    var back = el("button", "Profile of " + store.names[u]);
    back.type = "button";
    back.addEventListener("click", function () { showProfile(u); });
    p.appendChild(back);
    if (cy) { cy.$(":selected").unselect(); cy.$id("e" + e).select(); }
  }

  // ------------------------------------------------------------------ search box
  function setupSearch() {
    var input = $("search"), list = $("suggestions"), active = -1, results = [], seq = 0;
    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; }
    function choose(k) { var r = results[k]; if (!r) return; close(); input.value = r.name; navigate(r.id); }
    function paint() {
      list.replaceChildren();
      results.forEach(function (r, k) {
        var li = el("li");
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", k === active ? "true" : "false");
        li.dataset.id = r.id;
        li.appendChild(el("span", r.name, "name"));
        if (r.matched && r.matched !== r.name) li.appendChild(el("span", "also “" + r.matched + "”", "variant"));
        if (r.kind !== "person") li.appendChild(el("span", r.kind, "kind"));
        li.addEventListener("mousedown", function (evt) { evt.preventDefault(); choose(k); });
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", results.length ? "true" : "false");
    }
    input.addEventListener("input", function () {
      var mine = ++seq;
      search(input.value).then(function (rows) { if (mine === seq) { results = rows; active = rows.length ? 0 : -1; paint(); } });
    });
    input.addEventListener("keydown", function (evt) {
      if (evt.key === "ArrowDown" || evt.key === "ArrowUp") {
        if (!results.length) return;
        active = (active + (evt.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
        paint(); evt.preventDefault();
      } else if (evt.key === "Enter") { if (active >= 0) choose(active); evt.preventDefault(); }
      else if (evt.key === "Escape") close();
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  // ------------------------------------------------------------------ controls and legend
  function lineSample(color, dash) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "10");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "33"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", color); line.setAttribute("stroke-width", "3");
    if (dash !== "solid") line.setAttribute("stroke-dasharray", dash === "dashed" ? "6 3" : "2 3");
    svg.appendChild(line);
    return svg;
  }
  function setupControls() {
    var box = $("relation-filters"), legend = $("legend");
    Object.keys(FAMILY_LABEL).forEach(function (family) {
      var members = [];
      RELATIONS.forEach(function (name, r) { if (FAMILY[r] === family) members.push(r); });
      if (!members.length) return;
      var fs = el("fieldset"), lg = el("legend"), all = document.createElement("input");
      all.type = "checkbox"; all.checked = true; all.id = "family-" + family;
      var lab = el("label"); lab.appendChild(all); lab.appendChild(document.createTextNode(" " + FAMILY_LABEL[family]));
      lg.appendChild(lab); fs.appendChild(lg);
      var boxes = members.map(function (r) {
        var cb = document.createElement("input");
        cb.type = "checkbox"; cb.checked = true; cb.id = "relation-" + RELATIONS[r]; cb.dataset.relation = RELATIONS[r];
        var l = el("label"); l.appendChild(cb); l.appendChild(document.createTextNode(" " + relLabel(r)));
        fs.appendChild(l);
        cb.addEventListener("change", function () {
          state.relOn[r] = cb.checked;
          all.checked = boxes.every(function (b) { return b.checked; });
          refresh();
        });
        return cb;
      });
      all.addEventListener("change", function () {
        boxes.forEach(function (cb) { cb.checked = all.checked; });
        members.forEach(function (r) { state.relOn[r] = all.checked; });
        refresh();
      });
      box.appendChild(fs);
      members.forEach(function (r) {
        var st = styleOf(r), li = el("li");
        li.appendChild(lineSample(st[0], st[1]));
        li.appendChild(el("span", relLabel(r)));
        legend.appendChild(li);
      });
    });
    var yf = $("year-from"), yt = $("year-to");
    yf.value = state.yearFrom; yt.value = state.yearTo;
    yf.min = yt.min = CONFIG.years[0]; yf.max = yt.max = CONFIG.years[1];
    function years() {
      state.yearFrom = parseInt(yf.value, 10) || CONFIG.years[0];
      state.yearTo = parseInt(yt.value, 10) || CONFIG.years[1];
      refresh();
    }
    yf.addEventListener("change", years); yt.addEventListener("change", years);
    var mc = $("min-confidence");
    mc.addEventListener("input", function () {
      state.minConf = parseFloat(mc.value) || 0;
      $("min-confidence-value").textContent = state.minConf.toFixed(2);
      refresh();
    });
    $("kind-person").addEventListener("change", function (evt) { state.persons = evt.target.checked; refresh(); });
    $("kind-organisation").addEventListener("change", function (evt) { state.organisations = evt.target.checked; refresh(); });
    $("show-ego").addEventListener("change", function (evt) { state.ego = evt.target.checked; refresh(); });
    $("all-links").addEventListener("change", function (evt) { state.allLinks = evt.target.checked; refresh(); });
    $("gen-up").addEventListener("change", function (evt) { state.genUp = Math.max(0, parseInt(evt.target.value, 10) || 0); refresh(); });
    $("gen-down").addEventListener("change", function (evt) { state.genDown = Math.max(0, parseInt(evt.target.value, 10) || 0); refresh(); });
    $("show-more").addEventListener("click", function () {
      state.limit = Math.min(LIMIT_MAX, state.limit + LIMIT_STEP);
      state.genUp += 2; state.genDown += 2;
      $("gen-up").value = state.genUp; $("gen-down").value = state.genDown;
      if (state.focus !== null) focusOn(store.ids[state.focus]);
    });
    $("export-png").addEventListener("click", exportPng);
    $("export-svg").addEventListener("click", exportSvg);
  }

  // ------------------------------------------------------------------ export
  function download(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function exportName(ext) {
    var id = state.focus === null ? "view" : store.ids[state.focus].replace(/[^A-Za-z0-9._-]+/g, "_");
    return "genealogy-" + id + "." + ext;
  }
  function exportPng() {
    if (!cy) return;
    download(cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }), exportName("png"));
  }
  function currentSvg() {
    // Drawn from the laid-out elements (positions, colours, dash styles); text via DOM nodes,
    // so XMLSerializer escapes it.
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
    var bb = cy.elements().boundingBox({ includeLabels: true }), pad = 20;
    svg.setAttribute("xmlns", ns);
    svg.setAttribute("viewBox", [bb.x1 - pad, bb.y1 - pad, bb.w + 2 * pad, bb.h + 2 * pad].join(" "));
    svg.setAttribute("width", String(Math.ceil(bb.w + 2 * pad)));
    svg.setAttribute("height", String(Math.ceil(bb.h + 2 * pad)));
    svg.setAttribute("font-family", "sans-serif");
    var bg = document.createElementNS(ns, "rect");
    bg.setAttribute("x", bb.x1 - pad); bg.setAttribute("y", bb.y1 - pad);
    bg.setAttribute("width", bb.w + 2 * pad); bg.setAttribute("height", bb.h + 2 * pad); bg.setAttribute("fill", "#fff");
    svg.appendChild(bg);
    cy.edges().forEach(function (edge) {
      var s = edge.sourceEndpoint(), t = edge.targetEndpoint(), line = document.createElementNS(ns, "line");
      line.setAttribute("x1", s.x); line.setAttribute("y1", s.y); line.setAttribute("x2", t.x); line.setAttribute("y2", t.y);
      line.setAttribute("stroke", edge.data("color")); line.setAttribute("stroke-width", "2");
      var dash = edge.data("dash");
      if (dash !== "solid") line.setAttribute("stroke-dasharray", dash === "dashed" ? "6 3" : "2 3");
      var title = document.createElementNS(ns, "title");
      title.textContent = relLabel(er(edge.data("index")));
      line.appendChild(title);
      svg.appendChild(line);
    });
    cy.nodes().forEach(function (node) {
      var p = node.position(), g = document.createElementNS(ns, "g");
      if (!node.hasClass("caption")) {
        var shape = document.createElementNS(ns, node.hasClass("organisation") ? "rect" : "circle");
        var w = node.width(), h = node.height();
        if (node.hasClass("organisation")) {
          shape.setAttribute("x", p.x - w / 2); shape.setAttribute("y", p.y - h / 2);
          shape.setAttribute("width", w); shape.setAttribute("height", h); shape.setAttribute("rx", 3);
        } else {
          shape.setAttribute("cx", p.x); shape.setAttribute("cy", p.y); shape.setAttribute("r", w / 2);
        }
        shape.setAttribute("fill", node.style("background-color"));
        if (node.hasClass("focus")) { shape.setAttribute("stroke", "#222"); shape.setAttribute("stroke-width", "3"); }
        g.appendChild(shape);
      }
      var text = document.createElementNS(ns, "text");
      text.setAttribute("x", p.x);
      text.setAttribute("y", node.hasClass("caption") ? p.y + 4 : p.y + node.height() / 2 + 13);
      text.setAttribute("text-anchor", "middle");
      text.setAttribute("font-size", node.hasClass("focus") ? "15" : "13");
      if (node.hasClass("caption") || node.hasClass("focus")) text.setAttribute("font-weight", "bold");
      text.textContent = node.data("label");
      g.appendChild(text);
      svg.appendChild(g);
    });
    return new XMLSerializer().serializeToString(svg);
  }
  function exportSvg() {
    if (!cy) return;
    download(new Blob([currentSvg()], { type: "image/svg+xml" }), exportName("svg"));
  }

  // ------------------------------------------------------------------ start
  function start() {
    if (MODE === "file") {
      var block = readJson("ag-graph");
      performance.mark("ag-parsed");
      addGraph(block, null, null);
      performance.mark("ag-stored");
    }
    setupControls();
    setupSearch();
    var first = hashId() || CONFIG.start;
    if (first) focusOn(first);
    else document.body.setAttribute("data-view", "empty");
  }
  // For tests and the benchmark: read-only handles on what is drawn.
  window.agExplorer = {
    cy: function () { return cy; },
    view: function () { return currentView; },
    svg: function () { return cy ? currentSvg() : null; },
    index: indexOf
  };
  start();
})();
