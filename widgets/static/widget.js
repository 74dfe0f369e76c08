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
  const more = MORE_SUMMARIES[def.kind];
  if (more) return more(def, a);
  throw new Error(`no summary for kind ${def.kind}`);
}

/** JSON has one number type: 4 and 4.0 are the same answer (as in scoring.py). */
/** @param {unknown} v */
const wholeNumber = (v) => typeof v === "number" && Number.isInteger(v);

/** @type {Record<string, (def: any, a: any) => any>} */
const MORE_SUMMARIES = {
  likert(def, a) {
    const { min, max } = def.scale;
    const ratings = isObject(a.ratings) ? a.ratings : {};
    /** @type {Record<string, any>} */
    const dimensions = {};
    let items = 0;
    let answered = 0;
    for (const dim of def.dimensions) {
      const scores = [];
      for (const item of dim.items) {
        const v = ratings[item.id];
        if (wholeNumber(v) && v >= min && v <= max) scores.push(item.reverse ? min + max - v : v);
      }
      // Summed left to right, then divided: the same IEEE steps as Python's sum()/len().
      const mean = scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : null;
      const bandIndex = mean === null ? -1 : dim.bands.findIndex((/** @type {any} */ b) => mean <= b.max);
      dimensions[dim.id] = { items: dim.items.length, answered: scores.length, mean, band: bandIndex < 0 ? null : bandIndex };
      items += dim.items.length;
      answered += scores.length;
    }
    return { items, answered, dimensions };
  },
  quiz(def, a) {
    const responses = isObject(a.responses) ? a.responses : {};
    /** @type {Record<string, any>} */
    const questions = {};
    let units = 0;
    let answered = 0;
    let correct = 0;
    for (const q of def.questions) {
      let u;
      let an;
      let c;
      if (q.type === "single") {
        const chosen = q.options.find((/** @type {any} */ o) => o.id === responses[q.id]);
        u = 1;
        an = chosen ? 1 : 0;
        c = chosen && chosen.correct ? 1 : 0;
      } else {
        const given = isObject(responses[q.id]) ? responses[q.id] : {};
        const cats = q.categories.map((/** @type {any} */ x) => x.id);
        u = q.statements.length;
        an = q.statements.filter((/** @type {any} */ st) => cats.includes(given[st.id])).length;
        c = q.statements.filter((/** @type {any} */ st) => given[st.id] === st.category).length;
      }
      questions[q.id] = { units: u, answered: an, correct: c };
      units += u;
      answered += an;
      correct += c;
    }
    return { units, answered, correct, questions };
  },
  scenario(def, a) {
    const nodes = Object.fromEntries(def.nodes.map((/** @type {any} */ n) => [n.id, n]));
    const path = Array.isArray(a.path) ? a.path : [];
    // Only the part of the saved path that follows real choices from the start counts.
    const valid = [def.start];
    if (path[0] === def.start) {
      for (const step of path.slice(1)) {
        const nexts = (nodes[valid[valid.length - 1]].choices || []).map((/** @type {any} */ c) => c.next);
        if (typeof step === "string" && nexts.includes(step)) valid.push(step);
        else break;
      }
    }
    const at = nodes[valid[valid.length - 1]];
    const finished = at.ending !== undefined;
    return { steps: valid.length - 1, at: at.id, finished, ending: finished ? at.id : null, outcome: finished ? at.ending : null };
  },
  template(def, a) {
    const values = isObject(a.fields) ? a.fields : {};
    const fields = def.sections.flatMap((/** @type {any} */ s) => s.fields);
    return { fields: fields.length, filled: fields.filter((/** @type {any} */ f) => fieldFilled(f, values[f.id])).length };
  },
};

/** @param {any} field @param {any} value */
function fieldFilled(field, value) {
  switch (field.type) {
    case "text":
    case "longtext":
    case "date":
      return text(value) !== "";
    case "choice":
      return field.options.includes(value);
    case "checklist":
      return Array.isArray(value) && value.some((v) => field.options.includes(v));
    default: {
      // matrix: every row has one of the options
      const m = isObject(value) ? value : {};
      return field.rows.every((/** @type {string} */ row) => field.options.includes(m[row]));
    }
  }
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
  if (def.kind === "likert") {
    if (answers.ratings === undefined) return "";
    if (!isObject(answers.ratings)) return "feltet «ratings» skal være en liste med tall";
    for (const [k, v] of Object.entries(answers.ratings)) {
      if (typeof v !== "number") return `feltet «ratings» har en verdi som ikke er et tall (${k})`;
    }
    return "";
  }
  if (def.kind === "quiz") {
    if (answers.responses === undefined) return "";
    if (!isObject(answers.responses)) return "feltet «responses» skal være et objekt";
    for (const [k, v] of Object.entries(answers.responses)) {
      if (typeof v === "string") continue;
      const err = stringMap(v, `responses.${k}`);
      if (err || !isObject(v)) return err || `feltet «responses.${k}» har feil format`;
    }
    return "";
  }
  if (def.kind === "scenario") {
    if (answers.path === undefined) return "";
    if (!Array.isArray(answers.path) || answers.path.some((/** @type {unknown} */ p) => typeof p !== "string"))
      return "feltet «path» skal være en liste med tekster";
    return "";
  }
  if (def.kind === "template") {
    if (answers.fields === undefined) return "";
    if (!isObject(answers.fields)) return "feltet «fields» skal være et objekt";
    for (const [k, v] of Object.entries(answers.fields)) {
      const ok =
        typeof v === "string" ||
        (Array.isArray(v) && v.every((x) => typeof x === "string")) ||
        (isObject(v) && Object.values(v).every((x) => typeof x === "string"));
      if (!ok) return `feltet «${k}» har feil format`;
    }
    return "";
  }
  return "ukjent type øvelse";
}

/* --------------------------------------------------- repair and merging */

/** @param {unknown} v */
const isString = (v) => typeof v === "string";
/** @param {unknown} v */
const isStringList = (v) => Array.isArray(v) && v.every(isString);
/** @param {unknown} v */
const isStringMap = (v) => isObject(v) && Object.values(/** @type {object} */ (v)).every(isString);

/**
 * What each kind's answers may hold: top-level field -> check for each entry.
 * `map` fields are objects whose values are checked one by one; `list` fields are arrays.
 * @type {Record<string, Record<string, {map?: (v: unknown) => boolean, list?: (v: unknown) => boolean}>>}
 */
const ANSWER_SHAPES = {
  rating: { ratings: { map: isString }, notes: { map: isString }, plan: { list: (r) => isStringMap(r) } },
  reflection: { responses: { map: isString } },
  likert: { ratings: { map: (v) => typeof v === "number" } },
  quiz: { responses: { map: (v) => isString(v) || isStringMap(v) } },
  scenario: { path: { list: isString } },
  template: { fields: { map: (v) => isString(v) || isStringList(v) || isStringMap(v) } },
};

/**
 * Keep every part of saved answers that has the right shape, and count what
 * had to be left out. Used when stored data is damaged, so the reader keeps
 * what can be kept.
 * @param {Definition} def @param {any} answers
 * @returns {{answers: any, dropped: number}}
 */
