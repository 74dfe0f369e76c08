// @ts-check
/** The files a reader exports and imports: one instrument's answers, or the whole workbook. */
import { checkAnswers, echo } from "./answers.js";
import { isObject } from "./values.js";

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
/** @typedef {"text" | "version" | "response" | "answers" | "list"} FieldType */
/** @type {Record<string, FieldType>} */
const SINGLE_FIELDS = {
  format: "text",
  instrument: "text",
  version: "version",
  title: "text",
  response: "response",
  exported: "text",
  answers: "answers",
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
};
const REQUIRED = ["instrument", "version", "answers"];

/**
 * The deepest nesting a file may have. An export needs 4 levels (file,
 * answers, field, the parts of a quiz question) and a workbook 6; anything
 * deeper is not from the book.
 */
export const MAX_DEPTH = 8;

/** @type {Record<FieldType, string>} */
const WANTED = {
  text: "være tekst",
  version: "være et helt tall fra 1 og oppover",
  response: "være en svar-id (bokstaver og tall, høyst 64 tegn)",
  answers: "være et objekt med svar",
  list: "være en liste",
};

/** @param {FieldType} type @param {unknown} value */
function fits(type, value) {
  if (type === "text") return typeof value === "string";
  if (type === "version") return Number.isSafeInteger(value) && /** @type {number} */ (value) >= 1;
  if (type === "response") return typeof value === "string" && /^[A-Za-z0-9_-]{0,64}$/.test(value);
  // The answers are checked by checkAnswers, which says what is wrong in them.
  if (type === "answers") return true;
  return Array.isArray(value);
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
    return `har feltet «${echo(extra)}», som denne versjonen av boka ikke kjenner. Den er kanskje laget med en nyere versjon av boka.`;
  }
  const missing = required.find((k) => !Object.hasOwn(data, k));
  if (missing !== undefined) return `mangler feltet «${missing}».`;
  for (const [name, type] of Object.entries(fields)) {
    if (Object.hasOwn(data, name) && !fits(type, data[name])) return `har feltet «${name}», som skal ${WANTED[type]}.`;
  }
  return "";
}

/** The Error for a refused file, naming the file when its name is known. @param {string} name @param {string} text */
const refused = (name, text) => new Error(name ? `«${echo(name)}» ble ikke importert. ${text}` : text);

/**
 * Parse and check an imported file's text. Throws Error with a Norwegian
 * message (naming the file when `name` is given); nothing is changed by a
 * failed import. Only a file with the export's fields, of the right types,
 * with answers that pass checkAnswers, is accepted.
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
      looksLikeCsv(raw, name)
        ? "Dette er en CSV-fil, som er for regneark. Importer JSON-filen du eksporterte fra denne øvelsen."
        : "Filen er ikke en gyldig JSON-fil. Velg en fil du har eksportert fra denne øvelsen.",
    );
  }
  if (isObject(data) && data.format === WORKBOOK_FORMAT) {
    throw refused(
      name,
      "Dette er en fil fra «Mine svar» med svar fra flere øvelser. " +
        "Importer den på siden «Mine svar» i boka (knappen «Importer alle»).",
    );
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw refused(name, "Filen ser ikke ut som en eksport fra Metodeveilederhåndboka.");
  }
  if (nesting(data) > MAX_DEPTH) {
    throw refused(name, "Filen har for mange nivåer inni hverandre og kan ikke være en eksport fra boka.");
  }
  if (data.instrument !== def.id) {
    // The file names its exercise by title (exports carry it); the id is only the fallback.
    // (A title that is this exercise's own says nothing: then the id.)
    const named = typeof data.title === "string" && data.title.trim() && data.title !== def.title;
    const title = named ? data.title : data.instrument;
    const other = typeof title === "string" ? `øvelsen «${echo(title, 100)}»` : "en annen øvelse";
    throw refused(
      name,
      `Filen er fra ${other}, ikke fra «${def.title}». Velg en fil du har eksportert fra «${def.title}».`,
    );
  }
  const wrong = checkFields(data, SINGLE_FIELDS, ["format", ...REQUIRED]);
  if (wrong) throw refused(name, `Filen ${wrong}`);
  const err = checkAnswers(def, data.answers);
  if (err) throw refused(name, `Filen har svar i feil format: ${err}.`);
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

/**
 * The workbook file: every instrument's answers in one file.
 * @param {{def: Definition, answers: any, response: string}[]} entries
 */
export function workbookData(entries) {
  return {
    format: WORKBOOK_FORMAT,
    exported: new Date().toISOString(),
    instruments: entries.map(({ def, answers, response }) => ({
      instrument: def.id,
      version: def.version,
      title: def.title,
      response,
      answers,
    })),
  };
}

/**
 * Check a whole workbook file before anything is written. Throws Error with a
 * Norwegian message (naming the file when `name` is given).
 * @param {Definition[]} defs the instruments the book knows
 * @param {string} raw
 * @param {string} [name] the file's name, for the message
 * @returns {{def: Definition, answers: any, response: string}[]}
 */
export function parseWorkbook(defs, raw, name = "") {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw refused(name, "Filen er ikke en gyldig JSON-fil.");
  }
  if (!isObject(data) || data.format !== WORKBOOK_FORMAT || !Array.isArray(data.instruments)) {
    const single = isObject(data) && data.format === EXPORT_FORMAT;
    throw refused(
      name,
      single
        ? "Dette er en eksport fra én øvelse. Importer den på siden der øvelsen står."
        : "Filen ser ikke ut som en arbeidsbok fra Metodeveilederhåndboka.",
    );
  }
  if (nesting(data) > MAX_DEPTH) {
    throw refused(name, "Filen har for mange nivåer inni hverandre og kan ikke være en arbeidsbok fra boka.");
  }
  const top = checkFields(data, WORKBOOK_FIELDS, ["format", "instruments"]);
  if (top) throw refused(name, `Filen ${top}`);
  const byId = new Map(defs.map((d) => [d.id, d]));
  return data.instruments.map((/** @type {unknown} */ entry, /** @type {number} */ i) => {
    if (!isObject(entry) || typeof entry.instrument !== "string") {
      throw refused(name, `Oppføring ${i + 1} i filen har feil format.`);
    }
    const def = byId.get(entry.instrument);
    if (!def) {
      throw refused(name, `Filen har svar til en øvelse boka ikke kjenner («${echo(entry.instrument)}»).`);
    }
    const wrong = checkFields(entry, ENTRY_FIELDS, REQUIRED);
    if (wrong) throw refused(name, `Oppføring ${i + 1} i filen («${def.title}») ${wrong}`);
    const err = checkAnswers(def, entry.answers);
    if (err) throw refused(name, `Svarene til «${def.title}» har feil format: ${err}.`);
    return {
      def,
      answers: entry.answers,
      response: typeof entry.response === "string" && entry.response ? entry.response : newResponseId(),
    };
  });
}
