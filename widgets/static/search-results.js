// @ts-check
// Search results that help: one result per page, the pages whose title or a heading holds the words
// first, and under each result a short excerpt around the first hit.
//
// Sphinx puts this file into language_data.js (it is the book's html_search_scorer, see
// widgets/search_excerpts.py), so it runs on the search page only, right after searchtools.js has
// defined `Search` and before the query runs. Ranking counts the query's words in each section's
// text; it reads the counts from the word index in _static/mvh-search-index.js, which loads with the
// page (with the sections' ids and headings). The texts themselves, for the excerpts, are one classic
// script per section in _static/mvh-search-text/, loaded only for the results about to be seen: a
// page opened from file:// may not fetch the other pages (which is how Sphinx's own summaries work),
// but it may load a script. Nothing here goes through innerHTML but titles Sphinx itself would show;
// excerpts are text nodes.
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
   * The kinds of match, best first: whole words and long forms, then inside compounds, then any case.
   * @typedef {"start" | "alias" | "part" | "loose"} Kind
   * @type {Kind[][]}
   */
  const TIERS = [["start", "alias"], ["part"], ["loose"]];

  /**
   * How often a term's pattern of one kind occurs in the text (not the heading) of a page's section i.
   * @typedef {(term: Term, kind: Kind, i: number) => number} TextCount
   */

  /**
   * The counts in a page given with its texts, as [id, heading, text].
   * @param {[string, string, string | number][]} sections
   * @returns {TextCount}
   */
  const countsInText = (sections) => (term, kind, i) => {
    const pattern = term[kind];
    const text = sections[i][2];
    return pattern && typeof text === "string" ? count(pattern, text) : 0;
  };

  /**
   * How well one page answers the query: words in its title, most words in one heading, and how
   * often the words occur (word starts; inside compounds when a word never starts one).
   * @param {Term[]} terms
   * @param {string} title
   * @param {[string, string, string | number][]} sections
   * @param {TextCount} textCount
   */
  const weigh = (terms, title, sections, textCount = countsInText(sections)) => {
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
      sections.forEach(([, heading], i) => {
        for (const kind of /** @type {const} */ (["start", "alias"])) {
          const pattern = term[kind];
          if (pattern) starts += count(pattern, heading) + textCount(term, kind, i);
        }
        if (term.part) parts += count(term.part, heading) + textCount(term, "part", i);
      });
      occurrences += starts || parts;
    }
    return { inTitle, inHeading, headingAt, occurrences };
  };

  /**
   * The first section whose text has a hit, and the kinds of match that found it.
   * @param {Term[]} terms
   * @param {[string, string, string | number][]} sections
   * @param {number} first  the section to look in first
   * @param {TextCount} textCount
   * @returns {{section: number, kinds: Kind[]} | null}
   */
  const firstHit = (terms, sections, first, textCount = countsInText(sections)) => {
    const order = first > 0 ? [first, ...sections.keys()] : [...sections.keys()];
    for (const kinds of TIERS) {
      for (const i of order) {
        if (terms.some((term) => kinds.some((kind) => term[kind] !== null && textCount(term, kind, i) > 0))) {
          return { section: i, kinds };
        }
      }
    }
    return null;
  };

  /**
   * Where in a text the first match of these kinds is (0 if none).
   * @param {Term[]} terms
   * @param {Kind[]} kinds
   * @param {string} text
   */
  const hitAt = (terms, kinds, text) => {
    let best = -1;
    for (const term of terms) {
      for (const kind of kinds) {
        const pattern = term[kind];
        if (!pattern) continue;
        pattern.lastIndex = 0;
        const m = pattern.exec(text);
        if (m && (best < 0 || m.index < best)) best = m.index;
      }
    }
    return Math.max(best, 0);
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
   * Where a result's excerpt comes from: the section, and the kinds of match to centre it on (null:
   * the hit is in another section, so from the start of this one).
   * @typedef {{section: number, kinds: Kind[] | null}} Source
   */

  /**
   * The excerpt of a source's text.
   * @param {Source} source
   * @param {string} text  the text of section `source.section`
   * @param {Term[]} terms
   */
  const excerptOf = (source, text, terms) => excerpt(text, source.kinds ? hitAt(terms, source.kinds, text) : 0, terms);

  /**
   * A page as ranking sees it: its sections as [id, heading, text] (or 1 for a text that is in the
   * word index, 0 for none), and the number of its first section in the word index.
   * @typedef {{sections: [string, string, string | number][], first?: number}} RankedPage
   */

  /**
   * Sphinx's results, one per page, best last (searchtools.js shows them from the end).
   * @param {SphinxResult[]} results
   * @param {Term[]} terms
   * @param {Record<string, RankedPage>} pages
   * @param {(docname: string) => string} titleOf  the page title as the index has it (HTML)
   * @param {(page: RankedPage) => TextCount} countsOf  the counts in a page's texts
   * @returns {{result: SphinxResult, source: Source | null}[]}
   */
  const rank = (results, terms, pages, titleOf, countsOf = (page) => countsInText(page.sections)) => {
    /** @type {Map<string, SphinxResult>} */
    const best = new Map();
    for (const result of results) {
      const seen = best.get(result[0]);
      if (!seen || result[4] > seen[4]) best.set(result[0], result);
    }
    const ranked = [...best.values()].map((result) => {
      const [docname, , , , score, filename] = result;
      const page = Object.hasOwn(pages, docname) ? pages[docname] : undefined;
      if (!page) return { key: [0, 0, 0, score], result, source: null };
      const title = titleOf(docname);
      const sections = page.sections;
      const counts = countsOf(page);
      const weight = weigh(terms, title.replace(/<[^>]*>/g, ""), sections, counts);
      // A heading that holds more of the words than the title: link it, and take the excerpt there.
      const toHeading = weight.headingAt > 0 && weight.inHeading > weight.inTitle;
      const hit = firstHit(terms, sections, toHeading ? weight.headingAt : 0, counts);
      // The link: the page when its title matches, else the matching heading, else the first hit's section.
      const at = weight.inTitle > 0 && !toHeading ? 0 : toHeading ? weight.headingAt : hit ? hit.section : 0;
      const [id, heading] = sections[at] ?? ["", ""];
      const anchor = at > 0 && id ? `#${id}` : "";
      const shown = at > 0 && heading ? `${title} – ${escapeHtml(heading)}` : title;
      // The excerpt: around the first hit under the link; a heading straight over its subsections has
      // no text of its own, so then the next section that has.
      let from = hit && (at === 0 || hit.section === at) ? hit.section : at;
      while (from < sections.length - 1 && !sections[from][2]) from += 1;
      return {
        key: [weight.inTitle, weight.inHeading, weight.occurrences, score],
        result: /** @type {SphinxResult} */ ([docname, shown, anchor, null, score, filename]),
        source: sections[from]?.[2] ? { section: from, kinds: hit && hit.section === from ? hit.kinds : null } : null,
      };
    });
    ranked.sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) if (a.key[i] !== b.key[i]) return a.key[i] - b.key[i];
      return 0;
    });
    ranked.forEach((entry, i) => {
      entry.result[4] = i;
    });
    return ranked.map(({ result, source }) => ({ result, source }));
  };

  // The word index (widgets/search_excerpts.py writes it): numbers in 45 digits that end a number and
  // 45 that go on; sorted words front coded; per word, its sections and counts.
  const ALPHABET = Array.from({ length: 0x7f - 0x23 }, (_, i) => String.fromCharCode(0x23 + i))
    .filter((c) => c !== "\\")
    .slice(0, 90)
    .join("");
  const BASE = 45;

  /** @param {string} coded */
  const decodeWords = (coded) => {
    /** @type {string[]} */
    const words = [];
    let previous = "";
    if (!coded) return words;
    for (const entry of coded.split(" ")) {
      previous = previous.slice(0, ALPHABET.indexOf(entry[0])) + entry.slice(1);
      words.push(previous);
    }
    return words;
  };

  /**
   * @param {string} coded
   * @returns {[number, number][]}  [section, count] pairs
   */
  const decodePostings = (coded) => {
    /** @type {number[]} */
    const numbers = [];
    let value = 0;
    for (const char of coded) {
      const digit = ALPHABET.indexOf(char);
      value = value * BASE + (digit % BASE);
      if (digit < BASE) {
        numbers.push(value);
        value = 0;
      }
    }
    /** @type {[number, number][]} */
    const out = [];
    let section = -1;
    for (let i = 0; i < numbers.length; i += 1) {
      section += numbers[i] >> 1;
      out.push([section, numbers[i] & 1 ? numbers[++i] + 2 : 1]);
    }
    return out;
  };

  /**
   * The counts in the sections' texts, from the word index: a pattern run on each word alone finds
   * what it finds in the text (no pattern matches across words), so the counts are the text's.
   * @param {SearchIndex} index
   * @returns {(page: RankedPage) => TextCount}
   */
  const indexCounts = (index) => {
    const words = decodeWords(index.words);
    const postings = index.postings ? index.postings.split(" ") : [];
    const caps = decodeWords(index.caps);
    const capsPostings = index.capsPostings ? index.capsPostings.split(" ") : [];
    /** @type {Map<string, Map<number, number>>} */
    const cache = new Map();
    /**
     * @param {string} key
     * @param {() => [number, number][]} entries
     */
    const counted = (key, entries) => {
      let counts = cache.get(key);
      if (!counts) {
        counts = new Map();
        for (const [section, n] of entries()) counts.set(section, (counts.get(section) ?? 0) + n);
        cache.set(key, counts);
      }
      return counts;
    };
    /**
     * Every word a pattern matches, times its count in each section. Words are in lower case; a
     * pattern that minds case (short capitals) runs on the words that may hold capitals, as written.
     * @param {RegExp} pattern
     */
    const matches = (pattern) => {
      const [list, lists] = pattern.flags.includes("i") ? [words, postings] : [caps, capsPostings];
      /** @type {[number, number][]} */
      const out = [];
      list.forEach((word, i) => {
        const n = count(pattern, word);
        if (n) for (const [section, k] of decodePostings(lists[i] ?? "")) out.push([section, n * k]);
      });
      return out;
    };
    return (page) => (term, kind, i) => {
      const pattern = term[kind];
      if (!pattern) return 0;
      const counts =
        kind === "alias"
          ? counted(`alias ${term.word}`, () => decodePostings(index.aliases[term.word] ?? ""))
          : counted(`${pattern.source} ${pattern.flags}`, () => matches(pattern));
      return counts.get((page.first ?? 0) + i) ?? 0;
    };
  };

  // Pure parts, for tests/js/search-results.test.mjs.
  /** @type {any} */ (globalThis).mvhSearchResults = {
    queryTerms,
    weigh,
    firstHit,
    excerpt,
    excerptOf,
    rank,
    indexCounts,
    decodeWords,
    decodePostings,
  };

  if (typeof Search === "undefined" || typeof document === "undefined") return;

  /**
   * What each result's excerpt needs, by the link searchtools.js writes (docname + suffix + anchor):
   * the number of its section's text file, where in it to look, and the query's terms.
   * @type {Map<string, {file: number, source: Source, terms: Term[]}>}
   */
  const wanted = new Map();
  const original = Search._performSearch;
  // The index is a deferred script: it has run by the time the query does (at DOMContentLoaded), not yet
  // when this file does. Without it (it did not load), results keep Sphinx's order among themselves and
  // have no excerpts.
  /** @type {SearchIndex} */
  const EMPTY = {
    pages: {},
    abbreviations: {},
    version: "",
    words: "",
    postings: "",
    caps: "",
    capsPostings: "",
    aliases: {},
  };
  /** @type {SearchIndex | undefined} */
  let index;
  /** @type {((page: RankedPage) => TextCount) | undefined} */
  let counts;
  const root = document.documentElement.dataset.content_root ?? "";

  /** @type {Map<number, Promise<string | null>>} */
  const texts = new Map();

  /**
   * A section's text: its script, loaded once. Null when it does not load (the result keeps its link).
   * @param {number} file
   * @returns {Promise<string | null>}
   */
  const loadText = (file) => {
    let text = texts.get(file);
    if (!text) {
      text = new Promise((resolve) => {
        const script = document.createElement("script");
        const done = () => {
          script.remove();
          const value = window.mvhSearchTexts?.[file];
          resolve(typeof value === "string" ? value : null);
        };
        script.addEventListener("load", done);
        script.addEventListener("error", done);
        script.src = `${root}_static/mvh-search-text/${file}.js?v=${index?.version ?? ""}`;
        document.head.appendChild(script);
      });
      texts.set(file, text);
    }
    return text;
  };

  /** @param {Element} item */
  const addExcerpt = (item) => {
    const link = item.querySelector("a");
    const want = link && wanted.get(link.getAttribute("href") ?? "");
    if (!want) return;
    loadText(want.file).then((text) => {
      if (text === null || item.querySelector(".mvh-excerpt")) return;
      const p = document.createElement("p");
      p.className = "context mvh-excerpt";
      for (const part of excerptOf(want.source, text, want.terms)) {
        if (part.hit) p.appendChild(document.createElement("mark")).textContent = part.text;
        else p.appendChild(document.createTextNode(part.text));
      }
      item.appendChild(p);
    });
  };

  // A result's text loads when the result comes near the screen: the first ones at once, the rest as
  // the reader scrolls to them.
  const nearby =
    typeof IntersectionObserver === "undefined"
      ? null
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              nearby?.unobserve(entry.target);
              addExcerpt(entry.target);
            }
          },
          { rootMargin: "200px 0px" },
        );

  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLLIElement)) continue;
        if (nearby) nearby.observe(node);
        else addExcerpt(node);
      }
  });

  Search._performSearch = (query, searchTerms, excludedTerms, highlightTerms, objectTerms) => {
    const results = original(query, searchTerms, excludedTerms, highlightTerms, objectTerms);
    const sphinx = Search._index;
    if (!sphinx) return results;
    if (!counts) {
      index = window.mvhSearchIndex;
      counts = indexCounts(index ?? EMPTY);
    }
    const stemmer = new Stemmer();
    const pages = index?.pages ?? {};
    const terms = queryTerms(query, (w) => stemmer.stemWord(w), stopwords, splitQuery, index?.abbreviations);
    const titleOf = (/** @type {string} */ docname) => sphinx.titles[sphinx.docnames.indexOf(docname)] ?? docname;
    const ranked = rank(results, terms, pages, titleOf, counts);
    wanted.clear();
    for (const { result, source } of ranked) {
      const page = pages[result[0]];
      if (!source || !page) continue;
      const file = (page.first ?? 0) + source.section;
      wanted.set(result[0] + DOCUMENTATION_OPTIONS.LINK_SUFFIX + result[2], { file, source, terms });
    }
    const list = document.querySelector("#search-results ul.search");
    if (list) observer.observe(list, { childList: true });
    return ranked.map(({ result }) => result);
  };
})();
