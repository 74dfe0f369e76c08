// The globals Sphinx 7.4's searchtools.js and language_data.js define on the search page, as far as
// widgets/static/search-results.js uses them.

/** [docname, title (HTML), anchor, description, score, filename], as searchtools.js passes results around. */
type SphinxResult = [string, string, string, string | null, number, string];

interface SphinxIndex {
  docnames: string[];
  filenames: string[];
  titles: string[];
}

declare const Search: {
  _index: SphinxIndex | null;
  _performSearch: (
    query: string,
    searchTerms: Set<string>,
    excludedTerms: Set<string>,
    highlightTerms: Set<string>,
    objectTerms: Set<string>,
  ) => SphinxResult[];
};

declare const DOCUMENTATION_OPTIONS: { LINK_SUFFIX: string };
declare const Stemmer: new () => { stemWord(word: string): string };
declare const stopwords: string[];
declare function splitQuery(query: string): string[];

/**
 * Written by widgets/search_excerpts.py into _static/mvh-search-index.js: each page's sections as
 * [id, heading, 1 if it has text else 0] and the number of its first section across the book; the
 * glossary's abbreviations (lower case -> long form); the word index of the sections' texts; and the
 * version that goes on the addresses of the texts' files.
 */
interface SearchIndex {
  pages: Record<string, { first: number; sections: [string, string, number][] }>;
  abbreviations: Record<string, string>;
  version: string;
  words: string;
  postings: string;
  caps: string;
  capsPostings: string;
  aliases: Record<string, string>;
}

interface Window {
  mvhSearchIndex?: SearchIndex;
  /** Section number -> its text, as each _static/mvh-search-text/<n>.js registers it. */
  mvhSearchTexts?: Record<number, string>;
}
