// @ts-check
/**
 * The pure functions both book bundles expose on the global `MVHWidget`, for tests and the console: one
 * list, so the exercises' bundle (book.js) and the views' (book-views.js) offer the same.
 */
import { checkAnswers, mergeAnswers, salvageAnswers } from "./core/answers.js";
import { EXPORT_FORMAT, exportData, parseImport, parseWorkbook, WORKBOOK_FORMAT } from "./core/exchange.js";
import { toCsv } from "./core/table.js";
import { aggregate, MIN_TEAM_RESPONSES } from "./core/team.js";
import { answerTable, progressText, summarize } from "./kinds/index.js";
import { renderView } from "./views/index.js";

/** @param {import("./core/types.js").Definition} def @param {unknown} answers */
const exportCsv = (def, answers) => toCsv(answerTable(def, answers));

export {
  aggregate,
  answerTable,
  checkAnswers,
  EXPORT_FORMAT,
  exportCsv,
  exportData,
  MIN_TEAM_RESPONSES,
  mergeAnswers,
  parseImport,
  parseWorkbook,
  progressText,
  renderView,
  salvageAnswers,
  summarize,
  WORKBOOK_FORMAT,
};
