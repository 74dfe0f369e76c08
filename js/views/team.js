// @ts-check
/**
 * "Teamoversikt": merge several people's exported files into anonymous team numbers.
 * Nothing is stored: the files live only in this page's memory, one set per exercise. The numbers are
 * shown only when the reader asks for them ("Vis teamresultat"), only from
 * MIN_TEAM_RESPONSES responses, and every item, dimension and theme with fewer
 * answers is hidden (js/core/team.js). "Sammenligne to runder" puts the files of two rounds in two
 * groups, merged each on its own (compareRounds); nothing is matched from one group to the other.
 */
import { MAX_IMPORT_BYTES, parseImport } from "../core/exchange.js";
import {
  aggregate,
  answerKey,
  compareRounds,
  exportTime,
  MIN_TEAM_RESPONSES,
  mergeFiles,
  replaces,
  scalePoints,
} from "../core/team.js";
import { formatMean, own, UNANSWERED } from "../core/values.js";
import { fileButton } from "../ui/controls.js";
import { button, h, headRow, input, scrollBox, select, uid } from "../ui/dom.js";
import { chartWidth, countChart, dimensionChart, itemChart, roundsChart } from "../ui/team-chart.js";

/** @typedef {import("../core/types.js").LikertDef} LikertDef */
/** @typedef {import("../core/types.js").RatingDef} RatingDef */
/** @typedef {import("../core/types.js").EvaluationDef} EvaluationDef */
/** @typedef {import("../core/team.js").TeamFile} TeamFile */

/** What a hidden number shows instead (tests select by it). */
export const FEWER_TEXT = `færre enn ${MIN_TEAM_RESPONSES} svar`;

/** A cell that stands for numbers not shown. @param {number} span */
const hiddenCell = (span) => h("td", { class: "mvh-team-hidden", colspan: String(span), text: FEWER_TEXT });

/** @param {number} n @param {string} one @param {string} many */
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** Words for the marked statements (tests select by them). */
export const MARKS = { lowest: "lavest snitt", widest: "størst spredning" };

/** The words that mark an item, in order. @param {Record<string, any>} agg @param {string} id */
const marksOf = (agg, id) =>
  [agg.lowest.includes(id) ? MARKS.lowest : "", agg.widest.includes(id) ? MARKS.widest : ""].filter(Boolean);

/** A figure: the chart, and a caption that says where its numbers are. @param {SVGElement} chart @param {string} kind */
const figure = (chart, kind) =>
  h("figure", { class: "mvh-team-figure", "data-team-chart": kind }, [
    chart,
    h("figcaption", { text: "De samme tallene står i tabellen under." }),
  ]);

