// @ts-check
/**
 * The widgets' catalogues, one per language (widgets/i18n/, shared with widgets/i18n.py). Jupyter's bundle
 * holds both, as a notebook can switch language; the book's bundles are built one per language, and
 * js/build.mjs puts a module with only that language's words in this module's place (issue 16).
 */
import nb from "../../widgets/i18n/nb.json" with { type: "json" };
import nn from "../../widgets/i18n/nn.json" with { type: "json" };

/** @typedef {string | {one: string, other: string}} Entry */

/** @type {Record<"nb" | "nn", Record<string, Entry>>} */
export const CATALOGUES = { nb, nn };
