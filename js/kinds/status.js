// @ts-check
/**
 * How far the reader has come with an exercise, in three steps every kind shares: not started, started, done.
 * Written once from each kind's own summary (the same numbers its progress line shows), so the toolbox,
 * the workbook and anything later agree on it.
 */
import { asObject, hasContent } from "../core/values.js";
import { summarize } from "./index.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {"not-started" | "started" | "done"} Status */

/** The words the reader sees for each status. @type {Record<Status, string>} */
export const STATUS_LABELS = { "not-started": "Ikke startet", started: "Påbegynt", done: "Ferdig" };

/**
 * When a kind counts as done, from its summary: everything it asks for is answered (a scenario: an ending
 * is reached). Answering a quiz wrongly still counts as answered; its own line says how many were right.
 * @type {Record<string, (s: any) => boolean>}
 */
const DONE = {
  rating: (s) => s.items > 0 && s.answered === s.items,
  likert: (s) => s.items > 0 && s.answered === s.items,
  reflection: (s) => s.prompts > 0 && s.answered === s.prompts,
  quiz: (s) => s.units > 0 && s.answered === s.units,
  scenario: (s) => s.finished === true,
  template: (s) => s.fields > 0 && s.filled === s.fields,
  evaluation: (s) => s.rated === s.statements && s.answered === s.questions,
};

/**
 * Kinds where saved answers can hold something that is no answer yet. A scenario stores its start step
 * when it is restarted (Start på nytt): that alone is no choice made. Every other kind: anything saved counts.
 * @type {Record<string, (s: any) => boolean>}
 */
const STARTED = { scenario: (s) => s.steps > 0 };

/**
 * The status of an instrument's saved answers (undefined or {} when nothing is saved).
 * Started means the reader gave anything at all: a note or a plan row counts, even with no rating yet.
 * @param {Definition} def @param {unknown} answers @returns {Status}
 */
export function status(def, answers) {
  const a = asObject(answers);
  const done = Object.hasOwn(DONE, def.kind) ? DONE[def.kind] : undefined;
  if (!done) throw new Error(`no status for kind ${def.kind}`);
  const s = summarize(def, a);
  if (done(s)) return "done";
  const started = Object.hasOwn(STARTED, def.kind) ? STARTED[def.kind](s) : hasContent(a);
  return started ? "started" : "not-started";
}