/** @param {LikertDef} def @param {Record<string, any>} agg @param {number} width the charts' width */
function likertTables(def, agg, width) {
  const scale = def.scale;
  const { min, max } = scale;
  const points = scale.labels.map((_, i) => min + i);
  /** @param {import("../core/types.js").Dimension} d @param {Record<string, any>} dim */
  const bandLabel = (d, dim) => (dim.shown && dim.band !== null ? d.bands[dim.band]?.label || "" : "");
  const hasBands = def.dimensions.some((d) => d.bands?.some((b) => b.label));
  const allItems = def.dimensions.flatMap((d) => d.items);
  const textOf = (/** @type {string} */ id) => allItems.find((it) => it.id === id)?.text || id;

  const dimRows = def.dimensions.map((d) => {
    const dim = own(agg.dimensions, d.id);
    return { id: d.id, label: d.title, mean: dim.shown ? dim.mean : null, band: bandLabel(d, dim), bands: d.bands };
  });
  const dimTitle =
    `Teamets snitt per dimensjon på en skala fra ${min} til ${max}: ` +
    dimRows
      .map((r) => `${r.label} ${r.mean === null ? FEWER_TEXT : formatMean(r.mean)}${r.band ? ` (${r.band})` : ""}`)
      .join(", ") +
    ". Tallene står også i tabellen under.";
  const dimTable = h("table", { class: "mvh-table", "data-team-table": "dimensions" }, [
    h("caption", { text: `Snitt per dimensjon (skala ${min}–${max}, n = ${agg.n})` }),
    h("thead", {}, [headRow(["Dimensjon", "Svar", "Snitt", ...(hasBands ? ["Nivå"] : [])])]),
    h(
      "tbody",
      {},
      def.dimensions.map((d) => {
        const dim = own(agg.dimensions, d.id);
        return h("tr", { "data-dimension": d.id }, [
          h("th", { scope: "row", text: d.title }),
          ...(dim.shown
            ? [
                h("td", { text: String(dim.n) }),
                h("td", { text: formatMean(dim.mean) }),
                ...(hasBands ? [h("td", { class: "mvh-team-band", text: bandLabel(d, dim) })] : []),
              ]
            : [hiddenCell(hasBands ? 3 : 2)]),
        ]);
      }),
    ),
  ]);

  const grouped = def.dimensions.length > 1;
  const itemRows = def.dimensions.flatMap((d) =>
    d.items.map((it, k) => {
      const item = agg.items[it.id];
      return {
        id: it.id,
        label: it.text,
        mean: item.shown ? item.scored_mean : null,
        spread: item.shown ? item.spread : null,
        marks: item.shown ? marksOf(agg, it.id) : [],
        group: grouped && k === 0 ? d.title : undefined,
      };
    }),
  );
  const itemTitle =
    `Snitt og spredning per utsagn, i samme retning som dimensjonen (høyt er alltid bra): ` +
    itemRows
      .map(
        (r) =>
          `${r.label} ${r.mean === null ? FEWER_TEXT : `${formatMean(r.mean)} pluss/minus ${formatMean(r.spread)}`}${r.marks.length ? `, ${r.marks.join(" og ")}` : ""}`,
      )
      .join("; ") +
    ". Tallene står også i tabellen under.";
  const reversed = allItems.some((it) => it.reverse);
  const itemHow =
    "Bildet viser snittet per utsagn (prikken) og spredningen rundt det (feltet): jo bredere felt, " +
    "jo mer spriker svarene. Tabellen viser i tillegg hvor mange som valgte hvert punkt på skalaen, " +
    "slik svarene ble gitt. Spredning er standardavviket. " +
    (reversed
      ? `Snittet står i samme retning som dimensjonen: For omvendte utsagn er det snudd (${min} regnes som ${max}), ` +
        "så et lavt snitt betyr det samme for alle utsagnene."
      : "");
  const itemTable = h("table", { class: "mvh-table", "data-team-table": "items" }, [
    h("caption", { text: `Fordeling, snitt og spredning per utsagn (n = ${agg.n})` }),
    h("thead", {}, [
      h("tr", {}, [
        h("th", { scope: "col", text: "Utsagn" }),
        ...points.map((p) => h("th", { scope: "col", title: scale.labels[p - min], text: String(p) })),
        h("th", { scope: "col", text: "Snitt" }),
        h("th", { scope: "col", text: "Spredning" }),
      ]),
    ]),
    h(
      "tbody",
      {},
      allItems.map((it) => {
        const item = agg.items[it.id];
        const marks = item.shown ? marksOf(agg, it.id) : [];
        return h("tr", { "data-item": it.id, class: marks.length ? "mvh-team-marked" : "" }, [
          h("th", { scope: "row" }, [
            it.text + (it.reverse ? " (omvendt, snittet er snudd)" : ""),
            ...marks.map((m) => h("span", { class: "mvh-team-mark", text: m })),
          ]),
          ...(item.shown
            ? [
                ...points.map((p) => h("td", { text: String(item.counts[String(p)]) })),
                h("td", { text: formatMean(item.scored_mean) }),
                h("td", { text: formatMean(item.spread) }),
              ]
            : [hiddenCell(points.length + 2)]),
        ]);
      }),
    ),
  ]);

  // What the chapter tells readers to look at first, in words.
  /** @param {string[]} ids @param {(e: Record<string, any>) => string} value */
  const named = (ids, value) => ids.map((id) => `«${textOf(id)}» (${value(agg.items[id])})`).join(", ");
  const look = [];
  if (agg.lowest.length)
    look.push(h("li", { text: `Lavest snitt: ${named(agg.lowest, (e) => formatMean(e.scored_mean))}.` }));
  if (agg.widest.length)
    look.push(h("li", { text: `Størst spredning: ${named(agg.widest, (e) => formatMean(e.spread))}.` }));
  const out = [
    h("h4", { text: "Snitt per dimensjon" }),
    figure(dimensionChart({ rows: dimRows, min, max, title: dimTitle, hiddenText: FEWER_TEXT, width }), "dimensions"),
    scrollBox(dimTable, "Tabell: snitt per dimensjon"),
    h("h4", { text: "Utsagnene" }),
    look.length
      ? h("div", { class: "mvh-team-look" }, [h("p", { text: "Se særlig på disse utsagnene:" }), h("ul", {}, look)])
      : h("p", {
          class: "mvh-team-look",
          text: "Ingen utsagn skiller seg ut med lavest snitt eller størst spredning.",
        }),
    h("p", { class: "mvh-team-how", text: itemHow }),
    figure(itemChart({ rows: itemRows, min, max, title: itemTitle, hiddenText: FEWER_TEXT, width }), "items"),
    scrollBox(itemTable, "Tabell: fordeling, snitt og spredning per utsagn"),
  ];
  const hidden = agg.hidden.items.length;
  if (hidden) {
    const text =
      `${count(hidden, "utsagn", "utsagn")} har ${FEWER_TEXT} og vises ikke. ` +
      "De er heller ikke med i snittet per dimensjon, så ingen kan regne seg fram til dem.";
    out.push(h("p", { class: "mvh-team-note", text }));
  }
  return out;
}

/**
 * An evaluation: the statements as likert items (chart and table), then each question's written
 * answers, sorted by their text and never in the files' order.
 * @param {EvaluationDef} def @param {Record<string, any>} agg @param {number} width the charts' width
 */
