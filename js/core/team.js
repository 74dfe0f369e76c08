// @ts-check
/**
 * Team numbers over several people's answers to one instrument. Mirrors
 * aggregate_answers in widgets/aggregate.py (shared vectors in tests/vectors/aggregate).
 */
import * as likert from "../kinds/likert.js";
import * as rating from "../kinds/rating.js";
import { isObject, mean, UNANSWERED, wholeNumber } from "./values.js";

/** @typedef {import("./types.js").Definition} Definition */
/** @typedef {import("./types.js").LikertDef} LikertDef */
/** @typedef {import("./types.js").RatingDef} RatingDef */

/** Below this many responses the team view shows no numbers at all: anonymity. */
export const MIN_TEAM_RESPONSES = 3;

/** The kinds a team view can merge. */
export const TEAM_KINDS = ["likert", "rating"];

/** @param {unknown} a @param {string} id */
const ratingOf = (a, id) => (isObject(a) && isObject(a.ratings) ? a.ratings[id] : undefined);

/** @param {LikertDef} def @param {any[]} answersList */
function likertTeam(def, answersList) {
  const { min, max } = def.scale;
  /** @type {Record<string, any>} */
  const items = {};
  /** @type {Record<string, any>} */
  const dimensions = {};
  const summaries = answersList.map((a) => likert.summarize(def, isObject(a) ? a : {}));
  for (const dim of def.dimensions) {
    const means = summaries.map((s) => s.dimensions[dim.id].mean).filter((m) => m !== null);
    dimensions[dim.id] = { n: means.length, mean: mean(means) };
    for (const item of dim.items) {
      /** @type {Record<string, number>} */
      const counts = {};
      for (let v = min; v <= max; v++) counts[String(v)] = 0;
      const values = [];
      for (const a of answersList) {
        const v = ratingOf(a, item.id);
        if (wholeNumber(v) && v >= min && v <= max) {
          values.push(v);
          counts[String(v)] += 1;
        }
      }
      items[item.id] = { n: values.length, mean: mean(values), counts };
    }
  }
  return { dimensions, items };
}

/** @param {RatingDef} def @param {any[]} answersList */
function ratingTeam(def, answersList) {
  const keys = [...def.scale.map((x) => x.id), UNANSWERED];
  const zero = () => Object.fromEntries(keys.map((k) => [k, 0]));
  const summaries = answersList.map((a) => rating.summarize(def, isObject(a) ? a : {}));
  /** @param {(s: ReturnType<typeof rating.summarize>) => Record<string, number>} pick */
  const sum = (pick) => {
    const out = zero();
    for (const s of summaries) for (const k of keys) out[k] += pick(s)[k];
    return out;
  };
  /** @type {Record<string, any>} */
  const items = {};
  for (const part of def.parts) {
    for (const theme of part.themes) {
      for (const item of theme.items) {
        const c = zero();
        for (const a of answersList) {
          const v = ratingOf(a, item.id);
          c[typeof v === "string" && keys.includes(v) && v !== UNANSWERED ? v : UNANSWERED] += 1;
        }
        items[item.id] = c;
      }
    }
  }
  const themes = def.parts.flatMap((p) => p.themes);
  return {
    total: sum((s) => s.total),
    parts: Object.fromEntries(def.parts.map((p) => [p.id, sum((s) => s.parts[p.id])])),
    themes: Object.fromEntries(themes.map((t) => [t.id, sum((s) => s.themes[t.id])])),
    items,
  };
}

/**
 * With fewer than MIN_TEAM_RESPONSES responses no numbers are returned at all.
 * @param {Definition} def @param {any[]} answersList
 * @returns {Record<string, any>}
 */
export function aggregate(def, answersList) {
  if (def.kind !== "likert" && def.kind !== "rating") throw new Error(`no team view for kind ${def.kind}`);
  const n = answersList.length;
  if (n < MIN_TEAM_RESPONSES) return { instrument: def.id, n, shown: false };
  const numbers = def.kind === "likert" ? likertTeam(def, answersList) : ratingTeam(def, answersList);
  return { instrument: def.id, n, shown: true, ...numbers };
}