export function salvageAnswers(def, answers) {
  if (answers === undefined) return { answers: {}, dropped: 1 };
  if (!isObject(answers)) return { answers: {}, dropped: 1 };
  const shape = ANSWER_SHAPES[def.kind] || {};
  /** @type {Record<string, any>} */
  const out = {};
  let dropped = 0;
  for (const [field, value] of Object.entries(answers)) {
    const rule = shape[field];
    if (!rule) {
      dropped += 1;
    } else if (rule.map) {
      if (!isObject(value)) {
        dropped += 1;
        continue;
      }
      /** @type {Record<string, any>} */
      const kept = {};
      for (const [k, v] of Object.entries(value)) {
        if (rule.map(v)) kept[k] = v;
        else dropped += 1;
      }
      out[field] = kept;
    } else if (rule.list) {
      if (!Array.isArray(value)) {
        dropped += 1;
        continue;
      }
      const kept = value.filter((v) => rule.list && rule.list(v));
      dropped += value.length - kept.length;
      out[field] = kept;
    }
  }
  return { answers: out, dropped };
}

/** @param {unknown} a @param {unknown} b */
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of answers: `base` is what both sides started from,
 * `theirs` what another tab saved, `mine` what this tab has. For every item
 * (objects are merged key by key, two levels deep), a change made here wins;
 * otherwise the other tab's value is kept. So two tabs answering different
 * items never erase each other's answers.
 * @param {any} base @param {any} theirs @param {any} mine
 * @returns {any}
 */
export function mergeAnswers(base, theirs, mine) {
  if (isObject(mine) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    /** @type {Record<string, any>} */
    const out = {};
    for (const k of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(b)])) {
      const inMine = k in mine;
      const inTheirs = k in theirs;
      const changedHere = inMine !== (k in b) || !same(mine[k], b[k]);
      if (changedHere) {
        if (!inMine) continue; // deleted here
        out[k] = isObject(mine[k]) && isObject(theirs[k]) ? mergeAnswers(b[k], theirs[k], mine[k]) : mine[k];
      } else if (inTheirs) {
        out[k] = theirs[k];
      }
    }
    return out;
  }
  return same(mine, base) ? theirs : mine;
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
export function exportData(def, answers, response = newResponseId()) {
  return {
    format: EXPORT_FORMAT,
    instrument: def.id,
    version: def.version,
    title: def.title,
    // A random id per set of answers, so a team view counts the same response once.
    response,
    exported: new Date().toISOString(),
    answers,
  };
}

/** A random id (getRandomValues works on file:// too, unlike randomUUID in some browsers). */
export function newResponseId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A CSV cell: quoted, and guarded against spreadsheet formula injection. */
/** @param {unknown} value */
function cell(value) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return '"' + s.replace(/"/g, '""') + '"';
}

/**
 * The answers as a table (first row: the header), one row per item. Used for
 * the CSV export and for printing every answer from the workbook.
 * @param {Definition} def
 * @param {any} answers
 * @returns {unknown[][]}
 */
export function answerTable(def, answers) {
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
  } else if (def.kind === "reflection") {
    const responses = isObject(a.responses) ? a.responses : {};
    rows.push(["nummer", "spørsmål", "svar"]);
    (def.prompts || []).forEach((p, i) => rows.push([i + 1, p.text, responses[p.id] || ""]));
  } else if (def.kind === "likert") {
    const d = /** @type {any} */ (def);
    const ratings = isObject(a.ratings) ? a.ratings : {};
    const s = summarize(def, a);
    rows.push(["type", "dimensjon", "id", "utsagn", "svar", "snitt"]);
    for (const dim of d.dimensions) {
      for (const item of dim.items) {
        const v = ratings[item.id];
        rows.push(["utsagn", dim.title, item.id, item.text, typeof v === "number" ? d.scale.labels[v - d.scale.min] || v : "", ""]);
      }
      const m = s.dimensions[dim.id].mean;
      rows.push(["snitt", dim.title, dim.id, "", "", m === null ? "" : m.toFixed(2).replace(".", ",")]);
    }
  } else if (def.kind === "quiz") {
    const d = /** @type {any} */ (def);
    const responses = isObject(a.responses) ? a.responses : {};
    rows.push(["spørsmål", "utsagn", "ditt svar", "riktig svar", "riktig?"]);
    for (const q of d.questions) {
      if (q.type === "single") {
        const chosen = q.options.find((/** @type {any} */ o) => o.id === responses[q.id]);
        const right = q.options.find((/** @type {any} */ o) => o.correct);
        rows.push([q.text, "", chosen ? chosen.text : "", right.text, chosen ? (chosen.correct ? "ja" : "nei") : ""]);
      } else {
        const given = isObject(responses[q.id]) ? responses[q.id] : {};
        const label = Object.fromEntries(q.categories.map((/** @type {any} */ c) => [c.id, c.label]));
        for (const st of q.statements) {
          const g = given[st.id];
          rows.push([q.text, st.text, label[g] || "", label[st.category], g ? (g === st.category ? "ja" : "nei") : ""]);
        }
      }
    }
  } else if (def.kind === "scenario") {
    const d = /** @type {any} */ (def);
    const nodes = Object.fromEntries(d.nodes.map((/** @type {any} */ n) => [n.id, n]));
    const path = Array.isArray(a.path) ? a.path : [];
    rows.push(["steg", "situasjon", "valg"]);
    path.forEach((id, i) => {
      const node = nodes[id];
      if (!node) return;
      const choice = (node.choices || []).find((/** @type {any} */ c) => c.next === path[i + 1]);
      rows.push([i + 1, node.text, choice ? choice.text : node.ending ? `Slutt (${node.ending})` : ""]);
    });
  } else if (def.kind === "template") {
    const d = /** @type {any} */ (def);
    const values = isObject(a.fields) ? a.fields : {};
    rows.push(["del", "felt", "svar"]);
    for (const section of d.sections) {
      for (const f of section.fields) {
        const v = values[f.id];
        if (f.type === "matrix") {
          for (const row of f.rows) rows.push([section.title, `${f.label}: ${row}`, isObject(v) ? v[row] || "" : ""]);
        } else {
          rows.push([section.title, f.label, Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : ""]);
        }
      }
    }
  }
  return rows;
}

/**
 * Semicolon-separated CSV (what Norwegian spreadsheet programs expect), with BOM.
 * @param {Definition} def
 * @param {any} answers
 */
