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
import { t } from "../core/i18n.js";
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
export const FEWER_TEXT = () => t("team.faerre_enn_svar", { MIN_TEAM_RESPONSES });

/** A cell that stands for numbers not shown. @param {number} span */
const hiddenCell = (span) => h("td", { class: "mvh-team-hidden", colspan: String(span), text: FEWER_TEXT() });

/** Words for the marked statements (tests select by them). */
export const MARKS = {
  get lowest() {
    return t("team.lavest_snitt_2");
  },
  get widest() {
    return t("team.storst_spredning_2");
  },
};

/** The words that mark an item, in order. @param {Record<string, any>} agg @param {string} id */
const marksOf = (agg, id) =>
  [agg.lowest.includes(id) ? MARKS.lowest : "", agg.widest.includes(id) ? MARKS.widest : ""].filter(Boolean);

/** A figure: the chart, and a caption that says where its numbers are. @param {SVGElement} chart @param {string} kind */
const figure = (chart, kind) =>
  h("figure", { class: "mvh-team-figure", "data-team-chart": kind }, [
    chart,
    h("figcaption", { text: t("team.de_samme_tallene_star_i") }),
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
  const dimTitle = t("team.teamets_snitt_per_dimensjon_pa", {
    min,
    max,
    join: dimRows
      .map((r) => `${r.label} ${r.mean === null ? FEWER_TEXT() : formatMean(r.mean)}${r.band ? ` (${r.band})` : ""}`)
      .join(", "),
  });
  const dimTable = h("table", { class: "mvh-table", "data-team-table": "dimensions" }, [
    h("caption", { text: t("team.snitt_per_dimensjon_skala_n", { min, max, n: agg.n }) }),
    h("thead", {}, [
      headRow([t("team.dimensjon"), t("team.svar"), t("team.snitt"), ...(hasBands ? [t("team.niva")] : [])]),
    ]),
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
  const itemTitle = t("team.snitt_og_spredning_per_utsagn", {
    join: itemRows
      .map(
        (r) =>
          `${r.label} ${r.mean === null ? FEWER_TEXT() : t("team.pluss_minus", { formatMean: formatMean(r.mean), formatMean2: formatMean(r.spread) })}${r.marks.length ? `, ${r.marks.join(t("team.og"))}` : ""}`,
      )
      .join("; "),
  });
  const reversed = allItems.some((it) => it.reverse);
  const itemHow = t("team.bildet_viser_snittet_per_utsagn", {
    x: reversed ? t("team.snittet_star_i_samme_retning", { min, max }) : "",
  });
  const itemTable = h("table", { class: "mvh-table", "data-team-table": "items" }, [
    h("caption", { text: t("team.fordeling_snitt_og_spredning_per_2", { n: agg.n }) }),
    h("thead", {}, [
      h("tr", {}, [
        h("th", { scope: "col", text: t("team.utsagn") }),
        ...points.map((p) => h("th", { scope: "col", title: scale.labels[p - min], text: String(p) })),
        h("th", { scope: "col", text: t("team.snitt") }),
        h("th", { scope: "col", text: t("team.spredning") }),
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
            it.text + (it.reverse ? t("team.omvendt_snittet_er_snudd") : ""),
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
    look.push(
      h("li", { text: t("team.lavest_snitt", { named: named(agg.lowest, (e) => formatMean(e.scored_mean)) }) }),
    );
  if (agg.widest.length)
    look.push(h("li", { text: t("team.storst_spredning", { named: named(agg.widest, (e) => formatMean(e.spread)) }) }));
  const out = [
    h("h4", { text: t("team.snitt_per_dimensjon") }),
    figure(dimensionChart({ rows: dimRows, min, max, title: dimTitle, hiddenText: FEWER_TEXT(), width }), "dimensions"),
    scrollBox(dimTable, t("team.tabell_snitt_per_dimensjon")),
    h("h4", { text: t("team.utsagnene") }),
    look.length
      ? h("div", { class: "mvh-team-look" }, [
          h("p", { text: t("team.se_saerlig_pa_disse_utsagnene") }),
          h("ul", {}, look),
        ])
      : h("p", {
          class: "mvh-team-look",
          text: t("team.ingen_utsagn_skiller_seg_ut"),
        }),
    h("p", { class: "mvh-team-how", text: itemHow }),
    figure(itemChart({ rows: itemRows, min, max, title: itemTitle, hiddenText: FEWER_TEXT(), width }), "items"),
    scrollBox(itemTable, t("team.tabell_fordeling_snitt_og_spredning_2")),
  ];
  const hidden = agg.hidden.items.length;
  if (hidden) {
    const text = t("team.har_og_vises_ikke_de", { count: t("team.count_utsagn", { n: hidden }), fewer: FEWER_TEXT() });
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
  const title = t("team.snitt_og_spredning_per_pastand", {
    min,
    x: labels[0],
    max,
    x2: labels[labels.length - 1],
    join: rows
      .map(
        (r) =>
          `${r.label} ${r.mean === null ? FEWER_TEXT() : t("team.pluss_minus", { formatMean: formatMean(r.mean), formatMean2: formatMean(r.spread) })}`,
      )
      .join("; "),
  });
  const table = h("table", { class: "mvh-table", "data-team-table": "statements" }, [
    h("caption", { text: t("team.fordeling_snitt_og_spredning_per", { n: agg.n }) }),
    h("thead", {}, [
      h("tr", {}, [
        h("th", { scope: "col", text: t("team.pastand_2") }),
        ...points.map((p) => h("th", { scope: "col", title: labels[p - min], text: String(p) })),
        h("th", { scope: "col", text: t("team.snitt") }),
        h("th", { scope: "col", text: t("team.spredning") }),
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
        : h("p", { class: "mvh-team-hidden", text: FEWER_TEXT() }),
    ]);
  });
  const out = [
    h("h4", { text: t("team.pastandene") }),
    h("p", {
      class: "mvh-team-how",
      text: t("team.bildet_viser_snittet_per_pastand", { scaleWords }),
    }),
    figure(itemChart({ rows, min, max, title, hiddenText: FEWER_TEXT(), width }), "statements"),
    scrollBox(table, t("team.tabell_fordeling_snitt_og_spredning")),
    h("h4", { text: t("team.de_skrevne_svarene") }),
    h("p", {
      class: "mvh-team-how",
      text: t("team.hvert_sporsmal_for_seg_sortert", { MIN_TEAM_RESPONSES }),
    }),
    ...questions,
  ];
  const hiddenWords = [
    agg.hidden.items.length ? t("team.count_pastand", { n: agg.hidden.items.length }) : "",
    agg.hidden.questions.length ? t("team.count_sporsmal", { n: agg.hidden.questions.length }) : "",
  ].filter(Boolean);
  if (hiddenWords.length) {
    const text = t("team.har_og_vises_ikke", { join: hiddenWords.join(t("team.og")), fewer: FEWER_TEXT() });
    out.push(h("p", { class: "mvh-team-note", text }));
  }
  return out;
}

/** @param {RatingDef} def @param {Record<string, any>} agg @param {number} width the charts' width */
function ratingTables(def, agg, width) {
  const keys = [...def.scale.map((x) => x.id), UNANSWERED];
  /** @param {string} k */
  const label = (k) => (k === UNANSWERED ? t("team.ikke_vurdert") : def.scale.find((x) => x.id === k)?.label || k);
  const themes = def.parts.flatMap((p) => p.themes);
  /** @param {Record<string, any>} entry */
  const cells = (entry) =>
    entry.shown ? keys.map((k) => h("td", { text: String(entry.counts[k]) })) : [hiddenCell(keys.length)];
  const rows = themes.map((t) => {
    const e = own(agg.themes, t.id);
    return { id: t.id, label: `${t.id}. ${t.title}`, counts: e.shown ? e.counts : null };
  });
  const title = t("team.antall_vurderinger_per_tema_og_2", {
    join: rows
      .map((r) => `${r.label}: ${r.counts ? keys.map((k) => `${label(k)} ${r.counts?.[k]}`).join(", ") : FEWER_TEXT()}`)
      .join("; "),
  });
  const themeTable = h("table", { class: "mvh-table", "data-team-table": "themes" }, [
    h("caption", { text: t("team.antall_vurderinger_per_tema_og", { n: agg.n }) }),
    h("thead", {}, [headRow([t("team.tema"), ...keys.map(label)])]),
    h("tbody", {}, [
      ...themes.map((t) =>
        h("tr", { "data-theme": t.id }, [
          h("th", { scope: "row", text: `${t.id}. ${t.title}` }),
          ...cells(own(agg.themes, t.id)),
        ]),
      ),
      h("tr", { class: "mvh-row-total" }, [h("th", { scope: "row", text: t("team.totalt") }), ...cells(agg.total)]),
    ]),
  ]);
  const goals = themes.reduce((n, t) => n + t.items.length, 0);
  const goalTable = h("table", { class: "mvh-table mvh-team-goals", "data-team-table": "goals" }, [
    h("caption", { text: t("team.antall_vurderinger_per_mal_og", { n: agg.n }) }),
    h("thead", {}, [headRow([t("team.mal_2"), ...keys.map(label)])]),
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
    h("h4", { text: t("team.per_tema") }),
    figure(countChart({ rows, keys, keyLabel: label, title, hiddenText: FEWER_TEXT(), width }), "themes"),
    scrollBox(themeTable, t("team.tabell_vurderinger_per_tema")),
    h("details", { class: "mvh-team-per-goal" }, [
      h("summary", { text: t("team.per_mal_alle_mal", { goals }) }),
      scrollBox(goalTable, t("team.tabell_vurderinger_per_mal")),
    ]),
  ];
  const hidden = agg.hidden.items.length;
  if (hidden) {
    const text = t("team.har_og_er_ikke_med", { count: t("team.count_mal", { n: hidden }), fewer: FEWER_TEXT() });
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
  t("team.har_gruppen_vises_forst_nar", {
    label,
    x: n ? t("team.svar_fra", { count: t("team.count_person", { n: n }) }) : t("team.ingen_svar_enna"),
    MIN_TEAM_RESPONSES,
  });

/** A round row's header and attribute (tests select by it), per kind. */
const ROW_WORD = {
  get likert() {
    return t("team.dimensjon");
  },
  get evaluation() {
    return t("team.pastand_2");
  },
  get rating() {
    return t("team.tema");
  },
};
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
  const what =
    def.kind === "likert" ? t("team.dimensjon_2") : def.kind === "evaluation" ? t("team.pastand") : t("team.tema_2");
  const titles =
    def.kind === "likert"
      ? def.dimensions.map((d) => ({ id: d.id, label: d.title }))
      : def.kind === "evaluation"
        ? def.statements.map((st) => ({ id: st.id, label: st.text }))
        : def.parts.flatMap((p) => p.themes.map((t) => ({ id: t.id, label: `${t.id}. ${t.title}` })));
  /** Text for a row not shown in a group. @param {Record<string, any>} r @param {number} k */
  const missing = (r, k) => {
    if ((k === 0 ? r.n_a : r.n_b) === null || def.kind !== "rating") return FEWER_TEXT();
    // Rating: the theme was rated, but only with entries outside the scale's order.
    const unranked = def.scale.filter((x) => /** @type {any} */ (x).ranked === false);
    return t("team.bare", { join: unranked.map((x) => x.label).join("», «") });
  };
  const rows = cmp.rows.map((r, i) => ({
    id: r.id,
    label: titles[i].label,
    values: shown.map((k) => (k === 0 ? r.a : r.b)),
    hidden: shown.map((k) => missing(r, k)),
  }));
  const names = shown.map((k) => labels[k]);
  const { min, max } = cmp.scale;
  let how = t("team.snittet_per_pa_en_skala", { what, min, max });
  if (def.kind === "rating") {
    const points = scalePoints(def);
    const given = def.scale
      .filter((x) => points.has(x.id))
      .map((x) => `${x.label} ${points.get(x.id)}`)
      .join(", ");
    const out2 = def.scale.filter((x) => !points.has(x.id)).map((x) => `«${x.label}»`);
    how = t("team.snittet_er_poeng_per_vurdering", {
      given,
      x: out2.length ? t("team.er_ikke_med_i_snittet", { join: out2.join(t("team.og")) }) : "",
      MIN_TEAM_RESPONSES,
    });
  }
  const title = t("team.snitt_per_tallene_star_ogsa", {
    what,
    join: names.join(t("team.og")),
    join2: rows
      .map(
        (r) =>
          `${r.label}: ${r.values.map((v, j) => `${names[j]} ${v === null ? r.hidden[j] : formatMean(v)}`).join(", ")}`,
      )
      .join("; "),
  });
  const caption = t("team.snitt_per_skala", {
    what,
    min,
    max,
    join: shown.map((k) => `${labels[k]} (n = ${cmp.groups[k].n})`).join(t("team.og")),
  });
  const table = h("table", { class: "mvh-table", "data-team-table": "rounds" }, [
    h("caption", { text: caption }),
    h("thead", {}, [headRow([ROW_WORD[def.kind], ...names, ...(both ? [t("team.endring")] : [])])]),
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
    h("h3", { text: t("team.snitt_per_runde_for_runde", { what }) }),
    h("p", { class: "mvh-team-how", text: how }),
    h("figure", { class: "mvh-team-figure", "data-team-chart": "rounds" }, [
      roundsChart({ rows, groups: names, min, max, title, width }),
      h("figcaption", { text: t("team.de_samme_tallene_star_i") }),
    ]),
    scrollBox(table, t("team.tabell_snitt_per_i_hver", { what })),
  );
  if (both) {
    out.push(
      h("p", {
        class: "mvh-hint",
        text: t("team.endring_er_snittet_i_den"),
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
const ROUND_NAMES = () => [t("team.runde_1"), t("team.runde_2")];

/** @returns {RoundSet} */
const freshRounds = () => ({
  groups: ROUND_NAMES().map((label) => ({ label, files: [], log: [] })),
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
  const logTitle = h("p", { class: "mvh-team-log-title", text: t("team.filene_du_har_lagt_til") });
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
    if (file.size === 0) return t("team.filen_er_tom", { name: file.name });
    if (file.size > MAX_IMPORT_BYTES) return t("team.filen_er_storre_enn_1", { name: file.name });
    let data;
    try {
      data = parseImport(d, await file.text());
    } catch (err) {
      return `«${file.name}»: ${/** @type {Error} */ (err).message}`;
    }
    const response = typeof data.response === "string" && data.response ? data.response : null;
    if (!response) return t("team.filen_mangler_svar_id_og", { name: file.name });
    const key = answerKey(d, data.answers);
    const before = current(d, s.files, response);
    /** @type {TeamFile} */
    const added = { name: file.name, response, answers: data.answers, exported: data.exported };
    s.files.push(added);
    if (before && answerKey(d, before.answers) === key) {
      return t("team.samme_besvarelse_er_lagt_til", { name: file.name });
    }
    const empty = key ? "" : t("team.den_har_ingen_besvarte_utsagn");
    if (before) {
      const same = t("team.samme_svar_id_som_men", { name: file.name, name2: before.name });
      const a = exportTime(before.exported);
      const b = exportTime(added.exported);
      if (a === null || b === null || a === b) return t("team.den_nye_filen_erstatter_den", { same, empty });
      if (b > a) {
        return t("team.og_en_nyere_eksport_den", { same, empty });
      }
      return t("team.og_en_eldre_eksport_den", { same });
    }
    return empty ? t("team.lest", { name: file.name, empty }) : t("team.lagt_til_2", { name: file.name });
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
    status.textContent = t("team.lagt_til_3", {
      count: t("team.count_besvarelse", { n: n }),
      x: merged.empty.length
        ? t("team.uten_svar_telles_ikke", { count: t("team.count_fil", { n: merged.empty.length }) })
        : "",
    });
    defs.forEach((d, i) => {
      const s = /** @type {TeamSet} */ (sets.get(d.id));
      const k = s.files.length + s.rounds.groups.reduce((n, g) => n + g.files.length, 0);
      options[i].textContent = k
        ? t("team.lagt_til", { title: d.title, count: t("team.count_fil", { n: k }) })
        : d.title;
    });
    logTitle.hidden = mode !== "one" || set.log.length === 0;

    copies.replaceChildren();
    if (merged.copies.length) {
      const groups = merged.copies.map((g) => g.map((name) => `«${name}»`).join(t("team.og")));
      const text = t("team.har_noyaktig_de_samme_svarene", {
        join: groups.join("; "),
        x: set.countCopies ? t("team.na_telles_de_hver_for") : t("team.derfor_telles_de_som_n"),
      });
      copies.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        h("p", {}, [
          copiesBox,
          " ",
          h("label", {
            for: copiesId,
            text: t("team.jeg_vet_at_dette_er"),
          }),
        ]),
      );
    }

    warning.replaceChildren();
    if (set.changedAfterSeen) {
      const text = t("team.du_har_allerede_sett_teamresultatet");
      warning.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        button({ class: "mvh-btn", "data-action": "team-restart", onclick: reset }, t("team.begynn_pa_nytt")),
      );
    }

    showButton.disabled = set.files.length === 0;
    if (!set.visible) {
      const text = set.files.length ? t("team.legg_til_alle_filene_forst") : t("team.legg_til_filene_fra_teamet");
      results.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    const agg = aggregate(def, [...merged.answers, ...merged.empty.map(() => ({}))]);
    if (!agg.shown) {
      const text = t("team.teamresultatet_vises_bare_nar_minst", { MIN_TEAM_RESPONSES, n: agg.n });
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
    button({ class: "mvh-btn", "data-action": "team-show", onclick: reveal }, t("team.vis_teamresultat"))
  );
  const privacy = t("team.filene_leses_bare_her_i");
  const truth = t("team.den_som_legger_inn_filene", { fewer: FEWER_TEXT() });
  const perExercise = t("team.hver_ovelse_har_sine_egne");
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
    const legend = h("legend", { text: t("team.gruppe", { x: k + 1 }) });
    const box = h("fieldset", { class: "mvh-team-round", "data-round": String(k) }, [
      legend,
      h("label", { for: nameId, text: t("team.navn_pa_gruppen") }),
      name,
      h("div", { class: "mvh-toolbar" }, [addButton, picker.el]),
      groupStatus,
      groupLog,
    ]);
    return { box, name, addButton, groupStatus, groupLog };
  });
  /** A group's name as shown: what the reader typed, or "Runde 1"/"Runde 2". @param {number} k */
  const roundLabel = (k) => set.rounds.groups[k].label.trim() || ROUND_NAMES()[k];
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
      t("team.vis_sammenligning"),
    )
  );

  function renderRounds() {
    const r = set.rounds;
    const merged = r.groups.map((g) => mergeFiles(def, g.files));
    groupParts.forEach((part, k) => {
      const g = r.groups[k];
      if (part.name.value !== g.label) part.name.value = g.label;
      part.addButton.textContent = t("team.legg_til_filer_i", { roundLabel: roundLabel(k) });
      const n = merged[k].counted.length;
      const copies = merged[k].copies.length ? t("team.noen_filer_har_noyaktig_de") : "";
      part.groupStatus.textContent = `${roundLabel(k)}: ${t("team.count_besvarelse", { n: n })}.${copies}`;
      if (part.groupLog.childElementCount !== g.log.length) part.groupLog.replaceChildren(...g.log.map(logLine));
    });
    roundsStatus.textContent = t("team.besvarelser_lagt_til", {
      roundLabel: roundLabel(0),
      n: merged[0].counted.length,
      roundLabel2: roundLabel(1),
      n2: merged[1].counted.length,
    });
    roundsWarning.replaceChildren();
    if (r.changedAfterSeen) {
      const text = t("team.du_har_allerede_sett_sammenligningen");
      roundsWarning.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        button(
          { class: "mvh-btn", "data-action": "team-rounds-restart", onclick: restartRounds },
          t("team.begynn_pa_nytt"),
        ),
      );
    }
    showRounds.disabled = r.groups.every((g) => g.files.length === 0);
    if (!r.visible) {
      const text = t("team.legg_filene_fra_hver_runde", { MIN_TEAM_RESPONSES });
      roundsOut.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    const cmp = compareRounds(def, r.groups[0].files, r.groups[1].files);
    const width = chartWidth(roundsOut.clientWidth || results.clientWidth);
    roundsOut.replaceChildren(...roundsResults(def, cmp, [roundLabel(0), roundLabel(1)], width));
  }

  const roundsIntro = t("team.her_kan_du_sammenligne_to");
  const roundsPanel = h("div", { class: "mvh-team-rounds", "data-team-mode-panel": "rounds" }, [
    h("p", { class: "mvh-hint", text: roundsIntro }),
    h(
      "div",
      { class: "mvh-team-round-groups" },
      groupParts.map((p) => p.box),
    ),
    h("div", { class: "mvh-toolbar" }, [
      showRounds,
      button(
        { class: "mvh-btn", "data-action": "team-rounds-clear", onclick: restartRounds },
        t("team.tom_begge_gruppene"),
      ),
    ]),
    roundsStatus,
    roundsWarning,
    roundsOut,
  ]);

  /* One team result, or two rounds compared: radio buttons (arrow keys move between them). */
  const modeName = uid("team-mode");
  const modes = [
    { value: "one", text: t("team.ett_teamresultat") },
    { value: "rounds", text: t("team.sammenligne_to_runder") },
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
    h("legend", { text: t("team.hva_vil_du_se") }),
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
      button({ class: "mvh-btn", "data-action": "team-add", onclick: fileInput.open }, t("team.legg_til_filer")),
      showButton,
      button({ class: "mvh-btn", "data-action": "team-clear", onclick: reset }, t("team.tom_oversikten")),
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
    h("section", { class: "mvh mvh-team", "aria-label": t("team.teamoversikt") }, [
      h("p", { class: "mvh-privacy", text: privacy }),
      h("p", { class: "mvh-privacy mvh-team-truth", text: truth }),
      h("label", { for: selectId, text: t("team.hvilken_ovelse_gjelder_det") }),
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
