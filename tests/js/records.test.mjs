// Stored records (js/host/record.js, js/host/static-host.js) against an in-memory Storage.
import assert from "node:assert/strict";
import test from "node:test";
import {
  BOOK,
  backupKey,
  DELETED_KEY,
  deletionMark,
  forgetAll,
  forgetInstrument,
  parseRecord,
  serializeRecord,
  storageKey,
} from "../../js/host/record.js";
import { createModel, loadRecord } from "../../js/host/static-host.js";
import { instrument, MemoryStorage } from "./helpers.mjs";

const DEF = instrument("kvalitetsveileder");
const KEY = storageKey(DEF);

test("keys are namespaced by book, instrument and version", () => {
  assert.equal(KEY, `metodeveilederhandboka:kvalitetsveileder:v${DEF.version}`);
  assert.equal(backupKey(DEF), `${KEY}:sikkerhetskopi`);
});

test("a record holds instrument, version, answers, response and time", () => {
  const record = parseRecord(serializeRecord(DEF, { ratings: {} }, "r"));
  assert.deepEqual(Object.keys(record ?? {}), ["instrument", "version", "answers", "response", "saved"]);
  assert.equal(parseRecord("[1]"), null);
  assert.equal(parseRecord("{"), null);
});

test("nothing stored: empty answers, nothing to recover", () => {
  const loaded = loadRecord(new MemoryStorage(), DEF);
  assert.deepEqual(loaded, {
    answers: {},
    response: "",
    recovery: null,
    migratedFrom: null,
    raw: null,
    saved: null,
  });
});

test("a sound record is used as it is", () => {
  const storage = new MemoryStorage();
  storage.setItem(KEY, serializeRecord(DEF, { ratings: { 1.1: "gronn" } }, "r1"));
  const loaded = loadRecord(storage, DEF);
  assert.deepEqual(loaded.answers, { ratings: { 1.1: "gronn" } });
  assert.equal(loaded.response, "r1");
  assert.equal(loaded.recovery, null);
  assert.equal(storage.getItem(backupKey(DEF)), null);
});

test("an unreadable record is backed up byte for byte and the instrument starts empty", () => {
  const storage = new MemoryStorage();
  storage.setItem(KEY, "{nei");
  const loaded = loadRecord(storage, DEF);
  assert.deepEqual(loaded.answers, {});
  assert.equal(loaded.recovery?.readable, false);
  assert.equal(loaded.recovery?.backedUp, true);
  assert.equal(storage.getItem(backupKey(DEF)), "{nei");
});

test("a damaged record keeps what has the right shape and counts the rest", () => {
  const storage = new MemoryStorage();
  storage.setItem(KEY, JSON.stringify({ answers: { ratings: { 1.1: "gul", 1.2: 7 }, notes: null } }));
  const loaded = loadRecord(storage, DEF);
  assert.deepEqual(loaded.answers, { ratings: { 1.1: "gul" } });
  assert.equal(loaded.recovery?.dropped, 2);
  assert.equal(loaded.recovery?.readable, true);
});

test("an earlier backup is never overwritten", () => {
  const storage = new MemoryStorage();
  storage.setItem(backupKey(DEF), "first");
  storage.setItem(KEY, "second");
  loadRecord(storage, DEF);
  assert.equal(storage.getItem(backupKey(DEF)), "first");
  const later = [...storage.map.keys()].filter((k) => k.startsWith(`${backupKey(DEF)}:`));
  assert.equal(later.length, 1);
  assert.equal(storage.getItem(later[0]), "second");
});

test("no room for a backup: the reader is told, and the record is held until downloaded", () => {
  const raw = "x".repeat(200);
  const storage = new MemoryStorage(KEY.length + raw.length + 10);
  storage.setItem(KEY, raw);
  const model = createModel(DEF, storage);
  assert.equal(model.get("recovery").backedUp, false);
  model.set("answers", { ratings: { 1.1: "gul" } });
  model.save_changes();
  assert.deepEqual(model.get("storage"), { ok: false, reason: "held" });
  assert.equal(storage.getItem(KEY), raw);
});