export function exportCsv(def, answers) {
  return "\ufeff" + answerTable(def, answers).map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
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

/**
 * A link to a chapter of the book (only in the book: in Jupyter the text stands alone).
 * @param {{inBook: boolean}} host @param {string|undefined} chapter @param {string} label
 */
function chapterLink(host, chapter, label) {
  if (!chapter) return null;
  return host.inBook
    ? h("a", { href: `${chapter}.html`, class: "mvh-chapter-link" }, [label])
    : h("span", { class: "mvh-chapter-link" }, [label]);
}

/**
 * Statements on a labelled scale, grouped in dimensions; means and feedback per dimension.
 * @param {any} def @param {() => any} getAnswers @param {(next: any) => void} setAnswers
 * @param {{inBook: boolean}} host
 */
function likertBody(def, getAnswers, setAnswers, host) {
  const { min, max, labels } = def.scale;
  const points = labels.map((/** @type {string} */ _, /** @type {number} */ i) => min + i);
  /** @type {Map<string, HTMLInputElement[]>} */
  const radios = new Map();
  /** @type {Map<string, HTMLElement>} */
  const printValues = new Map();
  const dims = def.dimensions.map((/** @type {any} */ dim) =>
    h("section", { class: "mvh-dimension", "data-dimension": dim.id }, [
      h("h4", { text: dim.title }),
      dim.description ? h("p", { text: dim.description }) : null,
      h(
        "ol",
        { class: "mvh-items" },
        dim.items.map((/** @type {any} */ item) => {
          const name = uid(`l${item.id}`);
          const legendId = uid("legend");
          const inputs = points.map((/** @type {number} */ v) =>
            /** @type {HTMLInputElement} */ (
              h("input", {
                type: "radio", name, value: String(v), "data-item": item.id,
                onchange: () => {
                  const a = getAnswers();
                  setAnswers({ ...a, ratings: { ...(isObject(a.ratings) ? a.ratings : {}), [item.id]: v } });
                },
              })
            ),
          );
          radios.set(item.id, inputs);
          const pv = h("p", { class: "mvh-print-only mvh-print-value" });
          printValues.set(item.id, pv);
          return h("li", { class: "mvh-item", "data-item": item.id }, [
            h("fieldset", { "aria-labelledby": legendId }, [
              h("legend", { id: legendId, text: item.text }),
              h("div", { class: "mvh-choices mvh-scale" }, inputs.map((input, i) =>
                h("label", { class: "mvh-choice" }, [input, h("span", { text: labels[i] })]))),
            ]),
            pv,
          ]);
        }),
      ),
    ]),
  );
  const progress = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const chartBox = h("div", { class: "mvh-chart" });
  const feedback = h("div", { class: "mvh-feedback" });
  const table = h("table", { class: "mvh-table" });
  const root = h("div", { class: "mvh-likert" }, [
    h("p", { class: "mvh-how", text: `Svar ut fra hvordan det er nå, ikke hvordan du ønsker det skal være. Skalaen går fra «${labels[0]}» til «${labels[labels.length - 1]}».` }),
    progress,
    ...dims,
    h("section", { class: "mvh-summary", "aria-label": "Oppsummering" }, [h("h4", { text: "Din profil" }), chartBox, table, feedback]),
  ]);

  function apply() {
    const a = getAnswers();
    const ratings = isObject(a.ratings) ? a.ratings : {};
    for (const [id, inputs] of radios) {
      for (const input of inputs) input.checked = ratings[id] === Number(input.value);
      const v = ratings[id];
      const pv = printValues.get(id);
      if (pv) pv.textContent = `Svar: ${wholeNumber(v) && v >= min && v <= max ? labels[v - min] : "ikke besvart"}`;
    }
    const s = summarize(def, a);
    progress.textContent = `Du har svart på ${s.answered} av ${s.items} utsagn.`;
    const fmt = (/** @type {number|null} */ m) => (m === null ? "–" : m.toFixed(2).replace(".", ","));
    // Bars of each dimension's mean on the scale.
    const rowH = 26;
    const labelW = 230;
    const barW = 320;
    const chart = svg("svg", { viewBox: `0 0 ${labelW + barW + 50} ${def.dimensions.length * rowH + 24}`, role: "img", class: "mvh-chart-svg" });
    const titleId = uid("ct");
    const t = svg("title", { id: titleId });
    t.textContent = `Snitt per dimensjon på en skala fra ${min} til ${max}: ` +
      def.dimensions.map((/** @type {any} */ d) => `${d.title} ${fmt(s.dimensions[d.id].mean)}`).join(", ") + ". Tallene står også i tabellen.";
    chart.setAttribute("aria-labelledby", titleId);
    chart.append(t);
    def.dimensions.forEach((/** @type {any} */ d, /** @type {number} */ i) => {
      const y = i * rowH + 4;
      const label = svg("text", { x: labelW - 8, y: y + 15, "text-anchor": "end" });
      label.textContent = d.title.length > 34 ? d.title.slice(0, 32) + "…" : d.title;
      chart.append(label, svg("rect", { x: labelW, y, width: barW, height: rowH - 8, class: "mvh-bar mvh-v-ubesvart" }));
      const m = s.dimensions[d.id].mean;
      if (m !== null) {
        chart.append(svg("rect", { x: labelW, y, width: (barW * (m - min)) / (max - min) || 1, height: rowH - 8, class: "mvh-bar mvh-bar-mean" }));
      }
      const num = svg("text", { x: labelW + barW + 8, y: y + 15 });
      num.textContent = fmt(m);
      chart.append(num);
    });
    const axisY = def.dimensions.length * rowH + 18;
    for (const v of [min, max]) {
      const tick = svg("text", { x: labelW + (barW * (v - min)) / (max - min), y: axisY, "text-anchor": v === min ? "start" : "end" });
      tick.textContent = String(v);
      chart.append(tick);
    }
    chartBox.replaceChildren(chart);
    table.replaceChildren(
      h("caption", { text: "Snitt og tilbakemelding per dimensjon" }),
      h("thead", {}, [h("tr", {}, ["Dimensjon", "Besvart", "Snitt", "Tilbakemelding"].map((x) => h("th", { scope: "col", text: x })))]),
      h("tbody", {}, def.dimensions.map((/** @type {any} */ d) => {
        const ds = s.dimensions[d.id];
        const band = ds.band === null ? null : d.bands[ds.band];
        return h("tr", {}, [
          h("th", { scope: "row", text: d.title }),
          h("td", { text: `${ds.answered} av ${ds.items}` }),
          h("td", { text: fmt(ds.mean) }),
          h("td", { class: "mvh-band" }, band ? [band.label ? h("strong", { text: `${band.label}. ` }) : null, band.text, " ",
            chapterLink(host, d.chapter, "Les mer i boka.")] : ["Svar på minst ett utsagn for å få tilbakemelding."]),
        ]);
      })),
    );
  }
  return { root, apply };
}

/**
 * Single-choice questions and classification sets, with feedback.
 * @param {any} def @param {() => any} getAnswers @param {(next: any) => void} setAnswers
 */
function quizBody(def, getAnswers, setAnswers) {
  /** @type {(() => void)[]} */
  const appliers = [];
  const setResponse = (/** @type {string} */ qid, /** @type {any} */ value) => {
    const a = getAnswers();
    const responses = { ...(isObject(a.responses) ? a.responses : {}) };
    if (value === undefined) delete responses[qid];
    else responses[qid] = value;
    setAnswers({ ...a, responses });
  };
  const questions = def.questions.map((/** @type {any} */ q, /** @type {number} */ qi) => {
    const headingId = uid("q");
    const explainId = uid("exp");
    const explanation = q.explanation ? h("div", { class: "mvh-explanation", id: explainId, hidden: true }, [h("p", { text: q.explanation })]) : null;
    const explainBtn = explanation
      ? h("button", { type: "button", class: "mvh-btn mvh-btn-small", "aria-expanded": "false", "aria-controls": explainId, "data-action": "explain",
          onclick: (/** @type {Event} */ e) => {
            const open = explanation.hidden;
            explanation.hidden = !open;
            /** @type {HTMLElement} */ (e.currentTarget).setAttribute("aria-expanded", String(open));
            /** @type {HTMLElement} */ (e.currentTarget).textContent = open ? "Skjul forklaring" : "Vis forklaring";
          } }, ["Vis forklaring"])
      : null;
    const retry = h("button", { type: "button", class: "mvh-btn mvh-btn-small", "data-action": "retry", onclick: () => setResponse(q.id, undefined) }, ["Prøv igjen"]);
    const result = h("p", { class: "mvh-result", role: "status", "aria-live": "polite" });
    let body;
    if (q.type === "single") {
      const name = uid(`q${q.id}`);
      const feedback = h("div", { class: "mvh-option-feedback", "aria-live": "polite" });
      const inputs = q.options.map((/** @type {any} */ o) =>
        /** @type {HTMLInputElement} */ (h("input", { type: "radio", name, value: o.id, "data-question": q.id, onchange: () => setResponse(q.id, o.id) })));
      body = h("fieldset", { "aria-labelledby": headingId }, [
        h("legend", { class: "mvh-visually-hidden", text: q.text }),
        h("div", { class: "mvh-options" }, inputs.map((input, i) =>
          h("label", { class: "mvh-option", "data-option": q.options[i].id }, [input, h("span", { text: q.options[i].text })]))),
        feedback,
      ]);
      appliers.push(() => {
        const chosen = q.options.find((/** @type {any} */ o) => o.id === getAnswers().responses?.[q.id]);
        inputs.forEach((input) => (input.checked = !!chosen && input.value === chosen.id));
        feedback.replaceChildren(
          ...(chosen
            ? [h("p", { class: chosen.correct ? "mvh-correct" : "mvh-wrong" }, [h("strong", { text: chosen.correct ? "Riktig. " : "Ikke helt. " }), chosen.feedback || ""])]
            : []),
        );
        result.textContent = chosen ? (chosen.correct ? "Du har svart riktig." : "Svaret er ikke riktig. Prøv igjen, eller les forklaringen.") : "";
      });
    } else {
      const rows = q.statements.map((/** @type {any} */ st) => {
        const id = uid("st");
        const select = /** @type {HTMLSelectElement} */ (
          h("select", { id, "data-statement": st.id, onchange: (/** @type {Event} */ e) => {
            const value = /** @type {HTMLSelectElement} */ (e.target).value;
            const given = { ...(isObject(getAnswers().responses?.[q.id]) ? getAnswers().responses[q.id] : {}) };
            if (value) given[st.id] = value;
            else delete given[st.id];
            setResponse(q.id, Object.keys(given).length ? given : undefined);
          } }, [h("option", { value: "", text: "Velg …" }), ...q.categories.map((/** @type {any} */ c) => h("option", { value: c.id, text: c.label }))])
        );
        const fb = h("p", { class: "mvh-statement-feedback" });
        const pv = h("p", { class: "mvh-print-only mvh-print-value" });
        appliers.push(() => {
          const given = getAnswers().responses?.[q.id];
          const g = isObject(given) ? given[st.id] : undefined;
          select.value = q.categories.some((/** @type {any} */ c) => c.id === g) ? g : "";
          const right = q.categories.find((/** @type {any} */ c) => c.id === st.category);
          fb.replaceChildren(...(select.value
            ? [h("strong", { class: g === st.category ? "mvh-correct" : "mvh-wrong", text: g === st.category ? "Riktig. " : `Ikke helt – riktig er «${right.label}». ` }), st.explanation]
            : []));
          pv.textContent = `Ditt svar: ${select.value ? select.options[select.selectedIndex].text : "ikke besvart"}`;
        });
        return h("li", { class: "mvh-statement" }, [h("label", { for: id, text: st.text }), select, pv, fb]);
      });
      body = h("ol", { class: "mvh-statements", "aria-labelledby": headingId }, rows);
      appliers.push(() => {
        const qs = summarize(def, getAnswers()).questions[q.id];
        result.textContent = qs.answered ? `${qs.correct} av ${qs.units} riktige.` : "";
      });
    }
    return h("section", { class: "mvh-question", "data-question": q.id }, [
      h("h4", { id: headingId }, [`${qi + 1}. `, q.text]),
      body,
      result,
      h("div", { class: "mvh-question-actions" }, [retry, explainBtn]),
      explanation,
    ]);
  });
  const score = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const root = h("div", { class: "mvh-quiz" }, [...questions, score]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize(def, getAnswers());
    score.textContent = `Poeng: ${s.correct} av ${s.units}. Besvart: ${s.answered} av ${s.units}.`;
  }
  return { root, apply };
}

const OUTCOME_LABEL = { god: "Et godt utfall", blandet: "Et blandet utfall", svak: "Et svakt utfall" };

/**
 * A branching dilemma: one situation at a time; the path is saved; back and restart.
 * @param {any} def @param {() => any} getAnswers @param {(next: any) => void} setAnswers
 * @param {{inBook: boolean}} host
 */
function scenarioBody(def, getAnswers, setAnswers, host) {
  const nodes = Object.fromEntries(def.nodes.map((/** @type {any} */ n) => [n.id, n]));
  const history = h("ol", { class: "mvh-history", "aria-label": "Valgene dine så langt" });
  const stage = h("div", { class: "mvh-stage" });
  const controls = h("div", { class: "mvh-question-actions" });
  const root = h("div", { class: "mvh-scenario" }, [history, stage, controls]);
  let focusStage = false;

  /** The saved path, cut to the part that follows real choices from the start. */
  const currentPath = () => {
    const path = getAnswers().path;
    const s = summarize(def, getAnswers());
    return Array.isArray(path) && path[0] === def.start ? path.slice(0, s.steps + 1) : [def.start];
  };
  const go = (/** @type {string[]} */ path) => {
    focusStage = true;
    setAnswers({ ...getAnswers(), path });
  };

  function apply() {
    const path = currentPath();
    history.replaceChildren(...path.slice(0, -1).map((id, i) => {
      const choice = (nodes[id].choices || []).find((/** @type {any} */ c) => c.next === path[i + 1]);
      return h("li", {}, [h("span", { class: "mvh-history-situation", text: nodes[id].title || nodes[id].text }), h("br"), h("strong", { text: "Ditt valg: " }), choice ? choice.text : ""]);
    }));
    history.hidden = path.length < 2;
    const node = nodes[path[path.length - 1]];
    const headingId = uid("node");
    const heading = h("h4", { id: headingId, tabindex: "-1" }, [node.ending ? OUTCOME_LABEL[/** @type {"god"} */ (node.ending)] : node.title || `Situasjon ${path.length}`]);
    const parts = [heading, h("p", { text: node.text })];
    if (node.ending) {
      parts.push(h("p", { class: `mvh-outcome mvh-outcome-${node.ending}` }, [chapterLink(host, node.chapter, "Les mer om dette i boka.")]));
    } else {
      parts.push(h("div", { class: "mvh-choices-list", role: "group", "aria-labelledby": headingId },
        node.choices.map((/** @type {any} */ c) =>
          h("button", { type: "button", class: "mvh-btn mvh-choice-btn", "data-next": c.next, onclick: () => go([...path, c.next]) }, [c.text]))));
    }
    stage.replaceChildren(...parts);
    controls.replaceChildren(
      h("button", { type: "button", class: "mvh-btn mvh-btn-small", "data-action": "back", disabled: path.length < 2 ? true : undefined, onclick: () => go(path.slice(0, -1)) }, ["Tilbake"]),
      h("button", { type: "button", class: "mvh-btn mvh-btn-small", "data-action": "restart", disabled: path.length < 2 ? true : undefined, onclick: () => go([def.start]) }, ["Start på nytt"]),
    );
    if (focusStage) {
      focusStage = false;
      heading.focus();
    }
  }
  return { root, apply };
}

/**
 * A printable form. Values show as text when printed.
 * @param {any} def @param {() => any} getAnswers @param {(next: any) => void} setAnswers
 */
function templateBody(def, getAnswers, setAnswers) {
  /** @type {(() => void)[]} */
  const appliers = [];
  const hintId = uid("hint");
  const setField = (/** @type {string} */ id, /** @type {any} */ value) => {
    const a = getAnswers();
    const fields = { ...(isObject(a.fields) ? a.fields : {}) };
    if (value === "" || value === undefined || (Array.isArray(value) && !value.length)) delete fields[id];
    else fields[id] = value;
    setAnswers({ ...a, fields });
  };
  const current = (/** @type {string} */ id) => (isObject(getAnswers().fields) ? getAnswers().fields[id] : undefined);

  /** @param {any} f */
  function control(f) {
    const id = uid("f");
    const pv = h("div", { class: "mvh-print-only mvh-print-field" });
    const help = f.help ? h("p", { class: "mvh-hint", id: `${id}-help`, text: f.help }) : null;
    const described = [f.help ? `${id}-help` : null, ["text", "longtext"].includes(f.type) ? hintId : null].filter(Boolean).join(" ") || undefined;
    if (f.type === "text" || f.type === "longtext" || f.type === "date") {
      const input = /** @type {HTMLInputElement} */ (h(f.type === "longtext" ? "textarea" : "input", {
        id, "data-field": f.id, "aria-describedby": described, rows: f.type === "longtext" ? 4 : undefined,
        type: f.type === "longtext" ? undefined : f.type,
        [f.type === "date" ? "onchange" : "oninput"]: (/** @type {Event} */ e) => setField(f.id, /** @type {HTMLInputElement} */ (e.target).value),
      }));
      appliers.push(() => {
        const v = typeof current(f.id) === "string" ? current(f.id) : "";
        if (input.value !== v) input.value = v;
        pv.textContent = v || "\u00a0";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, input, pv]);
    }
    if (f.type === "choice") {
      const select = /** @type {HTMLSelectElement} */ (h("select", { id, "data-field": f.id, "aria-describedby": described, onchange: (/** @type {Event} */ e) => setField(f.id, /** @type {HTMLSelectElement} */ (e.target).value) },
        [h("option", { value: "", text: "Velg …" }), ...f.options.map((/** @type {string} */ o) => h("option", { value: o, text: o }))]));
      appliers.push(() => {
        const v = current(f.id);
        select.value = f.options.includes(v) ? v : "";
        pv.textContent = select.value || "\u00a0";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, select, pv]);
    }
    if (f.type === "checklist") {
      const boxes = f.options.map((/** @type {string} */ o) => /** @type {HTMLInputElement} */ (h("input", { type: "checkbox", value: o, "data-field": f.id,
        onchange: () => setField(f.id, boxes.filter((/** @type {HTMLInputElement} */ b) => b.checked).map((/** @type {HTMLInputElement} */ b) => b.value)) })));
      appliers.push(() => {
        const v = Array.isArray(current(f.id)) ? current(f.id) : [];
        boxes.forEach((/** @type {HTMLInputElement} */ b) => (b.checked = v.includes(b.value)));
        pv.textContent = f.options.map((/** @type {string} */ o) => `${v.includes(o) ? "☒" : "☐"} ${o}`).join("   ");
      });
      return h("fieldset", { class: "mvh-field", "aria-describedby": described }, [h("legend", { text: f.label }), help,
        h("div", { class: "mvh-checklist" }, boxes.map((/** @type {HTMLInputElement} */ b, /** @type {number} */ i) => h("label", { class: "mvh-choice" }, [b, h("span", { text: f.options[i] })]))), pv]);
    }
    // matrix: a table, one radio group per row
    const captionId = uid("cap");
    /** @type {HTMLInputElement[][]} */
    const grid = [];
    const table = h("table", { class: "mvh-matrix", "aria-labelledby": captionId }, [
      h("thead", {}, [h("tr", {}, [h("th", { scope: "col", text: "Oppgave" }), ...f.options.map((/** @type {string} */ o) => h("th", { scope: "col", text: o }))])]),
      h("tbody", {}, f.rows.map((/** @type {string} */ row, /** @type {number} */ ri) => {
        const name = uid("m");
        const rowHead = uid("mr");
        const inputs = f.options.map((/** @type {string} */ o) => /** @type {HTMLInputElement} */ (h("input", { type: "radio", name, value: o, "aria-labelledby": `${rowHead} ${captionId}-${f.options.indexOf(o)}`,
          "data-field": f.id, "data-row": String(ri),
          onchange: () => setField(f.id, { ...(isObject(current(f.id)) ? current(f.id) : {}), [row]: o }) })));
        grid.push(inputs);
        return h("tr", {}, [h("th", { scope: "row", id: rowHead, text: row }), ...inputs.map((input) => h("td", {}, [input]))]);
      })),
    ]);
    // Hidden column names so each radio's accessible name is "row, option".
    const names = f.options.map((/** @type {string} */ o, /** @type {number} */ i) => h("span", { id: `${captionId}-${i}`, class: "mvh-visually-hidden", text: o }));
    appliers.push(() => {
      const v = isObject(current(f.id)) ? current(f.id) : {};
      f.rows.forEach((/** @type {string} */ row, /** @type {number} */ ri) => grid[ri].forEach((input) => (input.checked = v[row] === input.value)));
    });
    return h("div", { class: "mvh-field" }, [h("p", { id: captionId, class: "mvh-matrix-label", text: f.label }), help, h("div", { class: "mvh-matrix-wrap" }, [table]), ...names]);
  }

  const progress = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const root = h("div", { class: "mvh-template" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT }),
    ...def.sections.map((/** @type {any} */ sec) => h("section", { class: "mvh-section" }, [
      h("h4", { text: sec.title }), sec.intro ? h("p", { text: sec.intro }) : null, ...sec.fields.map(control)])),
    progress,
  ]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize(def, getAnswers());
    progress.textContent = `Du har fylt ut ${s.filled} av ${s.fields} felt.`;
  }
  return { root, apply };
}

