// The search page's ranking and excerpts (widgets/static/search-results.js), without a browser.
// The file is a classic script Sphinx inlines into language_data.js, so it runs here in a vm context.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import test from "node:test";
import vm from "node:vm";

const SOURCE = readFileSync(new URL("../../widgets/static/search-results.js", import.meta.url), "utf-8");
const sandbox = {};
vm.runInNewContext(SOURCE, sandbox);
const { queryTerms, rank, excerpt, excerptOf, decodeWords, decodePostings } = sandbox.mvhSearchResults;

// Good enough for these words: the Norwegian stemmer drops endings like these.
const stem = (word) => word.replace(/(ene|en|er|et|e)$/, "");
const split = (query) => query.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
const STOPS = ["og", "i"];
const terms = (query, abbreviations = {}) => queryTerms(query, stem, STOPS, split, abbreviations);
const text = (parts) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");
/** The excerpt a ranked result shows, once its section's text is there. */
const shownExcerpt = (pages, { result, source }, query) =>
  text(excerptOf(source, pages[result[0]].sections[source.section][2], query));

const PAGES = {
  "book/ordliste": {
    sections: [
      ["ordliste", "Ordliste", "Forklart kort."],
      ["term-Makt", "Makt", "Evnen til å påvirke. Makt finnes overalt."],
    ],
  },
  "book/teamleder": {
    sections: [["teamleder", "Metodeveilederen som teamleder", "Om å lede team, med makt og uten makt og makt igjen."]],
  },
  "book/relasjon": {
    sections: [
      ["relasjon", "Relasjon, makt og tillit", "Relasjonen er grunnlaget."],
      ["makt-i", "Makt i og makt over", "Makt i relasjonen."],
    ],
  },
};
const TITLES = {
  "book/ordliste": "Ordliste",
  "book/teamleder": "Metodeveilederen som teamleder",
  "book/relasjon": "Relasjon, makt og tillit",
};
const titleOf = (docname) => TITLES[docname];
/** As searchtools.js hands them over: [docname, title, anchor, descr, score, filename], duplicates included. */
const sphinx = () => [
  ["book/ordliste", "Ordliste", "#term-Makt", null, 100, "ordliste.md"],
  ["book/ordliste", "Ordliste", "", null, 5, "ordliste.md"],
  ["book/teamleder", "Metodeveilederen som teamleder", "", null, 15, "teamleder.md"],
  ["book/relasjon", "Relasjon, makt og tillit", "", null, 15, "relasjon.md"],
  ["book/relasjon", "Relasjon, makt og tillit > Makt i og makt over", "#makt-i", null, 7, "relasjon.md"],
];

test("one result per page, the page whose title holds the word first, a heading next, then the rest", () => {
  const ranked = rank(sphinx(), terms("makt"), PAGES, titleOf);
  // searchtools.js shows the list from its end: best last.
  const shown = Array.from(ranked, ({ result }) => [result[0], result[2]]).reverse();
  assert.deepEqual(shown, [
    ["book/relasjon", ""],
    ["book/ordliste", "#term-Makt"],
    ["book/teamleder", ""],
  ]);
  assert.deepEqual(
    Array.from(ranked, ({ result }) => result[4]),
    [0, 1, 2],
  );
});

test("a heading match links to its section and names it after the page title", () => {
  const ranked = rank(sphinx(), terms("makt"), PAGES, titleOf);
  const ordliste = ranked.find(({ result }) => result[0] === "book/ordliste");
  assert.equal(ordliste.result[1], "Ordliste – Makt");
  assert.equal(shownExcerpt(PAGES, ordliste, terms("makt")), "Evnen til å påvirke. [Makt] finnes overalt.");
});

test("a heading is escaped before searchtools.js sets it as HTML", () => {
  const pages = {
    "book/x": {
      sections: [
        ["x", "X", "Tekst."],
        ["y", "<img src=x onerror=alert(1)> makt", "Om makt."],
      ],
    },
  };
  const [{ result }] = rank([["book/x", "X", "", null, 5, "x.md"]], terms("makt"), pages, () => "X");
  assert.equal(result[1], "X – &lt;img src=x onerror=alert(1)&gt; makt");
});

