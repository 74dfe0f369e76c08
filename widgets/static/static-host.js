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
    try {
      const s = window.localStorage;
      const probe = `${BOOK}:probe`;
      s.setItem(probe, "1");
      s.removeItem(probe);
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
    if (raw === null) return { answers: {}, response: "", recovery: null, migratedFrom: null };
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
    if (damaged) {
      // Keep the original text; nothing the reader saved is thrown away.
      try {
        storage.setItem(`${key}:sikkerhetskopi`, raw);
      } catch (e) {
        /* no room for a backup: the original stays under its key until the reader saves */
      }
    }
    return {
      answers: salvaged.answers,
      response: record && typeof record.response === "string" ? record.response : "",
      recovery: damaged ? { raw, readable: !!record, dropped: salvaged.dropped } : null,
      migratedFrom,
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
    if (storage) {
      try {
        const loaded = loadRecord(storage, def);
        state.answers = loaded.answers;
        state.response_id = loaded.response;
        state.recovery = loaded.recovery;
        state.migrated_from = loaded.migratedFrom;
        base = loaded.answers;
      } catch (e) {
        state.storage = { ok: false, reason: "unavailable" };
      }
    }
    /** @type {Map<string, Set<Function>>} */
    const listeners = new Map();
    const emit = (/** @type {string} */ name) => {
      for (const cb of listeners.get(`change:${name}`) || []) cb({ name, new: state[name] });
    };
    /** Answers another tab saved since we last looked, if any. */
    const theirs = () => {
      try {
        const saved = JSON.parse(/** @type {Storage} */ (storage).getItem(key) || "null");
        return saved && typeof saved.answers === "object" && saved.answers !== null ? saved.answers : null;
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
        try {
          // Another tab may have saved other answers meanwhile: keep both.
          const other = theirs();
          // @ts-ignore MVHWidget is defined by the wrapped widget.js above this file.
          const merged = other ? MVHWidget.mergeAnswers(base, other, state.answers) : state.answers;
          storage.setItem(key, JSON.stringify({
            instrument: def.id, version: def.version, answers: merged, response: state.response_id, saved: new Date().toISOString(),
          }));
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
          state.answers = MVHWidget.mergeAnswers(base, saved.answers, state.answers);
          base = saved.answers;
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
