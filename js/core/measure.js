// @ts-check
/**
 * Measurements ("målinger"): frozen, dated copies of one instrument's answers, and the comparison of
 * two of them. Pure, no DOM. Mirrors widgets/measure.py; both are held to the shared vectors in
 * tests/vectors/measurements, so the book and Python give the same numbers.
 *
 * A measurement: {id, label, date, version, response, saved, answers} (the contract in README.md,
 * "Measurements"). The comparison rules, the same in both languages:
 * - `items`: every item of the current definition answered before or after, in definition order, with
 *   `change` "bedre", "dårligere", "uendret", "ny" (answered only after) or "borte" (only before).
 *   Likert compares the item's score with reverse items turned (as summarize does), so higher is better.
 *   Rating compares by the scale's order (best first); a value from a scale entry with `ranked: false`
 *   ("Vet ikke") counts as not answered for the change, but `before`/`after` still show its id. When
 *   neither side has a ranked value (Vet ikke both times, or Vet ikke and then nothing), it is "uendret".
 * - `groups`: per likert dimension the mean (as summarize), per rating theme the mean points of its ranked
 *   answers (best n−1 … worst 0); `delta` = after − before, null if either is null; `answered_before` and
 *   `answered_after` count the answers each mean stands on (ranked ones, for rating).
 * - `skipped`: ids with an answer before or after that the current definition lacks (an older version),
 *   sorted by code point (as Python sorts).
 */
import { summarize } from "../kinds/index.js";
import { t } from "./i18n.js";
import { asObject, formatMean, isObject, mean, own, text, wholeNumber } from "./values.js";

/** @typedef {import("./types.js").Definition} Definition */
/** @typedef {import("./types.js").LikertDef} LikertDef */
/** @typedef {import("./types.js").RatingDef} RatingDef */
/**
 * @typedef {{id: string, label: string, date: string, version: number, response: string, saved: string,
 *   answers: Record<string, any>}} Measurement
 */
/** @typedef {{version?: number, answers: unknown}} Side */
/**
 * @typedef {{kind: string,
 *   items: {id: string, group: string, before: number|string|null, after: number|string|null, change: string}[],
 *   groups: {id: string, before: number|null, after: number|null, delta: number|null,
 *     answered_before: number, answered_after: number}[],
 *   skipped: string[]}} Comparison
 */

/** The most characters (code points) a label may have. */
export const MAX_LABEL = 80;
/** The most measurements one instrument keeps (and a file may carry per instrument). */
export const MAX_MEASUREMENTS = 100;
/** A date as the contract writes it. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Measurements are for the self-assessments only: rating and likert answers are scores on a scale, so
 * "before and after" has a meaning. A reflection's free text, a quiz's right answers, a scenario's path or
 * a filled-in template have no order to be better or worse in; a copy of them would be a second export.
 * @param {{kind: string}} def
 */
export const supportsMeasurements = (def) => def.kind === "rating" || def.kind === "likert";