test("answers of an older version are carried over", () => {
  const storage = new MemoryStorage();
  const old = { ...DEF, version: DEF.version - 1 };
  storage.setItem(storageKey(old), serializeRecord(old, { ratings: { 1.1: "rod" } }, "r0"));
  const loaded = loadRecord(storage, DEF);
  assert.equal(loaded.migratedFrom, DEF.version - 1);
  assert.deepEqual(loaded.answers, { ratings: { 1.1: "rod" } });
});

test("a saved answer is stored as a record and read back by a new model", () => {
  const storage = new MemoryStorage();
  const model = createModel(DEF, storage);
  const seen = [];
  model.on("change:answers", (e) => seen.push(e.new));
  model.set("answers", { ratings: { 1.1: "gronn" } });
  model.save_changes();
  assert.equal(seen.length, 1);
  assert.deepEqual(parseRecord(storage.getItem(KEY))?.answers, { ratings: { 1.1: "gronn" } });
  assert.deepEqual(createModel(DEF, storage).get("answers"), { ratings: { 1.1: "gronn" } });
});

test("another tab's save is merged, not overwritten", () => {
  const storage = new MemoryStorage();
  const model = createModel(DEF, storage);
  storage.setItem(KEY, serializeRecord(DEF, { ratings: { 2.1: "gul" } }, ""));
  model.set("answers", { ratings: { 1.1: "gronn" } });
  model.save_changes();
  assert.deepEqual(model.get("answers"), { ratings: { 1.1: "gronn", 2.1: "gul" } });
  assert.deepEqual(parseRecord(storage.getItem(KEY))?.answers, model.get("answers"));
});

test("a full storage is reported as such, and the answers stay in memory", () => {
  const storage = new MemoryStorage(10);
  const model = createModel(DEF, storage);
  model.set("answers", { ratings: { 1.1: "gronn" } });
  model.save_changes();
  assert.deepEqual(model.get("storage"), { ok: false, reason: "quota" });
  assert.deepEqual(model.get("answers"), { ratings: { 1.1: "gronn" } });
});

test("without storage the model still works, in memory", () => {
  const model = createModel(DEF, null);
  assert.deepEqual(model.get("storage"), { ok: false, reason: "unavailable" });
  model.set("answers", { ratings: {} });
  model.save_changes();
  assert.deepEqual(model.get("answers"), { ratings: {} });
});

// ------------------------------------------------------------------ deletion

const OTHER = instrument("refleksjon-kvalitet");
const SECRET = "Et notat om deltakeren som skal slettes";

/** Storage holding the instrument's current record, an older version, two backups, and another instrument. */
function crowded() {
  const storage = new MemoryStorage();
  const old = { ...DEF, version: DEF.version - 1 };
  storage.setItem(KEY, serializeRecord(DEF, { notes: { 1.1: SECRET } }, "r1"));
  storage.setItem(storageKey(old), serializeRecord(old, { notes: { 1.1: SECRET } }, "r0"));
  storage.setItem(backupKey(DEF), `{"answers": {"notes": {"1.1": "${SECRET}"`);
  storage.setItem(`${backupKey(DEF)}:1700000000000`, SECRET);
  storage.setItem(storageKey(OTHER), serializeRecord(OTHER, { responses: { r1: "Blir" } }, ""));
  storage.setItem("tema", "mørkt");
  return storage;
}

/** Every stored value that still holds the text. @param {MemoryStorage} storage @param {string} text */
const holding = (storage, text) => [...storage.map].filter(([, v]) => v.includes(text)).map(([k]) => k);

