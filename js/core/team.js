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
 * - a shown likert item also has `scored_mean` (its mean in the dimension's
 *   direction: reverse items turned, so a low number always means the same as a
 *   low dimension mean) and `spread` (the standard deviation of its answers); a
 *   shown dimension has `band` (the index of the instrument's band its mean falls
 *   in, as the individual view uses, or null); `lowest` and `widest` list the shown
 *   items with the lowest scored mean and the widest spread (empty when every shown
 *   item ties, or no answers differ). Ties are found in whole numbers, not floats,
 *   so both languages agree.
 * - an evaluation's statements are counted like likert items; each open question shows its
 *   written answers (trimmed, empty ones left out) only when at least MIN_TEAM_RESPONSES
 *   responses wrote one, sorted, never in the order of the files;
 * - of two exports with the same response id and other answers, the newer by
 *   `exported` counts; when either time is missing or unreadable, or both are the
 *   same, the one added later counts.
 */
import { isObject, mean, own, put, text, UNANSWERED, wholeNumber } from "./values.js";

/** @typedef {import("./types.js").Definition} Definition */
/** @typedef {import("./types.js").LikertDef} LikertDef */
/** @typedef {import("./types.js").RatingDef} RatingDef */
/** @typedef {import("./types.js").EvaluationDef} EvaluationDef */

/** Below this many responses a number is not shown: anonymity. */
export const MIN_TEAM_RESPONSES = 3;

/** Why a number is hidden (the same string in Python). */
export const FEWER = `fewer than ${MIN_TEAM_RESPONSES} responses`;

/** The kinds a team view can merge. */
export const TEAM_KINDS = ["evaluation", "likert", "rating"];

/** @param {Definition} def */
const isTeamKind = (def) => TEAM_KINDS.includes(def.kind);

const HIDDEN = () => ({ shown: false, why: FEWER });

/** @param {Definition} def @returns {{id: string, reverse?: boolean}[]} */
function itemsOf(def) {
  if (def.kind === "likert") return def.dimensions.flatMap((d) => d.items);
  if (def.kind === "evaluation") return def.statements;
  if (def.kind === "rating") return def.parts.flatMap((p) => p.themes.flatMap((t) => t.items));
  throw new Error(`no team view for kind ${def.kind}`);
}

/**
 * The answers that count, item id -> value: a whole number on the scale (likert, evaluation)
 * or one of the scale's ids (rating); for an evaluation also question id -> the written
 * answer, trimmed, when it is not empty. Anything else is not an answer.
 * @param {Definition} def @param {unknown} a @returns {Map<string, number|string>}
 */
