// Ranks queries twice, with the sections' texts and with the word index search_excerpts.py writes in
// their place, and prints where the two differ (results, links, order, excerpts) as JSON.
// Usage: node tests/js/search-parity.mjs input.json, where input.json holds
//   {index, texts: {number: text}, titles: {docname: title}, queries: [...], stopwords: [...], html: dir | null}
// With `html` (a built book), the book's Norwegian stemmer; without, one that drops a few endings.
// Run by tests/test_search_index.py.
import { readFileSync } from "node:fs";
import vm from "node:vm";

const input = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const sandbox = {};
vm.runInNewContext(readFileSync(new URL("../../widgets/static/search-results.js", import.meta.url), "utf-8"), sandbox);
const { queryTerms, weigh, firstHit, rank, excerptOf, indexCounts } = sandbox.mvhSearchResults;

let stem = (word) => word.replace(/(ene|en|er|et|e)$/, "");
if (input.html) {
  const context = vm.createContext({});
  const read = (name) => readFileSync(`${input.html}/_static/${name}`, "utf-8");
  vm.runInContext(
    `${read("base-stemmer.js")}\n${read("norwegian-stemmer.js")}\nglobalThis.S = NorwegianStemmer;`,
    context,
  );
  const stemmer = new context.S();
  stem = (word) => stemmer.stemWord(word);
}
// searchtools.js's splitQuery.
const split = (query) => query.split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu).filter((t) => t);

const { index, texts, titles } = input;
const whole = Object.fromEntries(
  Object.entries(index.pages).map(([docname, page]) => [
    docname,
    { sections: page.sections.map(([id, heading, has], i) => [id, heading, has ? texts[page.first + i] : ""]) },
  ]),
);
const counts = indexCounts(index);
const titleOf = (docname) => titles[docname] ?? docname;
// Every page a result, with scores of a few sizes, so ties are broken as they are in a real search.
const results = () =>
  Object.keys(index.pages).map((docname, i) => [docname, titleOf(docname), "", null, i % 4, `${docname}.md`]);
const shown = (ranked, pages, terms) =>
  JSON.stringify(
    Array.from(ranked, ({ result, source }) => [
      Array.from(result),
      source ? excerptOf(source, pages[result[0]].sections[source.section][2], terms) : null,
    ]),
  );

// And what decides the order, page by page: the weights and the first hit.
const weights = (terms, countsOf) =>
  JSON.stringify(
    Object.entries(index.pages).map(([docname, page]) => {
      const textCount = countsOf(docname, page);
      const sections = whole[docname].sections;
      return [weigh(terms, titleOf(docname), sections, textCount), firstHit(terms, sections, 0, textCount)];
    }),
  );

const mismatches = [];
for (const query of input.queries) {
  const terms = queryTerms(query, stem, input.stopwords, split, index.abbreviations);
  // (undefined: weigh and firstHit count in the texts themselves.)
  const fromText = shown(rank(results(), terms, whole, titleOf), whole, terms) + weights(terms, () => undefined);
  const fromIndex =
    shown(rank(results(), terms, index.pages, titleOf, counts), whole, terms) +
    weights(terms, (_, page) => counts(page));
  if (fromText !== fromIndex) mismatches.push({ query, fromText, fromIndex });
}
process.stdout.write(JSON.stringify({ compared: input.queries.length, mismatches }));