function evaluationTables(def, agg, width) {
  const { min, max, labels } = def.scale;
  const points = labels.map((_, i) => min + i);
  const rows = def.statements.map((st) => {
    const item = agg.items[st.id];
    return {
      id: st.id,
      label: st.text,
      mean: item.shown ? item.mean : null,
      spread: item.shown ? item.spread : null,
      marks: [],
    };
  });
  const title =
    `Snitt og spredning per påstand på en skala fra ${min} (${labels[0]}) til ${max} (${labels[labels.length - 1]}): ` +
    rows
      .map(
        (r) =>
          `${r.label} ${r.mean === null ? FEWER_TEXT : `${formatMean(r.mean)} pluss/minus ${formatMean(r.spread)}`}`,
      )
      .join("; ") +
    ". Tallene står også i tabellen under.";
  const table = h("table", { class: "mvh-table", "data-team-table": "statements" }, [
    h("caption", { text: `Fordeling, snitt og spredning per påstand (n = ${agg.n})` }),
    h("thead", {}, [
      h("tr", {}, [
        h("th", { scope: "col", text: "Påstand" }),
        ...points.map((p) => h("th", { scope: "col", title: labels[p - min], text: String(p) })),
        h("th", { scope: "col", text: "Snitt" }),
        h("th", { scope: "col", text: "Spredning" }),
      ]),
    ]),
    h(
      "tbody",
      {},
      def.statements.map((st) => {
        const item = agg.items[st.id];
        return h("tr", { "data-item": st.id }, [
          h("th", { scope: "row", text: st.text }),
          ...(item.shown
            ? [
                ...points.map((p) => h("td", { text: String(item.counts[String(p)]) })),
                h("td", { text: formatMean(item.mean) }),
                h("td", { text: formatMean(item.spread) }),
              ]
            : [hiddenCell(points.length + 2)]),
        ]);
      }),
    ),
  ]);
  const scaleWords = points.map((p) => `${p} = ${labels[p - min]}`).join(", ");
  const questions = def.questions.map((q) => {
    const entry = agg.questions[q.id];
    return h("section", { class: "mvh-team-question", "data-question": q.id }, [
      h("h5", { text: q.text }),
      entry.shown
        ? h(
            "ul",
            { class: "mvh-team-answers" },
            entry.answers.map((/** @type {string} */ t) => h("li", { text: t })),
          )
        : h("p", { class: "mvh-team-hidden", text: FEWER_TEXT }),
    ]);
  });
  const out = [
    h("h4", { text: "Påstandene" }),
    h("p", {
      class: "mvh-team-how",
      text:
        "Bildet viser snittet per påstand (prikken) og spredningen rundt det (feltet). Tabellen viser hvor " +
        `mange som valgte hvert punkt på skalaen: ${scaleWords}. Spredning er standardavviket.`,
    }),
    figure(itemChart({ rows, min, max, title, hiddenText: FEWER_TEXT, width }), "statements"),
    scrollBox(table, "Tabell: fordeling, snitt og spredning per påstand"),
    h("h4", { text: "De skrevne svarene" }),
    h("p", {
      class: "mvh-team-how",
      text:
        "Hvert spørsmål for seg, sortert etter teksten og ikke etter hvem som svarte, så svarene til én person " +
        `ikke står samlet. Et spørsmål vises først når minst ${MIN_TEAM_RESPONSES} har skrevet noe.`,
    }),
    ...questions,
  ];
  const hiddenWords = [
    agg.hidden.items.length ? count(agg.hidden.items.length, "påstand", "påstander") : "",
    agg.hidden.questions.length ? count(agg.hidden.questions.length, "spørsmål", "spørsmål") : "",
  ].filter(Boolean);
  if (hiddenWords.length) {
    const text = `${hiddenWords.join(" og ")} har ${FEWER_TEXT} og vises ikke.`;
    out.push(h("p", { class: "mvh-team-note", text }));
  }
  return out;
}

/** @param {RatingDef} def @param {Record<string, any>} agg @param {number} width the charts' width */
function ratingTables(def, agg, width) {
  const keys = [...def.scale.map((x) => x.id), UNANSWERED];
  /** @param {string} k */
  const label = (k) => (k === UNANSWERED ? "Ikke vurdert" : def.scale.find((x) => x.id === k)?.label || k);
  const themes = def.parts.flatMap((p) => p.themes);
  /** @param {Record<string, any>} entry */
  const cells = (entry) =>
    entry.shown ? keys.map((k) => h("td", { text: String(entry.counts[k]) })) : [hiddenCell(keys.length)];
  const rows = themes.map((t) => {
    const e = own(agg.themes, t.id);
    return { id: t.id, label: `${t.id}. ${t.title}`, counts: e.shown ? e.counts : null };
  });
  const title =
    "Antall vurderinger per tema og farge: " +
    rows
      .map((r) => `${r.label}: ${r.counts ? keys.map((k) => `${label(k)} ${r.counts?.[k]}`).join(", ") : FEWER_TEXT}`)
      .join("; ") +
    ". Tallene står også i tabellen under.";
  const themeTable = h("table", { class: "mvh-table", "data-team-table": "themes" }, [
    h("caption", { text: `Antall vurderinger per tema og farge (n = ${agg.n})` }),
    h("thead", {}, [headRow(["Tema", ...keys.map(label)])]),
    h("tbody", {}, [
      ...themes.map((t) =>
        h("tr", { "data-theme": t.id }, [
          h("th", { scope: "row", text: `${t.id}. ${t.title}` }),
          ...cells(own(agg.themes, t.id)),
        ]),
      ),
      h("tr", { class: "mvh-row-total" }, [h("th", { scope: "row", text: "Totalt" }), ...cells(agg.total)]),
    ]),
  ]);
  const goals = themes.reduce((n, t) => n + t.items.length, 0);
  const goalTable = h("table", { class: "mvh-table mvh-team-goals", "data-team-table": "goals" }, [
    h("caption", { text: `Antall vurderinger per mål og farge (n = ${agg.n})` }),
    h("thead", {}, [headRow(["Mål", ...keys.map(label)])]),
    ...themes.map((t) =>
      h("tbody", { "data-theme": t.id }, [
        h("tr", { class: "mvh-row-part" }, [
          h("th", { scope: "colgroup", colspan: String(keys.length + 1), text: `${t.id}. ${t.title}` }),
        ]),
        ...t.items.map((it) =>
          h("tr", { "data-item": it.id }, [
            h("th", { scope: "row", text: `${it.id} ${it.text}` }),
            ...cells(own(agg.items, it.id)),
          ]),
        ),
      ]),
    ),
  ]);
  const out = [
    h("h4", { text: "Per tema" }),
    figure(countChart({ rows, keys, keyLabel: label, title, hiddenText: FEWER_TEXT, width }), "themes"),
    scrollBox(themeTable, "Tabell: vurderinger per tema"),
    h("details", { class: "mvh-team-per-goal" }, [
      h("summary", { text: `Per mål (alle ${goals} mål)` }),
      scrollBox(goalTable, "Tabell: vurderinger per mål"),
    ]),
  ];
  const hidden = agg.hidden.items.length;
  if (hidden) {
    const text =
      `${count(hidden, "mål", "mål")} har ${FEWER_TEXT} og er ikke med i tallene for tema og totalt, ` +
      "så ingen kan regne seg fram til dem.";
    out.push(h("p", { class: "mvh-team-note", text }));
  }
  return out;
}

