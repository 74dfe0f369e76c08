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
 * The key of an instrument's measurements (every version's, in one list): under the instrument's
 * prefix, not under its version prefix, so a new version of the instrument keeps them.
 * @param {{id: string}} def
 */
export const measurementsKey = (def) => `${BOOK}:${def.id}:malinger`;

/**
 * The stored text of an instrument's measurements (oldest first).
 * @param {{id: string}} def @param {unknown[]} measurements
 */
export const serializeMeasurements = (def, measurements) => JSON.stringify({ instrument: def.id, measurements });

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

/**
 * The prefix of every key an instrument has: its records of every version and their backups.
 * (Instrument ids hold no colon, so one id's prefix never covers another's keys.)
 * @param {{id: string}} def
 */
export const instrumentPrefix = (def) => `${BOOK}:${def.id}:`;

/**
 * The deletion marker: which deletions have been made, as `{"*": stamp}` for *Slett alle* and
 * `{[id]: stamp}` for one instrument's *Nullstill*. It holds no answers. A page left open
 * (another tab, or one coming back from the back-forward cache) compares it with what it saw
 * when it read its answers, so it never writes deleted answers back.
 */
export const DELETED_KEY = `${BOOK}:slettet`;

/** @param {Storage} storage @returns {Record<string, string>} */
function readMarks(storage) {
  const marks = parseRecord(storage.getItem(DELETED_KEY));
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, v] of Object.entries(marks || {})) if (typeof v === "string") out[k] = v;
  return out;
}

/**
 * The deletions that concern an instrument, as one comparable string: it changes whenever
 * the instrument's answers, or all answers, are deleted.
 * @param {Storage} storage @param {{id: string}} def
 */
export function deletionMark(storage, def) {
  const marks = readMarks(storage);
  return JSON.stringify([marks["*"] ?? null, Object.hasOwn(marks, def.id) ? marks[def.id] : null]);
}

/** A new random stamp for the marker: it tells open pages that something was deleted, not when or what. */
const newStamp = () => {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
};

/**
 * Every key in storage that starts with `prefix`.
 * @param {Storage} storage @param {string} prefix
 */
export function keysUnder(storage, prefix) {
  const keys = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys;
}

/**
 * Delete every key of one instrument (answers of every version, backups of damaged records, and
 * its measurements unless `keepMeasurements`: *Nullstill* keeps them, *Slett* in Mine svar does not)
 * and mark the deletion. Returns the keys removed.
 * @param {Storage} storage @param {{id: string}} def @param {{keepMeasurements?: boolean}} [o]
 */
export function forgetInstrument(storage, def, { keepMeasurements = false } = {}) {
  const kept = measurementsKey(def);
  const keys = keysUnder(storage, instrumentPrefix(def)).filter(
    (k) => !keepMeasurements || (k !== kept && !k.startsWith(`${kept}:`)),
  );
  for (const k of keys) storage.removeItem(k);
  try {
    storage.setItem(DELETED_KEY, JSON.stringify({ ...readMarks(storage), [def.id]: newStamp() }));
  } catch {
    /* no room for the marker: open pages still see that their record is gone */
  }
  return keys;
}

/**
 * Delete every key this book has in storage, and mark the deletion.
 * Returns the keys removed (not counting an earlier marker).
 * @param {Storage} storage
 */
export function forgetAll(storage) {
  const keys = keysUnder(storage, `${BOOK}:`);
  for (const k of keys) storage.removeItem(k);
  try {
    storage.setItem(DELETED_KEY, JSON.stringify({ "*": newStamp() }));
  } catch {
    /* as above */
  }
  return keys.filter((k) => k !== DELETED_KEY);
}
