// @ts-check
/**
 * The kinds of instrument. Each module exports the same record (see Kind in core/types.js);
 * everything that differs between kinds is looked up here, never switched on elsewhere.
 * Adding a kind: see "Adding an instrument kind" in README.md.
 */
import { asObject } from "../core/values.js";
import * as evaluation from "./evaluation.js";
import * as likert from "./likert.js";
import * as quiz from "./quiz.js";
import * as rating from "./rating.js";
import * as reflection from "./reflection.js";
import * as scenario from "./scenario.js";
import * as template from "./template.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../core/types.js").Kind<any>} AnyKind */

/** @type {Record<string, AnyKind>} */
export const KINDS = { rating, reflection, likert, quiz, scenario, template, evaluation };

/** @param {Definition} def @returns {AnyKind} */
function kindOf(def) {
  const kind = Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind] : undefined;
  if (!kind) throw new Error(`no summary for kind ${def.kind}`);
  return kind;
}

/**
 * Summarise answers. Mirrors widgets/scoring.py; both are checked against
 * tests/vectors so they cannot drift.
 * @param {Definition} def @param {unknown} answers
 */
export const summarize = (def, answers) => kindOf(def).summarize(def, asObject(answers));

/** One line of progress for an instrument, in words. @param {Definition} def @param {unknown} answers */
export const progressText = (def, answers) => kindOf(def).progress(def, asObject(answers));

/**
 * The answers as a table (first row: the header), one row per item. Used for
 * the CSV export and for printing every answer from the workbook.
 * @param {Definition} def @param {unknown} answers @returns {unknown[][]}
 */
export const answerTable = (def, answers) =>
  Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind].tableRows(def, asObject(answers)) : [];
