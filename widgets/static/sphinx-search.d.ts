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

/** docname -> the page's sections as [id, heading, text]; abbreviation (lower case) -> long form. */
interface SearchText {
  pages: Record<string, { sections: [string, string, string][] }>;
  abbreviations: Record<string, string>;
}

interface Window {
  /** Written by widgets/search_excerpts.py: each page's sections, and the glossary's abbreviations. */
  mvhSearchText?: SearchText;
}
