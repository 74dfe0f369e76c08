// @ts-check
/**
 * The answer contract, read from widgets/schemas/answers.json (which
 * widgets/answers.py reads too). Both the check of imported answers and the
 * repair of damaged stored answers are derived from it, so a repaired answer
 * always passes the check. The file's description says what each node means.
 */
import SHAPES from "../../widgets/schemas/answers.json" with { type: "json" };
import { language } from "./i18n.js";
import { isObject, own, put, same } from "./values.js";

/**
 * @typedef {{type: "text"} | {type: "number"}
 *   | {type: "map", values: ShapeNode, wrong: string, bad?: string, keys?: string[], unknown?: string}
 *   | {type: "list", items: ShapeNode, wrong: string, bad?: string,
 *      max?: {path: string[], default: number, message: string}}
 *   | {type: "any_of", options: ShapeNode[]}} ShapeNode
 */
/** @typedef {Record<string, ShapeNode>} KindShape */

/** @type {Record<string, {no: string, nn: string, en: string}>} */
const MESSAGES = SHAPES.messages;
const ECHO = SHAPES.echo;
const ECHO_STRIP = new RegExp(ECHO.strip, "g");

/**
 * Text from a file made safe to show in a message: control and bidi
 * characters removed, and cut to ECHO.max characters (code points, as
 * Python counts them) with "…" at the end. widgets/answers.py does the same.
 * A longer `max` is for text the book wrote itself (an exercise's title in an export file).
 * @param {unknown} value @param {number} [max]
 */
export function echo(value, max = ECHO.max) {
  const chars = Array.from(String(value).replace(ECHO_STRIP, ""));
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}
/** Each kind's fields: name -> node. @type {Record<string, KindShape>} */
export const ANSWER_SHAPES = /** @type {any} */ (SHAPES.kinds);

/** @param {string} id @param {string} [field] @param {string} [key] */
const message = (id, field = "", key = "") =>
  MESSAGES[id][language() === "nn" ? "nn" : "no"]
    .replace("{field}", () => echo(field))
    .replace("{key}", () => echo(key));

/** @param {unknown} def @param {{path: string[], default: number}} spec @returns {number} */
function limit(def, spec) {
  /** @type {any} */
  let value = def;
  for (const step of spec.path) {
    if (!isObject(value) || !Object.hasOwn(value, step)) return spec.default;
    value = value[step];
  }
  return value;
}

// A leaf that fails has no words of its own; its container says what is wrong.
const LEAF_FAILED = "\0";

/**
 * "" when the value matches the node, else a Norwegian message.
 * @param {ShapeNode} node @param {unknown} value @param {string} field @param {unknown} def @returns {string}
 */
function check(node, value, field, def) {
  if (node.type === "text") return typeof value === "string" ? "" : LEAF_FAILED;
  if (node.type === "number") return typeof value === "number" ? "" : LEAF_FAILED;
  if (node.type === "any_of") {
    let error = "";
    for (const option of node.options) {
      error = check(option, value, field, def);
      if (!error) return "";
    }
    return error;
  }
  /** @type {[string, unknown, string][]} */
  let entries;
  let inner;
  if (node.type === "map") {
    if (!isObject(value)) return message(node.wrong, field);
    const { keys, unknown } = node;
    if (keys) {
      const extra = Object.keys(value).find((k) => !keys.includes(k));
      if (extra !== undefined) return message(unknown || node.wrong, field, extra);
    }
    entries = Object.entries(value).map(([k, v]) => [k, v, `${field}.${k}`]);
    inner = node.values;
  } else {
    if (!Array.isArray(value)) return message(node.wrong, field);
    if (node.max && value.length > limit(def, node.max)) return message(node.max.message, field);
    entries = value.map((v, i) => [String(i), v, field]);
    inner = node.items;
  }
  for (const [key, entry, entryField] of entries) {
    const error = check(inner, entry, entryField, def);
    if (error) {
      if (node.bad) return message(node.bad, field, key);
      return error === LEAF_FAILED ? message("entry_format", field, key) : error;
    }
  }
  return "";
}

/**
 * Check the shape of imported answers. Returns an error message in Norwegian,
 * or "" when the answers can be used.
 * @param {{kind: string}} def @param {unknown} answers
 */
export function checkAnswers(def, answers) {
  if (!isObject(answers)) return message("not_object");
  /** @type {KindShape | undefined} */
  const fields = own(ANSWER_SHAPES, def.kind);
  if (!fields) return message("unknown_kind");
  const extra = Object.keys(answers).find((k) => !Object.hasOwn(fields, k));
  if (extra !== undefined) return message("unknown_field", extra);
  for (const [name, node] of Object.entries(fields)) {
    if (Object.hasOwn(answers, name)) {
      const error = check(node, answers[name], name, def);
      if (error) return error;
    }
  }
  return "";
}

/**
 * Keep every part of saved answers that has the right shape, and count what
 * had to be left out. Used when stored data is damaged, so the reader keeps
 * what can be kept. Entries of a map or list are kept or dropped whole, and a
 * list keeps no more items than the instrument allows.
 * @param {{kind: string}} def @param {unknown} answers
 * @returns {{answers: Record<string, any>, dropped: number}}
 */
export function salvageAnswers(def, answers) {
  if (!isObject(answers)) return { answers: {}, dropped: 1 };
  /** @type {KindShape} */
  const fields = own(ANSWER_SHAPES, def.kind) || {};
  /** @type {Record<string, any>} */
  const out = {};
  let dropped = 0;
  for (const [field, value] of Object.entries(answers)) {
    /** @type {ShapeNode | undefined} */
    const node = own(fields, field);
    if (!node || (node.type !== "map" && node.type !== "list")) {
      dropped += 1;
    } else if (node.type === "map") {
      if (!isObject(value)) {
        dropped += 1;
        continue;
      }
      /** @type {Record<string, any>} */
      const kept = {};
      for (const [k, v] of Object.entries(value)) {
        if (node.keys && !node.keys.includes(k)) dropped += 1;
        else if (check(node.values, v, `${field}.${k}`, def) === "") put(kept, k, v);
        else dropped += 1;
      }
      put(out, field, kept);
    } else {
      if (!Array.isArray(value)) {
        dropped += 1;
        continue;
      }
      let kept = value.filter((v) => check(node.items, v, field, def) === "");
      if (node.max) kept = kept.slice(0, limit(def, node.max));
      dropped += value.length - kept.length;
      put(out, field, kept);
    }
  }
  return { answers: out, dropped };
}

/**
 * Three-way merge of answers: `base` is what both sides started from,
 * `theirs` what another tab saved, `mine` what this tab has. For every item
 * (objects are merged key by key, two levels deep), a change made here wins;
 * otherwise the other tab's value is kept. So two tabs answering different
 * items never erase each other's answers.
 * @param {any} base @param {any} theirs @param {any} mine
 * @returns {any}
 */
export function mergeAnswers(base, theirs, mine) {
  if (isObject(mine) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    /** @type {Record<string, any>} */
    const out = {};
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(b)])) {
      const inMine = Object.hasOwn(mine, k);
      const inTheirs = Object.hasOwn(theirs, k);
      const [m, t, was] = [own(mine, k), own(theirs, k), own(b, k)];
      const changedHere = inMine !== Object.hasOwn(b, k) || !same(m, was);
      if (changedHere) {
        if (!inMine) continue; // deleted here
        put(out, k, isObject(m) && isObject(t) ? mergeAnswers(was, t, m) : m);
      } else if (inTheirs) {
        put(out, k, t);
      }
    }
    return out;
  }
  return same(mine, base) ? theirs : mine;
}