/** A change, signed ("+0,50", "−0,25", "0,00"). @param {number} d */
const signed = (d) => {
  const text = formatMean(Math.abs(d));
  return text === "0,00" ? text : `${d > 0 ? "+" : "−"}${text}`;
};

/**
 * Why a group is not shown (tests select by it). @param {string} label @param {number} n
 */
export const roundHiddenText = (label, n) =>
  `${label} har ${n ? `svar fra ${count(n, "person", "personer")}` : "ingen svar ennå"}. ` +
  `Gruppen vises først når minst ${MIN_TEAM_RESPONSES} har svart, så ingen kan kjennes igjen.`;

/** A round row's header and attribute (tests select by it), per kind. */
const ROW_WORD = { likert: "Dimensjon", evaluation: "Påstand", rating: "Tema" };
const ROW_ATTRIBUTE = { likert: "data-dimension", evaluation: "data-item", rating: "data-theme" };

/**
 * Two rounds compared: why a group is hidden, then a chart and a table of the shown groups'
 * means per dimension or theme, with the change when both are shown.
 * @param {LikertDef|RatingDef|EvaluationDef} def @param {import("../core/team.js").RoundsCompared} cmp
 * @param {string[]} labels the groups' names @param {number} width the chart's width
 */
function roundsResults(def, cmp, labels, width) {
  /** @type {Node[]} */
  const out = [];
  cmp.groups.forEach((g, k) => {
    if (!g.shown)
      out.push(h("p", { class: "mvh-notice", "data-round-hidden": String(k), text: roundHiddenText(labels[k], g.n) }));
  });
  const shown = cmp.groups.map((g, k) => (g.shown ? k : -1)).filter((k) => k >= 0);
  if (!shown.length) return out;
  const both = shown.length === 2;
  const what = def.kind === "likert" ? "dimensjon" : def.kind === "evaluation" ? "påstand" : "tema";
  const titles =
    def.kind === "likert"
      ? def.dimensions.map((d) => ({ id: d.id, label: d.title }))
      : def.kind === "evaluation"
        ? def.statements.map((st) => ({ id: st.id, label: st.text }))
        : def.parts.flatMap((p) => p.themes.map((t) => ({ id: t.id, label: `${t.id}. ${t.title}` })));
  /** Text for a row not shown in a group. @param {Record<string, any>} r @param {number} k */
  const missing = (r, k) => {
    if ((k === 0 ? r.n_a : r.n_b) === null || def.kind !== "rating") return FEWER_TEXT;
    // Rating: the theme was rated, but only with entries outside the scale's order.
    const unranked = def.scale.filter((x) => /** @type {any} */ (x).ranked === false);
    return `bare «${unranked.map((x) => x.label).join("», «")}»`;
  };
  const rows = cmp.rows.map((r, i) => ({
    id: r.id,
    label: titles[i].label,
    values: shown.map((k) => (k === 0 ? r.a : r.b)),
    hidden: shown.map((k) => missing(r, k)),
  }));
  const names = shown.map((k) => labels[k]);
  const { min, max } = cmp.scale;
  let how = `Snittet per ${what} på en skala fra ${min} til ${max}.`;
  if (def.kind === "rating") {
    const points = scalePoints(def);
    const given = def.scale
      .filter((x) => points.has(x.id))
      .map((x) => `${x.label} ${points.get(x.id)}`)
      .join(", ");
    const out2 = def.scale.filter((x) => !points.has(x.id)).map((x) => `«${x.label}»`);
    how =
      `Snittet er poeng per vurdering: ${given}.` +
      (out2.length ? ` ${out2.join(" og ")} er ikke med i snittet.` : "") +
      ` Bare mål som minst ${MIN_TEAM_RESPONSES} har vurdert i runden, er med.`;
  }
  const title =
    `Snitt per ${what}, ${names.join(" og ")}: ` +
    rows
      .map(
        (r) =>
          `${r.label}: ${r.values.map((v, j) => `${names[j]} ${v === null ? r.hidden[j] : formatMean(v)}`).join(", ")}`,
      )
      .join("; ") +
    ". Tallene står også i tabellen under.";
  const caption =
    `Snitt per ${what} (skala ${min}–${max}): ` +
    shown.map((k) => `${labels[k]} (n = ${cmp.groups[k].n})`).join(" og ");
  const table = h("table", { class: "mvh-table", "data-team-table": "rounds" }, [
    h("caption", { text: caption }),
    h("thead", {}, [headRow([ROW_WORD[def.kind], ...names, ...(both ? ["Endring"] : [])])]),
    h(
      "tbody",
      {},
      cmp.rows.map((r, i) =>
        h("tr", { [ROW_ATTRIBUTE[def.kind]]: r.id }, [
          h("th", { scope: "row", text: titles[i].label }),
          ...shown.map((k, j) => {
            const v = rows[i].values[j];
            return h("td", {
              "data-group": String(k),
              class: v === null ? "mvh-team-hidden" : "",
              text: v === null ? rows[i].hidden[j] : formatMean(v),
            });
          }),
          ...(both ? [h("td", { "data-change": "", text: r.delta === null ? "–" : signed(r.delta) })] : []),
        ]),
      ),
    ),
  ]);
  out.push(
    h("h3", { text: `Snitt per ${what}, runde for runde` }),
    h("p", { class: "mvh-team-how", text: how }),
    h("figure", { class: "mvh-team-figure", "data-team-chart": "rounds" }, [
      roundsChart({ rows, groups: names, min, max, title, width }),
      h("figcaption", { text: "De samme tallene står i tabellen under." }),
    ]),
    scrollBox(table, `Tabell: snitt per ${what} i hver runde`),
  );
  if (both) {
    out.push(
      h("p", {
        class: "mvh-hint",
        text:
          "Endring er snittet i den andre gruppen minus snittet i den første. Gruppene telles hver for seg: " +
          "ingen følges fra den ene runden til den andre, og det kan være andre personer som har svart.",
      }),
    );
  }
  return out;
}

