// @ts-check
// Search results that help: one result per page, the pages whose title or a heading holds the words
// first, and under each result a short excerpt around the first hit.
//
// Sphinx puts this file into language_data.js (it is the book's html_search_scorer, see
// widgets/search_excerpts.py), so it runs on the search page only, right after searchtools.js has
// defined `Search` and before the query runs. The page text comes from _static/mvh-search-text.js,
// written at build time, because a page opened from file:// may not fetch the other pages (which is
// how Sphinx's own summaries work). Nothing here goes through innerHTML but titles Sphinx itself
// would show; excerpts are text nodes.
(() => {
  const LETTER = "[\\p{L}\\p{N}]";
  // Characters of context before and after the first hit.
  const BEFORE = 70;
  const AFTER = 170;

  /**
   * A query word: what the reader typed, and patterns that find it in a page as whole words.
   * `start` finds words that begin with the stem (inflections: anerkjennelse, anerkjennelsen);
   * `part` finds it inside a compound (gjennomgang in porteføljegjennomgang). Words of three
   * letters or fewer (MI, SE, IPS) only match whole, or "mi" would find "mild"; typed in capitals
   * they match capitals only, so "SE" is the method, not the verb "se" (`loose` still finds the verb
   * for an excerpt). `alias` finds the long form of an abbreviation the glossary spells out.
   * @typedef {{word: string, start: RegExp, part: RegExp | null, alias: RegExp | null, loose: RegExp | null}} Term
   */

  /** @param {string} text */
  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

  /** @param {string} text */
  const escapeHtml = (text) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

  /** @param {string} phrase */
  const phrasePattern = (phrase) =>
    new RegExp(`(?<!${LETTER})${phrase.trim().split(/\s+/).map(escapeRegExp).join("\\s+")}(?!${LETTER})`, "giu");

  /**
   * @param {string} query
   * @param {(word: string) => string} stem
   * @param {string[]} stops
   * @param {(query: string) => string[]} split
   * @param {Record<string, string>} abbreviations  lower case -> long form
   * @returns {Term[]}
   */
  const queryTerms = (query, stem, stops, split, abbreviations = {}) => {
    /** @type {Term[]} */
    const terms = [];
    for (const raw of split(query.trim())) {
      const word = raw.toLowerCase();
      // The same words searchtools.js drops: stop words, numbers and excluded (-word) terms.
      if (stops.includes(word) || /^\d+$/.test(word) || word.startsWith("-")) continue;
      if (terms.some((t) => t.word === word)) continue;
      const short = word.length <= 3;
      const capitals = short && raw === raw.toUpperCase() && raw !== word;
      const base = escapeRegExp(short ? (capitals ? raw : word) : stem(word));
      const tail = short ? `(?!${LETTER})` : `${LETTER}*`;
      const long = Object.hasOwn(abbreviations, word) ? abbreviations[word] : "";
      terms.push({
        word,
        start: new RegExp(`(?<!${LETTER})${base}${tail}`, capitals ? "gu" : "giu"),
        part: short ? null : new RegExp(`${LETTER}*${base}${LETTER}*`, "giu"),
        alias: long ? phrasePattern(long) : null,
        loose: capitals ? new RegExp(`(?<!${LETTER})${escapeRegExp(word)}(?!${LETTER})`, "giu") : null,
      });
    }
    return terms;
  };

  /**
   * @param {RegExp} pattern
   * @param {string} text
   */
  const count = (pattern, text) => {
    pattern.lastIndex = 0;
    let n = 0;
    while (pattern.exec(text)) n += 1;
    return n;
  };

  /**
   * @param {Term} term
   * @param {string} text
   */
  const found = (term, text) =>
    [term.start, term.alias, term.part].some((pattern) => pattern !== null && count(pattern, text) > 0);

  /**
   * How well one page answers the query: words in its title, most words in one heading, and how
   * often the words occur (word starts; inside compounds when a word never starts one).
   * @param {Term[]} terms
   * @param {string} title
   * @param {[string, string, string][]} sections
   */
  const weigh = (terms, title, sections) => {
    const inTitle = terms.filter((t) => found(t, title)).length;
    let inHeading = 0;
    let headingAt = -1;
    sections.forEach(([, heading], i) => {
      const n = terms.filter((t) => found(t, heading)).length;
      // The first section's heading is the page title: count it, but link the page itself.
      if (n > inHeading) {
        inHeading = n;
        headingAt = i;
      }
    });
    let occurrences = 0;
    for (const term of terms) {
      let starts = 0;
      let parts = 0;
      for (const [, heading, text] of sections) {
        for (const pattern of [term.start, term.alias]) {
          if (pattern) starts += count(pattern, heading) + count(pattern, text);
        }
        if (term.part) parts += count(term.part, heading) + count(term.part, text);
      }
      occurrences += starts || parts;
    }
    return { inTitle, inHeading, headingAt, occurrences };
  };

  /**
   * The first hit in these sections: the section, and where in its text (-1: in the heading only).
   * @param {Term[]} terms
   * @param {[string, string, string][]} sections
   * @param {number} first  the section to look in first
   * @returns {{section: number, at: number} | null}
   */
  const firstHit = (terms, sections, first) => {
    const order = first > 0 ? [first, ...sections.keys()] : [...sections.keys()];
    for (const kinds of /** @type {const} */ ([["start", "alias"], ["part"], ["loose"]])) {
      for (const i of order) {
        let best = -1;
        for (const term of terms) {
          for (const kind of kinds) {
            const pattern = term[kind];
            if (!pattern) continue;
            pattern.lastIndex = 0;
            const m = pattern.exec(sections[i][2]);
            if (m && (best < 0 || m.index < best)) best = m.index;
          }
        }
        if (best >= 0) return { section: i, at: best };
      }
    }
    return null;
  };

  /**
   * A short excerpt of `text` around position `at`, cut at word boundaries, as segments to show,
   * with every hit marked.
   * @param {string} text
   * @param {number} at
   * @param {Term[]} terms
   * @returns {{text: string, hit: boolean}[]}
   */
  const excerpt = (text, at, terms) => {
    let start = Math.max(0, at - BEFORE);
    let end = Math.min(text.length, at + AFTER);
    if (start > 0) {
      const space = text.indexOf(" ", start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      end = space > at ? space : end;
    }
    const slice = text.slice(start, end);
    /** @type {[number, number][]} */
    const marks = [];
    for (const term of terms) {
      // Whole words (and long forms) where there are any, else compounds, else any case.
      for (const patterns of [[term.start, term.alias], [term.part], [term.loose]]) {
        const before = marks.length;
        for (const pattern of patterns) {
          if (!pattern) continue;
          // matchAll starts where the pattern's last exec stopped.
          pattern.lastIndex = 0;
          for (const m of slice.matchAll(pattern)) marks.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
        }
        if (marks.length > before) break;
      }
    }
    marks.sort((a, b) => a[0] - b[0]);
    /** @type {{text: string, hit: boolean}[]} */
    const parts = [];
    let pos = 0;
    for (const [from, to] of marks) {
      if (from < pos) continue;
      if (from > pos) parts.push({ text: slice.slice(pos, from), hit: false });
      parts.push({ text: slice.slice(from, to), hit: true });
      pos = to;
    }
    if (pos < slice.length) parts.push({ text: slice.slice(pos), hit: false });
    if (start > 0) parts.unshift({ text: "… ", hit: false });
    if (end < text.length) parts.push({ text: " …", hit: false });
    return parts;
  };

  /**
   * Sphinx's results, one per page, best last (searchtools.js shows them from the end).
   * @param {SphinxResult[]} results
   * @param {Term[]} terms
   * @param {Record<string, {sections: [string, string, string][]}>} pages
   * @param {(docname: string) => string} titleOf  the page title as the index has it (HTML)
   * @returns {{result: SphinxResult, excerpt: {text: string, hit: boolean}[] | null}[]}
   */
  const rank = (results, terms, pages, titleOf) => {
    /** @type {Map<string, SphinxResult>} */
    const best = new Map();
    for (const result of results) {
      const seen = best.get(result[0]);
      if (!seen || result[4] > seen[4]) best.set(result[0], result);
    }
    const ranked = [...best.values()].map((result) => {
      const [docname, , , , score, filename] = result;
      const page = pages[docname];
      if (!page) return { key: [0, 0, 0, score], result, excerpt: null };
      const title = titleOf(docname);
      const sections = page.sections;
      const weight = weigh(terms, title.replace(/<[^>]*>/g, ""), sections);
      // A heading that holds more of the words than the title: link it, and take the excerpt there.
      const toHeading = weight.headingAt > 0 && weight.inHeading > weight.inTitle;
      const hit = firstHit(terms, sections, toHeading ? weight.headingAt : 0);
      // The link: the page when its title matches, else the matching heading, else the first hit's section.
      const at = weight.inTitle > 0 && !toHeading ? 0 : toHeading ? weight.headingAt : hit ? hit.section : 0;
      const [id, heading] = sections[at] ?? ["", ""];
      const anchor = at > 0 && id ? `#${id}` : "";
      const shown = at > 0 && heading ? `${title} – ${escapeHtml(heading)}` : title;
      // The excerpt: around the first hit under the link; a heading straight over its subsections has
      // no text of its own, so then the next section that has.
      let from = hit && (at === 0 || hit.section === at) ? hit.section : at;
      while (from < sections.length - 1 && !sections[from][2]) from += 1;
      const text = sections[from]?.[2] ?? "";
      const where = hit && hit.section === from ? hit.at : 0;
      return {
        key: [weight.inTitle, weight.inHeading, weight.occurrences, score],
        result: /** @type {SphinxResult} */ ([docname, shown, anchor, null, score, filename]),
        excerpt: text ? excerpt(text, where, terms) : null,
      };
    });
    ranked.sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
      return 0;
    });
    ranked.forEach((entry, i) => {
      entry.result[4] = i;
    });
    return ranked.map(({ result, excerpt }) => ({ result, excerpt }));
  };

  // Pure parts, for tests/js/search-results.test.mjs.
  /** @type {any} */ (globalThis).mvhSearchResults = { queryTerms, weigh, firstHit, excerpt, rank };

  if (typeof Search === "undefined" || typeof document === "undefined") return;

  /** The excerpt for each result, by the link searchtools.js writes (docname + suffix + anchor). */
  const excerpts = new Map();
  const original = Search._performSearch;

  /** @param {HTMLLIElement} item */
  const addExcerpt = (item) => {
    const link = item.querySelector("a");
    const parts = link && excerpts.get(link.getAttribute("href"));
    if (!parts || item.querySelector(".mvh-excerpt")) return;
    const p = document.createElement("p");
    p.className = "context mvh-excerpt";
    for (const part of parts) {
      if (part.hit) p.appendChild(document.createElement("mark")).textContent = part.text;
      else p.appendChild(document.createTextNode(part.text));
    }
    item.appendChild(p);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof HTMLLIElement) addExcerpt(node);
  });

  Search._performSearch = (query, searchTerms, excludedTerms, highlightTerms, objectTerms) => {
    const results = original(query, searchTerms, excludedTerms, highlightTerms, objectTerms);
    const index = Search._index;
    if (!index) return results;
    const stemmer = new Stemmer();
    const text = window.mvhSearchText ?? { pages: {}, abbreviations: {} };
    const terms = queryTerms(query, (w) => stemmer.stemWord(w), stopwords, splitQuery, text.abbreviations);
    const titleOf = (/** @type {string} */ docname) => index.titles[index.docnames.indexOf(docname)] ?? docname;
    const ranked = rank(results, terms, text.pages, titleOf);
    excerpts.clear();
    for (const { result, excerpt } of ranked) {
      if (excerpt) excerpts.set(result[0] + DOCUMENTATION_OPTIONS.LINK_SUFFIX + result[2], excerpt);
    }
    const list = document.querySelector("#search-results ul.search");
    if (list) observer.observe(list, { childList: true });
    return ranked.map(({ result }) => result);
  };
})();
