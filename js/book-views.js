// @ts-check
/**
 * Entry point for the static book's pages with whole-book views (Mine svar, the toolbox, the team view, the
 * landing page's progress line). Exercises and views are never on one page (widgets/sphinx_ext.py), so each
 * bundle carries only its own: this one has no exercise UI, book.js no views (issue 16).
 */

import { parseWorkbook, WORKBOOK_FORMAT } from "./core/exchange.js";
import { aggregate, MIN_TEAM_RESPONSES } from "./core/team.js";
import { start } from "./host/mount.js";
import { mountView } from "./host/mount-view.js";
import { renderView } from "./views/index.js";

export * from "./book-api.js";
export { aggregate, MIN_TEAM_RESPONSES, parseWorkbook, renderView, WORKBOOK_FORMAT };

start({ view: mountView });
