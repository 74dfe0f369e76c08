// Shared by the node tests: the vectors in tests/vectors and the bundled instrument definitions.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const VECTORS = join(ROOT, "tests", "vectors");
const INSTRUMENTS = join(ROOT, "widgets", "instruments");

/** @param {string} path */
export const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

/** The .json files in a directory, sorted. @param {string} dir */
export const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));

/**
 * Bokmål only, as definitions.load(id, "nb") returns it: no Nynorsk `X_nn` siblings, no `languages`.
 * @param {unknown} node
 * @returns {unknown}
 */
const bokmal = (node) => {
  if (Array.isArray(node)) return node.map(bokmal);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !key.endsWith("_nn"))
      .map(([key, value]) => [key, bokmal(value)]),
  );
};

/**
 * A bundled instrument, read as widgets/definitions.py reads it (PyYAML is YAML 1.1), in Bokmål.
 * The schema validation is Python's job; tests/test_schema.py runs it on every file.
 * @param {string} id
 */
export function instrument(id) {
  const { languages: _languages, ...definition } = /** @type {Record<string, unknown>} */ (
    bokmal(parse(readFileSync(join(INSTRUMENTS, `${id}.yaml`), "utf8"), { version: "1.1" }))
  );
  return definition;
}

/** Every bundled instrument id. */
export const instrumentIds = () =>
  readdirSync(INSTRUMENTS)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => basename(f, ".yaml"));

/** [name, definition, case] for every case of every vector file in `dir` (as tests/vector_cases.py). */
export function vectorCases(dir) {
  const out = [];
  for (const path of jsonFiles(dir)) {
    const data = readJson(path);
    for (const c of data.cases) {
      const def = c.definition ?? (c.instrument ? instrument(c.instrument) : data.definition);
      out.push([`${basename(path, ".json")}: ${c.name}`, def, c]);
    }
  }
  return out;
}

/**
 * Every difference between expected and actual, as readable lines (tests/vector_cases.py mismatches):
 * numbers and booleans never match each other; with `partial` objects may have extra keys.
 * @param {unknown} expected @param {unknown} actual @param {boolean} partial @returns {string[]}
 */
export function mismatches(expected, actual, partial, path = "summary") {
  const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObj(expected)) {
    if (!isObj(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    const problems = [];
    for (const [k, v] of Object.entries(expected)) {
      if (!(k in actual)) problems.push(`${path}.${k}: missing (expected ${JSON.stringify(v)})`);
      else problems.push(...mismatches(v, actual[k], partial, `${path}.${k}`));
    }
    if (!partial) {
      for (const k of Object.keys(actual)) if (!(k in expected)) problems.push(`${path}.${k}: unexpected`);
    }
    return problems;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    }
    return expected.flatMap((e, i) => mismatches(e, actual[i], partial, `${path}[${i}]`));
  }
  const same = typeof expected === typeof actual && expected === actual;
  return same ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/** A Storage kept in a Map, with an optional size limit (in characters, as browsers roughly count). */
export class MemoryStorage {
  constructor(limit = Infinity) {
    this.map = new Map();
    this.limit = limit;
  }
  get length() {
    return this.map.size;
  }
  key(i) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k) {
    return this.map.has(k) ? this.map.get(k) : null;
  }
  setItem(k, v) {
    const size = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (size + k.length + String(v).length > this.limit) {
      throw new DOMException("full", "QuotaExceededError");
    }
    this.map.set(k, String(v));
  }
  removeItem(k) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}
