// @ts-check
/**
 * Entry point for the static book's pages with whole-book views and no exercise (Mine svar, the toolbox,
 * the team view, the landing page's progress line): book.js without the exercises' UI, about 30 KB less
 * for a phone to load (issue 16). widgets/sphinx_ext.py picks the bundle by what the page holds.
 */
import { start } from "./host/mount.js";
import { mountView } from "./host/mount-view.js";

export * from "./book-api.js";

start({ view: mountView });
