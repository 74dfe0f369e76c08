// @ts-check
/**
 * Metodeveilederhåndboka: the one UI for every instrument.
 *
 * Written once in anywidget's shape (`export default { render({ model, el }) }`).
 * In Jupyter, anywidget supplies the model and answers sync to Python.
 * In the static book, static-host.js supplies a small model kept in
 * localStorage (see widgets/sphinx_ext.py for how this file is wrapped).
 *
 * Model fields used here:
 *   definition  the instrument (validated YAML, as JSON)
 *   answers     the reader's answers; always replaced, never mutated
 *   storage     (static host only) {ok: boolean, reason?: string}
 *
 * All reader text is put in the DOM with textContent, never innerHTML, so
 * nothing a reader types or imports can run.
 */

/** @typedef {{id: string, label: string, description?: string}} ScaleValue */
/** @typedef {{id: string, text: string}} Item */
/** @typedef {{id: string, title: string, intention?: string, items: Item[]}} Theme */
/** @typedef {{id: string, title: string, intro?: string, themes: Theme[]}} Part */
/**
 * @typedef {{id: string, version: number, kind: string, title: string, intro?: string,
 *   source?: string, scale?: ScaleValue[], parts?: Part[], plan?: {max_themes: number, intro?: string},
 *   prompts?: {id: string, text: string}[]}} Definition
 */
/** @typedef {{theme: string, action: string, who: string, when: string}} PlanRow */
/**
 * @typedef {{get(name: string): any, set(name: string, value: any): void, save_changes(): void,
 *   on(event: string, cb: Function): void, off(event: string, cb?: Function): void}} Model
 */

export const EXPORT_FORMAT = "metodeveilederhandboka-svar";
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const UNANSWERED = "ubesvart";

const PRIVACY_HINT =
  "Ikke skriv noe som kan identifisere en arbeidssøker, en arbeidsgiver eller en kollega.";

/* ------------------------------------------------------------------ scoring */

/** @param {unknown} v */
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
// The same set as WHITESPACE in scoring.py: trim() and str.strip() differ.
const EDGE_SPACE = /^[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+|[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+$/g;
/** @param {unknown} v */
const text = (v) => (typeof v === "string" ? v.replace(EDGE_SPACE, "") : "");

/**
 * Summarise answers. Mirrors widgets/scoring.py; both are checked against
 * tests/vectors so they cannot drift.
 * @param {Definition} def
 * @param {any} answers
 */
export function summarize(def, answers) {
  const a = isObject(answers) ? answers : {};
  if (def.kind === "rating") {
    const scale = (def.scale || []).map((s) => s.id);
    const ratings = isObject(a.ratings) ? a.ratings : {};
    const empty = () => {
      /** @type {Record<string, number>} */
      const c = {};
      for (const s of scale) c[s] = 0;
      c[UNANSWERED] = 0;
      return c;
    };
    const total = empty();
    /** @type {Record<string, Record<string, number>>} */
    const parts = {};
    /** @type {Record<string, Record<string, number>>} */
    const themes = {};
    let items = 0;
    let answered = 0;
    for (const part of def.parts || []) {
      const pc = (parts[part.id] = empty());
      for (const theme of part.themes) {
        const tc = (themes[theme.id] = empty());
        for (const item of theme.items) {
          const v = ratings[item.id];
          const key = typeof v === "string" && scale.includes(v) ? v : UNANSWERED;
          items += 1;
          if (key !== UNANSWERED) answered += 1;
          for (const c of [total, pc, tc]) c[key] += 1;
        }
      }
    }
    return { items, answered, total, parts, themes };
  }
  if (def.kind === "reflection") {
    const responses = isObject(a.responses) ? a.responses : {};
    const prompts = def.prompts || [];
    return {
      prompts: prompts.length,
      answered: prompts.filter((p) => text(responses[p.id]) !== "").length,
    };
  }
  throw new Error(`no summary for kind ${def.kind}`);
}

/* ---------------------------------------------------------- answer checking */

/**
 * Check the shape of imported answers. Returns an error message in Norwegian,
 * or "" when the answers can be used.
 * @param {Definition} def
 * @param {any} answers
 */
export function checkAnswers(def, answers) {
  if (!isObject(answers)) return "svarene mangler eller er ikke et objekt";
  /** @param {any} obj @param {string} field */
  const stringMap = (obj, field) => {
    if (obj === undefined) return "";
    if (!isObject(obj)) return `feltet «${field}» skal være en liste med tekster`;
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v !== "string") return `feltet «${field}» har en verdi som ikke er tekst (${k})`;
    }
    return "";
  };
  if (def.kind === "rating") {
    const err = stringMap(answers.ratings, "ratings") || stringMap(answers.notes, "notes");
    if (err) return err;
    if (answers.plan !== undefined) {
      if (!Array.isArray(answers.plan)) return "feltet «plan» skal være en liste";
      if (answers.plan.length > (def.plan ? def.plan.max_themes : 0))
        return "handlingsplanen har flere rader enn øvelsen tillater";
      for (const row of answers.plan) {
        if (!isObject(row)) return "en rad i handlingsplanen har feil format";
        for (const f of ["theme", "action", "who", "when"]) {
          if (row[f] !== undefined && typeof row[f] !== "string")
            return `feltet «${f}» i handlingsplanen skal være tekst`;
        }
      }
    }
    return "";
  }
  if (def.kind === "reflection") return stringMap(answers.responses, "responses");
  return "ukjent type øvelse";
}

