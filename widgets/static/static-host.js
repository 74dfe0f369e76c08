// @ts-check
/**
 * The static host: runs the widget UI in the built book without a kernel.
 *
 * It gives each `.mvh-widget` element a small model with anywidget's
 * interface (get/set/save_changes/on/off) whose answers live in localStorage.
 * Keys are namespaced by book, instrument id and instrument version, because
 * on file:// Chromium shares one localStorage between every local file.
 * When storage is unavailable the model keeps answers in memory and tells
 * the widget, which tells the reader.
 *
 * This file is appended to the wrapped widget.js by widgets/sphinx_ext.py;
 * `MVHWidget` is the module's exports.
 */
/* global MVHWidget */
(function () {
  "use strict";
  const BOOK = "metodeveilederhandboka";

  /** @param {{id: string, version: number}} def */
  function storageKey(def) {
    return `${BOOK}:${def.id}:v${def.version}`;
  }

  /** @returns {Storage|null} */
  function getStorage() {
    // Only read to probe: a full storage must still give back what is saved in it.
    try {
      const s = window.localStorage;
      s.getItem(`${BOOK}:probe`);
      return s;
    } catch (e) {
      return null;
    }
  }

  /** One model per instrument on a page: two copies of an instrument show the same answers. */
  const models = new Map();

  /** @param {any} def */
  function modelFor(def) {
    const key = storageKey(def);
    if (!models.has(key)) models.set(key, createModel(def));
    return models.get(key);
  }

  /**
   * Read what is saved for an instrument, whatever state it is in.
   * Returns the answers that can be used, and what happened on the way:
   * a record from an older version of the instrument is carried over; an
   * unreadable or damaged record is backed up (never overwritten) and what
   * can be read of it is used.
   * @param {Storage} storage @param {any} def
   */
  function loadRecord(storage, def) {
    const key = storageKey(def);
    let raw = storage.getItem(key);
    let migratedFrom = null;
    if (raw === null) {
      // A new version of the instrument: carry over the newest older version's answers.
      const prefix = `${BOOK}:${def.id}:v`;
      const older = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        const v = k && k.startsWith(prefix) ? Number(k.slice(prefix.length)) : NaN;
        if (Number.isInteger(v) && v !== def.version) older.push(v);
      }
      if (older.length) {
        migratedFrom = Math.max(...older);
        raw = storage.getItem(`${prefix}${migratedFrom}`);
      }
    }
    if (raw === null) return { answers: {}, response: "", recovery: null, migratedFrom: null, raw: null };
    let saved;
    try {
      saved = JSON.parse(raw);
    } catch (e) {
      saved = undefined;
    }
    const record = saved && typeof saved === "object" && !Array.isArray(saved) ? saved : null;
    // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
    const salvaged = MVHWidget.salvageAnswers(def, record ? record.answers : undefined);
    const damaged = !record || salvaged.dropped > 0;
    let backedUp = false;
    if (damaged) {
      // Keep the original text; nothing the reader saved is thrown away. An
      // earlier backup is never overwritten: a later one gets its own key.
      const first = `${key}:sikkerhetskopi`;
      const existing = storage.getItem(first);
      try {
        if (existing === null || existing === raw) storage.setItem(first, raw);
        else storage.setItem(`${first}:${Date.now()}`, raw);
        backedUp = true;
      } catch (e) {
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

  /** @param {any} def */
  function createModel(def) {
    const storage = getStorage();
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
      } catch (e) {
        state.storage = { ok: false, reason: "unavailable" };
      }
    }
    /** @type {Map<string, Set<Function>>} */
    const listeners = new Map();
    const emit = (/** @type {string} */ name) => {
      for (const cb of listeners.get(`change:${name}`) || []) cb({ name, new: state[name] });
    };
    /** Answers another tab saved since we last looked, if any (only what has the right shape). */
    const theirs = () => {
      const raw = /** @type {Storage} */ (storage).getItem(key);
      if (raw === null || raw === lastRaw) return null;
      try {
        const saved = JSON.parse(raw);
        if (!saved || typeof saved.answers !== "object" || saved.answers === null) return null;
        // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
        return MVHWidget.salvageAnswers(def, saved.answers).answers;
      } catch (e) {
        return null;
      }
    };
    const model = {
      /** @param {string} name */
      get: (name) => state[name],
      /** @param {string} name @param {any} value */
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
          // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
          const merged = other ? MVHWidget.mergeAnswers(base, other, state.answers) : state.answers;
          const text = JSON.stringify({
            instrument: def.id, version: def.version, answers: merged, response: state.response_id, saved: new Date().toISOString(),
          });
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
      /** @param {string} event @param {Function} cb */
      on(event, cb) {
        if (!listeners.has(event)) listeners.set(event, new Set());
        /** @type {Set<Function>} */ (listeners.get(event)).add(cb);
      },
      /** @param {string} event @param {Function} [cb] */
      off(event, cb) {
        if (!cb) listeners.delete(event);
        else listeners.get(event)?.delete(cb);
      },
    };
    // Another tab saved this instrument: merge its answers into ours.
    window.addEventListener("storage", (e) => {
      if (e.key !== key || e.newValue === null) return;
      try {
        const saved = JSON.parse(e.newValue);
        if (saved && typeof saved.answers === "object" && saved.answers !== null) {
          // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
          const other = MVHWidget.salvageAnswers(def, saved.answers).answers;
          // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
          state.answers = MVHWidget.mergeAnswers(base, other, state.answers);
          base = other;
          lastRaw = e.newValue;
          emit("answers");
        }
      } catch (err) {
        /* ignore unreadable data from elsewhere */
      }
    });
    return model;
  }

  /**
   * The workbook's access to every instrument's saved answers. Only keys under
   * this book's prefix are ever read, written or deleted.
   */
  const STORE = {
    available: () => getStorage() !== null,
    /** @param {any} def */
    read(def) {
      const storage = getStorage();
      if (!storage) return null;
      try {
        const saved = JSON.parse(storage.getItem(storageKey(def)) || "null");
        return saved && typeof saved.answers === "object" && saved.answers !== null ? saved : null;
      } catch (e) {
        return null;
      }
    },
    /**
     * Write several instruments' answers as one step: if storage fills up part
     * way, everything written is put back as it was and the error is passed on.
     * @param {{def: any, answers: any, response: string}[]} entries
     */
    writeAll(entries) {
      const storage = getStorage();
      if (!storage) throw new Error("storage unavailable");
      const before = entries.map((e) => [storageKey(e.def), storage.getItem(storageKey(e.def))]);
      try {
        for (const e of entries) {
          storage.setItem(storageKey(e.def), JSON.stringify({
            instrument: e.def.id, version: e.def.version, answers: e.answers, response: e.response, saved: new Date().toISOString(),
          }));
        }
      } catch (err) {
        for (const [k, v] of before) {
          try {
            if (v === null) storage.removeItem(/** @type {string} */ (k));
            else storage.setItem(/** @type {string} */ (k), v);
          } catch (e) {
            /* putting back what was there frees or reuses the same space */
          }
        }
        throw err;
      }
      for (const e of entries) {
        const model = models.get(storageKey(e.def));
        if (model) {
          model.set("response_id", e.response);
          model.set("answers", e.answers);
        }
      }
    },
    /** @param {any} def @param {any} answers @param {string} response */
    write(def, answers, response) {
      const storage = getStorage();
      if (!storage) throw new Error("storage unavailable");
      storage.setItem(storageKey(def), JSON.stringify({ answers, response, saved: new Date().toISOString() }));
      const model = models.get(storageKey(def));
      if (model) {
        model.set("response_id", response);
        model.set("answers", answers);
      }
    },
    /** Delete every answer this book saved, in this browser. */
    clear() {
      const storage = getStorage();
      if (!storage) return 0;
      const keys = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k && k.startsWith(`${BOOK}:`)) keys.push(k);
      }
      keys.forEach((k) => storage.removeItem(k));
      for (const model of models.values()) model.set("answers", {});
      return keys.length;
    },
  };

  function mountAll() {
    for (const el of Array.from(document.querySelectorAll(".mvh-widget:not(.mvh-ready)"))) {
      const holder = /** @type {HTMLElement} */ (el);
      const script = holder.querySelector("script.mvh-definition");
      if (!script) continue;
      let def;
      try {
        def = JSON.parse(script.textContent || "");
      } catch (e) {
        continue; // leave the readable fallback list in place
      }
      const mount = document.createElement("div");
      mount.className = "mvh-mount";
      holder.append(mount);
      performance.mark(`mvh-mount-start:${def.id}`);
      // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
      if (def.role) {
        // A whole-book view (workbook, team view): it works on every instrument's storage.
        // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
        MVHWidget.renderView({ el: mount, index: def, store: STORE });
        holder.classList.add("mvh-ready");
        continue;
      }
      // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
      MVHWidget.default.render({ model: modelFor(def), el: mount });
      performance.mark(`mvh-mount-end:${def.id}`);
      performance.measure(`mvh-mount:${def.id}`, `mvh-mount-start:${def.id}`, `mvh-mount-end:${def.id}`);
      holder.classList.add("mvh-ready");
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