const BODIES = {
  rating: ratingBody,
  reflection: reflectionBody,
  likert: likertBody,
  quiz: quizBody,
  scenario: scenarioBody,
  template: templateBody,
};

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
  const recovery = model.get("recovery");
  const migratedFrom = model.get("migrated_from");
  const recoveryNotice = recovery
    ? h("div", { class: "mvh-notice", role: "alert", "data-notice": "recovery" }, [
        h("p", {
          text: (recovery.readable
            ? `Noe av det som var lagret for denne øvelsen, var skadet og kunne ikke brukes (${recovery.dropped} ${recovery.dropped === 1 ? "del" : "deler"}). Resten er hentet inn. `
            : "Det som var lagret for denne øvelsen, kunne ikke leses, så øvelsen starter tom. ") +
            (recovery.backedUp
              ? "Det som var lagret, er tatt vare på i en sikkerhetskopi i nettleseren."
              : "Nettleseren har ikke plass til en sikkerhetskopi. Last ned det som var lagret: først da lagres nye svar over det."),
        }),
        h("button", { type: "button", class: "mvh-btn mvh-btn-small", "data-action": "download-backup",
          onclick: () => {
            download(`${def.id}-sikkerhetskopi.txt`, recovery.raw, "text/plain;charset=utf-8");
            if (!recovery.released) {
              // The reader has the original in a file now: new answers may be saved over it.
              model.set("recovery", { ...recovery, released: true });
              model.save_changes();
            }
          } }, ["Last ned det som var lagret"]),
      ])
    : null;
  const migrationNotice = migratedFrom !== null && migratedFrom !== undefined
    ? h("p", { class: "mvh-info", "data-notice": "migrated", text: `Øvelsen er oppdatert siden du svarte (versjon ${migratedFrom} → ${def.version}). Svarene dine er tatt med over. Svar på spørsmål som er fjernet, ligger fortsatt i eksporten.` })
    : null;
  const savedLine = h("p", { class: "mvh-saved" });

  const makeBody = BODIES[/** @type {keyof BODIES} */ (def.kind)];
  if (!makeBody) {
    el.replaceChildren(h("p", { class: "mvh-alert", text: `Ukjent øvelsestype: ${def.kind}` }));
    return () => {};
  }
  // The static host says it is the book; in Jupyter there are no chapter pages to link to.
  const host = { inBook: model.get("host") === "book" };
  const body = makeBody(/** @type {any} */ (def), getAnswers, setAnswers, host);

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
        storage.reason === "held"
          ? "Svarene dine lagres ikke ennå: last først ned det som var lagret (knappen over), så det ikke går tapt."
          : storage.reason === "quota"
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
        let response = model.get("response_id");
        if (!response) {
          response = newResponseId();
          model.set("response_id", response);
          model.save_changes();
        }
        download(`${baseName}.json`, JSON.stringify(exportData(def, getAnswers(), response), null, 2), "application/json");
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
    // Deleted answers and what comes after them are a new response.
    model.set("response_id", "");
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
          // Keep the file's response id: the same answers stay the same response in a team view.
          model.set("response_id", typeof data.response === "string" ? data.response : "");
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
      text: host.inBook
        ? "Svarene lagres bare i nettleseren på denne maskinen. De sendes ikke noe sted. Vil du ta vare på dem eller flytte dem, eksporterer du dem til en fil."
        : "Svarene ligger i denne notatboken og kan leses fra Python. De sendes ikke noe sted.",
    }),
    storageNotice,
    recoveryNotice,
    migrationNotice,
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

