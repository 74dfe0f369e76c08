// @ts-check
/**
 * How far the reader has come: the overview that opens *Mine svar* (exercises done, started and not
 * started, in total and per part of the book, each linking to where it lives, and the reader's
 * measurements with their dates), and the landing page's one-line "Din fremdrift", shown only when the
 * reader has answers in this browser.
 *
 * Both count from the same page index the toolbox uses (the build lists every instrument in
 * widgets/instruments, with its places and the part of the book each place is in) and the same
 * status (kinds/status.js). Everything is read from this browser's storage; nothing is sent anywhere.
 */

import { t } from "../core/i18n.js";
import { isObject, isString } from "../core/values.js";
import { instrumentPrefix } from "../host/record.js";
import { STATUS_LABELS } from "../kinds/status.js";
import { h, norwegianDate } from "../ui/dom.js";
import { countStatuses, MARKS, onBookStorage, placeLink, statuses, totalText } from "./common.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../host/static-host.js").Store} Store */
/** @typedef {import("../kinds/status.js").Status} Status */
/** @typedef {import("./common.js").Place} Place */
/**
 * @typedef {{instruments: Definition[], pages: Record<string, Place[]>, parts?: string[], workbook?: string}} Index
 */
/**
 * @typedef {{part: string, members: {def: Definition, place: Place|null}[],
 *   counts: ReturnType<typeof countStatuses>}} PartCount
 * @typedef {{def: Definition, id: string, label: string, date: string, saved: string}} Listed
 */

/** The heading for exercises no page holds (static_html.NO_PART() has the same words). */
export const NO_PART = () => t("overview.star_ikke_i_boka_enna");

/** The kinds that have measurements (the self-assessments). */
export const MEASURED_KINDS = ["rating", "likert"];

/**
 * Every part of the book with the exercises that live in it, the parts in the book's order (`index.parts`,
 * from _toc.yml), and the counts of each part's statuses. An exercise that stands in
 * two parts (a template in its chapter and in Maler) is in both, with the link to its place there; one
 * that no page holds comes last, under its own heading. The total counts each exercise once.
 * @param {Index} index @param {Map<string, Status>} sts @returns {PartCount[]}
 */
export function byPart(index, sts) {
  /** @type {Map<string, {def: Definition, place: Place|null}[]>} */
  const groups = new Map();
  const add = (/** @type {string} */ part, /** @type {Definition} */ def, /** @type {Place|null} */ place) => {
    const members = groups.get(part) || [];
    if (!members.some((m) => m.def.id === def.id)) groups.set(part, [...members, { def, place }]);
  };
  /** @type {Definition[]} */
  const unplaced = [];
  for (const def of index.instruments) {
    const places = index.pages[def.id] || [];
    if (!places.length) unplaced.push(def);
    for (const p of places) add(p.part || NO_PART(), def, p);
  }
  for (const def of unplaced) add(NO_PART(), def, null);
  const order = index.parts || [];
  const rank = (/** @type {string} */ part) =>
    part === NO_PART() ? order.length + 1 : order.includes(part) ? order.indexOf(part) : order.length;
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([part, members]) => ({
      part,
      members,
      counts: countStatuses(members.map((m) => sts.get(m.def.id) || "not-started")),
    }));
}

/** Only what reads as a measurement in the contract's shape is listed. @param {unknown} m */
const isMeasurement = (m) =>
  isObject(m) && isString(m.label) && m.label.trim() !== "" && isString(m.date) && /^\d{4}-\d{2}-\d{2}$/.test(m.date);

/** The key of an instrument's measurements. @param {Definition} def */
export const measurementsKey = (def) => `${instrumentPrefix(def)}malinger`;

/**
 * Every measurement of every instrument, oldest first (by date, then when it was saved), read with `raw`
 * (the stored text under a key, or null). A key that does not read as the contract's record is passed by.
 * @param {Definition[]} defs @param {(key: string) => string|null} raw @returns {Listed[]}
 */