/**
 * Parse and check an imported file's text. Throws Error with a Norwegian
 * message; nothing is changed by a failed import.
 * @param {Definition} def
 * @param {string} raw
 */
export function parseImport(def, raw) {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new Error("Filen er ikke en gyldig JSON-fil. Velg en fil du har eksportert fra denne øvelsen.");
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new Error("Filen ser ikke ut som en eksport fra Metodeveilederhåndboka.");
  }
  if (data.instrument !== def.id) {
    const other = typeof data.instrument === "string" ? `«${data.instrument}»` : "en annen øvelse";
    throw new Error(`Filen er fra ${other}, ikke fra «${def.id}». Velg riktig fil.`);
  }
  const err = checkAnswers(def, data.answers);
  if (err) throw new Error(`Filen har svar i feil format: ${err}.`);
  return data;
}

/**
 * The export file: the full answers plus the instrument id and version.
 * widgets/jupyter.py writes the same format in Instrument.save().
 * @param {Definition} def
 * @param {any} answers
 */
export function exportData(def, answers) {
  return {
    format: EXPORT_FORMAT,
    instrument: def.id,
    version: def.version,
    title: def.title,
    exported: new Date().toISOString(),
    answers,
  };
}

/** A CSV cell: quoted, and guarded against spreadsheet formula injection. */
/** @param {unknown} value */
function cell(value) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return '"' + s.replace(/"/g, '""') + '"';
}

/**
 * Semicolon-separated CSV (what Norwegian spreadsheet programs expect), with BOM.
 * @param {Definition} def
 * @param {any} answers
 */
export function exportCsv(def, answers) {
  const a = isObject(answers) ? answers : {};
  /** @type {unknown[][]} */
  const rows = [];
  if (def.kind === "rating") {
    const label = Object.fromEntries((def.scale || []).map((s) => [s.id, s.label]));
    const ratings = isObject(a.ratings) ? a.ratings : {};
    const notes = isObject(a.notes) ? a.notes : {};
    const themeTitle = {};
    rows.push(["type", "nummer", "tema", "tekst", "vurdering", "notat", "hvem", "innen"]);
    for (const part of def.parts || []) {
      for (const theme of part.themes) {
        themeTitle[theme.id] = theme.title;
        for (const item of theme.items) {
          rows.push(["mål", item.id, theme.title, item.text, label[ratings[item.id]] || "", notes[item.id] || "", "", ""]);
        }
      }
    }
    for (const row of Array.isArray(a.plan) ? a.plan : []) {
      if (!row || !(row.theme || row.action)) continue;
      rows.push(["tiltak", row.theme || "", themeTitle[row.theme] || "", row.action || "", "", "", row.who || "", row.when || ""]);
    }
  } else {
    const responses = isObject(a.responses) ? a.responses : {};
    rows.push(["nummer", "spørsmål", "svar"]);
    (def.prompts || []).forEach((p, i) => rows.push([i + 1, p.text, responses[p.id] || ""]));
  }
  return "\ufeff" + rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
}

