// @ts-check
/**
 * "Målinger" under a self-assessment: save the answers as a dated measurement, list, rename and
 * delete measurements, and compare two of them (or one with the answers now) as a chart, a table
 * and lists of what changed. The numbers come from core/measure.js (compareMeasurements); this
 * file only shows them.
 *
 * Model fields used: `measurements` (the list, oldest first), `response_id` (saving a measurement
 * gives the working answers a new one: the measurement keeps the old), `storage` (the static
 * host says when a save failed) and `measurements_recovery` (the static host: a damaged list was read).
 */
import { newResponseId } from "../core/exchange.js";
import { t } from "../core/i18n.js";
import {
  compareMeasurements,
  isDate,
  measurementSummary,
  newMeasurement,
  sortMeasurements,
  today,
} from "../core/measure.js";
import { formatMean, hasContent } from "../core/values.js";
import { chartSvg, chartText, WIDTH, wrapWords } from "./chart.js";
import { questionBox } from "./controls.js";
import { button, h, headRow, input, norwegianDate, scrollBox, select, svg, uid } from "./dom.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../core/types.js").Model} Model */
/** @typedef {Record<string, any>} Measurement */

/** The months' names, in order. @returns {string[]} */
const MONTHS = () => t("measurements.months").split(" ");

/** A date as words: "2. desember 2026". @param {string} iso yyyy-mm-dd */
export function dateInWords(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}. ${MONTHS()[Number(m[2]) - 1] || m[2]} ${m[1]}` : iso;
}

/** The value of "Svarene nå" in the selects. */
const NOW = "naa";

/** A number with a sign, as Norwegians write it: +0,75, −0,50, 0,00. @param {number|null} d */
export function signed(d) {
  if (d === null) return "–";
  const text = formatMean(Math.abs(d));
  return d > 0 ? `+${text}` : d < 0 ? `−${text}` : text;
}

/**
 * The rows (groups) and items of an instrument, for titles: a likert's dimensions, a rating's themes.
 * @param {Definition} def
 */
function titles(def) {
  /** @type {Map<string, string>} */
  const groups = new Map();
  /** @type {Map<string, string>} */
  const items = new Map();
  if (def.kind === "likert") {
    for (const d of def.dimensions) {
      groups.set(d.id, d.title);
      for (const i of d.items) items.set(i.id, i.text);
    }
  } else if (def.kind === "rating") {
    for (const p of def.parts)
      for (const t of p.themes) {
        groups.set(t.id, `${t.id} ${t.title}`);
        for (const i of t.items) items.set(i.id, `${i.id} ${i.text}`);
      }
  }
  return { groups, items };
}

/** The scale the groups' numbers are on: likert min..max, rating points 0..ranked−1. @param {Definition} def */
function groupScale(def) {
  if (def.kind === "likert") return { min: def.scale.min, max: def.scale.max };
  const ranked = def.kind === "rating" ? def.scale.filter((s) => /** @type {any} */ (s).ranked !== false).length : 2;
  return { min: 0, max: Math.max(1, ranked - 1) };
}

/**
 * A rating's points in words: "snittpoeng, fra 0 (rød) til 2 (grønn)" (the worst and best ranked entries).
 * @param {Definition} def @param {number} max
 */
function ratingUnit(def, max) {
  const ranked = def.kind === "rating" ? def.scale.filter((s) => /** @type {any} */ (s).ranked !== false) : [];
  const best = ranked[0]?.label.toLocaleLowerCase("nb") || "best";
  const worst = ranked.at(-1)?.label.toLocaleLowerCase("nb") || t("measurements.darligst");
  return t("measurements.snittpoeng_fra_0_til", { worst, max, best });
}

/**
 * How an item's answer reads on one side: the scale's label of what the reader chose (a likert's own
 * answer, before a reverse item is turned; a rating's colour), "–" when not answered.
 * @param {Definition} def @param {{answers: any}} side
 */
function answerText(def, side) {
  const ratings = side.answers && typeof side.answers.ratings === "object" ? side.answers.ratings || {} : {};
  if (def.kind === "likert") {
    const { min, labels } = def.scale;
    return (/** @type {string} */ id) => {
      const v = Object.hasOwn(ratings, id) ? ratings[id] : null;
      return typeof v === "number" ? labels[v - min] || String(v) : "–";
    };
  }
  const names = new Map(def.kind === "rating" ? def.scale.map((s) => [s.id, s.label]) : []);
  return (/** @type {string} */ id) => {
    const v = Object.hasOwn(ratings, id) ? ratings[id] : null;
    return typeof v === "string" ? names.get(v) || v : "–";
  };
}

const FONT = 14;
const LINE = 17;
const BAR = 12;

/**
 * Two bars per row (before and after) on the scale min..max, the numbers at their ends.
 * @param {{rows: {label: string, before: number|null, after: number|null}[], min: number, max: number,
 *   title: string, beforeName: string, afterName: string}} o
 */
export function beforeAfterBars({ rows, min, max, title, beforeName, afterName }) {
  const valueW = 48;
  const barW = WIDTH - valueW - 2;
  /** @type {SVGElement[]} */
  const nodes = [];
  let y = 0;
  const at = (/** @type {number} */ v) => Math.max(1, (barW * (v - min)) / (max - min));
  for (const row of rows) {
    const lines = wrapWords(row.label, Math.floor(WIDTH / (FONT * 0.56)));
    const label = chartText({ x: 0, y: y + FONT }, "");
    lines.forEach((line, i) => {
      const span = svg("tspan", { x: 0, dy: i === 0 ? 0 : LINE, class: "nohighlight" });
      span.textContent = line;
      label.append(span);
    });
    nodes.push(label);
    y += lines.length * LINE + 3;
    for (const [value, cls] of /** @type {[number|null, string][]} */ ([
      [row.before, "mvh-bar-before"],
      [row.after, "mvh-bar-after"],
    ])) {
      nodes.push(svg("rect", { x: 1, y, width: barW, height: BAR, class: "mvh-bar mvh-v-ubesvart" }));
      if (value !== null) nodes.push(svg("rect", { x: 1, y, width: at(value), height: BAR, class: `mvh-bar ${cls}` }));
      nodes.push(chartText({ x: barW + 8, y: y + 11 }, formatMean(value)));
      y += BAR + 3;
    }
    y += 9;
  }
  // The key: which bar is which.
  const key = [
    ["mvh-bar-before", beforeName],
    ["mvh-bar-after", afterName],
  ];
  for (const [cls, name] of key) {
    nodes.push(svg("rect", { x: 1, y: y + 2, width: 12, height: 12, class: `mvh-bar ${cls}` }));
    nodes.push(chartText({ x: 20, y: y + 13 }, name, 44));
    y += LINE + 4;
  }
  const chart = chartSvg(WIDTH, Math.ceil(y + 4), title);
  chart.classList.add("mvh-measure-chart");
  chart.append(...nodes);
  return chart;
}

/**
 * The comparison of two sides, as a chart, a table and lists.
 * @param {Definition} def @param {{version: number, answers: any, name: string}} before
 * @param {{version: number, answers: any, name: string}} after
 */
export function comparisonView(def, before, after) {
  const cmp = compareMeasurements(def, before, after);
  const { groups, items } = titles(def);
  const { min, max } = groupScale(def);
  const reversed = new Set(
    def.kind === "likert" ? def.dimensions.flatMap((d) => d.items.filter((i) => i.reverse).map((i) => i.id)) : [],
  );
  const was = answerText(def, before);
  const is = answerText(def, after);
  const word = def.kind === "likert" ? t("measurements.dimensjon") : t("measurements.tema");
  const words = def.kind === "likert" ? t("measurements.dimensjoner") : "temaer";
  const unit = def.kind === "likert" ? t("measurements.snitt_pa_skalaen", { min, max }) : ratingUnit(def, max);
  // Only the groups with a number on at least one side: the chart and the table show the same rows.
  const shown = cmp.groups.filter((g) => g.before !== null || g.after !== null);
  const left = cmp.groups.length - shown.length;
  const title = t("measurements.for_og_etter_per_og", {
    toLowerCase: word.toLowerCase(),
    name: before.name,
    name2: after.name,
    unit,
  });
  const chart = shown.length
    ? beforeAfterBars({
        rows: shown.map((g) => ({ label: groups.get(g.id) || g.id, before: g.before, after: g.after })),
        min,
        max,
        title,
        beforeName: t("measurements.for_2", { name: before.name }),
        afterName: t("measurements.etter_2", { name: after.name }),
      })
    : null;
  const table = h("table", { class: "mvh-table mvh-measure-table" }, [
    h("caption", { text: t("measurements.for_etter_tallene_er", { name: before.name, name2: after.name, unit }) }),
    h("thead", {}, [
      headRow([
        word,
        t("measurements.for"),
        t("measurements.etter"),
        t("measurements.endring"),
        t("measurements.besvart_for"),
        t("measurements.besvart_etter"),
      ]),
    ]),
    h(
      "tbody",
      {},
      shown.map((g) =>
        h("tr", { "data-group": g.id }, [
          h("th", { scope: "row", text: groups.get(g.id) || g.id }),
          h("td", { "data-col": "before", text: formatMean(g.before) }),
          h("td", { "data-col": "after", text: formatMean(g.after) }),
          h("td", { "data-col": "delta", text: signed(g.delta) }),
          h("td", { "data-col": "answered-before", text: String(g.answered_before) }),
          h("td", { "data-col": "answered-after", text: String(g.answered_after) }),
        ]),
      ),
    ),
  ]);
  const leftLine = left
    ? h("p", {
        class: "mvh-muted mvh-measure-left",
        text: t("measurements.uten_svar_i_noen_av", { left, x: left === 1 ? word.toLowerCase() : words }),
      })
    : null;
  /** @param {string} change */
  const itemsWith = (change) => cmp.items.filter((/** @type {any} */ i) => i.change === change);
  /** @param {string} name @param {string} change @param {string} intro */
  const list = (name, change, intro) => {
    const found = itemsWith(change);
    if (!found.length) return null;
    // A likert's reverse statements: more agreement there is a worse result, which the words alone do not say.
    const turned =
      (change === "bedre" || change === "dårligere") && found.some((/** @type {any} */ i) => reversed.has(i.id));
    const note = turned ? t("measurements.noen_av_utsagnene_er_snudd") : intro;
    return h("div", { class: "mvh-measure-changes", "data-change": change }, [
      h("h5", { text: `${name} (${found.length})` }),
      note ? h("p", { class: "mvh-muted", text: note }) : null,
      h(
        "ul",
        {},
        found.map((/** @type {any} */ i) =>
          h("li", { "data-item": i.id }, [
            `${items.get(i.id) || i.id} `,
            h("span", { class: "mvh-measure-values", text: `${was(i.id)} → ${is(i.id)}` }),
          ]),
        ),
      ),
    ]);
  };
  const same = itemsWith("uendret").length;
  const lists = [
    list(t("measurements.bedre"), "bedre", ""),
    list(t("measurements.darligere_2"), "dårligere", ""),
    list(t("measurements.nye_svar"), "ny", t("measurements.besvart_na_men_ikke_for")),
    list(t("measurements.ikke_besvart_na"), "borte", t("measurements.besvart_for_men_ikke_na")),
    cmp.skipped.length
      ? h("div", { class: "mvh-measure-changes", "data-change": "skipped" }, [
          h("h5", { text: t("measurements.kunne_ikke_sammenlignes", { n: cmp.skipped.length }) }),
          h("p", {
            class: "mvh-muted",
            text: t("measurements.disse_svarene_er_fra_en"),
          }),
          h(
            "ul",
            {},
            cmp.skipped.map((/** @type {string} */ id) => h("li", { "data-item": id, text: id })),
          ),
        ])
      : null,
  ];
  const sameLine = h("p", {
    class: "mvh-measure-same",
    text:
      cmp.items.length === 0
        ? t("measurements.ingen_av_de_to_har")
        : same === cmp.items.length
          ? t("measurements.alle_svarene_er_like_i")
          : t("measurements.svar_er_uendret", { same }),
  });
  return {
    comparison: cmp,
    root: h("div", { class: "mvh-measure-result" }, [
      chart ? h("figure", { class: "mvh-measure-figure" }, [chart]) : null,
      shown.length ? scrollBox(table, t("measurements.for_og_etter_per", { toLowerCase: word.toLowerCase() })) : null,
      leftLine,
      sameLine,
      ...lists,
    ]),
  };
}

/**
 * The section. `getAnswers` gives the working answers; `say` is the section's own message line.
 * @param {{def: Definition, model: Model, getAnswers: () => Record<string, any>}} o
 */
export function measurementsView({ def, model, getAnswers }) {
  const headingId = uid("maal");
  // The section's own message lines, with classes of their own: the frame's .mvh-message and .mvh-alert stay one each.
  const message = h("div", { class: "mvh-measure-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-measure-alert", role: "alert" });
  /** @param {string} text @param {"ok"|"error"} kind */
  const say = (text, kind) => {
    (kind === "error" ? alert : message).textContent = text;
    (kind === "error" ? message : alert).textContent = "";
  };
  /** @returns {Measurement[]} */
  const current = () => {
    const list = model.get("measurements");
    return Array.isArray(list) ? list : [];
  };
  /** @param {Measurement[]} next */
  const store = (next) => {
    model.set("measurements", sortMeasurements(next));
    model.save_changes();
    // The static host says whether the measurements themselves were written (the answers may be held
    // apart from them); without one (Jupyter) the storage field, if any, tells.
    const failed = model.get("measurements_failed");
    if (failed !== undefined) return failed || null;
    const storage = model.get("storage");
    return !(storage && storage.ok === false) ? null : storage.reason;
  };
  /** @param {string|null} reason @param {string} done */
  const tell = (reason, done) => {
    if (!reason) return say(done, "ok");
    say(
      reason === "quota"
        ? t("measurements.nettleseren_har_ikke_mer_plass")
        : t("measurements.nettleseren_lot_ikke_boka_lagre"),
      "error",
    );
  };

  /* Save as a measurement */
  const labelId = uid("maal-navn");
  const dateId = uid("maal-dato");
  const suggestion = (/** @type {string} */ date) => t("measurements.maling", { dateInWords: dateInWords(date) });
  const labelInput = input({
    type: "text",
    id: labelId,
    maxlength: 80,
    class: "mvh-measure-label",
    autocomplete: "off",
  });
  const dateInput = input({ type: "date", id: dateId, class: "mvh-measure-date", autocomplete: "off", required: true });
  /** The label field still holds a suggestion, not the reader's own text: it follows the date. */
  let suggested = true;
  labelInput.addEventListener("input", () => {
    suggested = labelInput.value === "" || labelInput.value === suggestion(dateInput.value);
  });
  dateInput.addEventListener("change", () => {
    if (suggested && isDate(dateInput.value)) labelInput.value = suggestion(dateInput.value);
  });
  const resetForm = () => {
    dateInput.value = today();
    labelInput.value = suggestion(dateInput.value);
    suggested = true;
  };
  function save() {
    const date = dateInput.value;
    if (!isDate(date)) {
      dateInput.focus();
      return say(t("measurements.skriv_en_dato_for_malingen"), "error");
    }
    const answers = getAnswers();
    if (!hasContent(answers)) return say(t("measurements.det_er_ingen_svar_a"), "error");
    // The measurement keeps the answers' response id; from now on the working answers are a new response.
    const response = model.get("response_id") || newResponseId();
    let m;
    try {
      m = newMeasurement(def, answers, response, labelInput.value.trim() || suggestion(date), date);
    } catch (err) {
      labelInput.focus();
      return say(/** @type {Error} */ (err).message, "error");
    }
    model.set("response_id", newResponseId());
    const failed = store([...current(), m]);
    resetForm();
    showList();
    openCompareDefault();
    tell(failed, t("measurements.malingen_er_lagret_svarene_dine", { label: m.label }));
  }
  // Enter in the label field saves, as in a form.
  labelInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      save();
    }
  });
  const saveButton = button(
    { class: "mvh-btn mvh-btn-primary", "data-action": "measure-save", onclick: save },
    t("measurements.lagre_som_maling"),
  );
  const form = h(
    "div",
    { class: "mvh-measure-new mvh-measure-controls", role: "group", "aria-label": t("measurements.ny_maling") },
    [
      h("div", { class: "mvh-measure-field" }, [
        h("label", { for: labelId, text: t("measurements.navn_pa_malingen") }),
        labelInput,
      ]),
      h("div", { class: "mvh-measure-field" }, [h("label", { for: dateId, text: t("measurements.dato") }), dateInput]),
      saveButton,
    ],
  );

  /* The list */
  const list = h("ol", { class: "mvh-measure-list", tabindex: "-1", "aria-labelledby": headingId });
  const empty = h("p", {
    class: "mvh-measure-empty",
    text: t("measurements.du_har_ingen_malinger_enna"),
  });
  let deleting = /** @type {HTMLElement|null} */ (null);
  const deleteBox = questionBox({
    action: "delete-measurement",
    yes: t("measurements.ja_slett_malingen"),
    groupLabel: t("measurements.bekreft_sletting_av_maling"),
    back: () => (deleting?.isConnected ? deleting : list),
  });
  /** @param {Measurement} m @param {HTMLElement} trigger */
  function askDelete(m, trigger) {
    deleting = trigger;
    say("", "ok"); // a question does not stand under an old message
    deleteBox.ask(
      t("measurements.vil_du_slette_malingen_det", { label: m.label, norwegianDate: norwegianDate(m.date) }),
      () => {
        const failed = store(current().filter((x) => x.id !== m.id));
        showList();
        refreshCompare();
        list.focus();
        tell(failed, t("measurements.malingen_er_slettet", { label: m.label }));
      },
    );
  }
  /** @param {Measurement} m @param {HTMLElement} li @param {HTMLElement} renameButton */
  function startRename(m, li, renameButton) {
    const fieldId = uid("maal-nytt-navn");
    const field = input({ type: "text", id: fieldId, value: m.label, maxlength: 80, autocomplete: "off" });
    const done = () => {
      box.remove();
      li.classList.remove("mvh-renaming");
      renameButton.focus();
    };
    const apply = () => {
      const label = field.value.trim();
      if (!label) return say(t("measurements.navnet_kan_ikke_vaere_tomt"), "error");
      if (label === m.label) return done();
      const failed = store(current().map((x) => (x.id === m.id ? { ...x, label } : x)));
      showList();
      refreshCompare();
      const again = list.querySelector(`li[data-measurement="${CSS.escape(m.id)}"] [data-action="measure-rename"]`);
      if (again instanceof HTMLElement) again.focus();
      tell(failed, t("measurements.malingen_heter_na", { label }));
    };
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        apply();
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        done();
      }
    });
    const box = h(
      "div",
      { class: "mvh-measure-rename mvh-measure-controls", role: "group", "aria-label": t("measurements.nytt_navn") },
      [
        h("label", { for: fieldId, text: t("measurements.nytt_navn") }),
        field,
        button(
          { class: "mvh-btn mvh-btn-small", "data-action": "measure-rename-save", onclick: apply },
          t("measurements.lagre_navnet"),
        ),
        button(
          { class: "mvh-btn mvh-btn-small", "data-action": "measure-rename-cancel", onclick: done },
          t("measurements.avbryt"),
        ),
      ],
    );
    li.classList.add("mvh-renaming");
    li.append(box);
    field.focus();
    field.select();
  }
  function showList() {
    const all = current();
    empty.hidden = all.length > 0;
    list.hidden = all.length === 0;
    list.replaceChildren(
      ...all.map((m) => {
        const li = h("li", { "data-measurement": m.id });
        const rename = button(
          {
            class: "mvh-btn mvh-btn-small",
            "data-action": "measure-rename",
            "aria-label": t("measurements.gi_nytt_navn_til", { label: m.label }),
          },
          t("measurements.gi_nytt_navn"),
        );
        rename.addEventListener("click", () => {
          if (!li.classList.contains("mvh-renaming")) startRename(m, li, rename);
        });
        const del = button(
          {
            class: "mvh-btn mvh-btn-small mvh-btn-danger",
            "data-action": "measure-delete",
            "aria-label": t("measurements.slett_malingen", { label: m.label }),
          },
          t("measurements.slett"),
        );
        del.addEventListener("click", () => askDelete(m, del));
        const older = m.version !== def.version ? t("measurements.fra_versjon_av_ovelsen", { version: m.version }) : "";
        li.append(
          h("div", { class: "mvh-measure-item" }, [
            h("span", { class: "mvh-measure-when", text: norwegianDate(m.date) }),
            h("span", { class: "mvh-measure-name", text: m.label }),
            h("span", { class: "mvh-measure-summary", text: `${measurementSummary(def, m)}${older}` }),
          ]),
          h("div", { class: "mvh-measure-actions mvh-measure-controls" }, [rename, del]),
        );
        return li;
      }),
    );
  }

  /* Compare */
  const beforeId = uid("maal-for");
  const afterId = uid("maal-etter");
  const beforeSelect = select({ id: beforeId, "data-side": "before" }, []);
  const afterSelect = select({ id: afterId, "data-side": "after" }, []);
  const result = h("div", { class: "mvh-measure-compare-result", "aria-live": "polite" });
  let open = false;
  /** @param {HTMLSelectElement} sel @param {string} value */
  function fillSelect(sel, value) {
    const options = [
      ...current()
        .slice()
        .reverse()
        .map((m) => h("option", { value: m.id, text: `${m.label} (${norwegianDate(m.date)})` })),
      h("option", { value: NOW, text: t("measurements.svarene_na") }),
    ];
    sel.replaceChildren(...options);
    sel.value = options.some((o) => o.getAttribute("value") === value) ? value : NOW;
  }
  /** The default pair: the latest two measurements, or the latest and the answers now. */
  function defaults() {
    const all = current();
    if (all.length >= 2) return [all[all.length - 2].id, all[all.length - 1].id];
    return [all.length ? all[0].id : NOW, NOW];
  }
  /** @param {string} value */
  function side(value) {
    const m = current().find((x) => x.id === value);
    if (m) return { version: m.version, answers: m.answers, name: m.label };
    return { version: def.version, answers: getAnswers(), name: t("measurements.svarene_na") };
  }
  function compare() {
    if (beforeSelect.value === afterSelect.value) {
      result.replaceChildren(h("p", { class: "mvh-muted", text: t("measurements.velg_to_ulike_a_sammenligne") }));
    } else {
      result.replaceChildren(comparisonView(def, side(beforeSelect.value), side(afterSelect.value)).root);
    }
    open = true;
  }
  function refreshCompare() {
    const enough = current().length > 0;
    compareBox.hidden = !enough;
    const [b, a] = defaults();
    fillSelect(beforeSelect, beforeSelect.value || b);
    fillSelect(afterSelect, afterSelect.value || a);
    if (!enough) {
      open = false;
      result.replaceChildren();
    } else if (open) compare();
  }
  function openCompareDefault() {
    const [b, a] = defaults();
    fillSelect(beforeSelect, b);
    fillSelect(afterSelect, a);
    compareBox.hidden = current().length === 0;
    if (open) compare();
  }
  for (const sel of [beforeSelect, afterSelect]) sel.addEventListener("change", () => open && compare());
  const compareButton = button(
    { class: "mvh-btn", "data-action": "measure-compare", onclick: compare },
    t("measurements.sammenlign"),
  );
  const compareBox = h("div", { class: "mvh-measure-compare", hidden: true }, [
    h("h5", { text: t("measurements.sammenlign") }),
    h(
      "div",
      {
        class: "mvh-measure-pick mvh-measure-controls",
        role: "group",
        "aria-label": t("measurements.velg_hva_du_vil_sammenligne"),
      },
      [
        h("div", { class: "mvh-measure-field" }, [
          h("label", { for: beforeId, text: t("measurements.for") }),
          beforeSelect,
        ]),
        h("div", { class: "mvh-measure-field" }, [
          h("label", { for: afterId, text: t("measurements.etter") }),
          afterSelect,
        ]),
        compareButton,
      ],
    ),
    result,
  ]);

  const recovered = model.get("measurements_recovery");
  const root = h("section", { class: "mvh-measure", "aria-labelledby": headingId, "data-measure": def.id }, [
    h("h4", { id: headingId, text: t("measurements.malinger") }),
    h("p", {
      class: "mvh-measure-intro",
      text: t("measurements.en_maling_er_en_datert"),
    }),
    recovered
      ? h("p", {
          class: "mvh-measure-alert",
          text: recovered.backedUp
            ? t("measurements.noen_lagrede_malinger_kunne_ikke_2")
            : t("measurements.noen_lagrede_malinger_kunne_ikke"),
        })
      : null,
    form,
    empty,
    list,
    deleteBox.box,
    compareBox,
    message,
    alert,
  ]);
  resetForm();
  showList();
  openCompareDefault();
  const onChange = () => {
    showList();
    refreshCompare();
  };
  model.on("change:measurements", onChange);
  return {
    root,
    /** The answers changed: an open comparison with "Svarene nå" follows them. */
    apply: () => {
      if (open && (beforeSelect.value === NOW || afterSelect.value === NOW)) compare();
    },
    list: current,
    dispose: () => model.off("change:measurements", onChange),
  };
}
