// Measurements in the static book's storage (js/host/static-host.js, js/host/record.js) against an
// in-memory Storage: the key, damage, a full storage, other tabs, and which deletions take them.
import assert from "node:assert/strict";
import test from "node:test";
import { newMeasurement } from "../../js/core/measure.js";
import { forgetAll, forgetInstrument, measurementsKey, storageKey } from "../../js/host/record.js";
import { createModel, measurementsIn } from "../../js/host/static-host.js";
import { instrument, MemoryStorage } from "./helpers.mjs";

const DEF = instrument("kvalitetsveileder");
const KEY = measurementsKey(DEF);
/** About what Chromium lets one origin keep in localStorage (5 M UTF-16 code units of keys and values). */
const BROWSER_QUOTA = 5_000_000;

/** Every goal rated and noted at length, and a full action plan: the largest answers a reader is likely to have. */
function fullAnswers(round) {
  const ids = DEF.parts.flatMap((p) => p.themes.flatMap((t) => t.items.map((i) => i.id)));
  const scale = ["gronn", "gul", "rod", "vet-ikke"];
  const note = `Runde ${round}: ${"Vi har rutiner for dette, men de følges ikke alltid – «sjekk igjen». ".repeat(7)}`;
  return {
    ratings: Object.fromEntries(ids.map((id, i) => [id, scale[(i + round) % 4]])),
    notes: Object.fromEntries(ids.map((id) => [id, note])),
    plan: [1, 2, 3].map((n) => ({ theme: String(n), action: note, who: "Teamleder", when: "2027-01-15" })),
  };
}

/** @param {number} n */
const measurements = (n) =>
  Array.from({ length: n }, (_, i) =>
    newMeasurement(DEF, fullAnswers(i), `r${i}`, `Måling ${i + 1}`, `2026-${String((i % 12) + 1).padStart(2, "0")}-01`),
  );

/** @param {MemoryStorage} storage */
const storedList = (storage) => measurementsIn(storage.getItem(KEY))?.list ?? [];

test("measurements live under the instrument's prefix, not under a version's", () => {
  assert.equal(KEY, "metodeveilederhandboka:kvalitetsveileder:malinger");
  assert.ok(!KEY.startsWith(storageKey(DEF).replace(/\d+$/, "")), "a new version would take them for old answers");
});

test("a reader with 20 full measurements of the Kvalitetsveileder can still save another and their answers", () => {
  const storage = new MemoryStorage(BROWSER_QUOTA);
  const model = createModel(DEF, storage);
  model.set("measurements", measurements(20));
  model.set("answers", fullAnswers(99));
  model.save_changes();
  assert.deepEqual(model.get("storage"), { ok: true });
  const next = newMeasurement(DEF, model.get("answers"), "r99", "Måling 21", "2027-12-01");
  model.set("measurements", [...model.get("measurements"), next]);
  model.save_changes();
  assert.deepEqual(model.get("storage"), { ok: true });
  assert.equal(storedList(storage).length, 21);
  assert.deepEqual(storedList(storage).at(-1), next);
  // A fresh page reads all of them back.
  assert.equal(createModel(DEF, storage).get("measurements").length, 21);
});

test("a full storage tells the reader, keeps the new measurement on the page and writes over nothing", () => {
  const storage = new MemoryStorage(BROWSER_QUOTA);
  const first = createModel(DEF, storage);
  first.set("measurements", measurements(20));
  first.save_changes();
  const before = storage.getItem(KEY);
  // The storage fills up with something else.
  storage.limit = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100;
  const model = createModel(DEF, storage);
  const extra = newMeasurement(DEF, fullAnswers(5), "r", "Oppfølging 4", "2027-06-01");
  model.set("measurements", [...model.get("measurements"), extra]);
  model.save_changes();
  assert.deepEqual(model.get("storage"), { ok: false, reason: "quota" });
  assert.equal(model.get("measurements_failed"), "quota", "the section says the measurement is not saved");
  assert.equal(storage.getItem(KEY), before, "the stored measurements are untouched");
  assert.equal(model.get("measurements").length, 21, "the new one stays on the page, for the export");
  // Room again: the next save writes it.
  storage.limit = BROWSER_QUOTA;
  model.save_changes();
  assert.deepEqual(model.get("storage"), { ok: true });
  assert.equal(model.get("measurements_failed"), null);
  assert.equal(storedList(storage).length, 21);
});

test("Nullstill keeps the measurements; Slett of the row and Slett alle delete them", () => {
  const storage = new MemoryStorage();
  const model = createModel(DEF, storage);
  model.set("answers", { ratings: { 1.1: "gronn" } });
  model.set("measurements", measurements(2));
  model.save_changes();
  model.forget(); // Nullstill
  assert.deepEqual(model.get("answers"), {});
  assert.equal(model.get("measurements").length, 2);
  assert.equal(storedList(storage).length, 2);
  assert.equal(createModel(DEF, storage).get("measurements").length, 2);

  forgetInstrument(storage, DEF); // Slett in Mine svar
  assert.equal(storage.getItem(KEY), null);

  const again = createModel(DEF, storage);
  again.set("measurements", measurements(1));
  again.save_changes();
  forgetAll(storage); // Slett alle
  again.forget(false);
  assert.equal(storage.getItem(KEY), null);
  assert.deepEqual(again.get("measurements"), []);
});

test("another tab's new and deleted measurements reach this page, and this page's are kept", () => {
  const storage = new MemoryStorage();
  const [a, b, c] = measurements(3);
  const here = createModel(DEF, storage);
  here.set("measurements", [a]);
  here.save_changes();
  const there = createModel(DEF, storage);
  there.set("measurements", [a, b]);
  there.save_changes();
  here.refresh(); // the storage event
  assert.deepEqual(here.get("measurements"), [a, b]);
  // The other tab deletes a; this page adds c without having seen that: both happen.
  there.set("measurements", [b]);
  there.save_changes();
  here.set("measurements", [...here.get("measurements"), c]);
  here.save_changes();
  assert.deepEqual(storedList(storage), [b, c]);
  assert.deepEqual(here.get("measurements"), [b, c]);
});

test("a damaged list is backed up as it was; the readable measurements are used", () => {
  const storage = new MemoryStorage();
  const [good] = measurements(1);
  const raw = JSON.stringify({ instrument: DEF.id, measurements: [good, { id: 5, label: null }] });
  storage.setItem(KEY, raw);
  const model = createModel(DEF, storage);
  assert.deepEqual(model.get("measurements"), [good]);
  assert.deepEqual(model.get("measurements_recovery"), { dropped: 1, backedUp: true });
  assert.equal(storage.getItem(`${KEY}:sikkerhetskopi`), raw);
});

test("a damaged list that cannot be backed up is not written over", () => {
  const storage = new MemoryStorage();
  storage.setItem(KEY, "{ikke json");
  storage.limit = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 5;
  const model = createModel(DEF, storage);
  storage.limit = Infinity;
  model.set("measurements", measurements(1));
  model.save_changes();
  assert.equal(storage.getItem(KEY), "{ikke json");
  assert.deepEqual(model.get("storage"), { ok: false, reason: "held" });
});
