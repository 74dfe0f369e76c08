// Stored records (js/host/record.js, js/host/static-host.js) against an in-memory Storage.
import assert from "node:assert/strict";
import test from "node:test";
import { backupKey, parseRecord, serializeRecord, storageKey } from "../../js/host/record.js";
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
  assert.deepEqual(loaded, { answers: {}, response: "", recovery: null, migratedFrom: null, raw: null });
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
