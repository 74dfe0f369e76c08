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
import { hasContent } from "../core/values.js";
import {
  BOOK,
  backupKey,
  deletionMark,
  forgetAll,
  forgetInstrument,
  parseRecord,
  serializeRecord,
  storageKey,
  usableRecord,
  versionPrefix,
} from "./record.js";

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
  if (raw === null) return { answers: {}, response: "", recovery: null, migratedFrom: null, raw: null, saved: null };
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
    saved: record ? savedTime(record) : null,
  };
}

/**
 * When a record was saved (the ISO time record.js writes), or null when it has none that reads as a time.
 * @param {Record<string, any>} record
 */
export function savedTime(record) {
  if (typeof record.saved !== "string") return null;
  const t = Date.parse(record.saved);
  return Number.isNaN(t) ? null : record.saved;
}

/** One model per instrument on a page: two copies of an instrument show the same answers. */
/** @type {Map<string, BookModel>} */
const models = new Map();

/**
 * The book's model: anywidget's interface; `forget()`, which deletes every key of the
 * instrument and clears the model (the frame's *Nullstill* uses it when it is there; with
 * `keys` false only the model is cleared, after *Slett alle* has removed the keys); and
 * `refresh()`, which catches up with what another tab saved or deleted.
 * @typedef {Model & {forget: (keys?: boolean) => void, refresh: () => void}} BookModel
 */

/** @param {Definition} def @returns {BookModel} */
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
 *
 * Deleted answers stay deleted: before every save, and when another tab changes storage or the
 * page comes back from the back-forward cache (`refresh`), the model checks whether its answers
 * were deleted since it read them (the deletion marker changed, or its record is gone). If so it
 * takes what is stored now and drops what it had, also an edit not yet saved: it could hold
 * the deleted text. The model field `deleted` then tells the frame, which tells the reader.
 * @param {Definition} def @param {Storage|null} storage @returns {BookModel}
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
    deleted: null,
    // When the answers read at load were saved: a returning reader is told (frame.js).
    saved_at: null,
  };
  /** The answers as last read from or written to storage: the base for merging with other tabs. */
  let base = {};
  /** The stored text as we last read or wrote it: if it is still there, no other tab has saved. */
  let lastRaw = /** @type {string|null} */ (null);
  /** The deletions made when we last read storage (see record.js, deletionMark). */
  let seen = "";
  if (storage) {
    try {
      seen = deletionMark(storage, def);
      const loaded = loadRecord(storage, def);
      state.answers = loaded.answers;
      state.response_id = loaded.response;
      state.recovery = loaded.recovery;
      state.migrated_from = loaded.migratedFrom;
      state.saved_at = loaded.saved;
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
  /** @param {string} name @param {any} value */
  const put = (name, value) => {
    if (state[name] === value) return;
    state[name] = value;
    emit(name);
  };
  /** Usable answers in a stored text, or null. @param {string|null} raw */
  const answersIn = (raw) => {
    const record = raw === null ? null : usableRecord(raw);
    return record ? salvageAnswers(def, record.answers).answers : null;
  };

  /**
   * If our answers were deleted since we read them, take what is stored now instead
   * (nothing, or what was saved after the deletion). Returns whether they were.
   * @param {Storage} s @param {boolean} dropped whether an edit of the reader's is dropped with them
   */
  function adoptDeletion(s, dropped) {
    const mark = deletionMark(s, def);
    const raw = s.getItem(key);
    const gone = mark !== seen || (raw === null && lastRaw !== null);
    if (!gone) return false;
    const had = hasContent(state.answers);
    const now = answersIn(raw) || {};
    const record = raw === null ? null : usableRecord(raw);
    seen = mark;
    lastRaw = raw;
    base = now;
    state.saved_at = record ? savedTime(record) : null;
    put("recovery", null);
    put("migrated_from", null);
    state.response_id = record && typeof record.response === "string" ? record.response : "";
    if (state.storage.reason === "held") put("storage", { ok: true });
    state.answers = now;
    emit("answers");
    if (had) put("deleted", { at: Date.now(), dropped });
    return true;
  }

  /** Another tab changed storage, or the page is shown again: catch up with what is stored. */
  function refresh() {
    if (!storage) return;
    try {
      if (adoptDeletion(storage, false)) return;
      const raw = storage.getItem(key);
      if (raw === null || raw === lastRaw) return;
      const other = answersIn(raw);
      if (!other) return; // ignore unreadable data from elsewhere
      state.answers = mergeAnswers(base, other, state.answers);
      base = other;
      lastRaw = raw;
      emit("answers");
    } catch {
      /* storage went away: keep what the page shows */
    }
  }

  /** @type {BookModel} */
  const model = {
    get: (name) => state[name],
    set: put,
    save_changes() {
      if (!storage) return;
      try {
        if (adoptDeletion(storage, true)) return;
      } catch {
        /* storage went away: the write below fails and says so */
      }
      if (state.recovery && !state.recovery.released) {
        // A damaged save could not be backed up: do not write over it until the reader has it in a file.
        if (state.storage.reason !== "held") put("storage", { ok: false, reason: "held" });
        return;
      }
      try {
        // Another tab may have saved other answers meanwhile: keep both.
        const raw = storage.getItem(key);
        const other = raw === lastRaw ? null : answersIn(raw);
        const merged = other ? mergeAnswers(base, other, state.answers) : state.answers;
        const text = serializeRecord(def, merged, state.response_id);
        storage.setItem(key, text);
        lastRaw = text;
        base = merged;
        if (merged !== state.answers && JSON.stringify(merged) !== JSON.stringify(state.answers)) {
          state.answers = merged;
          emit("answers");
        }
        if (!state.storage.ok) put("storage", { ok: true });
      } catch (e) {
        const quota = e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);
        state.storage = { ok: false, reason: quota ? "quota" : "unavailable" };
        emit("storage");
      }
    },
    forget(keys = true) {
      if (storage) {
        try {
          if (keys) forgetInstrument(storage, def);
          seen = deletionMark(storage, def);
        } catch {
          /* storage went away: what is on the page is cleared below */
        }
      }
      lastRaw = null;
      base = {};
      state.response_id = "";
      state.saved_at = null;
      put("recovery", null);
      put("migrated_from", null);
      if (storage && state.storage.reason === "held") put("storage", { ok: true });
      state.answers = {};
      emit("answers");
    },
    refresh,
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
  return model;
}

if (typeof window !== "undefined") {
  // Another tab saved or deleted answers (also a localStorage.clear(), which has no key).
  window.addEventListener("storage", (e) => {
    if (e.key !== null && !e.key.startsWith(`${BOOK}:`)) return;
    for (const model of models.values()) model.refresh();
  });
  // Back from the back-forward cache: the page missed every storage event while it was away.
  window.addEventListener("pageshow", (e) => {
    if (e.persisted) for (const model of models.values()) model.refresh();
  });
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
  /**
   * Delete every key this book has in this browser (answers, backups, older versions) and
   * clear every instrument on this page. Returns how many keys held something.
   */
  clear() {
    const storage = getStorage();
    let count = 0;
    if (storage) {
      try {
        count = forgetAll(storage).length;
      } catch {
        /* storage went away part way: the models below still forget */
      }
    }
    for (const model of models.values()) model.forget(false);
    return count;
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
