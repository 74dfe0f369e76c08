// @ts-check
/** The files a reader exports and imports: one instrument's answers, or the whole workbook. */
import { checkAnswers } from "./answers.js";
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

/**
 * Parse and check an imported file's text. Throws Error with a Norwegian
 * message; nothing is changed by a failed import.
 * @param {Definition} def
 * @param {string} raw
 * @returns {Record<string, any>}
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
 * Norwegian message.
 * @param {Definition[]} defs the instruments the book knows
 * @param {string} raw
 * @returns {{def: Definition, answers: any, response: string}[]}
 */
export function parseWorkbook(defs, raw) {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new Error("Filen er ikke en gyldig JSON-fil.");
  }
  if (!isObject(data) || data.format !== WORKBOOK_FORMAT || !Array.isArray(data.instruments)) {
    const single = isObject(data) && data.format === EXPORT_FORMAT;
    throw new Error(
      single
        ? "Dette er en eksport fra én øvelse. Importer den på siden der øvelsen står."
        : "Filen ser ikke ut som en arbeidsbok fra Metodeveilederhåndboka.",
    );
  }
  const byId = Object.fromEntries(defs.map((d) => [d.id, d]));
  return data.instruments.map((/** @type {unknown} */ entry, /** @type {number} */ i) => {
    if (!isObject(entry) || typeof entry.instrument !== "string") {
      throw new Error(`Oppføring ${i + 1} i filen har feil format.`);
    }
    const def = byId[entry.instrument];
    if (!def) throw new Error(`Filen har svar til en øvelse boka ikke kjenner («${entry.instrument}»).`);
    const err = checkAnswers(def, entry.answers);
    if (err) throw new Error(`Svarene til «${def.title}» har feil format: ${err}.`);
    return {
      def,
      answers: entry.answers,
      response: typeof entry.response === "string" ? entry.response : newResponseId(),
    };
  });
}