/* ------------------------------------------------------- whole-book views */

export const WORKBOOK_FORMAT = "metodeveilederhandboka-arbeidsbok";
export const MIN_TEAM_RESPONSES = 3;

/** @param {number[]} xs */
const mean = (xs) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : null);

/**
 * Team numbers over several people's answers to one instrument. Mirrors
 * aggregate_answers in widgets/aggregate.py (shared vectors). With fewer than
 * MIN_TEAM_RESPONSES responses no numbers are returned at all: anonymity.
 * @param {any} def @param {any[]} answersList
 */
export function aggregate(def, answersList) {
  if (def.kind !== "likert" && def.kind !== "rating") throw new Error(`no team view for kind ${def.kind}`);
  const n = answersList.length;
  if (n < MIN_TEAM_RESPONSES) return { instrument: def.id, n, shown: false };
  if (def.kind === "likert") {
    const { min, max } = def.scale;
    /** @type {Record<string, any>} */
    const items = {};
    /** @type {Record<string, any>} */
    const dimensions = {};
    const summaries = answersList.map((a) => summarize(def, a));
    for (const dim of def.dimensions) {
      const means = summaries.map((s) => s.dimensions[dim.id].mean).filter((m) => m !== null);
      dimensions[dim.id] = { n: means.length, mean: mean(means) };
      for (const item of dim.items) {
        /** @type {Record<string, number>} */
        const counts = {};
        for (let v = min; v <= max; v++) counts[String(v)] = 0;
        const values = [];
        for (const a of answersList) {
          const v = isObject(a) && isObject(a.ratings) ? a.ratings[item.id] : undefined;
          if (wholeNumber(v) && v >= min && v <= max) {
            values.push(v);
            counts[String(v)] += 1;
          }
        }
        items[item.id] = { n: values.length, mean: mean(values), counts };
      }
    }
    return { instrument: def.id, n, shown: true, dimensions, items };
  }
  if (def.kind === "rating") {
    const keys = [...def.scale.map((/** @type {any} */ x) => x.id), UNANSWERED];
    const zero = () => Object.fromEntries(keys.map((k) => [k, 0]));
    const summaries = answersList.map((a) => summarize(def, a));
    /** @param {(s: any) => any} pick */
    const sum = (pick) => {
      const out = zero();
      for (const s of summaries) for (const k of keys) out[k] += pick(s)[k];
      return out;
    };
    /** @type {Record<string, any>} */
    const items = {};
    for (const part of def.parts) {
      for (const theme of part.themes) {
        for (const item of theme.items) {
          const c = zero();
          for (const a of answersList) {
            const v = isObject(a) && isObject(a.ratings) ? a.ratings[item.id] : undefined;
            c[typeof v === "string" && keys.includes(v) && v !== UNANSWERED ? v : UNANSWERED] += 1;
          }
          items[item.id] = c;
        }
      }
    }
    return {
      instrument: def.id,
      n,
      shown: true,
      total: sum((s) => s.total),
      parts: Object.fromEntries(def.parts.map((/** @type {any} */ p) => [p.id, sum((s) => s.parts[p.id])])),
      themes: Object.fromEntries(def.parts.flatMap((/** @type {any} */ p) => p.themes).map((/** @type {any} */ t) => [t.id, sum((s) => s.themes[t.id])])),
      items,
    };
  }
  throw new Error(`no team view for kind ${def.kind}`);
}