export function answered(def, a) {
  const ratings = isObject(a) && isObject(a.ratings) ? a.ratings : {};
  /** @type {Map<string, number|string>} */
  const out = new Map();
  const valid =
    def.kind === "likert" || def.kind === "evaluation"
      ? (/** @type {unknown} */ v) => wholeNumber(v) && v >= def.scale.min && v <= def.scale.max
      : def.kind === "rating"
        ? (/** @type {unknown} */ v) => typeof v === "string" && def.scale.some((s) => s.id === v)
        : null;
  if (!valid) throw new Error(`no team view for kind ${def.kind}`);
  for (const item of itemsOf(def)) {
    const v = own(ratings, item.id);
    if (valid(v)) out.set(item.id, /** @type {number|string} */ (v));
  }
  if (def.kind === "evaluation") {
    const responses = isObject(a) && isObject(a.responses) ? a.responses : {};
    for (const q of def.questions) {
      const written = text(own(responses, q.id));
      if (written) out.set(q.id, written);
    }
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

/**
 * One statement's team numbers on a numbered scale, and its exact sums (null when hidden).
 * @param {number[]} values @param {number} min @param {number} max @param {boolean} [reverse]
 * @returns {[Record<string, any>, {n: number, sum: number, spreadN2: number}|null]}
 */
function scaleItem(values, min, max, reverse = false) {
  if (values.length < MIN_TEAM_RESPONSES) return [HIDDEN(), null];
  /** @type {Record<string, number>} */
  const counts = {};
  for (let v = min; v <= max; v++) counts[String(v)] = 0;
  for (const v of values) counts[String(v)] += 1;
  const n = values.length;
  const scored = values.map((v) => (reverse ? min + max - v : v));
  const sum = scored.reduce((x, y) => x + y, 0);
  // n² · variance, a whole number (the same for turned and raw answers).
  const spreadN2 = n * scored.reduce((x, y) => x + y * y, 0) - sum * sum;
  const entry = {
    shown: true,
    n,
    mean: mean(values),
    scored_mean: sum / n,
    spread: Math.sqrt(spreadN2 / (n * n)),
    counts,
  };
  return [entry, { n, sum, spreadN2 }];
}

/** The numbers of the statements answered in `sets`. @param {string} id @param {Map<string, number|string>[]} sets */
const numbersOf = (id, sets) => sets.map((s) => s.get(id)).filter((v) => typeof v === "number");

/**
 * Each statement as a likert item; each question's written answers, sorted (by UTF-16 code
 * units, as Python sorts them there) so the order says nothing of whose they are, nor links
 * one person's answers across questions.
 * @param {EvaluationDef} def @param {Map<string, number|string>[]} sets
 */
function evaluationTeam(def, sets) {
  const { min, max } = def.scale;
  /** @type {Record<string, any>} */
  const items = {};
  /** @type {Record<string, any>} */
  const questions = {};
  /** @type {{items: string[], questions: string[]}} */
  const hidden = { items: [], questions: [] };
  for (const st of def.statements) {
    const [entry, sums] = scaleItem(numbersOf(st.id, sets), min, max);
    put(items, st.id, entry);
    if (!sums) hidden.items.push(st.id);
  }
  for (const q of def.questions) {
    const written = sets.map((s) => s.get(q.id)).filter((v) => typeof v === "string");
    if (written.length < MIN_TEAM_RESPONSES) {
      put(questions, q.id, HIDDEN());
      hidden.questions.push(q.id);
    } else {
      put(questions, q.id, { shown: true, n: written.length, answers: written.sort() });
    }
  }
  return { items, questions, hidden };
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
  /** @type {Exact[]} the shown items' sums, to find the lowest and widest exactly */
  const exact = [];
  for (const dim of def.dimensions) {
    const shownItems = [];
    for (const item of dim.items) {
      const [entry, sums] = scaleItem(numbersOf(item.id, sets), min, max, Boolean(item.reverse));
      put(items, item.id, entry);
      if (!sums) hidden.items.push(item.id);
      else {
        shownItems.push(item);
        exact.push({ id: item.id, ...sums });
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
      const m = /** @type {number} */ (mean(means));
      const band = (dim.bands || []).findIndex((b) => m <= b.max);
      dimensions[dim.id] = {
        shown: true,
        n: means.length,
        mean: m,
        left_out: dim.items.length - shownItems.length,
        band: band < 0 ? null : band,
      };
    }
  }
  // sum/n < sum'/n' exactly: sum·n' < sum'·n; spread likewise with n².
  const lowest = extremes(exact, (a, b) => b.sum * a.n - a.sum * b.n);
  const widest = extremes(
    exact,
    (a, b) => a.spreadN2 * b.n * b.n - b.spreadN2 * a.n * a.n,
    (e) => e.spreadN2 > 0,
  );
  return { dimensions, items, hidden, lowest, widest };
}

/** @typedef {{id: string, n: number, sum: number, spreadN2: number}} Exact */

/**
 * The ids of the entries that come first by `order` (positive: a before b), ties included;
 * none when every entry ties (nothing stands out) or the first fail `worth`.
 * @param {Exact[]} list @param {(a: Exact, b: Exact) => number} order @param {(e: Exact) => boolean} [worth]
 */
function extremes(list, order, worth = () => true) {
  let best = /** @type {Exact[]} */ ([]);
  for (const e of list) {
    const c = best.length ? order(e, best[0]) : 1;
    if (c > 0) best = [e];
    else if (c === 0) best.push(e);
  }
  if (!best.length || best.length === list.length || !worth(best[0])) return [];
  return best.map((e) => e.id);
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
  if (!isTeamKind(def)) throw new Error(`no team view for kind ${def.kind}`);
  const sets = answersList.map((a) => answered(def, a)).filter((s) => s.size > 0);
  const n = sets.length;
  const base = { instrument: def.id, n, empty: answersList.length - n };
  if (n < MIN_TEAM_RESPONSES) return { ...base, shown: false, why: FEWER };
  const numbers =
    def.kind === "likert"
      ? likertTeam(def, sets)
      : def.kind === "evaluation"
        ? evaluationTeam(def, sets)
        : ratingTeam(/** @type {RatingDef} */ (def), sets);
  return { ...base, shown: true, ...numbers };
}

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An export's `exported` time in milliseconds since 1970, or null when it is not an
 * ISO time with seconds and a zone ("2026-12-02T09:14:00.000Z" from the book,
 * "2026-12-02T10:14:00+01:00" from Jupyter). Fractions past milliseconds are cut.
 * Strict on purpose: Date.parse would read more than Python does, and both must agree.
 * @param {unknown} value @returns {number|null}
 */
export function exportTime(value) {
  const m = typeof value === "string" ? TIME.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, hh, mm, ss] = m.slice(1, 7).map(Number);
  const ms = Number((m[7] || "").slice(0, 3).padEnd(3, "0"));
  const offH = m[9] ? Number(m[10]) : 0;
  const offM = m[9] ? Number(m[11]) : 0;
  if (y < 1000 || offH > 23 || offM > 59) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, hh, mm, ss, ms));
  const same =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === hh &&
    date.getUTCMinutes() === mm &&
    date.getUTCSeconds() === ss;
  if (!same) return null;
  const offset = (m[9] === "-" ? -1 : 1) * (offH * 60 + offM) * 60000;
  return date.getTime() - offset;
}

