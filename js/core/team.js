// @ts-check
/**
 * Team numbers over several people's answers to one instrument. Mirrors
 * aggregate_answers and merge_files in widgets/aggregate.py (shared vectors in
 * tests/vectors/aggregate and tests/vectors/aggregate/merge).
 *
 * The rules, the same in both languages:
 * - a response counts only if it answers at least one item (`empty` says how many did not);
 * - with fewer than MIN_TEAM_RESPONSES counted responses there are no numbers at all;
 * - every item, dimension, theme, part and total is shown only when at least
 *   MIN_TEAM_RESPONSES responses answered it; otherwise it is `{shown: false, why}`
 *   with no count and no mean, and the sums above it leave it out (so it cannot
 *   be read off as a difference).
 */
import { isObject, mean, own, put, UNANSWERED, wholeNumber } from "./values.js";

/** @typedef {import("./types.js").Definition} Definition */
/** @typedef {import("./types.js").LikertDef} LikertDef */
/** @typedef {import("./types.js").RatingDef} RatingDef */

/** Below this many responses a number is not shown: anonymity. */
export const MIN_TEAM_RESPONSES = 3;

/** Why a number is hidden (the same string in Python). */
export const FEWER = `fewer than ${MIN_TEAM_RESPONSES} responses`;

/** The kinds a team view can merge. */
export const TEAM_KINDS = ["likert", "rating"];

const HIDDEN = () => ({ shown: false, why: FEWER });

/** @param {Definition} def @returns {{id: string, reverse?: boolean}[]} */
function itemsOf(def) {
  if (def.kind === "likert") return def.dimensions.flatMap((d) => d.items);
  if (def.kind === "rating") return def.parts.flatMap((p) => p.themes.flatMap((t) => t.items));
  throw new Error(`no team view for kind ${def.kind}`);
}

/**
 * The answers that count, item id -> value: a whole number on the scale (likert)
 * or one of the scale's ids (rating). Anything else is not an answer.
 * @param {Definition} def @param {unknown} a @returns {Map<string, number|string>}
 */
export function answered(def, a) {
  const ratings = isObject(a) && isObject(a.ratings) ? a.ratings : {};
  /** @type {Map<string, number|string>} */
  const out = new Map();
  const valid =
    def.kind === "likert"
      ? (/** @type {unknown} */ v) => wholeNumber(v) && v >= def.scale.min && v <= def.scale.max
      : def.kind === "rating"
        ? (/** @type {unknown} */ v) => typeof v === "string" && def.scale.some((s) => s.id === v)
        : null;
  if (!valid) throw new Error(`no team view for kind ${def.kind}`);
  for (const item of itemsOf(def)) {
    const v = own(ratings, item.id);
    if (valid(v)) out.set(item.id, /** @type {number|string} */ (v));
  }
  return out;
}

/**
 * What a response answered, as one string: equal for two responses with the same
 * counted answers (notes and plans do not count). "" for a response that answers nothing.
 * @param {Definition} def @param {unknown} a
 */
