// @ts-check
/**
 * Entry point for the static book (built to widgets/static/built/mvh-widgets.js as a classic
 * script, because browsers refuse module scripts from file://). It mounts every widget on
 * the page; the global `MVHWidget` holds the pure functions for tests and the console.
 */
import { checkAnswers, mergeAnswers, salvageAnswers } from "./core/answers.js";
import { EXPORT_FORMAT, exportData, parseImport, parseWorkbook, WORKBOOK_FORMAT } from "./core/exchange.js";
import { toCsv } from "./core/table.js";
import { aggregate, MIN_TEAM_RESPONSES } from "./core/team.js";
import { start } from "./host/mount.js";
import { answerTable, progressText, summarize } from "./kinds/index.js";
import { render } from "./ui/frame.js";
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
export default { render };

start();