/**
 * The files for one exercise, kept while the page is open. Each exercise has its own set,
 * so choosing another exercise in the list and back again loses nothing.
 * @typedef {{files: TeamFile[], log: {text: string, first: boolean}[]}} FileGroup
 * @typedef {{groups: (FileGroup & {label: string})[], visible: boolean, seen: boolean,
 *   changedAfterSeen: boolean}} RoundSet
 * @typedef {FileGroup & {countCopies: boolean, visible: boolean, seen: boolean,
 *   changedAfterSeen: boolean, rounds: RoundSet}} TeamSet
 */

/** The groups' names until the reader types others. */
const ROUND_NAMES = ["Runde 1", "Runde 2"];

/** @returns {RoundSet} */
const freshRounds = () => ({
  groups: ROUND_NAMES.map((label) => ({ label, files: [], log: [] })),
  visible: false,
  seen: false,
  changedAfterSeen: false,
});

/** @returns {TeamSet} */
const freshSet = () => ({
  files: [],
  log: [],
  countCopies: false,
  // Whether the numbers are on the page now, and whether they have been for this set of files.
  visible: false,
  seen: false,
  // Whether files were added (or counted otherwise) after the numbers had been seen.
  changedAfterSeen: false,
  // Two rounds compared as two groups, apart from the files above.
  rounds: freshRounds(),
});

/**
 * The file that counts now for a response id among the files added so far, by the same
 * rule as mergeFiles (a duplicate keeps the one before; of other answers the newer export counts).
 * @param {LikertDef|RatingDef|EvaluationDef} def @param {TeamFile[]} files @param {string} response
 */
function current(def, files, response) {
  /** @type {TeamFile|undefined} */
  let win;
  for (const f of files) {
    if (f.response !== response) continue;
    if (!win || (answerKey(def, f.answers) !== answerKey(def, win.answers) && replaces(win, f))) win = f;
  }
  return win;
}

/**
 * @param {HTMLElement} el @param {{instruments: (LikertDef|RatingDef|EvaluationDef)[]}} index
 */