export function listMeasurements(defs, raw) {
  /** @type {Listed[]} */
  const out = [];
  for (const def of defs) {
    let stored;
    try {
      stored = JSON.parse(raw(measurementsKey(def)) || "null");
    } catch {
      continue;
    }
    if (!isObject(stored) || !Array.isArray(stored.measurements)) continue;
    for (const m of stored.measurements.filter(isMeasurement)) {
      out.push({
        def,
        id: isString(m.id) ? m.id : "",
        label: m.label.trim(),
        date: m.date,
        saved: isString(m.saved) ? m.saved : "",
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.saved.localeCompare(b.saved));
}

/** The landing page's line, or "" when the reader has no answers in this browser. */
export function progressLine(/** @type {{done: number, started: number, all: number}} */ c) {
  if (!c.done && !c.started) return "";
  return t("overview.din_fremdrift_ferdig_med_av", {
    done: c.done,
    all: c.all,
    x: c.started ? t("overview.pabegynt", { started: c.started }) : "",
  });
}

/** The part's count, after its name. */
export const partCountText = (/** @type {{done: number, started: number, all: number}} */ c) =>
  t("overview.av_ferdig", {
    done: c.done,
    all: c.all,
    x: c.started ? t("overview.pabegynt", { started: c.started }) : "",
  });

/** What is stored under a key in this browser, or null (also when storage is blocked). @param {string} key */
function stored(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Keep up with changed answers: in another tab (storage event), after the back-forward cache, and in this
 * tab, when another view on the page (the workbook's import and delete, an exercise) redraws itself.
 * @param {HTMLElement} own @param {() => void} refresh
 */
function follow(own, refresh) {
  onBookStorage(refresh);
  let due = false;
  const observer = new MutationObserver(() => {
    if (due) return;
    due = true;
    queueMicrotask(() => {
      due = false;
      refresh();
    });
  });
  for (const other of Array.from(document.querySelectorAll(".mvh-widget"))) {
    if (!other.contains(own)) observer.observe(other, { childList: true, subtree: true, characterData: true });
  }
}

/**
 * The overview on Mine svar.
 * @param {HTMLElement} el @param {Index} index @param {Store} store
 */
export function renderOverview(el, index, store) {
  const defs = index.instruments;
  const total = h("p", { class: "mvh-overview-total", role: "status" });
  const parts = h("div", { class: "mvh-overview-parts" });
  const measured = h("section", { class: "mvh-overview-measurements", "aria-labelledby": "mvh-ov-malinger" });
  /** @type {Record<string, boolean>} */
  const open = {};

  /** @param {Definition} def @param {Place|null} place @param {Status} st */
  function row(def, place, st) {
    return h("li", { class: "mvh-overview-item", "data-instrument": def.id, "data-status": st }, [
      place
        ? h("a", { href: place.anchor || place.href, class: "mvh-overview-name" }, [def.title])
        : h("span", { class: "mvh-overview-name", text: def.title }),
      " ",
      h("span", { class: `mvh-status mvh-status-${st}` }, [
        h("span", { "aria-hidden": "true", text: `${MARKS[st]} ` }),
        STATUS_LABELS[st],
      ]),
      place?.section
        ? h("span", { class: "mvh-overview-where", text: `${place.title}: ${place.section}` })
        : place
          ? h("span", { class: "mvh-overview-where", text: place.title })
          : h("span", { class: "mvh-overview-where", text: t("overview.star_ikke_i_boka_enna") }),
    ]);
  }

  function measurementsSection() {
    const list = listMeasurements(defs, stored);
    const heading = h("h3", { id: "mvh-ov-malinger", text: t("overview.malingene_dine") });
    if (!list.length) {
      // Where a measurement is made: the self-assessments' own pages, each once.
      /** @type {Place[]} */
      const places = [];
      for (const d of defs.filter((x) => MEASURED_KINDS.includes(x.kind))) {
        const p = index.pages[d.id]?.[0];
        if (p && !places.some((q) => q.href === p.href)) places.push({ ...p, anchor: p.href, section: "" });
      }
      return [
        heading,
        h("p", { class: "mvh-overview-none" }, [
          t("overview.du_har_ingen_malinger_enna", { x: places.length ? ", i " : "." }),
          ...places.flatMap((p, i) => [i ? (i === places.length - 1 ? t("overview.og") : ", ") : "", placeLink(p, "")]),
          places.length ? "." : "",
        ]),
      ];
    }
    return [
      heading,
      h("ul", { class: "mvh-overview-measurement-list" }, [
        ...list.map((m) => {
          const p = index.pages[m.def.id]?.[0];
          return h("li", { "data-instrument": m.def.id }, [
            h("span", { class: "mvh-overview-date", text: norwegianDate(m.date) }),
            " ",
            h("strong", { text: m.label }),
            " – ",
            p ? h("a", { href: p.anchor || p.href, text: m.def.title }) : m.def.title,
          ]);
        }),
      ]),
    ];
  }

  function refresh() {
    const sts = statuses(defs, (d) => store.read(d)?.answers);
    const counts = countStatuses(sts.values());
    total.textContent = totalText(counts);
    for (const d of Array.from(parts.querySelectorAll("details"))) {
      open[d.dataset.part || ""] = /** @type {HTMLDetailsElement} */ (d).open;
    }
    parts.replaceChildren(
      ...byPart(index, sts).map(({ part, members, counts: c }) =>
        h("details", { class: "mvh-overview-part", "data-part": part, open: open[part] || false }, [
          h("summary", {}, [
            h("span", { class: "mvh-overview-part-title", text: part }),
            h("span", { class: "mvh-overview-count", text: ` – ${partCountText(c)}` }),
          ]),
          h(
            "ul",
            { class: "mvh-overview-list" },
            members.map((m) => row(m.def, m.place, sts.get(m.def.id) || "not-started")),
          ),
        ]),
      ),
    );
    measured.replaceChildren(...measurementsSection());
  }

  el.replaceChildren(
    h("section", { class: "mvh mvh-overview", "aria-label": t("overview.hvor_langt_du_har_kommet") }, [
      h("p", {
        class: "mvh-privacy",
        text: t("overview.oversikten_leses_fra_svarene_som"),
      }),
      store.available()
        ? null
        : h("p", {
            class: "mvh-notice",
            text: t("overview.nettleseren_lar_ikke_boka_lagre"),
          }),
      total,
      h("p", {
        class: "mvh-hint",
        text: t("overview.apne_en_del_for_a"),
      }),
      parts,
      measured,
    ]),
  );
  follow(el, refresh);
  refresh();
}

/**
 * The landing page's line: "Din fremdrift: ferdig med 7 av 35 øvelser, 3 påbegynt · Mine svar", or nothing
 * at all when the reader has no answers here.
 * @param {HTMLElement} el @param {Index} index @param {Store} store
 */
export function renderProgress(el, index, store) {
  const holder = el.closest(".mvh-widget");
  function refresh() {
    const line = progressLine(countStatuses(statuses(index.instruments, (d) => store.read(d)?.answers).values()));
    holder?.classList.toggle("mvh-has-progress", line !== "");
    el.replaceChildren(
      ...(line
        ? [
            h("p", { class: "mvh-book-progress" }, [
              `${line} · `,
              index.workbook
                ? h("a", { href: index.workbook, text: t("overview.mine_svar") })
                : t("overview.mine_svar"),
            ]),
          ]
        : []),
    );
  }
  follow(el, refresh);
  refresh();
}
