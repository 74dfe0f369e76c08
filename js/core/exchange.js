// @ts-check
/** The files a reader exports and imports: one instrument's answers, or the whole workbook. */
import { checkAnswers, echo } from "./answers.js";
import { t } from "./i18n.js";
import { isDate, MAX_LABEL, MAX_MEASUREMENTS, supportsMeasurements } from "./measure.js";
import { isObject, text } from "./values.js";

/** @typedef {import("./types.js").Definition} Definition */

// The format name of an exported answer file; EXPORT_FORMAT in widgets/answers.py is the same.
export const EXPORT_FORMAT = "metodeveilederhandboka-svar";
export const WORKBOOK_FORMAT = "metodeveilederhandboka-arbeidsbok";
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** A random id (getRandomValues works on file:// too, unlike randomUUID in some browsers). */
export function newResponseId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// What each kind of file may hold: field -> type. The sets are closed: a file
// with any other field is refused whole (it may come from a newer version of
// the book, and nothing of it is half imported). The fields a file must have
// are listed in REQUIRED.
/**
 * @typedef {"text" | "version" | "response" | "answers" | "list" | "measurements"
 *   | "measurementId" | "label" | "date"} FieldType
 */
/** @type {Record<string, FieldType>} */
const SINGLE_FIELDS = {
  format: "text",
  instrument: "text",
  version: "version",
  title: "text",
  response: "response",
  exported: "text",
  answers: "answers",
  measurements: "measurements",
};
/** @type {Record<string, FieldType>} */
const WORKBOOK_FIELDS = { format: "text", exported: "text", instruments: "list" };
/** @type {Record<string, FieldType>} */
const ENTRY_FIELDS = {
  instrument: "text",
  version: "version",
  title: "text",
  response: "response",
  answers: "answers",
  measurements: "measurements",
};
const REQUIRED = ["instrument", "version", "answers"];
/** A measurement (js/core/measure.js): every field is required, and no other is allowed. */
/** @type {Record<string, FieldType>} */
const MEASUREMENT_FIELDS = {
  id: "measurementId",
  label: "label",
  date: "date",
  version: "version",
  response: "response",
  saved: "text",
  answers: "answers",
};

/**
 * The deepest nesting a file may have. An export needs 4 levels for its answers (file, answers, field,
 * the parts of a quiz question) and 6 for its measurements, which sit two levels deeper than answers
 * (file, measurements, a measurement, answers, the action plan, a plan row); a workbook needs two more
 * (the list of instruments, an entry): 8. Anything two levels deeper than that is not from the book.
 */
export const MAX_DEPTH = 10;

/** @type {Record<FieldType, string>} */
const WANTED = {
  get text() {
    return t("exchange.vaere_tekst");
  },
  get version() {
    return t("exchange.vaere_et_helt_tall_fra");
  },
  get response() {
    return t("exchange.vaere_en_svar_id_bokstaver");
  },
  get answers() {
    return t("exchange.vaere_et_objekt_med_svar");
  },
  get list() {
    return t("exchange.vaere_en_liste");
  },
  get measurements() {
    return t("exchange.vaere_en_liste_med_hoyst", { MAX_MEASUREMENTS });
  },
  get measurementId() {
    return t("exchange.vaere_en_malings_id_16");
  },
  get label() {
    return t("exchange.vaere_et_navn_pa_1", { MAX_LABEL });
  },
  get date() {
    return t("exchange.vaere_en_dato_skrevet_som");
  },
};

/** @param {FieldType} type @param {unknown} value */
function fits(type, value) {
  if (type === "text") return typeof value === "string";
  if (type === "version") return Number.isSafeInteger(value) && /** @type {number} */ (value) >= 1;
  if (type === "response") return typeof value === "string" && /^[A-Za-z0-9_-]{0,64}$/.test(value);
  // The answers are checked by checkAnswers, which says what is wrong in them.
  if (type === "answers") return true;
  if (type === "measurements") return Array.isArray(value) && value.length <= MAX_MEASUREMENTS;
  if (type === "measurementId") return typeof value === "string" && /^[0-9a-f]{16}$/.test(value);
  // Code points, as Python counts them; a label is stored trimmed, so spaces alone are no label.
  if (type === "label") return typeof value === "string" && text(value) !== "" && Array.from(value).length <= MAX_LABEL;
  if (type === "date") return isDate(value);
  return Array.isArray(value);
}

/**
 * "" when a file's list of measurements (already known to be a list of at most MAX_MEASUREMENTS) can be
 * used with this instrument, else what is wrong, in Norwegian, as a full sentence. Each measurement must
 * have exactly the contract's fields, of the right types, a unique id, and answers that pass the same
 * check as the file's own answers (an answer to an item the definition lacks, say from an older version,
 * is let through there too). `where` names the entry in a workbook ("" for a single export).
 * widgets/measure.py check_measurements makes the same checks.
 * @param {Definition} def @param {unknown[]} list @param {string} [where]
 */
export function checkMeasurements(def, list, where = "") {
  if (list.length && !supportsMeasurements(def)) return t("exchange.filen_har_malinger_til_som", { title: def.title });
  const ids = new Set();
  for (const [i, m] of list.entries()) {
    const which = t("exchange.maling_i_filen", { x: i + 1, where });
    if (!isObject(m)) return t("exchange.har_feil_format", { which });
    // "response" is optional: files leave it out (forFile below), the reader's own storage keeps it.
    const wrong = checkFields(
      m,
      MEASUREMENT_FIELDS,
      Object.keys(MEASUREMENT_FIELDS).filter((k) => k !== "response"),
    );
    if (wrong) return `${which} ${wrong}`;
    if (ids.has(m.id)) return t("exchange.har_samme_id_som_en", { which });
    ids.add(m.id);
    const err = checkAnswers(def, m.answers);
    if (err) return t("exchange.svarene_i_maling_har_feil", { x: i + 1, where, echo: echo(m.label), err });
  }
  return "";
}

/**
 * How deeply a parsed JSON value nests (a scalar is 0, {} or [] is 1), counted
 * without recursion and given up on once past `limit`.
 * @param {unknown} value @param {number} limit
 */
export function nesting(value, limit = MAX_DEPTH) {
  let deepest = 0;
  /** @type {[unknown, number][]} */
  const stack = [[value, 1]];
  while (stack.length) {
    const [v, d] = /** @type {[unknown, number]} */ (stack.pop());
    if (typeof v !== "object" || v === null) continue;
    if (d > deepest) deepest = d;
    if (deepest > limit) break;
    for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return deepest;
}

/**
 * "" when an object has only the fields of `fields`, the required ones among
 * them, each of the right type; else what is wrong, in Norwegian, ending in a full stop.
 * @param {Record<string, any>} data @param {Record<string, FieldType>} fields @param {string[]} required
 */
function checkFields(data, fields, required) {
  const extra = Object.keys(data).find((k) => !Object.hasOwn(fields, k));
  if (extra !== undefined) {
    return t("exchange.har_feltet_som_denne_versjonen", { echo: echo(extra) });
  }
  const missing = required.find((k) => !Object.hasOwn(data, k));
  if (missing !== undefined) return t("exchange.mangler_feltet", { missing });
  for (const [name, type] of Object.entries(fields)) {
    if (Object.hasOwn(data, name) && !fits(type, data[name]))
      return t("exchange.har_feltet_som_skal", { name, WANTED: WANTED[type] });
  }
  return "";
}

/** The Error for a refused file, naming the file when its name is known. @param {string} name @param {string} text */
const refused = (name, text) => new Error(name ? t("exchange.ble_ikke_importert", { echo: echo(name), text }) : text);

/**
 * Parse and check an imported file's text. Throws Error with a Norwegian
 * message (naming the file when `name` is given); nothing is changed by a
 * failed import. Only a file with the export's fields, of the right types,
 * with answers that pass checkAnswers, is accepted. The file's `measurements`
 * (optional; older files have none) are checked by checkMeasurements and
 * returned as they are.
 * @param {Definition} def
 * @param {string} raw
 * @param {string} [name] the file's name, for the message
 * @returns {Record<string, any>}
 */
export function parseImport(def, raw, name = "") {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw refused(
      name,
      looksLikeCsv(raw, name) ? t("exchange.dette_er_en_csv_fil") : t("exchange.filen_er_ikke_en_gyldig_2"),
    );
  }
  if (isObject(data) && data.format === WORKBOOK_FORMAT) {
    throw refused(name, t("exchange.dette_er_en_fil_fra"));
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw refused(name, t("exchange.filen_ser_ikke_ut_som_2"));
  }
  if (nesting(data) > MAX_DEPTH) {
    throw refused(name, t("exchange.filen_har_for_mange_nivaer_2"));
  }
  if (data.instrument !== def.id) {
    // The file names its exercise by title (exports carry it); the id is only the fallback.
    // (A title that is this exercise's own says nothing: then the id.)
    const named = typeof data.title === "string" && data.title.trim() && data.title !== def.title;
    const title = named ? data.title : data.instrument;
    const other =
      typeof title === "string" ? t("exchange.ovelsen", { echo: echo(title, 100) }) : t("exchange.en_annen_ovelse");
    throw refused(name, t("exchange.filen_er_fra_ikke_fra", { other, title: def.title, title2: def.title }));
  }
  const wrong = checkFields(data, SINGLE_FIELDS, ["format", ...REQUIRED]);
  if (wrong) throw refused(name, t("exchange.filen_2", { wrong }));
  const err = checkAnswers(def, data.answers);
  if (err) throw refused(name, t("exchange.filen_har_svar_i_feil", { err }));
  const bad = checkMeasurements(def, data.measurements || []);
  if (bad) throw refused(name, bad);
  return data;
}

/**
 * Whether text read from a file was binary: control characters (other than white space) or U+FFFD, the
 * character a decoder puts for bytes that are not UTF-8. Random bytes may hold a ";" by chance.
 * @param {string} raw
 */
function looksBinary(raw) {
  for (const c of raw.slice(0, 4096)) {
    const n = c.charCodeAt(0);
    if ((n < 32 && !"\t\n\v\f\r".includes(c)) || n === 0xfffd) return true;
  }
  return false;
}

/** Whether a file that is not JSON is one of the book's CSV exports (or another spreadsheet file). @param {string} raw @param {string} name */
function looksLikeCsv(raw, name) {
  if (/\.csv$/i.test(name)) return true;
  if (looksBinary(raw)) return false;
  const first = raw.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  return first.includes(";") && !/^\s*[[{]/.test(first);
}

/**
 * The answers that are there now, as leaves: "field.key" -> value (JSON), leaving out empty ones.
 * A list (a scenario's path, a checklist) is one leaf: it is one answer.
 * @param {unknown} value @param {string} at @param {Map<string, string>} out
 */
function leaves(value, at, out) {
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, at ? `${at}\u0000${k}` : k, out);
  } else if (value !== "" && value !== null && value !== undefined && !(Array.isArray(value) && !value.length)) {
    out.set(at, JSON.stringify(value));
  }
  return out;
}

/**
 * How many of the answers there are now an import would replace or remove: every answer that
 * the file does not hold with the same value. 0 when the file only adds to them (or is the same).
 * @param {unknown} current @param {unknown} incoming
 */
export function replacedCount(current, incoming) {
  const now = leaves(current, "", new Map());
  const next = leaves(incoming, "", new Map());
  let count = 0;
  for (const [k, v] of now) if (next.get(k) !== v) count += 1;
  return count;
}

/**
 * Measurements as a file carries them: without the response id each had. That id was the one the
 * answers carried before the measurement was saved (then they got a new one), so a file holding it
 * would let whoever receives the file link a person's earlier team export with this one.
 * @param {any[]} measurements
 */
const forFile = (measurements) => measurements.map(({ response: _earlier, ...m }) => m);

/**
 * The export file: the full answers plus the instrument id and version, and the measurements when
 * given (an empty list is left out, so a file without measurements is what older books wrote).
 * widgets/jupyter.py writes the same format in Instrument.save().
 * @param {Definition} def
 * @param {any} answers
 * @param {string} [response]
 * @param {any[]} [measurements]
 */
export function exportData(def, answers, response = newResponseId(), measurements = []) {
  const data = {
    format: EXPORT_FORMAT,
    instrument: def.id,
    version: def.version,
    title: def.title,
    // A random id per set of answers, so a team view counts the same response once.
    response,
    exported: new Date().toISOString(),
    answers,
  };
  return measurements.length ? { ...data, measurements: forFile(measurements) } : data;
}

/**
 * The workbook file: every instrument's answers in one file, each with its measurements when it has any.
 * @param {{def: Definition, answers: any, response: string, measurements?: any[]}[]} entries
 */
export function workbookData(entries) {
  return {
    format: WORKBOOK_FORMAT,
    exported: new Date().toISOString(),
    instruments: entries.map(({ def, answers, response, measurements = [] }) => {
      const entry = { instrument: def.id, version: def.version, title: def.title, response, answers };
      return measurements.length ? { ...entry, measurements: forFile(measurements) } : entry;
    }),
  };
}

/**
 * Check a whole workbook file before anything is written. Throws Error with a
 * Norwegian message (naming the file when `name` is given).
 * @param {Definition[]} defs the instruments the book knows
 * @param {string} raw
 * @param {string} [name] the file's name, for the message
 * @returns {{def: Definition, answers: any, response: string, measurements: any[]}[]} each entry's
 *   measurements are [] when it has none (an older file)
 */
export function parseWorkbook(defs, raw, name = "") {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw refused(name, t("exchange.filen_er_ikke_en_gyldig"));
  }
  if (!isObject(data) || data.format !== WORKBOOK_FORMAT || !Array.isArray(data.instruments)) {
    const single = isObject(data) && data.format === EXPORT_FORMAT;
    throw refused(name, single ? t("exchange.dette_er_en_eksport_fra") : t("exchange.filen_ser_ikke_ut_som"));
  }
  if (nesting(data) > MAX_DEPTH) {
    throw refused(name, t("exchange.filen_har_for_mange_nivaer"));
  }
  const top = checkFields(data, WORKBOOK_FIELDS, ["format", "instruments"]);
  if (top) throw refused(name, t("exchange.filen", { top }));
  const byId = new Map(defs.map((d) => [d.id, d]));
  return data.instruments.map((/** @type {unknown} */ entry, /** @type {number} */ i) => {
    if (!isObject(entry) || typeof entry.instrument !== "string") {
      throw refused(name, t("exchange.oppforing_i_filen_har_feil", { x: i + 1 }));
    }
    const def = byId.get(entry.instrument);
    if (!def) {
      throw refused(name, t("exchange.filen_har_svar_til_en", { echo: echo(entry.instrument) }));
    }
    const wrong = checkFields(entry, ENTRY_FIELDS, REQUIRED);
    if (wrong) throw refused(name, t("exchange.oppforing_i_filen", { x: i + 1, title: def.title, wrong }));
    const err = checkAnswers(def, entry.answers);
    if (err) throw refused(name, t("exchange.svarene_til_har_feil_format", { title: def.title, err }));
    const measurements = entry.measurements || [];
    const bad = checkMeasurements(def, measurements, t("exchange.til", { title: def.title }));
    if (bad) throw refused(name, bad);
    return {
      def,
      answers: entry.answers,
      response: typeof entry.response === "string" && entry.response ? entry.response : newResponseId(),
      measurements,
    };
  });
}
