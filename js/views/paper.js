// @ts-check
/**
 * One exercise's answers as a readable page, for "Skriv ut alle" in Mine svar.
 *
 * Built from each kind's answer table (the rows of the CSV export, kinds/index.js answerTable), read by
 * column name, so the answer formats stay the kinds' own business. What the reader chose prints as
 * a column of entries (the question, then "Vurdering: Rød", "Notat: …" with its line breaks, dates as
 * dd.mm.åååå) that always fits the width of the paper. What is not answered is left out (the progress line
 * above says how much); the Kvalitetsveileder's unrated goals are one line of numbers.
 * An action plan is a table whose columns share the page's width, so no column is cut off.
 */

import { t } from "../core/i18n.js";
import { measurementSummary } from "../core/measure.js";
import { answerTable } from "../kinds/index.js";
import { h, norwegianDate } from "../ui/dom.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {(row: unknown[], column: string) => string} Get */

/** @param {unknown[][]} table @returns {{head: string[], body: unknown[][], get: Get}} */
function columns(table) {
  const [head = [], ...body] = table;
  const names = head.map(String);
  /** @type {Get} */
  const get = (row, column) => {
    const i = names.indexOf(column);
    const v = i < 0 ? "" : row[i];
    return v == null ? "" : String(v).trim();
  };
  return { head: names, body, get };
}

/**
 * One answered question: the question, then each answer that has something in it.
 * @param {string} question @param {[string, string][]} answers
 */
function entry(question, answers) {
  return h("div", { class: "mvh-paper-entry" }, [
    h("p", { class: "mvh-paper-q", text: question }),
    ...answers
      .filter(([, value]) => value !== "")
      .map(([label, value]) =>
        h("p", { class: "mvh-paper-a" }, [h("b", { text: `${label}: ` }), norwegianDate(value)]),
      ),
  ]);
}

/**
 * Ids as short runs: "1.2–1.4, 2.1, 3.1–3.6" for the ids of rows that come one after another.
 * @param {boolean[]} picked for each row, whether it belongs @param {string[]} ids the rows' ids
 */
function runs(picked, ids) {
  /** @type {string[]} */
  const out = [];
  let start = -1;
  for (let i = 0; i <= ids.length; i++) {
    if (i < ids.length && picked[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(i - 1 > start ? `${ids[start]}–${ids[i - 1]}` : ids[start]);
      start = -1;
    }
  }
  return out.join(", ");
}

/**
 * Entries under a heading per group, in the order the groups first appear.
 * @param {unknown[][]} rows @param {(row: unknown[]) => string} groupOf @param {(row: unknown[]) => Node} show
 */
function grouped(rows, groupOf, show) {
  /** @type {Map<string, Node[]>} */
  const groups = new Map();
  for (const row of rows) {
    const g = groupOf(row);
    const list = groups.get(g) || [];
    list.push(show(row));
    groups.set(g, list);
  }
  return [...groups].flatMap(([title, nodes]) => [title ? h("h5", { text: title }) : null, ...nodes]);
}

/** A table whose columns share the page's width (widget-print.css). @param {string[]} heads @param {string[][]} rows */
function paperTable(heads, rows) {
  return h("table", { class: "mvh-paper-table" }, [
    h("thead", {}, [
      h(
        "tr",
        {},
        heads.map((x) => h("th", { scope: "col", text: x })),
      ),
    ]),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h(
          "tr",
          {},
          r.map((x) => h("td", { text: x })),
        ),
      ),
    ),
  ]);
}

