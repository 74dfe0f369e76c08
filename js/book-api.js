// @ts-check
/**
 * The pure functions both book bundles expose on the global `MVHWidget`, for tests and the console: what
 * an exercise and a view both work with. book.js adds the exercise's UI, book-views.js the views and the
 * team numbers.
 */
import { checkAnswers, mergeAnswers, salvageAnswers } from "./core/answers.js";
import { EXPORT_FORMAT, exportData, parseImport } from "./core/exchange.js";
import { toCsv } from "./core/table.js";
import { answerTable, progressText, summarize } from "./kinds/index.js";

/** @param {import("./core/types.js").Definition} def @param {unknown} answers */
const exportCsv = (def, answers) => toCsv(answerTable(def, answers));

export {
  answerTable,
  checkAnswers,
  EXPORT_FORMAT,
  exportCsv,
  exportData,
  mergeAnswers,
  parseImport,
  progressText,
  salvageAnswers,
  summarize,
};