/**
 * Whether `later` (added after `earlier`, same response id, other answers) counts instead of it:
 * the newer export counts; with a time missing, unreadable or equal, the one added later.
 * @param {{exported?: unknown}} earlier @param {{exported?: unknown}} later
 */
export function replaces(earlier, later) {
  const a = exportTime(earlier.exported);
  const b = exportTime(later.exported);
  return a === null || b === null || a === b || b > a;
}

/**
 * @typedef {{name: string, response: string, answers: unknown, exported?: unknown}} TeamFile
 * @typedef {{counted: string[], answers: unknown[], duplicates: string[],
 *   replaced: {name: string, replaced: string}[], copies: string[][], empty: string[]}} Merged
 */

/**
 * Which files count, in the order given (files already checked, each with a response id):
 * - the same response id with the same answers is a duplicate and counts once;
 * - the same response id with other answers: the newer export counts (`replaces`),
 *   in the place of the first; `replaced` lists {name: the one that counts, replaced: the other};
 * - a file that answers nothing does not count (`empty`);
 * - files with the same answers under different response ids are probable copies
 *   (`copies`, groups of names) and count once, unless `countCopies` (the person
 *   merging has confirmed they are different people who answered alike).
 * @param {Definition} def @param {TeamFile[]} files @param {{countCopies?: boolean}} [options]
 * @returns {Merged}
 */
