// @ts-check
/**
 * What the whole-book lists share (Verktøykasse, the overview on Mine svar, the landing page's progress
 * line): the status mark, the link to where an exercise stands, the count of statuses, and keeping up
 * with answers saved in another tab.
 */

import { t } from "../core/i18n.js";
import { BOOK } from "../host/record.js";
import { status } from "../kinds/status.js";
import { h } from "../ui/dom.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../kinds/status.js").Status} Status */
/** @typedef {{title: string, href: string, anchor?: string, section?: string, part?: string}} Place */

/** A small mark beside the words, so the status is not told by colour alone. */
export const MARKS = { "not-started": "○", started: "◐", done: "●" };

/** The link to where an exercise stands: the chapter, and the section when it is not the chapter's top. */
export const placeLink = (/** @type {Place} */ p, cls = "mvh-toolbox-place") =>
  h("a", { href: p.anchor || p.href, class: cls }, [p.section ? `${p.title}: ${p.section}` : p.title]);

/**
 * The status of every instrument, from the answers `read` gives for it.
 * @param {Definition[]} defs @param {(def: Definition) => unknown} read
 * @returns {Map<string, Status>}
 */
export function statuses(defs, read) {
  return new Map(defs.map((d) => [d.id, status(d, read(d))]));
}

/**
 * How many are done, started and not started.
 * @param {Iterable<Status>} sts @returns {{done: number, started: number, "not-started": number, all: number}}
 */
export function countStatuses(sts) {
  const c = { done: 0, started: 0, "not-started": 0, all: 0 };
  for (const s of sts) {
    c[s] += 1;
    c.all += 1;
  }
  return c;
}

/** The sentence over the lists: "Du er ferdig med 7 av 35 øvelser og har begynt på 3." */
export const totalText = (/** @type {{done: number, started: number, all: number}} */ c) =>
  t("common.du_er_ferdig_med_av", {
    done: c.done,
    all: c.all,
    x: c.started ? t("common.og_har_begynt_pa", { started: c.started }) : ".",
  });

/**
 * Call `refresh` when this book's storage changes in another tab, or the page comes back from the
 * back-forward cache (answers saved meanwhile change the statuses).
 * @param {() => void} refresh
 */
export function onBookStorage(refresh) {
  window.addEventListener("storage", (e) => {
    if (e.key === null || e.key.startsWith(`${BOOK}:`)) refresh();
  });
  window.addEventListener("pageshow", (e) => {
    if (e.persisted) refresh();
  });
}
