// @ts-check
/**
 * The static host: runs the widget UI in the built book without a kernel.
 *
 * It gives each `.mvh-widget` element a small model with anywidget's
 * interface (get/set/save_changes/on/off) whose answers live in localStorage
 * (host/record.js). When storage is unavailable the model keeps answers in
 * memory and tells the widget, which tells the reader.
 */
import { mergeAnswers, salvageAnswers } from "../core/answers.js";
import { BOOK, backupKey, parseRecord, serializeRecord, storageKey, usableRecord, versionPrefix } from "./record.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../core/types.js").Model} Model */

/** @returns {Storage|null} */
function getStorage() {
  // Only read to probe: a full storage must still give back what is saved in it.
  try {
    const s = window.localStorage;
    s.getItem(`${BOOK}:probe`);
    return s;
  } catch {
    return null;
  }
}

/**
 * Read what is saved for an instrument, whatever state it is in.
 * Returns the answers that can be used, and what happened on the way:
 * a record from an older version of the instrument is carried over; an
 * unreadable or damaged record is backed up (never overwritten) and what
 * can be read of it is used.
 * @param {Storage} storage @param {Definition} def
 */
export function loadRecord(storage, def) {
  let raw = storage.getItem(storageKey(def));
  let migratedFrom = null;
  if (raw === null) {
    // A new version of the instrument: carry over the newest older version's answers.
    const prefix = versionPrefix(def);
    const older = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      const v = k?.startsWith(prefix) ? Number(k.slice(prefix.length)) : Number.NaN;
      if (Number.isInteger(v) && v !== def.version) older.push(v);
    }
    if (older.length) {
      migratedFrom = Math.max(...older);
      raw = storage.getItem(`${prefix}${migratedFrom}`);
    }
  }
  if (raw === null) return { answers: {}, response: "", recovery: null, migratedFrom: null, raw: null };
  const record = parseRecord(raw);
  const salvaged = salvageAnswers(def, record ? record.answers : undefined);
  const damaged = !record || salvaged.dropped > 0;
  let backedUp = false;
  if (damaged) {
    // Keep the original text; nothing the reader saved is thrown away. An
    // earlier backup is never overwritten: a later one gets its own key.
    const first = backupKey(def);
    const existing = storage.getItem(first);
    try {
      if (existing === null || existing === raw) storage.setItem(first, raw);
      else storage.setItem(`${first}:${Date.now()}`, raw);
      backedUp = true;
    } catch {
      backedUp = false; // no room: the original stays under its key until the reader has downloaded it
    }
  }
  return {
    answers: salvaged.answers,
    response: record && typeof record.response === "string" ? record.response : "",
    recovery: damaged ? { raw, readable: !!record, dropped: salvaged.dropped, backedUp, released: backedUp } : null,
    migratedFrom,
    raw,
  };
}

/** One model per instrument on a page: two copies of an instrument show the same answers. */
/** @type {Map<string, Model>} */
const models = new Map();

/** @param {Definition} def @returns {Model} */
export function modelFor(def) {
  const key = storageKey(def);
  let model = models.get(key);
  if (!model) {
    model = createModel(def, getStorage());
    models.set(key, model);
  }
  return model;
}

/**
 * An anywidget-shaped model whose answers are kept in `storage` (null: in memory only).
 * @param {Definition} def @param {Storage|null} storage @returns {Model}
 */