export function mergeFiles(def, files, options = {}) {
  /** @type {Map<string, {name: string, answers: unknown, key: string, exported: unknown}>} */
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
    if (before && !replaces(before, f)) {
      out.replaced.push({ name: before.name, replaced: f.name });
      continue;
    }
    if (before) out.replaced.push({ name: f.name, replaced: before.name });
    byId.set(f.response, { name: f.name, answers: f.answers, key, exported: f.exported });
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

/**
 * The points of a rating scale's ranked entries, best first: best = n−1 … worst = 0
 * (gronn 2, gul 1, rod 0). An entry with `ranked: false` ("Vet ikke") has none.
 * @param {RatingDef} def @returns {Map<string, number>}
 */
export function scalePoints(def) {
  const ranked = def.scale.filter((s) => /** @type {{ranked?: boolean}} */ (s).ranked !== false);
  return new Map(ranked.map((s, i) => [s.id, ranked.length - 1 - i]));
}

/**
 * One group's mean per dimension (likert), statement (evaluation) or theme (rating), from its team numbers:
 * {id: {n, mean}} for the shown ones, null for the hidden. A theme's mean is the mean
 * points of the ranked answers on its shown goals (null when none is ranked).
 * @param {Definition} def @param {Record<string, any>} agg
 * @returns {Record<string, {n: number, mean: number|null}|null>}
 */
function groupMeans(def, agg) {
  /** @type {Record<string, {n: number, mean: number|null}|null>} */
  const out = {};
  if (def.kind === "likert") {
    for (const d of def.dimensions) {
      const dim = own(agg.dimensions, d.id);
      out[d.id] = dim.shown ? { n: dim.n, mean: dim.mean } : null;
    }
    return out;
  }
  if (def.kind === "evaluation") {
    for (const st of def.statements) {
      const item = own(agg.items, st.id);
      out[st.id] = item.shown ? { n: item.n, mean: item.mean } : null;
    }
    return out;
  }
  if (def.kind !== "rating") throw new Error(`no team view for kind ${def.kind}`);
  const points = scalePoints(def);
  for (const t of def.parts.flatMap((p) => p.themes)) {
    const theme = own(agg.themes, t.id);
    if (!theme.shown) {
      out[t.id] = null;
      continue;
    }
    let sum = 0;
    let k = 0;
    for (const [id, p] of points) {
      sum += theme.counts[id] * p;
      k += theme.counts[id];
    }
    out[t.id] = { n: theme.n, mean: k ? sum / k : null };
  }
  return out;
}

/**
 * Two rounds of one exercise side by side (mirrors compare_rounds in widgets/aggregate.py,
 * vectors in tests/vectors/aggregate/rounds). Each group is merged on its own by mergeFiles
 * (a response id counts once, the newest export); nothing is matched across the groups, so
 * no one can be followed from one round to the other. A group is shown only with at least
 * MIN_TEAM_RESPONSES responses; a hidden group gives its count and nothing else.
 * `rows` has one entry per dimension (likert), statement (evaluation) or theme (rating): the shown groups' means
 * (null when the group or the row is hidden) and `delta` = b − a when both are there.
 * @typedef {{id: string, a: number|null, b: number|null, n_a: number|null, n_b: number|null,
 *   delta: number|null}} RoundRow
 * @typedef {{n: number, empty: number, shown: boolean, why?: string}} RoundGroup
 * @typedef {{instrument: string, kind: string, scale: {min: number, max: number},
 *   groups: RoundGroup[], rows: RoundRow[]}} RoundsCompared
 */

/**
 * @param {Definition} def @param {TeamFile[]} filesA @param {TeamFile[]} filesB
 * @param {{countCopies?: boolean}} [options] @returns {RoundsCompared}
 */
export function compareRounds(def, filesA, filesB, options = {}) {
  if (!isTeamKind(def)) throw new Error(`no team view for kind ${def.kind}`);
  const groups = [filesA, filesB].map((files) => {
    const merged = mergeFiles(def, files, options);
    return aggregate(def, [...merged.answers, ...merged.empty.map(() => ({}))]);
  });
  const means = groups.map((agg) => (agg.shown ? groupMeans(def, agg) : null));
  const rowsOf =
    def.kind === "likert"
      ? def.dimensions
      : def.kind === "evaluation"
        ? def.statements
        : /** @type {RatingDef} */ (def).parts.flatMap((p) => p.themes);
  const rows = rowsOf.map((r) => {
    const [a, b] = means.map((m) => (m ? m[r.id] : null));
    const am = a ? a.mean : null;
    const bm = b ? b.mean : null;
    return {
      id: r.id,
      a: am,
      b: bm,
      n_a: a ? a.n : null,
      n_b: b ? b.n : null,
      delta: am !== null && bm !== null ? bm - am : null,
    };
  });
  const scale =
    def.kind === "likert" || def.kind === "evaluation"
      ? { min: def.scale.min, max: def.scale.max }
      : { min: 0, max: scalePoints(/** @type {RatingDef} */ (def)).size - 1 };
  return {
    instrument: def.id,
    kind: def.kind,
    scale,
    groups: groups.map((g) =>
      g.shown ? { n: g.n, empty: g.empty, shown: true } : { n: g.n, empty: g.empty, shown: false, why: FEWER },
    ),
    rows,
  };
}