export function renderTeam(el, index) {
  const defs = index.instruments;
  let def = defs[0];
  /** The view shown: one team result ("one") or two rounds compared ("rounds"). */
  let mode = "one";
  /** @type {Map<string, TeamSet>} */
  const sets = new Map(defs.map((d) => [d.id, freshSet()]));
  let set = /** @type {TeamSet} */ (sets.get(def.id));
  const selectId = uid("team");
  const options = defs.map((d) => /** @type {HTMLOptionElement} */ (h("option", { value: d.id, text: d.title })));
  const choice = select({ id: selectId, "data-action": "team-instrument" }, options);
  const status = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const logTitle = h("p", { class: "mvh-team-log-title", text: "Filene du har lagt til:" });
  const log = h("ul", { class: "mvh-team-log", "aria-live": "polite" });
  const copies = h("div", { class: "mvh-team-copies", "aria-live": "polite" });
  const warning = h("div", { class: "mvh-team-warning", "aria-live": "polite" });
  const results = h("div", { class: "mvh-team-results" });
  const copiesId = uid("team-copies");
  const copiesBox = input({ type: "checkbox", id: copiesId, "data-action": "team-count-copies" });
  copiesBox.addEventListener("change", () => {
    set.countCopies = copiesBox.checked;
    changed();
  });

  /** Empty the chosen exercise's set (the others keep theirs; its rounds are kept). */
  function reset() {
    sets.set(def.id, { ...freshSet(), rounds: set.rounds });
    show(def.id);
  }

  /** Show the set of exercise `id`, as it was left. @param {string} id */
  function show(id) {
    def = defs.find((d) => d.id === id) || defs[0];
    set = /** @type {TeamSet} */ (sets.get(def.id));
    copiesBox.checked = set.countCopies;
    log.replaceChildren(...set.log.map(logLine));
    render();
    renderRounds();
  }

  choice.addEventListener("change", () => show(choice.value));

  /** @param {{text: string, first: boolean}} line */
  const logLine = (line) => h("li", { class: line.first ? "mvh-team-log-batch" : "", text: line.text });

  /** The set changed: hide the numbers until they are asked for again. @param {TeamSet} [s] */
  function changed(s = set) {
    if (s.seen) s.changedAfterSeen = true;
    s.visible = false;
    if (s === set) render();
  }

  /**
   * Read one file into a set; return a line for the log.
   * @param {LikertDef|RatingDef|EvaluationDef} d @param {FileGroup} s @param {File} file @returns {Promise<string>}
   */
  async function addFile(d, s, file) {
    if (file.size === 0) return `«${file.name}»: filen er tom.`;
    if (file.size > MAX_IMPORT_BYTES) return `«${file.name}»: filen er større enn 1 MB.`;
    let data;
    try {
      data = parseImport(d, await file.text());
    } catch (err) {
      return `«${file.name}»: ${/** @type {Error} */ (err).message}`;
    }
    const response = typeof data.response === "string" && data.response ? data.response : null;
    if (!response) return `«${file.name}»: filen mangler svar-id og kan ikke telles trygt. Be om en ny eksport.`;
    const key = answerKey(d, data.answers);
    const before = current(d, s.files, response);
    /** @type {TeamFile} */
    const added = { name: file.name, response, answers: data.answers, exported: data.exported };
    s.files.push(added);
    if (before && answerKey(d, before.answers) === key) {
      return `«${file.name}»: samme besvarelse er lagt til før. Den telles bare én gang.`;
    }
    const empty = key ? "" : " Den har ingen besvarte utsagn og telles ikke.";
    if (before) {
      const same = `«${file.name}»: samme svar-id som «${before.name}», men andre svar`;
      const a = exportTime(before.exported);
      const b = exportTime(added.exported);
      if (a === null || b === null || a === b) return `${same}. Den nye filen erstatter den gamle.${empty}`;
      if (b > a) {
        return `${same} og en nyere eksport. Den nyeste eksporten teller, så den nye filen erstatter den gamle.${empty}`;
      }
      return `${same} og en eldre eksport. Den nyeste eksporten teller, så denne filen telles ikke.`;
    }
    return empty ? `«${file.name}»: lest.${empty}` : `«${file.name}»: lagt til.`;
  }

  const fileInput = fileButton({
    multiple: true,
    onFiles: async (chosen) => {
      // The exercise chosen when the files were picked, even if the list changes while they are read.
      const d = def;
      const s = set;
      const lines = [];
      for (const f of chosen) lines.push(await addFile(d, s, f));
      const batch = lines.map((text, i) => ({ text, first: i === 0 && s.log.length > 0 }));
      s.log.push(...batch);
      if (s === set) log.append(...batch.map(logLine));
      changed(s);
    },
  });

  function render() {
    const merged = mergeFiles(def, set.files, { countCopies: set.countCopies });
    const n = merged.counted.length;
    status.textContent =
      `${count(n, "besvarelse", "besvarelser")} lagt til.` +
      (merged.empty.length ? ` ${count(merged.empty.length, "fil", "filer")} uten svar telles ikke.` : "");
    defs.forEach((d, i) => {
      const s = /** @type {TeamSet} */ (sets.get(d.id));
      const k = s.files.length + s.rounds.groups.reduce((n, g) => n + g.files.length, 0);
      options[i].textContent = k ? `${d.title} (${count(k, "fil", "filer")} lagt til)` : d.title;
    });
    logTitle.hidden = mode !== "one" || set.log.length === 0;

    copies.replaceChildren();
    if (merged.copies.length) {
      const groups = merged.copies.map((g) => g.map((name) => `«${name}»`).join(" og "));
      const text =
        `${groups.join("; ")} har nøyaktig de samme svarene, men ulik svar-id. ` +
        "Det kan være kopier av én fil, og da ville én person telle flere ganger. " +
        (set.countCopies ? "Nå telles de hver for seg." : "Derfor telles de som én besvarelse.");
      copies.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        h("p", {}, [
          copiesBox,
          " ",
          h("label", {
            for: copiesId,
            text: "Jeg vet at dette er ulike personer som har svart likt: tell filene hver for seg",
          }),
        ]),
      );
    }

    warning.replaceChildren();
    if (set.changedAfterSeen) {
      const text =
        "Du har allerede sett teamresultatet. Viser du det igjen nå, kan forskjellen i tallene avsløre " +
        "hva den eller de nye filene svarte, og med én ny fil er det én persons svar. Det tryggeste er å " +
        "begynne på nytt og legge inn alle filene samlet før du viser resultatet.";
      warning.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        button({ class: "mvh-btn", "data-action": "team-restart", onclick: reset }, "Begynn på nytt"),
      );
    }

    showButton.disabled = set.files.length === 0;
    if (!set.visible) {
      const text = set.files.length
        ? "Legg til alle filene først. Trykk «Vis teamresultat» når alle er med."
        : "Legg til filene fra teamet. Tallene vises først når du trykker «Vis teamresultat».";
      results.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    const agg = aggregate(def, [...merged.answers, ...merged.empty.map(() => ({}))]);
    if (!agg.shown) {
      const text =
        `Teamresultatet vises bare når minst ${MIN_TEAM_RESPONSES} besvarelser har svar. ` +
        `Nå er det ${agg.n}. Det beskytter den enkelte: med færre kan hver enkelts svar leses ut av tallene.`;
      results.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    // The charts take the width they will have, so their text is the page's size on any screen.
    const width = chartWidth(results.clientWidth);
    const tables =
      def.kind === "likert"
        ? likertTables(def, agg, width)
        : def.kind === "evaluation"
          ? evaluationTables(def, agg, width)
          : ratingTables(/** @type {RatingDef} */ (def), agg, width);
    results.replaceChildren(...tables);
  }

  const reveal = () => {
    set.visible = true;
    set.seen = true;
    set.changedAfterSeen = false;
    render();
  };
  const showButton = /** @type {HTMLButtonElement} */ (
    button({ class: "mvh-btn", "data-action": "team-show", onclick: reveal }, "Vis teamresultat")
  );
  const privacy =
    "Filene leses bare her i nettleseren. Ingenting lagres eller sendes, og ingen navn vises. " +
    "Lukker du siden, er oversikten borte.";
  const truth =
    "Den som legger inn filene, kan åpne hver fil og se hva den enkelte svarte. Skal svarene være anonyme " +
    "også for den personen, må en nøytral innsamler ta imot filene og legge dem inn. Tallene her beskytter " +
    `den enkelte når de vises for teamet: alt som har ${FEWER_TEXT}, skjules.`;
  const perExercise =
    "Hver øvelse har sine egne filer. Velger du en annen øvelse, ligger filene du har lagt til, her når du " +
    "kommer tilbake. «Tøm oversikten» tømmer bare øvelsen som er valgt.";
  /* Two rounds as two groups. Each group is merged on its own; nothing links one to the other. */
  const roundsStatus = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const roundsWarning = h("div", { class: "mvh-team-rounds-warning", "aria-live": "polite" });
  const roundsOut = h("div", { class: "mvh-team-rounds-results" });
  const groupParts = [0, 1].map((k) => {
    const nameId = uid("team-round");
    const name = /** @type {HTMLInputElement} */ (
      input({ type: "text", id: nameId, maxlength: "40", autocomplete: "off", "data-action": `team-round-name-${k}` })
    );
    const addButton = button({ class: "mvh-btn", "data-action": `team-round-add-${k}` }, "");
    const groupStatus = h("p", { class: "mvh-team-round-count", "data-round-count": String(k) });
    const groupLog = h("ul", { class: "mvh-team-round-log", "aria-live": "polite" });
    const picker = fileButton({
      multiple: true,
      onFiles: async (chosen) => {
        const d = def;
        const r = set.rounds;
        const g = r.groups[k];
        const lines = [];
        for (const f of chosen) lines.push(await addFile(d, g, f));
        const batch = lines.map((text, i) => ({ text, first: i === 0 && g.log.length > 0 }));
        g.log.push(...batch);
        if (r === set.rounds) groupLog.append(...batch.map(logLine));
        if (r.seen) r.changedAfterSeen = true;
        r.visible = false;
        if (r === set.rounds) renderRounds();
        render();
      },
    });
    // Its own class: the single view's file input stays the only input.mvh-file.
    picker.el.className = "mvh-team-round-file";
    addButton.addEventListener("click", picker.open);
    name.addEventListener("input", () => {
      set.rounds.groups[k].label = name.value;
      renderRounds();
    });
    const legend = h("legend", { text: `Gruppe ${k + 1}` });
    const box = h("fieldset", { class: "mvh-team-round", "data-round": String(k) }, [
      legend,
      h("label", { for: nameId, text: "Navn på gruppen" }),
      name,
      h("div", { class: "mvh-toolbar" }, [addButton, picker.el]),
      groupStatus,
      groupLog,
    ]);
    return { box, name, addButton, groupStatus, groupLog };
  });
  /** A group's name as shown: what the reader typed, or "Runde 1"/"Runde 2". @param {number} k */
  const roundLabel = (k) => set.rounds.groups[k].label.trim() || ROUND_NAMES[k];
  const restartRounds = () => {
    set.rounds = freshRounds();
    show(def.id);
  };
  const showRounds = /** @type {HTMLButtonElement} */ (
    button(
      {
        class: "mvh-btn",
        "data-action": "team-rounds-show",
        onclick: () => {
          Object.assign(set.rounds, { visible: true, seen: true, changedAfterSeen: false });
          renderRounds();
        },
      },
      "Vis sammenligning",
    )
  );

  function renderRounds() {
    const r = set.rounds;
    const merged = r.groups.map((g) => mergeFiles(def, g.files));
    groupParts.forEach((part, k) => {
      const g = r.groups[k];
      if (part.name.value !== g.label) part.name.value = g.label;
      part.addButton.textContent = `Legg til filer i ${roundLabel(k)}`;
      const n = merged[k].counted.length;
      const copies = merged[k].copies.length
        ? " Noen filer har nøyaktig de samme svarene under ulik svar-id og telles som én."
        : "";
      part.groupStatus.textContent = `${roundLabel(k)}: ${count(n, "besvarelse", "besvarelser")}.${copies}`;
      if (part.groupLog.childElementCount !== g.log.length) part.groupLog.replaceChildren(...g.log.map(logLine));
    });
    roundsStatus.textContent = `${roundLabel(0)}: ${merged[0].counted.length}, ${roundLabel(1)}: ${merged[1].counted.length} besvarelser lagt til.`;
    roundsWarning.replaceChildren();
    if (r.changedAfterSeen) {
      const text =
        "Du har allerede sett sammenligningen. Viser du den igjen nå, kan forskjellen i tallene avsløre " +
        "hva de nye filene svarte. Det tryggeste er å begynne på nytt og legge inn alle filene samlet.";
      roundsWarning.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        button({ class: "mvh-btn", "data-action": "team-rounds-restart", onclick: restartRounds }, "Begynn på nytt"),
      );
    }
    showRounds.disabled = r.groups.every((g) => g.files.length === 0);
    if (!r.visible) {
      const text =
        "Legg filene fra hver runde i sin gruppe. Trykk «Vis sammenligning» når alle filene er med. " +
        `Hver gruppe vises bare når minst ${MIN_TEAM_RESPONSES} har svart.`;
      roundsOut.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    const cmp = compareRounds(def, r.groups[0].files, r.groups[1].files);
    const width = chartWidth(roundsOut.clientWidth || results.clientWidth);
    roundsOut.replaceChildren(...roundsResults(def, cmp, [roundLabel(0), roundLabel(1)], width));
  }

  const roundsIntro =
    "Her kan du sammenligne to runder av samme øvelse, for eksempel før og etter et halvår. Filene fra hver " +
    "runde legges i hver sin gruppe og telles hver for seg. Ingen svar kobles mellom gruppene, så ingen kan " +
    "følges fra den ene runden til den andre.";
  const roundsPanel = h("div", { class: "mvh-team-rounds", "data-team-mode-panel": "rounds" }, [
    h("p", { class: "mvh-hint", text: roundsIntro }),
    h(
      "div",
      { class: "mvh-team-round-groups" },
      groupParts.map((p) => p.box),
    ),
    h("div", { class: "mvh-toolbar" }, [
      showRounds,
      button({ class: "mvh-btn", "data-action": "team-rounds-clear", onclick: restartRounds }, "Tøm begge gruppene"),
    ]),
    roundsStatus,
    roundsWarning,
    roundsOut,
  ]);

  /* One team result, or two rounds compared: radio buttons (arrow keys move between them). */
  const modeName = uid("team-mode");
  const modes = [
    { value: "one", text: "Ett teamresultat" },
    { value: "rounds", text: "Sammenligne to runder" },
  ].map((m, i) => {
    const id = `${modeName}-${m.value}`;
    const radio = /** @type {HTMLInputElement} */ (
      input({ type: "radio", name: modeName, id, value: m.value, "data-action": `team-mode-${m.value}` })
    );
    radio.checked = i === 0;
    radio.addEventListener("change", () => setMode(m.value));
    return { radio, el: h("div", { class: "mvh-team-mode" }, [h("label", { class: "mvh-choice" }, [radio, m.text])]) };
  });
  const modeBox = h("fieldset", { class: "mvh-team-modes" }, [
    h("legend", { text: "Hva vil du se?" }),
    ...modes.map((m) => m.el),
  ]);
  /** @param {string} chosen */
  function setMode(chosen) {
    mode = chosen;
    for (const part of onePanel) part.hidden = mode !== "one";
    roundsPanel.hidden = mode !== "rounds";
    if (mode === "rounds") renderRounds();
    else render();
  }

  /** The single view's parts, direct children of the section as before (hidden in the rounds view). */
  const onePanel = [
    h("div", { class: "mvh-toolbar" }, [
      button({ class: "mvh-btn", "data-action": "team-add", onclick: fileInput.open }, "Legg til filer"),
      showButton,
      button({ class: "mvh-btn", "data-action": "team-clear", onclick: reset }, "Tøm oversikten"),
      fileInput.el,
    ]),
    status,
    logTitle,
    log,
    copies,
    warning,
    results,
  ];
  el.replaceChildren(
    h("section", { class: "mvh mvh-team", "aria-label": "Teamoversikt" }, [
      h("p", { class: "mvh-privacy", text: privacy }),
      h("p", { class: "mvh-privacy mvh-team-truth", text: truth }),
      h("label", { for: selectId, text: "Hvilken øvelse gjelder det?" }),
      choice,
      h("p", { class: "mvh-hint mvh-team-sets", text: perExercise }),
      modeBox,
      ...onePanel,
      roundsPanel,
    ]),
  );
  roundsPanel.hidden = true;
  render();
  renderRounds();
}