export function answerKey(def, a) {
  const got = answered(def, a);
  return got.size ? JSON.stringify([...got].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : "";
}

/** @param {LikertDef} def @param {Map<string, number|string>[]} sets */
function likertTeam(def, sets) {
  const { min, max } = def.scale;
  /** @type {Record<string, any>} */
  const items = {};
  /** @type {Record<string, any>} */
  const dimensions = {};
  /** @type {{items: string[], dimensions: string[]}} */
  const hidden = { items: [], dimensions: [] };
  for (const dim of def.dimensions) {
    const shownItems = [];
    for (const item of dim.items) {
      /** @type {Record<string, number>} */
      const counts = {};
      for (let v = min; v <= max; v++) counts[String(v)] = 0;
      const values = [];
      for (const s of sets) {
        const v = s.get(item.id);
        if (typeof v === "number") {
          values.push(v);
          counts[String(v)] += 1;
        }
      }
      if (values.length < MIN_TEAM_RESPONSES) {
        put(items, item.id, HIDDEN());
        hidden.items.push(item.id);
      } else {
        put(items, item.id, { shown: true, n: values.length, mean: mean(values), counts });
        shownItems.push(item);
      }
    }
    // Each person's mean over the shown items (reverse items turned), then the mean of those.
    const means = [];
    for (const s of sets) {
      const scores = [];
      for (const item of shownItems) {
        const v = s.get(item.id);
        if (typeof v === "number") scores.push(item.reverse ? min + max - v : v);
      }
      const m = mean(scores);
      if (m !== null) means.push(m);
    }
    if (means.length < MIN_TEAM_RESPONSES) {
      dimensions[dim.id] = HIDDEN();
      hidden.dimensions.push(dim.id);
    } else {
      dimensions[dim.id] = {
        shown: true,
        n: means.length,
        mean: mean(means),
        left_out: dim.items.length - shownItems.length,
      };
    }
  }
  return { dimensions, items, hidden };
}

/** @param {RatingDef} def @param {Map<string, number|string>[]} sets */
function ratingTeam(def, sets) {
  const keys = [...def.scale.map((x) => x.id), UNANSWERED];
  const zero = () => Object.fromEntries(keys.map((k) => [k, 0]));
  /** @type {Record<string, any>} */
  const items = {};
  /** @type {{items: string[], themes: string[], parts: string[], total: boolean}} */
  const hidden = { items: [], themes: [], parts: [], total: false };
  for (const item of itemsOf(def)) {
    const counts = zero();
    for (const s of sets) counts[/** @type {string} */ (s.get(item.id) ?? UNANSWERED)] += 1;
    const n = sets.length - counts[UNANSWERED];
    if (n < MIN_TEAM_RESPONSES) {
      put(items, item.id, HIDDEN());
      hidden.items.push(item.id);
    } else {
      put(items, item.id, { shown: true, n, counts });
    }
  }
  /** A sum over the shown items of a group; hidden when none of them is shown. @param {{id: string}[]} group */
  const sum = (group) => {
    const shown = group.filter((it) => items[it.id].shown);
    if (!shown.length) return null;
    const counts = zero();
    for (const it of shown) for (const k of keys) counts[k] += own(items, it.id).counts[k];
    const n = sets.filter((s) => shown.some((it) => s.has(it.id))).length;
    return { shown: true, n, counts, left_out: group.length - shown.length };
  };
  /** @param {{id: string}[]} group @param {string[]} list @param {string} id */
  const entry = (group, list, id) => {
    const s = sum(group);
    if (s) return s;
    list.push(id);
    return HIDDEN();
  };
  const themes = def.parts.flatMap((p) => p.themes);
  const totalSum = sum(itemsOf(def));
  hidden.total = !totalSum;
  return {
    total: totalSum || HIDDEN(),
    parts: Object.fromEntries(
      def.parts.map((p) => [
        p.id,
        entry(
          p.themes.flatMap((t) => t.items),
          hidden.parts,
          p.id,
        ),
      ]),
    ),
    themes: Object.fromEntries(themes.map((t) => [t.id, entry(t.items, hidden.themes, t.id)])),
    items,
    hidden,
  };
}

/**
 * Team numbers over answer sets (one per response). With fewer than
 * MIN_TEAM_RESPONSES responses that answer anything, only the counts are returned.
 * @param {Definition} def @param {any[]} answersList
 * @returns {Record<string, any>}
 */
export function aggregate(def, answersList) {
  if (def.kind !== "likert" && def.kind !== "rating") throw new Error(`no team view for kind ${def.kind}`);
  const sets = answersList.map((a) => answered(def, a)).filter((s) => s.size > 0);
  const n = sets.length;
  const base = { instrument: def.id, n, empty: answersList.length - n };
  if (n < MIN_TEAM_RESPONSES) return { ...base, shown: false, why: FEWER };
  const numbers = def.kind === "likert" ? likertTeam(def, sets) : ratingTeam(def, sets);
  return { ...base, shown: true, ...numbers };
}

/**
 * @typedef {{name: string, response: string, answers: unknown}} TeamFile
 * @typedef {{counted: string[], answers: unknown[], duplicates: string[],
 *   replaced: {name: string, replaced: string}[], copies: string[][], empty: string[]}} Merged
 */

/**
 * Which files count, in the order given (files already checked, each with a response id):
 * - the same response id with the same answers is a duplicate and counts once;
 * - the same response id with other answers: the later file replaces the earlier;
 * - a file that answers nothing does not count (`empty`);
 * - files with the same answers under different response ids are probable copies
 *   (`copies`, groups of names) and count once, unless `countCopies` (the person
 *   merging has confirmed they are different people who answered alike).
 * @param {Definition} def @param {TeamFile[]} files @param {{countCopies?: boolean}} [options]
 * @returns {Merged}
 */
export function mergeFiles(def, files, options = {}) {
  /** @type {Map<string, {name: string, answers: unknown, key: string}>} */
  const byId = new Map();
  /** @type {Merged} */
  const out = { counted: [], answers: [], duplicates: [], replaced: [], copies: [], empty: [] };
  for (const f of files) {
    const key = answerKey(def, f.answers);
    const before = byId.get(f.response);
    if (before && before.key === key) {
      out.duplicates.push(f.name);
      continue;
    }
    if (before) out.replaced.push({ name: f.name, replaced: before.name });
    byId.set(f.response, { name: f.name, answers: f.answers, key });
  }
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const r of byId.values()) {
    if (!r.key) {
      out.empty.push(r.name);
      continue;
    }
    const group = groups.get(r.key);
    if (group) group.push(r.name);
    else groups.set(r.key, [r.name]);
    if (!group || options.countCopies) {
      out.counted.push(r.name);
      out.answers.push(r.answers);
    }
  }
  out.copies = [...groups.values()].filter((g) => g.length > 1);
  return out;
}