export function createModel(def, storage) {
  const key = storageKey(def);
  /** @type {Record<string, any>} */
  const state = {
    definition: def,
    host: "book",
    answers: {},
    response_id: "",
    storage: storage ? { ok: true } : { ok: false, reason: "unavailable" },
    recovery: null,
    migrated_from: null,
  };
  /** The answers as last read from or written to storage: the base for merging with other tabs. */
  let base = {};
  /** The stored text as we last read or wrote it: if it is still there, no other tab has saved. */
  let lastRaw = /** @type {string|null} */ (null);
  if (storage) {
    try {
      const loaded = loadRecord(storage, def);
      state.answers = loaded.answers;
      state.response_id = loaded.response;
      state.recovery = loaded.recovery;
      state.migrated_from = loaded.migratedFrom;
      base = loaded.answers;
      lastRaw = loaded.migratedFrom === null ? loaded.raw : null;
    } catch {
      state.storage = { ok: false, reason: "unavailable" };
    }
  }
  /** @type {Map<string, Set<Function>>} */
  const listeners = new Map();
  /** @param {string} name */
  const emit = (name) => {
    for (const cb of listeners.get(`change:${name}`) || []) cb({ name, new: state[name] });
  };
  /** Answers another tab saved since we last looked, if any (only what has the right shape). */
  const theirs = () => {
    const raw = /** @type {Storage} */ (storage).getItem(key);
    if (raw === null || raw === lastRaw) return null;
    const record = usableRecord(raw);
    return record ? salvageAnswers(def, record.answers).answers : null;
  };
  /** @type {Model} */
  const model = {
    get: (name) => state[name],
    set(name, value) {
      // Like a Backbone model in Jupyter: setting a value notifies listeners at once.
      if (state[name] === value) return;
      state[name] = value;
      emit(name);
    },
    save_changes() {
      if (!storage) return;
      if (state.recovery && !state.recovery.released) {
        // A damaged save could not be backed up: do not write over it until the reader has it in a file.
        if (state.storage.reason !== "held") {
          state.storage = { ok: false, reason: "held" };
          emit("storage");
        }
        return;
      }
      try {
        // Another tab may have saved other answers meanwhile: keep both.
        const other = theirs();
        const merged = other ? mergeAnswers(base, other, state.answers) : state.answers;
        const text = serializeRecord(def, merged, state.response_id);
        storage.setItem(key, text);
        lastRaw = text;
        base = merged;
        if (merged !== state.answers && JSON.stringify(merged) !== JSON.stringify(state.answers)) {
          state.answers = merged;
          emit("answers");
        }
        if (!state.storage.ok) {
          state.storage = { ok: true };
          emit("storage");
        }
      } catch (e) {
        const quota = e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);
        state.storage = { ok: false, reason: quota ? "quota" : "unavailable" };
        emit("storage");
      }
    },
    on(event, cb) {
      const set = listeners.get(event) || new Set();
      listeners.set(event, set);
      set.add(cb);
    },
    off(event, cb) {
      if (!cb) listeners.delete(event);
      else listeners.get(event)?.delete(cb);
    },
  };
  // Another tab saved this instrument: merge its answers into ours.
  if (typeof window !== "undefined") {
    window.addEventListener("storage", (e) => {
      if (e.key !== key || e.newValue === null) return;
      const record = usableRecord(e.newValue);
      if (!record) return; // ignore unreadable data from elsewhere
      const other = salvageAnswers(def, record.answers).answers;
      state.answers = mergeAnswers(base, other, state.answers);
      base = other;
      lastRaw = e.newValue;
      emit("answers");
    });
  }
  return model;
}

/**
 * The workbook's access to every instrument's saved answers. Only keys under
 * this book's prefix are ever read, written or deleted.
 * @typedef {typeof STORE} Store
 */
export const STORE = {
  available: () => getStorage() !== null,
  /** @param {Definition} def @returns {Record<string, any>|null} */
  read(def) {
    const storage = getStorage();
    if (!storage) return null;
    try {
      return usableRecord(storage.getItem(storageKey(def)));
    } catch {
      return null;
    }
  },
  /**
   * Write several instruments' answers as one step: if storage fills up part
   * way, everything written is put back as it was and the error is passed on.
   * @param {{def: Definition, answers: any, response: string}[]} entries
   */
  writeAll(entries) {
    const storage = getStorage();
    if (!storage) throw new Error("storage unavailable");
    const before = entries.map(
      (e) => /** @type {[string, string|null]} */ ([storageKey(e.def), storage.getItem(storageKey(e.def))]),
    );
    try {
      for (const e of entries) storage.setItem(storageKey(e.def), serializeRecord(e.def, e.answers, e.response));
    } catch (err) {
      for (const [k, v] of before) {
        try {
          if (v === null) storage.removeItem(k);
          else storage.setItem(k, v);
        } catch {
          /* putting back what was there frees or reuses the same space */
        }
      }
      throw err;
    }
    for (const e of entries) showIn(e.def, e.answers, e.response);
  },
  /** @param {Definition} def @param {any} answers @param {string} response */
  write(def, answers, response) {
    const storage = getStorage();
    if (!storage) throw new Error("storage unavailable");
    storage.setItem(storageKey(def), serializeRecord(def, answers, response));
    showIn(def, answers, response);
  },
  /** Delete every answer this book saved, in this browser. */
  clear() {
    const storage = getStorage();
    if (!storage) return 0;
    const keys = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(`${BOOK}:`)) keys.push(k);
    }
    for (const k of keys) storage.removeItem(k);
    for (const model of models.values()) model.set("answers", {});
    return keys.length;
  },
};

/**
 * Show answers written behind a live model's back in that model.
 * @param {Definition} def @param {any} answers @param {string} response
 */
function showIn(def, answers, response) {
  const model = models.get(storageKey(def));
  if (model) {
    model.set("response_id", response);
    model.set("answers", answers);
  }
}