/* --------------------------------------------------------------- DOM helpers */

let uidCounter = 0;
/** @param {string} prefix */
const uid = (prefix) => `mvh-${prefix}-${++uidCounter}`;

/**
 * Create an element. Text goes in with textContent only.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {(Node|string|null|undefined|false)[]} [children]
 */
function h(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";
/** @param {string} tag @param {Record<string, string|number>} [attrs] */
function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** @param {string} filename @param {string} content @param {string} type */
function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** @param {Date} d */
const stamp = (d) => d.toISOString().slice(0, 10);

/* ------------------------------------------------------------- the renderers */

/**
 * A rating instrument (the Kvalitetsveileder self-assessment).
 * @param {Definition} def
 * @param {() => any} getAnswers
 * @param {(next: any) => void} setAnswers
 */
function ratingBody(def, getAnswers, setAnswers) {
  const scale = def.scale || [];
  const parts = def.parts || [];
  const themes = parts.flatMap((p) => p.themes);
  /** @type {Map<string, HTMLInputElement[]>} */
  const radios = new Map();
  /** @type {Map<string, {area: HTMLTextAreaElement, details: HTMLDetailsElement, print: HTMLElement}>} */
  const notes = new Map();
  /** @type {Map<string, HTMLElement>} */
  const printValues = new Map();

  const update = (/** @type {(a: any) => any} */ change) => {
    const a = getAnswers();
    setAnswers(change({ ratings: { ...(a.ratings || {}) }, notes: { ...(a.notes || {}) }, plan: [...(a.plan || [])] }));
  };

  const legend = h("dl", { class: "mvh-scale-legend" }, scale.flatMap((s) => [
    h("dt", {}, [h("span", { class: `mvh-swatch mvh-v-${s.id}`, "aria-hidden": "true" }), s.label]),
    h("dd", { text: s.description || "" }),
  ]));

  const sections = parts.map((part) => {
    const partNodes = part.themes.map((theme) => {
      const items = theme.items.map((item) => {
        const name = uid(`r${item.id}`);
        const legendId = uid("legend");
        const choiceInputs = scale.map((s) =>
          h("input", {
            type: "radio",
            name,
            value: s.id,
            "data-item": item.id,
            onchange: () => update((a) => ((a.ratings[item.id] = s.id), a)),
          }),
        );
        radios.set(item.id, /** @type {HTMLInputElement[]} */ (choiceInputs));
        const noteId = uid("note");
        const hintId = uid("hint");
        const area = /** @type {HTMLTextAreaElement} */ (
          h("textarea", {
            id: noteId,
            rows: 3,
            "aria-describedby": hintId,
            "data-note": item.id,
            oninput: (/** @type {Event} */ e) => {
              const value = /** @type {HTMLTextAreaElement} */ (e.target).value;
              update((a) => {
                if (value) a.notes[item.id] = value;
                else delete a.notes[item.id];
                return a;
              });
            },
          })
        );
        const notePrint = h("p", { class: "mvh-print-only mvh-print-note" });
        const details = /** @type {HTMLDetailsElement} */ (
          h("details", { class: "mvh-note" }, [
            h("summary", {}, [`Notat til ${item.id}`]),
            h("label", { for: noteId, text: `Notat til mål ${item.id} (valgfritt)` }),
            area,
            h("p", { class: "mvh-hint", id: hintId, text: PRIVACY_HINT }),
          ])
        );
        notes.set(item.id, { area, details, print: notePrint });
        const printValue = h("p", { class: "mvh-print-only mvh-print-value" });
        printValues.set(item.id, printValue);
        return h("li", { class: "mvh-item", "data-item": item.id }, [
          h("fieldset", { "aria-labelledby": legendId }, [
            h("legend", { id: legendId }, [h("span", { class: "mvh-num", text: item.id }), " ", item.text]),
            h(
              "div",
              { class: "mvh-choices" },
              choiceInputs.map((input, i) =>
                h("label", { class: `mvh-choice mvh-v-${scale[i].id}` }, [
                  input,
                  h("span", { class: "mvh-swatch", "aria-hidden": "true" }),
                  h("span", { text: scale[i].label }),
                ]),
              ),
            ),
          ]),
          printValue,
          details,
          notePrint,
        ]);
      });
      return h("section", { class: "mvh-theme", "data-theme": theme.id }, [
        h("h5", { text: `${theme.id}. ${theme.title}` }),
        theme.intention ? h("p", { class: "mvh-intention", text: theme.intention }) : null,
        h("ol", { class: "mvh-items" }, items),
      ]);
    });
    return h("section", { class: "mvh-part" }, [
      h("h4", { text: part.title }),
      part.intro ? h("p", { text: part.intro }) : null,
      ...partNodes,
    ]);
  });

  /* summary: live text, an SVG chart and the same numbers as a table */
  const progress = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const chartBox = h("div", { class: "mvh-chart" });
  const table = h("table", { class: "mvh-table" });
  const summaryBox = h("section", { class: "mvh-summary", "aria-label": "Oppsummering" }, [
    h("h4", { text: "Oppsummering" }),
    h("p", { class: "mvh-summary-total" }),
    chartBox,
    table,
  ]);

  /* action plan */
  const maxThemes = def.plan ? def.plan.max_themes : 0;
  /** @type {{select: HTMLSelectElement, action: HTMLTextAreaElement, who: HTMLInputElement, when: HTMLInputElement, print: HTMLElement}[]} */
  const planRows = [];
  const planBox = maxThemes
    ? h("section", { class: "mvh-plan" }, [
        h("h4", { text: "Handlingsplan" }),
        def.plan && def.plan.intro ? h("p", { text: def.plan.intro }) : null,
        ...Array.from({ length: maxThemes }, (_, i) => {
          const ids = { theme: uid("pt"), action: uid("pa"), who: uid("pw"), when: uid("pd"), hint: uid("ph") };
          /** @param {string} field @returns {(e: Event) => void} */
          const onField = (field) => (e) => {
            const value = /** @type {HTMLInputElement} */ (e.target).value;
            update((a) => {
              const rows = Array.from({ length: maxThemes }, (_, j) => ({ theme: "", action: "", who: "", when: "", ...(a.plan[j] || {}) }));
              rows[i] = { ...rows[i], [field]: value };
              a.plan = rows;
              return a;
            });
          };
          const select = /** @type {HTMLSelectElement} */ (
            h("select", { id: ids.theme, onchange: onField("theme") }, [
              h("option", { value: "", text: "Velg tema" }),
              ...themes.map((t) => h("option", { value: t.id, text: `${t.id}. ${t.title}` })),
            ])
          );
          const action = /** @type {HTMLTextAreaElement} */ (
            h("textarea", { id: ids.action, rows: 3, "aria-describedby": ids.hint, oninput: onField("action") })
          );
          const who = /** @type {HTMLInputElement} */ (
            h("input", { id: ids.who, type: "text", "aria-describedby": ids.hint, oninput: onField("who") })
          );
          const when = /** @type {HTMLInputElement} */ (h("input", { id: ids.when, type: "date", onchange: onField("when") }));
          const print = h("div", { class: "mvh-print-only mvh-print-plan" });
          planRows.push({ select, action, who, when, print });
          return h("fieldset", { class: "mvh-plan-row" }, [
            h("legend", { text: `Forbedringsområde ${i + 1}` }),
            h("div", { class: "mvh-field" }, [h("label", { for: ids.theme, text: "Tema" }), select]),
            h("div", { class: "mvh-field" }, [h("label", { for: ids.action, text: "Hva skal gjøres?" }), action]),
            h("div", { class: "mvh-field-row" }, [
              h("div", { class: "mvh-field" }, [h("label", { for: ids.who, text: "Hvem gjør det?" }), who]),
              h("div", { class: "mvh-field" }, [h("label", { for: ids.when, text: "Innen" }), when]),
            ]),
            h("p", { class: "mvh-hint", id: ids.hint, text: PRIVACY_HINT }),
            print,
          ]);
        }),
      ])
    : null;

  const root = h("div", { class: "mvh-rating" }, [
    h("p", { class: "mvh-how", text: "Vurder hvert mål for teamet eller kontoret ditt. Fargene betyr:" }),
    legend,
    progress,
    ...sections,
    summaryBox,
    planBox,
  ]);

  /** Reflect the answers into the controls and the summary. */
  function apply() {
    const a = getAnswers();
    const ratings = isObject(a.ratings) ? a.ratings : {};
    const noteValues = isObject(a.notes) ? a.notes : {};
    const labels = Object.fromEntries(scale.map((s) => [s.id, s.label]));
    for (const [id, inputs] of radios) {
      for (const input of inputs) input.checked = ratings[id] === input.value;
      const pv = printValues.get(id);
      if (pv) pv.textContent = `Vurdering: ${labels[ratings[id]] || "ikke vurdert"}`;
    }
    for (const [id, n] of notes) {
      const v = typeof noteValues[id] === "string" ? noteValues[id] : "";
      if (n.area.value !== v) n.area.value = v;
      if (v && !n.details.open) n.details.open = true;
      n.print.textContent = v ? `Notat: ${v}` : "";
    }
    const plan = Array.isArray(a.plan) ? a.plan : [];
    const chosen = planRows.map((_, i) => (plan[i] && plan[i].theme) || "");
    planRows.forEach((row, i) => {
      const r = plan[i] || {};
      if (row.select.value !== (r.theme || "")) row.select.value = r.theme || "";
      // One theme per row: a theme chosen elsewhere cannot be chosen twice.
      for (const opt of Array.from(row.select.options)) {
        opt.disabled = opt.value !== "" && chosen.includes(opt.value) && chosen[i] !== opt.value;
      }
      if (row.action.value !== (r.action || "")) row.action.value = r.action || "";
      if (row.who.value !== (r.who || "")) row.who.value = r.who || "";
      if (row.when.value !== (r.when || "")) row.when.value = r.when || "";
      const theme = themes.find((t) => t.id === r.theme);
      row.print.textContent = theme || r.action
        ? `Tema: ${theme ? `${theme.id}. ${theme.title}` : "ikke valgt"}. Tiltak: ${r.action || "–"}. Hvem: ${r.who || "–"}. Innen: ${r.when || "–"}.`
        : "";
    });
    renderSummary(summarize(def, a));
  }

  /** @param {any} s */
  function renderSummary(s) {
    const counts = scale.map((v) => `${v.label}: ${s.total[v.id]}`).join(", ");
    progress.textContent = `Du har vurdert ${s.answered} av ${s.items} mål.`;
    const totalLine = /** @type {HTMLElement} */ (summaryBox.querySelector(".mvh-summary-total"));
    totalLine.textContent = `Totalt: ${counts}, ikke vurdert: ${s.total[UNANSWERED]}.`;

    const keys = [...scale.map((v) => v.id), UNANSWERED];
    const keyLabel = (/** @type {string} */ k) => (k === UNANSWERED ? "Ikke vurdert" : scale.find((v) => v.id === k)?.label || k);
    const rows = [
      ...parts.map((p) => ({ label: p.title, counts: s.parts[p.id], part: true })),
      ...themes.map((t) => ({ label: `${t.id}. ${t.title}`, counts: s.themes[t.id], part: false })),
    ];

    // The chart: one stacked bar per part and theme.
    const rowH = 22;
    const labelW = 250;
    const barW = 300;
    const height = rows.length * rowH + 30;
    const chart = svg("svg", { viewBox: `0 0 ${labelW + barW + 10} ${height}`, role: "img", class: "mvh-chart-svg" });
    const titleId = uid("ct");
    const t = svg("title", { id: titleId });
    t.textContent = `Stolpediagram over vurderingene per del og tema. ${counts}. Tallene står også i tabellen under.`;
    chart.setAttribute("aria-labelledby", titleId);
    chart.append(t);
    rows.forEach((row, i) => {
      const y = i * rowH + 4;
      const label = svg("text", { x: labelW - 8, y: y + 14, "text-anchor": "end", class: row.part ? "mvh-chart-part" : "" });
      label.textContent = row.label.length > 38 ? row.label.slice(0, 36) + "…" : row.label;
      chart.append(label);
      const n = keys.reduce((sum, k) => sum + (row.counts[k] || 0), 0) || 1;
      let x = labelW;
      for (const k of keys) {
        const w = (barW * (row.counts[k] || 0)) / n;
        if (w > 0) {
          chart.append(svg("rect", { x, y, width: w, height: rowH - 6, class: `mvh-bar mvh-v-${k}` }));
          if (w >= 16) {
            const num = svg("text", { x: x + w / 2, y: y + 12, "text-anchor": "middle", class: `mvh-bar-num mvh-n-${k}` });
            num.textContent = String(row.counts[k]);
            chart.append(num);
          }
        }
        x += w;
      }
    });
    // The key runs along the bottom, spread over the full width so every label fits.
    const step = (labelW + barW) / keys.length;
    keys.forEach((k, i) => {
      const lx = 10 + i * step;
      chart.append(svg("rect", { x: lx, y: height - 18, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
      const lt = svg("text", { x: lx + 16, y: height - 8 });
      lt.textContent = keyLabel(k);
      chart.append(lt);
    });
    chartBox.replaceChildren(chart);

    table.replaceChildren(
      h("caption", { text: "Antall mål per farge, per del og per tema" }),
      h("thead", {}, [h("tr", {}, [h("th", { scope: "col", text: "Del eller tema" }), ...keys.map((k) => h("th", { scope: "col", text: keyLabel(k) }))])]),
      h("tbody", {}, [
        ...rows.map((row) =>
          h("tr", { class: row.part ? "mvh-row-part" : "" }, [
            h("th", { scope: "row", text: row.label }),
            ...keys.map((k) => h("td", { text: String(row.counts[k] || 0) })),
          ]),
        ),
        h("tr", { class: "mvh-row-total" }, [h("th", { scope: "row", text: "Totalt" }), ...keys.map((k) => h("td", { text: String(s.total[k]) }))]),
      ]),
    );
  }

  return { root, apply };
}

/**
 * Reflection prompts: free text, saved as the reader types.
 * @param {Definition} def
 * @param {() => any} getAnswers
 * @param {(next: any) => void} setAnswers
 */
function reflectionBody(def, getAnswers, setAnswers) {
  const hintId = uid("hint");
  /** @type {Map<string, {area: HTMLTextAreaElement, print: HTMLElement}>} */
  const fields = new Map();
  const list = h(
    "ol",
    { class: "mvh-prompts" },
    (def.prompts || []).map((p) => {
      const id = uid("prompt");
      const area = /** @type {HTMLTextAreaElement} */ (
        h("textarea", {
          id,
          rows: 4,
          "aria-describedby": hintId,
          "data-prompt": p.id,
          oninput: (/** @type {Event} */ e) => {
            const value = /** @type {HTMLTextAreaElement} */ (e.target).value;
            const a = getAnswers();
            const responses = { ...(isObject(a.responses) ? a.responses : {}) };
            if (value) responses[p.id] = value;
            else delete responses[p.id];
            setAnswers({ ...a, responses });
          },
        })
      );
      const print = h("p", { class: "mvh-print-only mvh-print-answer" });
      fields.set(p.id, { area, print });
      return h("li", { class: "mvh-prompt" }, [h("label", { for: id, text: p.text }), area, print]);
    }),
  );
  const progress = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const root = h("div", { class: "mvh-reflection" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT }),
    list,
    progress,
  ]);
  function apply() {
    const a = getAnswers();
    const responses = isObject(a.responses) ? a.responses : {};
    for (const [id, f] of fields) {
      const v = typeof responses[id] === "string" ? responses[id] : "";
      if (f.area.value !== v) f.area.value = v;
      f.print.textContent = v || "(ikke besvart)";
    }
    const s = summarize(def, a);
    progress.textContent = `Du har svart på ${s.answered} av ${s.prompts} spørsmål.`;
  }
  return { root, apply };
}

const BODIES = { rating: ratingBody, reflection: reflectionBody };

/* ----------------------------------------------------------------- the frame */

/**
 * @param {{model: Model, el: HTMLElement}} ctx
 */
function render({ model, el }) {
  /** @type {Definition} */
  const def = model.get("definition");
  const getAnswers = () => {
    const a = model.get("answers");
    return isObject(a) ? a : {};
  };
  let lastSaved = /** @type {Date|null} */ (null);
  const setAnswers = (/** @type {any} */ next) => {
    model.set("answers", next);
    model.save_changes();
    lastSaved = new Date();
    showSaved();
  };

  const titleId = uid("title");
  const message = h("div", { class: "mvh-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-alert", role: "alert" });
  const storageNotice = h("div", { class: "mvh-notice", hidden: true });
  const savedLine = h("p", { class: "mvh-saved" });

  const makeBody = BODIES[/** @type {"rating"|"reflection"} */ (def.kind)];
  if (!makeBody) {
    el.replaceChildren(h("p", { class: "mvh-alert", text: `Ukjent øvelsestype: ${def.kind}` }));
    return () => {};
  }
  const body = makeBody(def, getAnswers, setAnswers);

  /** @param {string} text @param {"ok"|"error"} kind */
  function say(text, kind) {
    if (kind === "error") {
      message.textContent = "";
      alert.textContent = text;
    } else {
      alert.textContent = "";
      message.textContent = text;
    }
  }

  function showSaved() {
    const storage = model.get("storage");
    if (storage && storage.ok === false) {
      savedLine.textContent = "Svarene er ikke lagret. Eksporter dem før du lukker siden.";
    } else if (lastSaved) {
      const time = lastSaved.toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" });
      savedLine.textContent = storage ? `Lagret i nettleseren kl. ${time}.` : `Oppdatert kl. ${time}.`;
    }
  }

  function showStorage() {
    const storage = model.get("storage");
    if (storage && storage.ok === false) {
      storageNotice.hidden = false;
      storageNotice.textContent =
        storage.reason === "quota"
          ? "Nettleseren har ikke mer plass til å lagre svar. Det du skriver nå, blir bare liggende på denne siden. Eksporter svarene til en fil for å ta vare på dem."
          : "Nettleseren lar ikke denne siden lagre svar (lagring er slått av eller blokkert). Øvelsen virker likevel, men svarene forsvinner når du lukker siden. Eksporter dem til en fil for å ta vare på dem.";
    } else {
      storageNotice.hidden = true;
      storageNotice.textContent = "";
    }
    showSaved();
  }

  /* toolbar: export, import, print, reset */
  const fileInput = /** @type {HTMLInputElement} */ (
    h("input", { type: "file", accept: ".json,application/json", class: "mvh-file", tabindex: "-1", "aria-hidden": "true" })
  );
  const baseName = `${def.id}-${stamp(new Date())}`;
  const resetButton = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": "reset" }, ["Nullstill"]);
  const confirmYes = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": "confirm-reset" }, ["Ja, slett svarene"]);
  const confirmNo = h("button", { type: "button", class: "mvh-btn", "data-action": "cancel-reset" }, ["Avbryt"]);
  const confirmBox = h("div", { class: "mvh-confirm", hidden: true, role: "group", "aria-label": "Bekreft nullstilling" }, [
    h("p", { text: "Vil du slette alle svarene i denne øvelsen? Det kan ikke angres. Eksporter først hvis du vil ta vare på dem." }),
    confirmYes,
    confirmNo,
  ]);

  const toolbar = h("div", { class: "mvh-toolbar", role: "group", "aria-label": "Lagre, dele og skrive ut" }, [
    h("button", {
      type: "button", class: "mvh-btn", "data-action": "export-json",
      onclick: () => {
        download(`${baseName}.json`, JSON.stringify(exportData(def, getAnswers()), null, 2), "application/json");
        say("Svarene er lastet ned som JSON-fil. Den kan importeres igjen senere.", "ok");
      },
    }, ["Eksporter (JSON)"]),
    h("button", {
      type: "button", class: "mvh-btn", "data-action": "export-csv",
      onclick: () => {
        download(`${baseName}.csv`, exportCsv(def, getAnswers()), "text/csv;charset=utf-8");
        say("Svarene er lastet ned som CSV-fil for regneark.", "ok");
      },
    }, ["Eksporter (CSV)"]),
    h("button", { type: "button", class: "mvh-btn", "data-action": "import", onclick: () => fileInput.click() }, ["Importer fra fil"]),
    h("button", { type: "button", class: "mvh-btn", "data-action": "print", onclick: () => window.print() }, ["Skriv ut"]),
    resetButton,
    fileInput,
  ]);

  resetButton.addEventListener("click", () => {
    confirmBox.hidden = false;
    confirmYes.focus();
  });
  confirmNo.addEventListener("click", () => {
    confirmBox.hidden = true;
    resetButton.focus();
  });
  confirmYes.addEventListener("click", () => {
    confirmBox.hidden = true;
    setAnswers({});
    body.apply();
    say("Alle svarene i denne øvelsen er slettet.", "ok");
    resetButton.focus();
  });

  fileInput.addEventListener("change", () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size === 0) return say("Filen er tom. Ingenting er endret.", "error");
    if (file.size > MAX_IMPORT_BYTES) return say("Filen er større enn 1 MB og kan ikke være en eksport fra denne øvelsen. Ingenting er endret.", "error");
    file.text().then(
      (raw) => {
        try {
          const data = parseImport(def, raw);
          setAnswers(data.answers);
          body.apply();
          const other = data.version !== def.version ? ` Filen er fra versjon ${data.version} av øvelsen; svar på mål som ikke finnes lenger, tas vare på i eksporten.` : "";
          say(`Svarene er importert fra «${file.name}».${other}`, "ok");
        } catch (err) {
          say(`${/** @type {Error} */ (err).message} Ingenting er endret.`, "error");
        }
      },
      () => say("Filen kunne ikke leses. Ingenting er endret.", "error"),
    );
  });

  const section = h("section", { class: "mvh", "aria-labelledby": titleId, "data-kind": def.kind }, [
    h("h3", { class: "mvh-title", id: titleId, text: def.title }),
    def.intro ? h("p", { class: "mvh-intro", text: def.intro }) : null,
    h("p", {
      class: "mvh-privacy",
      text: model.get("storage")
        ? "Svarene lagres bare i nettleseren på denne maskinen. De sendes ikke noe sted. Vil du ta vare på dem eller flytte dem, eksporterer du dem til en fil."
        : "Svarene ligger i denne notatboken og kan leses fra Python. De sendes ikke noe sted.",
    }),
    storageNotice,
    body.root,
    savedLine,
    toolbar,
    confirmBox,
    message,
    alert,
    def.source ? h("p", { class: "mvh-source", text: `Kilde: ${def.source}` }) : null,
  ]);
  el.replaceChildren(section);
  body.apply();
  showStorage();

  const onAnswers = () => body.apply();
  const onStorage = () => showStorage();
  model.on("change:answers", onAnswers);
  model.on("change:storage", onStorage);
  return () => {
    model.off("change:answers", onAnswers);
    model.off("change:storage", onStorage);
  };
}

export default { render };