test("the check for left-over text finds a planted copy in any key", () => {
  const storage = new MemoryStorage();
  storage.setItem(`${BOOK}:noe-annet:v1:sikkerhetskopi`, `{"x": "${SECRET}"}`);
  assert.deepEqual(holding(storage, SECRET), [`${BOOK}:noe-annet:v1:sikkerhetskopi`]);
});

test("Nullstill removes every key of the instrument, and only of that instrument", () => {
  const storage = crowded();
  const removed = forgetInstrument(storage, DEF);
  assert.equal(removed.length, 4);
  assert.deepEqual(holding(storage, SECRET), []);
  assert.ok(storage.getItem(storageKey(OTHER)), "another instrument's answers stay");
  assert.equal(storage.getItem("tema"), "mørkt", "keys that are not the book's stay");
  assert.deepEqual(
    [...storage.map.keys()].filter((k) => k.startsWith(`${BOOK}:${DEF.id}`)),
    [],
    "no key of the instrument is left",
  );
});

test("an instrument whose id starts like another's keeps its keys when the other is reset", () => {
  const storage = new MemoryStorage();
  const longer = { ...DEF, id: `${DEF.id}-2` };
  storage.setItem(storageKey(longer), serializeRecord(longer, { notes: { 1.1: "Blir" } }, ""));
  forgetInstrument(storage, DEF);
  assert.ok(storage.getItem(storageKey(longer)));
});

test("Slett alle removes every key of the book and leaves only the marker, which holds no answers", () => {
  const storage = crowded();
  assert.equal(forgetAll(storage).length, 5);
  assert.deepEqual([...storage.map.keys()].sort(), [DELETED_KEY, "tema"]);
  assert.deepEqual(Object.keys(parseRecord(storage.getItem(DELETED_KEY)) ?? {}), ["*"]);
  // A second Slett alle finds nothing to delete (the marker is not an answer).
  assert.equal(forgetAll(storage).length, 0);
});

test("the deletion mark changes for the instrument reset and for Slett alle, not for another instrument", () => {
  const storage = new MemoryStorage();
  const before = deletionMark(storage, DEF);
  forgetInstrument(storage, OTHER);
  assert.equal(deletionMark(storage, DEF), before);
  forgetInstrument(storage, DEF);
  const reset = deletionMark(storage, DEF);
  assert.notEqual(reset, before);
  forgetAll(storage);
  assert.notEqual(deletionMark(storage, DEF), reset);
  storage.setItem(DELETED_KEY, "{skadet");
  assert.equal(deletionMark(storage, DEF), before, "a damaged marker reads as no deletions");
});

/** A model with a note saved in `storage`, as a tab that has been open a while. */
function openTab(storage) {
  const model = createModel(DEF, storage);
  model.set("answers", { notes: { 1.1: SECRET } });
  model.save_changes();
  return model;
}

test("the model's forget() clears it and storage; the next edit saves only itself", () => {
  const storage = crowded();
  const model = createModel(DEF, storage);
  assert.equal(model.get("migrated_from"), null);
  model.forget();
  assert.deepEqual(model.get("answers"), {});
  assert.equal(model.get("response_id"), "");
  assert.deepEqual(holding(storage, SECRET), []);
  model.set("answers", { ratings: { 1.1: "gul" } });
  model.save_changes();
  assert.deepEqual(parseRecord(storage.getItem(KEY))?.answers, { ratings: { 1.1: "gul" } });
  assert.deepEqual(holding(storage, SECRET), []);
});

test("a tab open during Slett alle cannot write the deleted answers back", () => {
  const storage = new MemoryStorage();
  const stale = openTab(storage);
  forgetAll(storage); // in another tab; this one got no storage event
  // The reader goes on typing in the stale tab's note, which still shows the deleted text.
  stale.set("answers", { notes: { 1.1: `${SECRET} og litt til` } });
  stale.save_changes();
  assert.deepEqual(holding(storage, SECRET), []);
  assert.deepEqual(stale.get("answers"), {}, "the stale tab shows the deletion");
  assert.deepEqual(stale.get("deleted")?.dropped, true, "and tells the reader what it dropped");
  // After that the tab saves normally.
  stale.set("answers", { ratings: { 2.1: "rod" } });
  stale.save_changes();
  assert.deepEqual(parseRecord(storage.getItem(KEY))?.answers, { ratings: { 2.1: "rod" } });
});

