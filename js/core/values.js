// @ts-check
/** Small pure helpers on untrusted values (answers come from storage and files). */

/** The key every summary uses for "not answered". */
export const UNANSWERED = "ubesvart";

/** @param {unknown} v @returns {v is Record<string, any>} */
export const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The value if it is an object, else an empty one.
 * @param {unknown} v @returns {Record<string, any>}
 */
export const asObject = (v) => (isObject(v) ? v : {});

/** @param {unknown} v @returns {v is string} */
export const isString = (v) => typeof v === "string";

// The same set as WHITESPACE in scoring.py: trim() and str.strip() differ.
const SPACE = "[ \\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+";
const EDGE_SPACE = new RegExp(`^${SPACE}|${SPACE}$`, "g");

/** A text without the spaces at its ends; "" for anything that is not a string. @param {unknown} v */
export const text = (v) => (typeof v === "string" ? v.replace(EDGE_SPACE, "") : "");

/** JSON has one number type: 4 and 4.0 are the same answer (as in scoring.py). */
/** @param {unknown} v @returns {v is number} */
export const wholeNumber = (v) => typeof v === "number" && Number.isInteger(v);

/** @param {unknown} a @param {unknown} b */
export const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a saved value holds anything the reader gave. @param {unknown} value @returns {boolean} */
export const hasContent = (value) =>
  Array.isArray(value)
    ? value.length > 0
    : isObject(value)
      ? Object.values(value).some(hasContent)
      : value !== "" && value != null;

/** A mean the Norwegian way (two decimals, decimal comma); "–" for none. @param {number|null} m */
export const formatMean = (m) => (m === null ? "–" : m.toFixed(2).replace(".", ","));

/** @param {number[]} xs */
export const mean = (xs) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : null);

/**
 * An object's own value for a key, never one from its prototype: answers and
 * files may use any text as a key or value ("constructor", "__proto__").
 * @param {unknown} obj @param {string} key @returns {any}
 */
export const own = (obj, key) =>
  typeof obj === "object" && obj !== null && Object.hasOwn(obj, key) ? /** @type {any} */ (obj)[key] : undefined;

/**
 * Set an own property, also for the key "__proto__" (a plain assignment would
 * change the object's prototype instead).
 * @param {Record<string, any>} obj @param {string} key @param {unknown} value
 */
export function put(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * A lookup table from a definition's list (ids to labels, titles...), safe for any key.
 * @template T @param {Iterable<[string, T]>} entries @returns {(key: unknown) => T | undefined}
 */
export function lookup(entries) {
  const map = new Map(entries);
  return (key) => (typeof key === "string" ? map.get(key) : undefined);
}

/** An object's own text for a key; "" when it is missing or not text. @param {unknown} obj @param {string} key */
export const ownText = (obj, key) => {
  const v = own(obj, key);
  return typeof v === "string" ? v : "";
};
