// @ts-check
/**
 * The widgets' words, in Bokmål (nb) and Nynorsk (nn): one catalogue per language in widgets/i18n/,
 * shared with the Python side (widgets/i18n.py). Jupyter's bundle holds both; each book bundle holds its
 * build's language only (catalogues.js).
 *
 * The language: in the book, the page's own (`<html lang="nn">` or `nn-NO` gives Nynorsk, anything else
 * Bokmål); in Jupyter, the widget's synced trait `lang` (frame.js render calls setLanguage with it).
 * Text is looked up when it is shown, never at import, so the language can be set before the first render.
 */
import { CATALOGUES } from "./catalogues.js";

/** @typedef {"nb" | "nn"} Language */

export { CATALOGUES };

/** A language tag ("nn", "nn-NO", "nb", "no", "en", …) as one of ours: Nynorsk for nn, else Bokmål. @param {unknown} tag */
export const languageOf = (tag) => (typeof tag === "string" && /^nn(?:$|[-_])/i.test(tag.trim()) ? "nn" : "nb");

/** @type {Language} */
let active =
  typeof document !== "undefined" && document.documentElement ? languageOf(document.documentElement.lang) : "nb";

/** Set the language (a tag as languageOf reads it). @param {unknown} tag @returns {Language} */
export function setLanguage(tag) {
  active = languageOf(tag);
  return active;
}

/** The language in use. @returns {Language} */
export const language = () => active;

/** The page's own language, read again (the book: a page can set `lang` after the bundle has loaded). */
export function followPage() {
  if (typeof document !== "undefined" && document.documentElement) setLanguage(document.documentElement.lang);
  return active;
}

/**
 * The text for a key in the active language, with `{name}` filled from params. An entry with a plural
 * form ({one, other}) picks `one` when params.n is 1. A key missing in Nynorsk falls back to Bokmål; a key
 * missing in both is a bug and gives the key itself (the catalogue test finds it first).
 * @param {string} key @param {Record<string, unknown>} [params]
 * @returns {string}
 */
export function t(key, params = {}) {
  const entry = CATALOGUES[active][key] ?? CATALOGUES.nb[key];
  if (entry === undefined) return key;
  const text = typeof entry === "string" ? entry : params.n === 1 ? entry.one : entry.other;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