/**
 * A whole-book view: the workbook ("Mine svar") or the team view ("Teamoversikt").
 * @param {{el: HTMLElement, index: any, store: any}} ctx
 */
export function renderView({ el, index, store }) {
  if (index.role === "workbook") return renderWorkbook(el, index, store);
  if (index.role === "team") return renderTeam(el, index);
  el.replaceChildren(h("p", { class: "mvh-alert", text: `Ukjent visning: ${index.role}` }));
}

/** One line of progress for an instrument, in words. @param {any} def @param {any} answers */
export function progressText(def, answers) {
  const s = summarize(def, answers);
  switch (def.kind) {
    case "rating": return `${s.answered} av ${s.items} mål vurdert`;
    case "reflection": return `${s.answered} av ${s.prompts} spørsmål besvart`;
    case "likert": return `${s.answered} av ${s.items} utsagn besvart`;
    case "quiz": return `${s.correct} av ${s.units} riktige (${s.answered} besvart)`;
    case "scenario": return s.finished ? "fullført" : s.steps ? `${s.steps} valg tatt` : "ikke startet";
    default: return `${s.filled} av ${s.fields} felt fylt ut`;
  }
}

/** @param {any} value */
const hasContent = (value) =>
  Array.isArray(value) ? value.length > 0 : isObject(value) ? Object.values(value).some(hasContent) : value !== "" && value != null;

/**
 * "Mine svar": every instrument with saved answers; export, import, print and delete them all.
 * @param {HTMLElement} el @param {any} index @param {any} store
 */