/** @type {Record<string, (t: ReturnType<typeof columns>) => (Node|null)[]>} */
const PAPER = {
  rating({ body, get }) {
    const goals = body.filter((r) => get(r, "type") === "mål");
    const shown = goals.filter((r) => get(r, "vurdering") || get(r, "notat"));
    const plan = body.filter((r) => get(r, "type") === "tiltak");
    const unrated = goals.map((r) => !get(r, "vurdering"));
    const left = unrated.filter(Boolean).length;
    return [
      ...grouped(
        shown,
        (r) => get(r, "tema"),
        (r) =>
          entry(`${get(r, "nummer")} ${get(r, "tekst")}`, [
            [t("paper.vurdering"), get(r, "vurdering") || t("paper.ikke_vurdert")],
            [t("paper.notat"), get(r, "notat")],
          ]),
      ),
      // What is not rated yet: one line, not a page per theme.
      left
        ? h("p", {
            class: "mvh-paper-rest",
            text: t("paper.ikke_vurdert_av_mal", {
              left,
              n: goals.length,
              runs: runs(
                unrated,
                goals.map((r) => get(r, "nummer")),
              ),
            }),
          })
        : null,
      ...(plan.length
        ? [
            h("h5", { text: t("paper.handlingsplan") }),
            paperTable(
              [t("paper.tema"), t("paper.tiltak"), t("paper.hvem"), t("paper.innen")],
              plan.map((r) => [
                // A theme the book does not know (or none) reads as the widget shows it, not as a raw id.
                get(r, "tema") ? [get(r, "nummer"), get(r, "tema")].filter(Boolean).join(". ") : t("paper.ikke_valgt"),
                get(r, "tekst"),
                get(r, "hvem"),
                norwegianDate(get(r, "innen")),
              ]),
            ),
          ]
        : []),
    ];
  },
  likert({ body, get }) {
    const items = body.filter((r) => get(r, "type") === "utsagn");
    const means = new Map(
      body.filter((r) => get(r, "type") === "snitt").map((r) => [get(r, "dimensjon"), get(r, "snitt")]),
    );
    const answered = items.filter((r) => get(r, "svar"));
    return grouped(
      answered,
      (r) => {
        const m = means.get(get(r, "dimensjon"));
        return m ? t("paper.snitt", { get: get(r, "dimensjon"), m }) : get(r, "dimensjon");
      },
      (r) => entry(get(r, "utsagn"), [[t("paper.svar"), get(r, "svar")]]),
    );
  },
  quiz({ body, get }) {
    const answered = body.filter((r) => get(r, "ditt svar"));
    /** @param {unknown[]} r */
    const verdict = (r) =>
      get(r, "riktig?") === "ja" ? t("paper.riktig_2") : get(r, "riktig?") === "nei" ? t("paper.ikke_riktig") : "";
    return grouped(
      answered,
      (r) => (get(r, "utsagn") ? get(r, "spørsmål") : ""),
      (r) =>
        entry(get(r, "utsagn") || get(r, "spørsmål"), [
          [t("paper.ditt_svar_2"), `${get(r, "ditt svar")}${verdict(r)}`],
          [t("paper.riktig_svar_2"), get(r, "riktig?") === "nei" ? get(r, "riktig svar") : ""],
        ]),
    );
  },
  scenario({ body, get }) {
    return body.map((r) =>
      entry(`${get(r, "steg")}. ${get(r, "situasjon")}`, [[t("paper.ditt_valg"), get(r, "valg")]]),
    );
  },
  reflection({ body, get }) {
    const answered = body.filter((r) => get(r, "svar"));
    return answered.map((r) => entry(get(r, "spørsmål"), [[t("paper.svar"), get(r, "svar")]]));
  },
  template({ body, get }) {
    const filled = body.filter((r) => get(r, "svar"));
    return grouped(
      filled,
      (r) => get(r, "del"),
      (r) => entry(get(r, "felt"), [[t("paper.svar"), get(r, "svar")]]),
    );
  },
};

/**
 * Every row with something in it, each cell under its column's name: for a kind this file does not know.
 * @param {ReturnType<typeof columns>} t
 */
const anyKind = ({ head, body, get }) =>
  body.map((r) => {
    const [first, ...others] = head;
    return entry(
      get(r, first),
      others.map((c) => /** @type {[string, string]} */ ([c, get(r, c)])),
    );
  });

/**
 * The printed answers of one exercise (without its title, which the workbook gives).
 * @param {Definition} def @param {unknown} answers @returns {(Node|null)[]}
 */
export function paper(def, answers) {
  const table = columns(answerTable(def, answers));
  return Object.hasOwn(PAPER, def.kind) ? PAPER[def.kind](table) : anyKind(table);
}

/**
 * An instrument's measurements on paper: date, label and a one-line summary each, oldest first.
 * Nothing when it has none.
 * @param {Definition} def @param {Record<string, any>[]} measurements
 */
export function measurementsOnPaper(def, measurements) {
  if (!measurements.length) return [];
  return [
    h("div", { class: "mvh-paper-measurements" }, [
      h("h5", {
        text: measurements.length === 1 ? t("paper.maling") : t("paper.malinger", { n: measurements.length }),
      }),
      h(
        "ul",
        {},
        measurements.map((m) =>
          h("li", { "data-measurement": String(m.id) }, [
            h("b", { text: `${norwegianDate(String(m.date))} ${String(m.label)}: ` }),
            measurementSummary(def, m),
          ]),
        ),
      ),
    ]),
  ];
}