test("the excerpt is cut around the first hit at word boundaries and marks every hit", () => {
  const long = `${"Innledende ord ".repeat(12)}her kommer anerkjennelsen, og mer anerkjennelse ${"etterpå ".repeat(40)}`;
  const [t] = terms("anerkjennelse");
  const at = long.indexOf("anerkjennelsen");
  const shown = text(excerpt(long, at, [t]));
  assert.match(shown, /^… ord Innledende/);
  assert.match(shown, /\[anerkjennelsen\], og mer \[anerkjennelse\]/);
  assert.match(shown, /etterpå …$/);
  assert.ok(shown.length < 280, shown);
});

test("short words in capitals match whole words in capitals: SE is the method, not the verb", () => {
  const [t] = terms("SE");
  const line = "Se SE-teamet, les om SE og seg selv.";
  assert.equal(text(excerpt(line, 0, [t])), "Se [SE]-teamet, les om [SE] og seg selv.");
  const [lower] = terms("se");
  assert.equal(text(excerpt(line, 0, [lower])), "[Se] [SE]-teamet, les om [SE] og seg selv.");
});

test("an abbreviation ranks the page titled with its long form first", () => {
  const pages = {
    "book/mi": { sections: [["mi", "Motiverende samtale i veiledning", "Grepene i MI."]] },
    "book/kurs": { sections: [["kurs", "Kursopplegg", "MI, MI og MI igjen."]] },
  };
  const results = [
    ["book/kurs", "Kursopplegg", "", null, 5, "kurs.md"],
    ["book/mi", "Motiverende samtale i veiledning", "", null, 5, "mi.md"],
  ];
  const titles = { "book/mi": "Motiverende samtale i veiledning", "book/kurs": "Kursopplegg" };
  const ranked = rank(results, terms("MI", { mi: "Motiverende samtale" }), pages, (d) => titles[d]);
  assert.equal(ranked.at(-1).result[0], "book/mi");
  // Without the glossary's long form, the page that says MI most wins.
  const plain = rank(results, terms("MI"), pages, (d) => titles[d]);
  assert.equal(plain.at(-1).result[0], "book/kurs");
});

test("stop words and numbers are not looked for", () => {
  assert.deepEqual(
    Array.from(terms("makt og 2020"), (t) => t.word),
    ["makt"],
  );
});

test("a result under a heading with no text of its own takes its excerpt from the next section", () => {
  const pages = {
    "book/x": {
      sections: [
        ["x", "X", "Innledning om noe annet."],
        ["del", "Om makt", ""],
        ["under", "Første", "Her står det om makt."],
      ],
    },
  };
  const [ranked] = rank([["book/x", "X", "", null, 5, "x.md"]], terms("makt"), pages, () => "X");
  assert.equal(ranked.result[2], "#del");
  assert.equal(JSON.stringify(ranked.source), '{"section":2,"kinds":["start","alias"]}');
  assert.equal(shownExcerpt(pages, ranked, terms("makt")), "Her står det om [makt].");
});

test("the word index's words and postings decode as search_excerpts.py writes them", () => {
  // Front coded: "#" (0) shares nothing with the word before, "'" (4) its first four letters.
  assert.deepEqual([...decodeWords("#makt 'er #ø")], ["makt", "makter", "ø"]);
  assert.deepEqual([...decodeWords("")], []);
  // Each posting: gap * 2 + (more than once), then count - 2. Digits "#" to "O" end a number, "P" on go on.
  // Section 0 once ("%": 2); section 2 four times ("(": 5, then "%": 2); section 47 once ("R#": 2 * 45 + 0).
  assert.equal(JSON.stringify(decodePostings("%(%R#")), "[[0,1],[2,4],[47,1]]");
});
