// @ts-check
/**
 * The stored record of one instrument's answers in localStorage: one key per book,
 * instrument and version (on file:// Chromium shares one localStorage between every local file).
 */
import { isObject } from "../core/values.js";

export const BOOK = "metodeveilederhandboka";

/** @param {{id: string, version: number}} def */
export const storageKey = (def) => `${BOOK}:${def.id}:v${def.version}`;

/** The key prefix of every version of an instrument. @param {{id: string}} def */
export const versionPrefix = (def) => `${BOOK}:${def.id}:v`;

/**
 * The first backup of a damaged record; later ones get a time stamp after it.
 * @param {{id: string, version: number}} def
 */
export const backupKey = (def) => `${storageKey(def)}:sikkerhetskopi`;

/**
 * The stored text for a set of answers.
 * @param {{id: string, version: number}} def @param {unknown} answers @param {string} response
 */
export function serializeRecord(def, answers, response) {
  return JSON.stringify({
    instrument: def.id,
    version: def.version,
    answers,
    response,
    saved: new Date().toISOString(),
  });
}

/**
 * The stored record as an object, or null when the text is not JSON or not an object.
 * @param {string|null} raw @returns {Record<string, any>|null}
 */
export function parseRecord(raw) {
  if (raw === null) return null;
  try {
    const saved = JSON.parse(raw);
    return isObject(saved) ? saved : null;
  } catch {
    return null;
  }
}

/**
 * The record if its answers are at least an object (what other tabs and the workbook can use).
 * @param {string|null} raw @returns {Record<string, any>|null}
 */
export function usableRecord(raw) {
  const record = parseRecord(raw);
  return record && typeof record.answers === "object" && record.answers !== null ? record : null;
}