function renderWorkbook(el, index, store) {
  /** @type {any[]} */
  const defs = index.instruments;
  const list = h("div", { class: "mvh-workbook-list" });
  const message = h("div", { class: "mvh-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-alert", role: "alert" });
  const printDoc = h("div", { class: "mvh-print-doc", hidden: true });
  /** @param {string} t @param {"ok"|"error"} kind */
  const say = (t, kind) => {
    (kind === "error" ? alert : message).textContent = t;
    (kind === "error" ? message : alert).textContent = "";
  };
  const saved = () => defs.map((def) => ({ def, rec: store.read(def) })).filter((x) => x.rec && hasContent(x.rec.answers));

  function refresh() {
    const rows = saved();
    list.replaceChildren(
      rows.length
        ? h("table", { class: "mvh-table mvh-workbook-table" }, [
            h("caption", { text: "Øvelser med lagrede svar i denne nettleseren" }),
            h("thead", {}, [h("tr", {}, ["Øvelse", "Framdrift", "Sist lagret", "Finnes på"].map((x) => h("th", { scope: "col", text: x })))]),
            h("tbody", {}, rows.map(({ def, rec }) =>
              h("tr", { "data-instrument": def.id }, [
                h("th", { scope: "row", text: def.title }),
                h("td", { text: progressText(def, rec.answers) }),
                h("td", { text: rec.saved ? new Date(rec.saved).toLocaleString("nb-NO", { dateStyle: "short", timeStyle: "short" }) : "–" }),
                h("td", {}, (index.pages[def.id] || []).flatMap((/** @type {any} */ p, /** @type {number} */ i) => [i ? ", " : "", h("a", { href: p.href, text: p.title })])),
              ]))),
          ])
        : h("p", { text: "Du har ingen lagrede svar i denne nettleseren ennå. Svarene dine dukker opp her når du har gjort en øvelse." }),
    );
  }

  const fileInput = /** @type {HTMLInputElement} */ (h("input", { type: "file", accept: ".json,application/json", class: "mvh-file", tabindex: "-1", "aria-hidden": "true" }));
  const deleteBtn = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": "delete-all" }, ["Slett alle svarene mine"]);
  const confirmYes = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": "confirm-delete-all" }, ["Ja, slett alt"]);
  const confirmNo = h("button", { type: "button", class: "mvh-btn", "data-action": "cancel-delete-all" }, ["Avbryt"]);
  const confirmBox = h("div", { class: "mvh-confirm", hidden: true, role: "group", "aria-label": "Bekreft sletting" }, [
    h("p", { text: "Vil du slette alle svar fra alle øvelsene i boka i denne nettleseren? Det kan ikke angres. Eksporter først hvis du vil ta vare på dem." }),
    confirmYes, confirmNo,
  ]);
  deleteBtn.addEventListener("click", () => { confirmBox.hidden = false; confirmYes.focus(); });
  confirmNo.addEventListener("click", () => { confirmBox.hidden = true; deleteBtn.focus(); });
  confirmYes.addEventListener("click", () => {
    confirmBox.hidden = true;
    const count = store.clear();
    refresh();
    say(count ? "Alle svarene dine i denne nettleseren er slettet." : "Det var ingen lagrede svar å slette.", "ok");
    deleteBtn.focus();
  });

  function exportAll() {
    const rows = saved();
    if (!rows.length) return say("Det er ingen svar å eksportere ennå.", "error");
    const data = {
      format: WORKBOOK_FORMAT,
      exported: new Date().toISOString(),
      instruments: rows.map(({ def, rec }) => {
        let response = typeof rec.response === "string" && rec.response ? rec.response : "";
        if (!response) {
          // Give the answers an id once and keep it, so every export of them is the same response.
          response = newResponseId();
          store.write(def, rec.answers, response);
        }
        return { instrument: def.id, version: def.version, title: def.title, response, answers: rec.answers };
      }),
    };
    download(`mine-svar-${stamp(new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
    say(`Svarene fra ${rows.length} øvelser er lastet ned i én fil.`, "ok");
  }

  /** Check a whole workbook file before anything is written. @param {string} raw */
  function parseWorkbook(raw) {
    let data;
    try {
      data = JSON.parse(raw);
    } catch {
      throw new Error("Filen er ikke en gyldig JSON-fil.");
    }
    if (!isObject(data) || data.format !== WORKBOOK_FORMAT || !Array.isArray(data.instruments)) {
      const single = isObject(data) && data.format === EXPORT_FORMAT;
      throw new Error(single
        ? "Dette er en eksport fra én øvelse. Importer den på siden der øvelsen står."
        : "Filen ser ikke ut som en arbeidsbok fra Metodeveilederhåndboka.");
    }
    const byId = Object.fromEntries(defs.map((d) => [d.id, d]));
    return data.instruments.map((/** @type {any} */ entry, /** @type {number} */ i) => {
      if (!isObject(entry) || typeof entry.instrument !== "string") throw new Error(`Oppføring ${i + 1} i filen har feil format.`);
      const def = byId[entry.instrument];
      if (!def) throw new Error(`Filen har svar til en øvelse boka ikke kjenner («${entry.instrument}»).`);
      const err = checkAnswers(def, entry.answers);
      if (err) throw new Error(`Svarene til «${def.title}» har feil format: ${err}.`);
      return { def, answers: entry.answers, response: typeof entry.response === "string" ? entry.response : newResponseId() };
    });
  }

  fileInput.addEventListener("change", () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size === 0) return say("Filen er tom. Ingenting er endret.", "error");
    if (file.size > 5 * MAX_IMPORT_BYTES) return say("Filen er større enn 5 MB og kan ikke være en arbeidsbok fra boka. Ingenting er endret.", "error");
    file.text().then((raw) => {
      let entries;
      try {
        entries = parseWorkbook(raw);
      } catch (err) {
        return say(`${/** @type {Error} */ (err).message} Ingenting er endret.`, "error");
      }
      try {
        store.writeAll(entries);
      } catch (err) {
        return say("Nettleseren lot ikke boka lagre svarene (lagring er blokkert eller full). Ingenting er endret.", "error");
      }
      refresh();
      say(`Svarene til ${entries.length} øvelser er importert fra «${file.name}».`, "ok");
    }, () => say("Filen kunne ikke leses. Ingenting er endret.", "error"));
  });

  function printAll() {
    const rows = saved();
    if (!rows.length) return say("Det er ingen svar å skrive ut ennå.", "error");
    printDoc.replaceChildren(
      h("h3", { text: "Mine svar fra Metodeveilederhåndboka" }),
      h("p", { text: `Skrevet ut ${new Date().toLocaleDateString("nb-NO")}.` }),
      ...rows.map(({ def, rec }) => h("section", { class: "mvh-print-instrument" }, [
        h("h4", { text: def.title }),
        h("p", { class: "mvh-muted", text: progressText(def, rec.answers) }),
        (() => {
          const [head, ...body] = answerTable(def, rec.answers);
          return h("table", { class: "mvh-table mvh-print-table" }, [
            h("thead", {}, [h("tr", {}, head.map((x) => h("th", { scope: "col", text: String(x) })))]),
            h("tbody", {}, body.map((r) => h("tr", {}, r.map((x) => h("td", { text: x == null ? "" : String(x) }))))),
          ]);
        })(),
      ])),
    );
    printDoc.hidden = false;
    window.print();
  }

  const fileNote = location.protocol === "file:"
    ? h("p", { class: "mvh-info", text: "Du har åpnet boka fra en fil på maskinen. Noen nettlesere (som Firefox) lagrer da svar for hver side for seg, så denne oversikten ser bare svar fra denne siden. Eksporter svarene fra hver øvelse, eller herfra, for å være sikker på å ta vare på dem." })
    : null;

  el.replaceChildren(h("section", { class: "mvh mvh-workbook", "aria-label": "Mine svar" }, [
    h("p", { class: "mvh-privacy", text: "Oversikten leser bare svar som er lagret i denne nettleseren. Ingenting sendes noe sted." }),
    store.available() ? null : h("p", { class: "mvh-notice", text: "Nettleseren lar ikke boka lagre svar, så det er ingen lagrede svar å vise." }),
    fileNote,
    list,
    h("div", { class: "mvh-toolbar", role: "group", "aria-label": "Alle svar" }, [
      h("button", { type: "button", class: "mvh-btn", "data-action": "export-all", onclick: exportAll }, ["Eksporter alle"]),
      h("button", { type: "button", class: "mvh-btn", "data-action": "import-all", onclick: () => fileInput.click() }, ["Importer alle"]),
      h("button", { type: "button", class: "mvh-btn", "data-action": "print-all", onclick: printAll }, ["Skriv ut alle"]),
      deleteBtn,
      fileInput,
    ]),
    confirmBox,
    message,
    alert,
    printDoc,
  ]));
  window.addEventListener("afterprint", () => (printDoc.hidden = true));
  refresh();
}

/**
 * "Teamoversikt": merge several people's exported files into anonymous team numbers.
 * Nothing is stored: the files live only in this page's memory.
 * @param {HTMLElement} el @param {any} index
 */
function renderTeam(el, index) {
  /** @type {any[]} */
  const defs = index.instruments;
  /** @type {{response: string, answers: any}[]} */
  let responses = [];
  let def = defs[0];
  const selectId = uid("team");
  const select = /** @type {HTMLSelectElement} */ (h("select", { id: selectId, "data-action": "team-instrument" },
    defs.map((d) => h("option", { value: d.id, text: d.title }))));
  const fileInput = /** @type {HTMLInputElement} */ (h("input", { type: "file", accept: ".json,application/json", multiple: true, class: "mvh-file", tabindex: "-1", "aria-hidden": "true" }));
  const status = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const log = h("ul", { class: "mvh-team-log", "aria-live": "polite" });
  const results = h("div", { class: "mvh-team-results" });

  select.addEventListener("change", () => {
    def = defs.find((d) => d.id === select.value);
    responses = [];
    log.replaceChildren();
    show();
  });

  /** @param {File} file @returns {Promise<string>} a line for the log */
  async function addFile(file) {
    if (file.size === 0) return `«${file.name}»: filen er tom.`;
    if (file.size > MAX_IMPORT_BYTES) return `«${file.name}»: filen er større enn 1 MB.`;
    let data;
    try {
      data = parseImport(def, await file.text());
    } catch (err) {
      return `«${file.name}»: ${/** @type {Error} */ (err).message}`;
    }
    const response = typeof data.response === "string" && data.response ? data.response : null;
    if (!response) return `«${file.name}»: filen mangler svar-id og kan ikke telles trygt. Be om en ny eksport.`;
    if (responses.some((r) => r.response === response)) return `«${file.name}»: samme besvarelse er lagt til før. Den telles bare én gang.`;
    responses.push({ response, answers: data.answers });
    return `«${file.name}»: lagt til.`;
  }

  fileInput.addEventListener("change", async () => {
    const files = Array.from(fileInput.files || []);
    fileInput.value = "";
    const lines = [];
    for (const f of files) lines.push(await addFile(f));
    log.replaceChildren(...lines.map((t) => h("li", { text: t })));
    show();
  });

  const fmt = (/** @type {number|null} */ m) => (m === null ? "–" : m.toFixed(2).replace(".", ","));

  function show() {
    const agg = aggregate(def, responses.map((r) => r.answers));
    status.textContent = `${agg.n} ${agg.n === 1 ? "besvarelse" : "besvarelser"} lagt til.`;
    if (!agg.shown) {
      results.replaceChildren(h("p", { class: "mvh-notice", text: `Teamoversikten vises først når minst ${MIN_TEAM_RESPONSES} besvarelser er lagt til. Det beskytter anonymiteten til den enkelte.` }));
      return;
    }
    if (def.kind === "likert") {
      const scale = def.scale;
      const points = scale.labels.map((/** @type {string} */ _, /** @type {number} */ i) => scale.min + i);
      results.replaceChildren(
        h("table", { class: "mvh-table" }, [
          h("caption", { text: `Snitt per dimensjon (skala ${scale.min}–${scale.max}, n = ${agg.n})` }),
          h("thead", {}, [h("tr", {}, ["Dimensjon", "Svar", "Snitt"].map((x) => h("th", { scope: "col", text: x })))]),
          h("tbody", {}, def.dimensions.map((/** @type {any} */ d) => h("tr", { "data-dimension": d.id }, [
            h("th", { scope: "row", text: d.title }), h("td", { text: String(agg.dimensions[d.id].n) }), h("td", { text: fmt(agg.dimensions[d.id].mean) })]))),
        ]),
        h("table", { class: "mvh-table" }, [
          h("caption", { text: "Fordeling per utsagn (antall svar per skalapunkt; omvendte utsagn er merket, snittet er svarene slik de ble gitt)" }),
          h("thead", {}, [h("tr", {}, [h("th", { scope: "col", text: "Utsagn" }), ...points.map((/** @type {number} */ p) => h("th", { scope: "col", title: scale.labels[p - scale.min], text: String(p) })), h("th", { scope: "col", text: "Snitt" })])]),
          h("tbody", {}, def.dimensions.flatMap((/** @type {any} */ d) => d.items.map((/** @type {any} */ it) => h("tr", { "data-item": it.id }, [
            h("th", { scope: "row", text: it.text + (it.reverse ? " (omvendt)" : "") }),
            ...points.map((/** @type {number} */ p) => h("td", { text: String(agg.items[it.id].counts[String(p)]) })),
            h("td", { text: fmt(agg.items[it.id].mean) }),
          ])))),
        ]),
      );
    } else {
      const keys = [...def.scale.map((/** @type {any} */ x) => x.id), UNANSWERED];
      const label = (/** @type {string} */ k) => (k === UNANSWERED ? "Ikke vurdert" : def.scale.find((/** @type {any} */ x) => x.id === k).label);
      const themes = def.parts.flatMap((/** @type {any} */ p) => p.themes);
      results.replaceChildren(h("table", { class: "mvh-table" }, [
        h("caption", { text: `Antall vurderinger per tema og farge (n = ${agg.n})` }),
        h("thead", {}, [h("tr", {}, [h("th", { scope: "col", text: "Tema" }), ...keys.map((k) => h("th", { scope: "col", text: label(k) }))])]),
        h("tbody", {}, [
          ...themes.map((/** @type {any} */ t) => h("tr", { "data-theme": t.id }, [h("th", { scope: "row", text: `${t.id}. ${t.title}` }), ...keys.map((k) => h("td", { text: String(agg.themes[t.id][k]) }))])),
          h("tr", { class: "mvh-row-total" }, [h("th", { scope: "row", text: "Totalt" }), ...keys.map((k) => h("td", { text: String(agg.total[k]) }))]),
        ]),
      ]));
    }
  }

  el.replaceChildren(h("section", { class: "mvh mvh-team", "aria-label": "Teamoversikt" }, [
    h("p", { class: "mvh-privacy", text: "Filene leses bare her i nettleseren. Ingenting lagres eller sendes, og ingen navn vises. Lukker du siden, er oversikten borte." }),
    h("label", { for: selectId, text: "Hvilken øvelse gjelder det?" }),
    select,
    h("div", { class: "mvh-toolbar" }, [
      h("button", { type: "button", class: "mvh-btn", "data-action": "team-add", onclick: () => fileInput.click() }, ["Legg til filer"]),
      h("button", { type: "button", class: "mvh-btn", "data-action": "team-clear", onclick: () => { responses = []; log.replaceChildren(); show(); } }, ["Tøm oversikten"]),
      fileInput,
    ]),
    status,
    log,
    results,
  ]));
  show();
}

export default { render };