test("a tab open during another tab's Nullstill, which then saved new answers, keeps only the new ones", () => {
  const storage = new MemoryStorage();
  const stale = openTab(storage);
  const other = createModel(DEF, storage);
  other.forget();
  other.set("answers", { ratings: { 3.1: "gronn" } });
  other.save_changes();
  stale.set("answers", { notes: { 1.1: `${SECRET}!` } });
  stale.save_changes();
  assert.deepEqual(holding(storage, SECRET), []);
  assert.deepEqual(stale.get("answers"), { ratings: { 3.1: "gronn" } });
});

test("refresh() (a storage event, or Back from the back-forward cache) shows the deletion at once", () => {
  const storage = new MemoryStorage();
  const stale = openTab(storage);
  const seen = [];
  stale.on("change:answers", (e) => seen.push(e.new));
  forgetAll(storage);
  stale.refresh();
  assert.deepEqual(seen, [{}]);
  assert.deepEqual(stale.get("deleted")?.dropped, false);
  stale.refresh();
  assert.equal(seen.length, 1, "a second look finds nothing new");
});

test("a record removed by other means counts as deleted too (no marker)", () => {
  const storage = new MemoryStorage();
  const stale = openTab(storage);
  storage.removeItem(KEY);
  stale.set("answers", { notes: { 1.1: `${SECRET}.` } });
  stale.save_changes();
  assert.deepEqual(holding(storage, SECRET), []);
});

test("refresh() still merges what another tab saved, when nothing was deleted", () => {
  const storage = new MemoryStorage();
  const model = openTab(storage);
  storage.setItem(KEY, serializeRecord(DEF, { notes: { 1.1: SECRET }, ratings: { 4.1: "gul" } }, ""));
  model.refresh();
  assert.deepEqual(model.get("answers"), { notes: { 1.1: SECRET }, ratings: { 4.1: "gul" } });
  assert.equal(model.get("deleted"), null);
});

test("forget() releases a damaged record that was held, and drops the notices about it", () => {
  const raw = "x".repeat(200);
  const storage = new MemoryStorage(KEY.length + raw.length + 40);
  storage.setItem(KEY, raw);
  const model = createModel(DEF, storage);
  model.set("answers", { ratings: { 1.1: "gul" } });
  model.save_changes();
  assert.equal(model.get("storage").reason, "held");
  model.forget();
  assert.equal(model.get("recovery"), null);
  assert.deepEqual(model.get("storage"), { ok: true });
  assert.equal(storage.getItem(KEY), null);
  model.set("answers", { ratings: { 1.1: "gul" } });
  model.save_changes();
  assert.deepEqual(parseRecord(storage.getItem(KEY))?.answers, { ratings: { 1.1: "gul" } });
});

test("storage that throws on every call: forget() and refresh() still work, in memory", () => {
  const broken = new Proxy(new MemoryStorage(), {
    get(target, name) {
      if (name === "getItem" || name === "setItem" || name === "removeItem" || name === "key") {
        return () => {
          throw new DOMException("blocked", "SecurityError");
        };
      }
      if (name === "length") throw new DOMException("blocked", "SecurityError");
      return Reflect.get(target, name);
    },
  });
  const model = createModel(DEF, /** @type {any} */ (broken));
  assert.deepEqual(model.get("storage"), { ok: false, reason: "unavailable" });
  model.set("answers", { ratings: { 1.1: "gul" } });
  model.save_changes();
  model.refresh();
  assert.deepEqual(model.get("answers"), { ratings: { 1.1: "gul" } });
  model.forget();
  assert.deepEqual(model.get("answers"), {});
});