/** Whether a text is a real calendar date YYYY-MM-DD. @param {unknown} v @returns {v is string} */
export function isDate(v) {
  if (typeof v !== "string" || !DATE_PATTERN.test(v)) return false;
  const [y, m, d] = v.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The reader's own date today (local time, not UTC), YYYY-MM-DD. */
export function today(now = new Date()) {
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A random measurement id: 16 hex digits. */
export function newMeasurementId() {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * A label as it is stored: trimmed (the same white space as Python strips), 1–80 characters.
 * Throws Error with a Norwegian message.
 * @param {unknown} label @returns {string}
 */
export function checkLabel(label) {
  const name = text(label);
  if (!name) throw new Error(t("measure.label_missing"));
  if (Array.from(name).length > MAX_LABEL) throw new Error(t("measure.label_too_long", { max: MAX_LABEL }));
  return name;
}

/**
 * A new measurement of the current answers (a deep copy: later edits do not reach it).
 * Throws Error with a Norwegian message for a bad label or date.
 * @param {Definition} def @param {unknown} answers @param {string} response the answers' response id now
 * @param {unknown} label @param {string} [date] YYYY-MM-DD; the reader's own date today by default
 * @returns {Measurement}
 */
export function newMeasurement(def, answers, response, label, date = today()) {
  const name = checkLabel(label);
  if (!isDate(date)) throw new Error(t("measure.date_invalid"));
  return {
    id: newMeasurementId(),
    label: name,
    date,
    version: def.version,
    response: typeof response === "string" ? response : "",
    saved: new Date().toISOString(),
    answers: structuredClone(asObject(answers)),
  };
}

/** @param {string} a @param {string} b Code point order, as Python compares strings. */
export function byCodePoint(a, b) {
  const x = Array.from(a, (c) => /** @type {number} */ (c.codePointAt(0)));
  const y = Array.from(b, (c) => /** @type {number} */ (c.codePointAt(0)));
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** @param {unknown} m @param {string} key */
const field = (m, key) => {
  const v = own(m, key);
  return typeof v === "string" ? v : "";
};

/**
 * Oldest first: by date, then by when it was saved, then by id (so the order never depends on input order).
 * A new array; the measurements themselves are not copied.
 * @template T @param {T[]} list @returns {T[]}
 */
export function sortMeasurements(list) {
  return [...list].sort(
    (a, b) =>
      byCodePoint(field(a, "date"), field(b, "date")) ||
      byCodePoint(field(a, "saved"), field(b, "saved")) ||
      byCodePoint(field(a, "id"), field(b, "id")),
  );
}

/**
 * Stored measurements merged with imported ones by id: the incoming copy wins for an id both have,
 * every other one is kept. Sorted oldest first.
 * @template T @param {T[]} stored @param {T[]} incoming @returns {T[]}
 */
export function mergeMeasurements(stored, incoming) {
  /** @type {Map<string, T>} */
  const byId = new Map();
  for (const m of [...stored, ...incoming]) byId.set(field(m, "id"), m);
  return sortMeasurements([...byId.values()]);
}

/** @param {unknown} answers @returns {Record<string, any>} */
const ratingsOf = (answers) => {
  const r = own(answers, "ratings");
  return isObject(r) ? r : {};
};

/** "bedre" … from two comparable values (null: not answered for the change). @param {number|null} b @param {number|null} a */
function change(b, a) {
  if (b === null && a === null) return "uendret";
  if (b === null) return "ny";
  if (a === null) return "borte";
  return a > b ? "bedre" : a < b ? "dårligere" : "uendret";
}

/**
 * Ids answered in either side that the definition does not have, sorted.
 * @param {Set<string>} known @param {Record<string, any>[]} sides
 */
function skippedIds(known, sides) {
  const out = new Set();
  for (const r of sides) {
    for (const [k, v] of Object.entries(r)) if (!known.has(k) && v !== null && v !== "") out.add(k);
  }
  return [...out].sort(byCodePoint);
}

/** @param {number|null} b @param {number|null} a */
const delta = (b, a) => (b === null || a === null ? null : a - b);

/** @param {LikertDef} def @param {Side} before @param {Side} after @returns {Comparison} */
function compareLikert(def, before, after) {
  const { min, max } = def.scale;
  const [rb, ra] = [ratingsOf(before.answers), ratingsOf(after.answers)];
  /** @param {Record<string, any>} r @param {{id: string, reverse?: boolean}} item @returns {number|null} */
  const score = (r, item) => {
    const v = own(r, item.id);
    if (!wholeNumber(v) || v < min || v > max) return null;
    return item.reverse ? min + max - v : v;
  };
  const [sb, sa] = [summarize(def, { ratings: rb }), summarize(def, { ratings: ra })];
  /** @type {Comparison["items"]} */
  const items = [];
  /** @type {Comparison["groups"]} */
  const groups = [];
  /** @type {Set<string>} */
  const known = new Set();
  for (const dim of def.dimensions) {
    for (const item of dim.items) {
      known.add(item.id);
      const [b, a] = [score(rb, item), score(ra, item)];
      if (b !== null || a !== null)
        items.push({ id: item.id, group: dim.id, before: b, after: a, change: change(b, a) });
    }
    const [db, da] = [sb.dimensions[dim.id], sa.dimensions[dim.id]];
    groups.push({
      id: dim.id,
      before: db.mean,
      after: da.mean,
      delta: delta(db.mean, da.mean),
      answered_before: db.answered,
      answered_after: da.answered,
    });
  }
  return { kind: "likert", items, groups, skipped: skippedIds(known, [rb, ra]) };
}

/** @param {RatingDef} def @param {Side} before @param {Side} after @returns {Comparison} */
function compareRating(def, before, after) {
  const scale = def.scale || [];
  const ids = scale.map((s) => s.id);
  const ranked = scale.filter((s) => s.ranked !== false).map((s) => s.id);
  /** Best n−1 … worst 0. @param {string|null} v @returns {number|null} */
  const points = (v) => {
    const i = v === null ? -1 : ranked.indexOf(v);
    return i < 0 ? null : ranked.length - 1 - i;
  };
  const [rb, ra] = [ratingsOf(before.answers), ratingsOf(after.answers)];
  /** @param {Record<string, any>} r @param {string} id @returns {string|null} */
  const value = (r, id) => {
    const v = own(r, id);
    return typeof v === "string" && ids.includes(v) ? v : null;
  };
  /** @type {Comparison["items"]} */
  const items = [];
  /** @type {Comparison["groups"]} */
  const groups = [];
  /** @type {Set<string>} */
  const known = new Set();
  for (const part of def.parts || []) {
    for (const theme of part.themes) {
      /** @type {number[]} */
      const pb = [];
      /** @type {number[]} */
      const pa = [];
      for (const item of theme.items) {
        known.add(item.id);
        const [b, a] = [value(rb, item.id), value(ra, item.id)];
        const [nb, na] = [points(b), points(a)];
        if (nb !== null) pb.push(nb);
        if (na !== null) pa.push(na);
        if (b !== null || a !== null) {
          items.push({ id: item.id, group: theme.id, before: b, after: a, change: change(nb, na) });
        }
      }
      const [mb, ma] = [mean(pb), mean(pa)];
      groups.push({
        id: theme.id,
        before: mb,
        after: ma,
        delta: delta(mb, ma),
        answered_before: pb.length,
        answered_after: pa.length,
      });
    }
  }
  return { kind: "rating", items, groups, skipped: skippedIds(known, [rb, ra]) };
}

/**
 * Compare two sets of answers of one instrument: two measurements, or a measurement and the current
 * answers (`{version: def.version, answers}`). See the rules at the top of this file.
 * @param {Definition} def @param {Side} before @param {Side} after @returns {Comparison}
 */
export function compareMeasurements(def, before, after) {
  const [b, a] = [asObject(before), asObject(after)];
  const sides = /** @type {[Side, Side]} */ ([
    { version: b.version, answers: b.answers },
    { version: a.version, answers: a.answers },
  ]);
  if (def.kind === "likert") return compareLikert(def, ...sides);
  if (def.kind === "rating") return compareRating(def, ...sides);
  throw new Error(`no measurements for kind ${def.kind}`);
}

/** How many of a measurement's dimensions are named with their mean in its one-line summary. */
const NAMED_MEANS = 3;

/**
 * One line about a measurement, in Norwegian: "12 av 58 mål vurdert: grønn 5, gul 4, rød 3"
 * (a tally: "5 grønn" would need the plural, which the scale does not give) or
 * "7 av 7 utsagn besvart; snitt: Psykologisk trygghet 3,90". Counted against the current definition.
 * @param {Definition} def @param {{answers?: unknown}} m
 */
export function measurementSummary(def, m) {
  const answers = asObject(own(m, "answers"));
  if (def.kind === "rating") {
    const s = summarize(def, answers);
    const counts = (def.scale || [])
      .filter((e) => s.total[e.id] > 0)
      .map((e) => `${e.label.toLocaleLowerCase("nb")} ${s.total[e.id]}`);
    const head = t("measure.av_mal_vurdert", { answered: s.answered, items: s.items });
    return counts.length ? `${head}: ${counts.join(", ")}` : head;
  }
  if (def.kind === "likert") {
    const s = summarize(def, answers);
    const head = t("measure.av_utsagn_besvart", { answered: s.answered, items: s.items });
    const withMean = def.dimensions.filter((d) => s.dimensions[d.id].mean !== null);
    if (!withMean.length) return head;
    if (withMean.length > NAMED_MEANS)
      return t("measure.snitt_i_av_dimensjoner", { head, n: withMean.length, n2: def.dimensions.length });
    return t("measure.snitt", {
      head,
      join: withMean.map((d) => `${d.title} ${formatMean(s.dimensions[d.id].mean)}`).join(", "),
    });
  }
  return "";
}
