// @ts-check
/**
 * Exercises that teach: the pure rules behind how the quiz, likert and scenario views show
 * themselves (no DOM). A quiz's classification set in a mixed order that does not give its
 * answers away; a likert dimension's verdict only on enough answers; a scenario's endings found.
 */
import { t } from "./i18n.js";

/** @typedef {import("./types.js").Question} Question */
/** @typedef {import("./types.js").ScenarioDef} ScenarioDef */
/** @typedef {import("./types.js").Answers} Answers */

/** A 32-bit hash of a text (FNV-1a): the seed of a question's order. @param {string} text */
function hash(text) {
  let x = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    x ^= text.charCodeAt(i);
    x = Math.imul(x, 0x01000193) >>> 0;
  }
  return x;
}

/** A small seeded random generator (mulberry32): the same seed gives the same numbers everywhere. @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What gives a classification set's answers away in an order of its statements (the categories
 * in order): neighbours of the same category; the categories first met in the drop-down's order;
 * every run of as many statements as there are categories holding each category once.
 * @param {string[]} cats the statements' categories, in the order shown @param {string[]} menu the drop-down's order
 * @returns {string[]} what is wrong; empty when nothing is
 */
export function orderProblems(cats, menu) {
  const problems = [];
  for (let i = 1; i < cats.length; i++) {
    if (cats[i] === cats[i - 1]) problems.push(`statements ${i} and ${i + 1} share category ${cats[i]}`);
  }
  const firsts = cats.filter((c, i) => cats.indexOf(c) === i);
  const used = menu.filter((c) => firsts.includes(c));
  if (firsts.length > 1 && firsts.join(" ") === used.join(" ")) {
    problems.push("the categories come in the drop-down's order");
  }
  const k = new Set(cats).size;
  if (k > 1 && cats.length >= 2 * k) {
    let full = 0;
    for (let i = 0; i + k <= cats.length; i += k) if (new Set(cats.slice(i, i + k)).size === k) full += 1;
    if (full === Math.floor(cats.length / k)) problems.push(`every run of ${k} statements holds each category once`);
  }
  return problems;
}

/**
 * The order a classification set's statements are shown in: mixed so that it does not follow
 * the answers (orderProblems), and the same on every visit (seeded by the instrument and the
 * question, not by the clock). The least bad order found when no order is free of problems.
 * @param {string} instrument @param {Question & {type: "classify"}} q @returns {import("../core/types.js").Statement[]}
 */
export function statementOrder(instrument, q) {
  const menu = q.categories.map((c) => c.id);
  const next = random(hash(`${instrument}:${q.id}`));
  let best = q.statements;
  let fewest = orderProblems(
    best.map((st) => st.category),
    menu,
  ).length;
  for (let tries = 0; tries < 5000 && fewest > 0; tries++) {
    const order = [...q.statements];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const n = orderProblems(
      order.map((st) => st.category),
      menu,
    ).length;
    if (n < fewest) [best, fewest] = [order, n];
  }
  return best;
}

/**
 * How many of a dimension's statements must be answered before it gets a verdict (a band, a
 * bar): more than half of them, so one answer of four is never read as the reader's profile.
 * @param {number} items the dimension's number of statements
 */
export const verdictThreshold = (items) => Math.min(items, Math.floor(items / 2) + 1);

/**
 * What the feedback of a dimension rests on, in words: the verdict's basis when there is one,
 * else how many more answers it waits for.
 * @param {{items: number, answered: number}} d
 * @returns {{enough: boolean, text: string}}
 */
export function basis(d) {
  const need = verdictThreshold(d.items);
  if (d.answered >= need) {
    return { enough: true, text: t("teach.ut_fra_av_utsagn", { answered: d.answered, items: d.items }) };
  }
  const more = need - d.answered;
  return {
    enough: false,
    text: t("teach.tilbakemeldingen_kommer_nar_du_har", { need, items: d.items, more }),
  };
}

/**
 * The endings the reader has found: those saved in `endings` (in the order found) and the one the
 * path is at now, which also counts for answers saved before `endings` existed.
 * @param {ScenarioDef} def @param {Answers} a @param {string|null} now the ending the path is at (scenario.js summarize)
 * @returns {{found: string[], total: number}}
 */
export function endingsFound(def, a, now) {
  const endings = def.nodes.filter((n) => n.ending !== undefined).map((n) => n.id);
  /** @type {string[]} */
  const found = [];
  for (const id of Array.isArray(a.endings) ? a.endings : []) {
    if (endings.includes(id) && !found.includes(id)) found.push(id);
  }
  if (now !== null && !found.includes(now)) found.push(now);
  return { found, total: endings.length };
}
