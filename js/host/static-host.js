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
import { isDate, sortMeasurements } from "../core/measure.js";
import { hasContent, isObject } from "../core/values.js";
import {
  BOOK,
  backupKey,
  deletionMark,
  forgetAll,
  forgetInstrument,
  instrumentPrefix,
  keysUnder,
  measurementsKey,
  parseRecord,
  serializeMeasurements,
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

/**
 * Whether a stored measurement can be shown and compared: the contract's fields, of the right types.
 * (Its answers are the instrument's answers of its version; the comparison reads only what it knows.)
 * @param {unknown} m
 */
export function usableMeasurement(m) {
  return (
    isObject(m) &&
    typeof m.id === "string" &&
    m.id.length > 0 &&
    m.id.length <= 64 &&
    typeof m.label === "string" &&
    typeof m.date === "string" &&
    isDate(m.date) &&
    Number.isInteger(m.version) &&
    isObject(m.answers)
  );
}

/**
 * The measurements in a stored text: the usable ones (oldest first), and how many could not be read
 * (a text that is not the record at all counts as one). null for no text.
 * @param {string|null} raw @returns {{list: Record<string, any>[], dropped: number}|null}
 */
export function measurementsIn(raw) {
  if (raw === null) return null;
  const record = parseRecord(raw);
  if (!record || !Array.isArray(record.measurements)) return { list: [], dropped: 1 };
  const list = record.measurements.filter(usableMeasurement);
  return { list: sortMeasurements(list), dropped: record.measurements.length - list.length };
}

/**
 * Read an instrument's stored measurements. A damaged text is backed up (never overwritten) and what
 * can be read of it is used; `held` when it could not be backed up (then it is not written over).
 * @param {Storage} storage @param {{id: string}} def
 */
export function loadMeasurements(storage, def) {
  const key = measurementsKey(def);
  const raw = storage.getItem(key);
  const found = measurementsIn(raw);
  if (!found || raw === null) return { list: [], raw: null, damaged: null };
  if (found.dropped === 0) return { list: found.list, raw, damaged: null };
  let backedUp = false;
  try {
    const first = `${key}:sikkerhetskopi`;
    const existing = storage.getItem(first);
    if (existing === null || existing === raw) storage.setItem(first, raw);
    else storage.setItem(`${first}:${Date.now()}`, raw);
    backedUp = true;
  } catch {
    backedUp = false;
  }
  return { list: found.list, raw, damaged: { dropped: found.dropped, backedUp } };
}

/**
 * Merge another tab's measurements with this page's: `base` is what this page last read or wrote.
 * Whatever one side added, renamed or deleted since then is kept; for a measurement both changed,
 * this page's copy wins.
 * @param {Record<string, any>[]} base @param {Record<string, any>[]} other @param {Record<string, any>[]} mine
 */
export function mergeMeasurementLists(base, other, mine) {
  const byId = (/** @type {Record<string, any>[]} */ list) => new Map(list.map((m) => [m.id, m]));
  const b = byId(base);
  const o = byId(other);
  const m = byId(mine);
  /** @type {Record<string, any>[]} */
  const out = [];
  for (const id of new Set([...o.keys(), ...m.keys()])) {
    const inBase = b.has(id);
    const ours = m.get(id);
    const theirs = o.get(id);
    if (ours && theirs) out.push(JSON.stringify(ours) !== JSON.stringify(b.get(id)) ? ours : theirs);
    else if (theirs && !inBase) out.push(theirs);
    else if (ours && !inBase) out.push(ours);
    // on one side only and in base: the other side deleted it
  }
  return sortMeasurements(out);
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
    // The instrument's measurements (oldest first), and what loading them found when they were damaged.
    measurements: [],
    measurements_recovery: null,
    // Why the measurements could not be written at the last save ("quota", "unavailable", "held"), or null.
    measurements_failed: null,
  };
  const mkey = measurementsKey(def);
  /** The measurements as last read from or written to storage, and their stored text. */
  let measBase = /** @type {Record<string, any>[]} */ ([]);
  let measRaw = /** @type {string|null} */ (null);
  /** A damaged list that could not be backed up: it is not written over. */
  let measHeld = false;
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
      const meas = loadMeasurements(storage, def);
      state.measurements = meas.list;
      state.measurements_recovery = meas.damaged;
      measBase = meas.list;
      measRaw = meas.raw;
      measHeld = !!meas.damaged && !meas.damaged.backedUp;
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

  /** Take the measurements stored now (after a deletion elsewhere). @param {Storage} s */
  function adoptMeasurements(s) {
    const raw = s.getItem(mkey);
    const found = measurementsIn(raw);
    measRaw = raw;
    measBase = found ? found.list : [];
    state.measurements = measBase;
    emit("measurements");
  }

  /** Catch up with measurements another tab saved, renamed or deleted. @param {Storage} s */
  function mergeStoredMeasurements(s) {
    const raw = s.getItem(mkey);
    if (raw === measRaw) return false;
    const found = measurementsIn(raw);
    if (found?.dropped) return false; // ignore unreadable data from elsewhere
    const other = found ? found.list : [];
    const merged = mergeMeasurementLists(measBase, other, state.measurements);
    measBase = other;
    measRaw = raw;
    if (JSON.stringify(merged) !== JSON.stringify(state.measurements)) {
      state.measurements = merged;
      emit("measurements");
    }
    return true;
  }

  /**
   * Write the measurements when they changed. Returns null, or why they could not be written
   * ("quota", "unavailable", "held"); then they stay on the page, and in its exports.
   * @param {Storage} s @returns {string|null}
   */
  function saveMeasurements(s) {
    if (JSON.stringify(state.measurements) === JSON.stringify(measBase)) return null;
    if (measHeld) return "held";
    try {
      mergeStoredMeasurements(s);
      const list = state.measurements;
      if (list.length) {
        const text = serializeMeasurements(def, list);
        s.setItem(mkey, text);
        measRaw = text;
      } else {
        s.removeItem(mkey);
        measRaw = null;
      }
      measBase = list;
      return null;
    } catch (e) {
      return e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22) ? "quota" : "unavailable";
    }
  }

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
    adoptMeasurements(s);
    if (had) put("deleted", { at: Date.now(), dropped });
    return true;
  }

  /** Another tab changed storage, or the page is shown again: catch up with what is stored. */
  function refresh() {
    if (!storage) return;
    try {
      if (adoptDeletion(storage, false)) return;
      mergeStoredMeasurements(storage);
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
      state.measurements_failed = storage ? null : "unavailable";
      if (!storage) return;
      try {
        if (adoptDeletion(storage, true)) return;
      } catch {
        /* storage went away: the write below fails and says so */
      }
      const measFailed = saveMeasurements(storage);
      state.measurements_failed = measFailed;
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
        if (measFailed) {
          // The answers are saved, the measurements are not (they are kept on the page and in its exports).
          if (state.storage.reason !== measFailed) put("storage", { ok: false, reason: measFailed });
        } else if (!state.storage.ok) put("storage", { ok: true });
      } catch (e) {
        const quota = e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);
        state.storage = { ok: false, reason: quota ? "quota" : "unavailable" };
        emit("storage");
      }
    },
    forget(keys = true) {
      if (storage) {
        try {
          // *Nullstill* (keys true) keeps the measurements; after *Slett alle* (keys false) they are gone too.
          if (keys) forgetInstrument(storage, def, { keepMeasurements: true });
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
      if (!keys) {
        measBase = [];
        measRaw = null;
        measHeld = false;
        put("measurements_recovery", null);
        state.measurements = [];
        emit("measurements");
      }
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
  /**
   * Whether this browser holds anything of these instruments: a record of any version, a backup or
   * measurements. Reads key names only.
   * @param {string[]} ids @returns {boolean}
   */
  holdsAnyOf(ids) {
    const storage = getStorage();
    if (!storage) return false;
    try {
      const keys = keysUnder(storage, `${BOOK}:`);
      return ids.some((id) => keys.some((k) => k.startsWith(instrumentPrefix({ id }))));
    } catch {
      return false;
    }
  },
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
   * An instrument's usable stored measurements (oldest first); none when there are none or storage is blocked.
   * @param {Definition} def @returns {Record<string, any>[]}
   */
  readMeasurements(def) {
    const storage = getStorage();
    if (!storage) return [];
    try {
      return measurementsIn(storage.getItem(measurementsKey(def)))?.list || [];
    } catch {
      return [];
    }
  },
  /**
   * Write several instruments' answers (and, for an entry that has them, its measurements: the
   * whole list to keep) as one step: if storage fills up part way, everything written is put back
   * as it was and the error is passed on.
   * @param {{def: Definition, answers: any, response: string, measurements?: Record<string, any>[]}[]} entries
   */
  writeAll(entries) {
    const storage = getStorage();
    if (!storage) throw new Error("storage unavailable");
    const keys = entries.flatMap((e) => [storageKey(e.def), ...(e.measurements ? [measurementsKey(e.def)] : [])]);
    const before = keys.map((k) => /** @type {[string, string|null]} */ ([k, storage.getItem(k)]));
    try {
      for (const e of entries) {
        storage.setItem(storageKey(e.def), serializeRecord(e.def, e.answers, e.response));
        if (e.measurements?.length)
          storage.setItem(measurementsKey(e.def), serializeMeasurements(e.def, e.measurements));
      }
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
    for (const e of entries) {
      showIn(e.def, e.answers, e.response);
      if (e.measurements?.length) models.get(storageKey(e.def))?.set("measurements", e.measurements);
    }
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
