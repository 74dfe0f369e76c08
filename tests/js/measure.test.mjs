// Measurements (js/core/measure.js) against the shared vectors in tests/vectors/measurements
// (Python: tests/test_measure.py runs the same files against widgets/measure.py).
import assert from "node:assert/strict";
import { join } from "node:path";
import test from "node:test";
import {
  compareMeasurements,
  isDate,
  MAX_LABEL,
  measurementSummary,
  mergeMeasurements,
  newMeasurement,
  sortMeasurements,
  supportsMeasurements,
  today,
} from "../../js/core/measure.js";
import { instrument, instrumentIds, mismatches, VECTORS, vectorCases } from "./helpers.mjs";

const DIR = join(VECTORS, "measurements");
const CASES = vectorCases(DIR);
const COMPARE = CASES.filter(([, , c]) => "expected" in c);
const MERGE = CASES.filter(([, , c]) => "merged" in c);

test("the measurement vectors cover both kinds, an older version and merging", () => {
  assert.deepEqual([...new Set(COMPARE.map(([, def]) => def.kind))].sort(), ["likert", "rating"]);
  assert.ok(
    COMPARE.some(([, , c]) => c.expected.skipped.length > 0),
    "a case with skipped ids",
  );
  assert.ok(MERGE.length >= 3);
});

for (const [name, def, c] of COMPARE) {
  test(`compare: ${name}`, () => {
    const before = JSON.stringify([c.before, c.after]);
    const actual = compareMeasurements(def, c.before, c.after);
    assert.deepEqual(mismatches(c.expected, actual, false, "comparison"), []);
    assert.equal(JSON.stringify([c.before, c.after]), before, "comparing must not change the measurements");
  });
}

for (const [name, , c] of MERGE) {
  test(`merge: ${name}`, () => {
    assert.deepEqual(mergeMeasurements(c.stored, c.incoming), c.merged);
  });
}

test("the checker is real: a planted wrong vector is caught", () => {
  const [, def, c] = COMPARE.find(([, d]) => d.kind === "rating");
  const planted = structuredClone(c.expected);
  planted.items[0].change = planted.items[0].change === "bedre" ? "dårligere" : "bedre";
  planted.groups[0].delta = 99;
  planted.skipped.push("9.9");
  const problems = mismatches(planted, compareMeasurements(def, c.before, c.after), false, "comparison");
  assert.equal(problems.length, 3, problems.join("\n"));
  assert.match(problems[0], /^comparison\.items\[0\]\.change: expected/);
});

// ------------------------------------------------------------------ new measurements

const KV = instrument("kvalitetsveileder");
const PT = instrument("psykologisk-trygghet");

test("a new measurement is a dated deep copy with a random 16-hex id", () => {
  const answers = { ratings: { 1.1: "gronn" }, notes: { 1.1: "Notat" } };
  const m = newMeasurement(KV, answers, "abc123", "  Kursstart  ", "2026-09-01");
  assert.deepEqual(Object.keys(m).sort(), ["answers", "date", "id", "label", "response", "saved", "version"]);
  assert.match(m.id, /^[0-9a-f]{16}$/);
  assert.notEqual(m.id, newMeasurement(KV, answers, "abc123", "Kursstart", "2026-09-01").id);
  assert.equal(m.label, "Kursstart");
  assert.equal(m.date, "2026-09-01");
  assert.equal(m.version, KV.version);
  assert.equal(m.response, "abc123");
  assert.ok(!Number.isNaN(Date.parse(m.saved)));
  answers.ratings["1.1"] = "rod";
  assert.equal(m.answers.ratings["1.1"], "gronn", "later edits do not reach the measurement");
});

test("the date is the reader's own by default", () => {
  const m = newMeasurement(PT, {}, "r", "Nå");
  assert.equal(m.date, today());
  assert.equal(today(new Date(2027, 0, 5, 23, 59)), "2027-01-05");
});

test("a label must be 1 to 80 characters after trimming, and the date a real YYYY-MM-DD", () => {
  assert.throws(() => newMeasurement(KV, {}, "r", "   "), { message: /^Gi målingen et navn/ });
  assert.throws(() => newMeasurement(KV, {}, "r", undefined), { message: /^Gi målingen et navn/ });
  assert.throws(() => newMeasurement(KV, {}, "r", "x".repeat(MAX_LABEL + 1)), { message: /høyst 80 tegn/ });
  // 80 characters counted as Python counts them (code points), not UTF-16 units.
  assert.equal(newMeasurement(KV, {}, "r", "😀".repeat(MAX_LABEL)).label.length, 2 * MAX_LABEL);
  for (const bad of ["2026-13-01", "2026-02-30", "2026-2-1", "02.12.2026", ""]) {
    assert.throws(() => newMeasurement(KV, {}, "r", "Ok", bad), { message: /^Datoen må være en gyldig dato/ }, bad);
  }
  assert.ok(isDate("2028-02-29") && !isDate("2027-02-29"));
});

test("sorting is oldest first and does not change the list given", () => {
  const list = [
    { id: "b", date: "2026-12-02", saved: "2026-12-02T10:00:00.000Z" },
    { id: "a", date: "2026-01-01", saved: "2026-12-03T10:00:00.000Z" },
  ];
  assert.deepEqual(
    sortMeasurements(list).map((m) => m.id),
    ["a", "b"],
  );
  assert.deepEqual(
    list.map((m) => m.id),
    ["b", "a"],
  );
});

// ------------------------------------------------------------------ summaries and kinds

test("a rating measurement's one line counts what was rated and each colour", () => {
  const m = { answers: { ratings: { 1.1: "gronn", 1.2: "gronn", 2.1: "gul", 3.1: "rod", 4.1: "vet-ikke" } } };
  assert.equal(measurementSummary(KV, m), "5 av 58 mål vurdert: grønn 2, gul 1, rød 1, vet ikke 1");
  assert.equal(measurementSummary(KV, { answers: {} }), "0 av 58 mål vurdert");
});

test("a likert measurement's one line names the means of few dimensions, counts many", () => {
  const m = { answers: { ratings: { t1: 2, t2: 5 } } };
  // t1 is a reverse item: 8 - 2 = 6, so the mean is (6 + 5) / 2.
  assert.equal(measurementSummary(PT, m), "2 av 7 utsagn besvart; snitt: Psykologisk trygghet 5,50");
  const many = instrument("balansekunst-profil");
  const all = Object.fromEntries(many.dimensions.flatMap((d) => d.items.map((i) => [i.id, 3])));
  assert.equal(
    measurementSummary(many, { answers: { ratings: all } }),
    "24 av 24 utsagn besvart; snitt i 12 av 12 dimensjoner",
  );
  assert.equal(measurementSummary(PT, { answers: {} }), "0 av 7 utsagn besvart");
});

test("measurements are for the rating and likert kinds only", () => {
  const kinds = new Map(instrumentIds().map((id) => [id, instrument(id)]));
  const yes = [...kinds.values()].filter(supportsMeasurements).map((d) => d.kind);
  assert.deepEqual([...new Set(yes)].sort(), ["likert", "rating"]);
  assert.equal(supportsMeasurements({ kind: "reflection" }), false);
  assert.throws(
    () => compareMeasurements(instrument("mi-feller"), { answers: {} }, { answers: {} }),
    /no measurements/,
  );
});
