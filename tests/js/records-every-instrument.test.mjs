// The storage sweep over every bundled instrument, in Node: the browser sweep in
// tests/robustness/test_storage.py runs one instrument per kind, and this file keeps the
// other instruments covered (unreadable, partly damaged and older-version records).
import assert from "node:assert/strict";
import test from "node:test";
import { backupKey, serializeRecord, storageKey } from "../../js/host/record.js";
import { loadRecord } from "../../js/host/static-host.js";
import { instrument, instrumentIds, MemoryStorage } from "./helpers.mjs";

/** Answers of the right shape for each kind (the repair keeps them whatever the item ids are). */
const SOUND = {
  rating: { ratings: { a: "gul" }, notes: { a: "Et notat" } },
  reflection: { responses: { a: "Et svar" } },
  likert: { ratings: { a: 3 } },
  quiz: { responses: { a: "b", c: { d: "e" } } },
  scenario: { path: ["n1"] },
  template: { fields: { a: "tekst", b: ["x"], c: { d: "y" } } },
  evaluation: { ratings: { a: 4 }, responses: { b: "Et svar" } },
};

const IDS = instrumentIds();

test("the sweep covers every bundled instrument and every kind", () => {
  assert.ok(IDS.length >= 35, `only ${IDS.length} instruments found`);
  const kinds = new Set(IDS.map((id) => instrument(id).kind));
  assert.deepEqual([...kinds].sort(), Object.keys(SOUND).sort());
});

for (const id of IDS) {
  const def = instrument(id);
  const sound = SOUND[def.kind];

  test(`${id}: an unreadable record is backed up byte for byte and the exercise starts empty`, () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey(def), "{ikke json");
    const loaded = loadRecord(storage, def);
    assert.deepEqual(loaded.answers, {});
    assert.equal(loaded.recovery?.readable, false);
    assert.equal(storage.getItem(backupKey(def)), "{ikke json");
  });

  test(`${id}: a partly damaged record keeps what has the right shape`, () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ instrument: id, version: def.version, answers: { ...sound, ukjent: 1 } });
    storage.setItem(storageKey(def), raw);
    const loaded = loadRecord(storage, def);
    assert.deepEqual(loaded.answers, sound);
    assert.equal(loaded.recovery?.dropped, 1);
    assert.equal(storage.getItem(backupKey(def)), raw);
  });

  test(`${id}: answers saved under an older version are carried over`, () => {
    const storage = new MemoryStorage();
    const old = { ...def, version: def.version - 1 };
    storage.setItem(storageKey(old), serializeRecord(old, sound, "r0"));
    const loaded = loadRecord(storage, def);
    assert.equal(loaded.migratedFrom, def.version - 1);
    assert.deepEqual(loaded.answers, sound);
    assert.equal(loaded.response, "r0");
  });
}
