// Measurements in the export and workbook files (js/core/exchange.js): accepted when they are exactly the
// contract's, refused whole, with a Norwegian message, otherwise. Old files without them import as before.
import assert from "node:assert/strict";
import { join } from "node:path";
import test from "node:test";
import { exportData, MAX_DEPTH, nesting, parseImport, parseWorkbook, workbookData } from "../../js/core/exchange.js";
import { newMeasurement } from "../../js/core/measure.js";
import { instrument, VECTORS, vectorCases } from "./helpers.mjs";

const KV = instrument("kvalitetsveileder");
const PT = instrument("psykologisk-trygghet");
const REFL = instrument("refleksjon-kvalitet");
const ANSWERS = { ratings: { 1.1: "gul" } };
const FULL_PLAN = {
  ratings: { 1.1: "gronn" },
  plan: [{ theme: "1", action: "Møte", who: "Teamet", when: "Mai" }],
};
const M1 = newMeasurement(KV, FULL_PLAN, "a".repeat(32), "Kursstart", "2026-09-01");
const M2 = newMeasurement(KV, { ratings: { 1.1: "gul" } }, "b".repeat(32), "Oppfølging 4", "2026-12-02");

/** A single export of KV whose file holds these measurements as given (each changed by `change`),
 * so a test can plant any field; exportData itself leaves the response ids out (tested below). */
const single = (list = [M1, M2], change = (/** @type {any} */ m) => m) =>
  JSON.stringify({ ...exportData(KV, ANSWERS, "c".repeat(32)), measurements: list.map((m) => change({ ...m })) });
/** A workbook of KV whose entry holds these measurements as given, each changed by `change`. */
const workbook = (list = [M1, M2], change = (/** @type {any} */ m) => m) => {
  const wb = workbookData([{ def: KV, answers: ANSWERS, response: "r1" }]);
  wb.instruments[0].measurements = list.map((m) => change({ ...m }));
  return JSON.stringify(wb);
};

test("a file leaves out each measurement's response id, and a file without it imports", () => {
  // The id the answers had before the measurement: in a file it would link two team rounds.
  const { response: _a, ...m1 } = M1;
  const { response: _b, ...m2 } = M2;
  const file = exportData(KV, ANSWERS, "c".repeat(32), [M1, M2]);
  assert.deepEqual(file.measurements, [m1, m2]);
  assert.equal(file.response, "c".repeat(32), "the file's own id stays");
  const wb = workbookData([{ def: KV, answers: ANSWERS, response: "r1", measurements: [M1] }]);
  assert.deepEqual(wb.instruments[0].measurements, [m1]);
  assert.deepEqual(parseImport(KV, JSON.stringify(file)).measurements, [m1, m2]);
  assert.deepEqual(parseWorkbook([KV], JSON.stringify(wb))[0].measurements, [m1]);
});

test("an export with measurements imports again with every measurement as it was", () => {
  const data = parseImport(KV, single());
  assert.deepEqual(data.measurements, [M1, M2]);
  assert.deepEqual(data.answers, ANSWERS);
  const [entry] = parseWorkbook([KV, PT], workbook());
  assert.deepEqual(entry.measurements, [M1, M2]);
});

test("no measurements: the files are what older books wrote, and older files import with none", () => {
  const data = exportData(KV, ANSWERS, "r");
  assert.equal("measurements" in data, false);
  assert.equal("measurements" in exportData(KV, ANSWERS, "r", []), false);
  assert.equal("measurements" in parseImport(KV, JSON.stringify(data)), false);
  const wb = workbookData([{ def: KV, answers: ANSWERS, response: "r" }]);
  assert.equal("measurements" in wb.instruments[0], false);
  assert.deepEqual(parseWorkbook([KV], JSON.stringify(wb))[0].measurements, []);
});

test("a measurement of an older version with an item the definition lacks is let through, as answers are", () => {
  const old = { ...M1, version: 1, answers: { ratings: { 14.1: "gul", 1.1: "vet-ikke" } } };
  assert.deepEqual(parseImport(KV, single([old])).measurements, [old]);
  assert.deepEqual(parseImport(KV, JSON.stringify(exportData(KV, { ratings: { 14.1: "gul" } }))).answers, {
    ratings: { 14.1: "gul" },
  });
});

/** [name, file text, message] */
const refusals = [
  [
    "measurements that are not a list",
    JSON.stringify({ ...JSON.parse(single()), measurements: { a: M1 } }),
    "Filen har feltet «measurements», som skal være en liste med høyst 100 målinger.",
  ],
  [
    "more than 100 measurements",
    single(Array.from({ length: 101 }, () => newMeasurement(KV, {}, "r", "Ny", "2026-01-01"))),
    "Filen har feltet «measurements», som skal være en liste med høyst 100 målinger.",
  ],
  [
    "a measurement that is not an object",
    JSON.stringify({ ...JSON.parse(single()), measurements: [M1, "måling"] }),
    "Måling 2 i filen har feil format.",
  ],
  ["a missing field", single([M1, M2], ({ date, ...m }) => m), "Måling 1 i filen mangler feltet «date»."],
  [
    "a field from a newer book",
    single([M1, M2], (m) => ({ ...m, farge: "blå" })),
    "Måling 1 i filen har feltet «farge», som denne versjonen av boka ikke kjenner. Den er kanskje laget med en nyere versjon av boka.",
  ],
  [
    "an id that is not 16 hex digits",
    single([M1, M2], (m) => ({ ...m, id: "ABCDEF0123456789" })),
    "Måling 1 i filen har feltet «id», som skal være en målings-id (16 tegn, 0–9 og a–f).",
  ],
  [
    "a label of 81 characters",
    single([M1, M2], (m) => ({ ...m, label: "x".repeat(81) })),
    "Måling 1 i filen har feltet «label», som skal være et navn på 1 til 80 tegn.",
  ],
  [
    "a label of spaces only",
    single([M1, M2], (m) => ({ ...m, label: "   " })),
    "Måling 1 i filen har feltet «label», som skal være et navn på 1 til 80 tegn.",
  ],
  [
    "a date that is no date",
    single([M1, M2], (m) => ({ ...m, date: "2026-02-30" })),
    "Måling 1 i filen har feltet «date», som skal være en dato skrevet som ÅÅÅÅ-MM-DD.",
  ],
  [
    "version 0",
    single([M1, M2], (m) => ({ ...m, version: 0 })),
    "Måling 1 i filen har feltet «version», som skal være et helt tall fra 1 og oppover.",
  ],
  [
    "a response id with a slash",
    single([M1, M2], (m) => ({ ...m, response: "a/b" })),
    "Måling 1 i filen har feltet «response», som skal være en svar-id (bokstaver og tall, høyst 64 tegn).",
  ],
  [
    "saved that is a number",
    single([M1, M2], (m) => ({ ...m, saved: 5 })),
    "Måling 1 i filen har feltet «saved», som skal være tekst.",
  ],
  ["two with the same id", single([M1, M1]), "Måling 2 i filen har samme id som en måling før den."],
  [
    "answers in the wrong format",
    single([M1, M2], (m) => ({ ...m, answers: { ratings: { 1.1: 3 } } })),
    "Svarene i måling 1 («Kursstart») har feil format: feltet «ratings» har en verdi som ikke er tekst (1.1).",
  ],
  [
    "answers with a field from a newer book",
    single([M1, M2], (m) => ({ ...m, answers: { farger: {} } })),
    "Svarene i måling 1 («Kursstart») har feil format: svarene har feltet «farger», som denne versjonen av boka ikke kjenner (filen er kanskje laget med en nyere versjon av boka).",
  ],
];
for (const [name, raw, message] of refusals) {
  test(`an export is refused: ${name}`, () => {
    assert.throws(() => parseImport(KV, raw, "svar.json"), { message: `«svar.json» ble ikke importert. ${message}` });
  });
}

test("a workbook entry's measurements are checked the same way, naming the exercise", () => {
  assert.throws(
    () =>
      parseWorkbook(
        [KV],
        workbook([M1, M2], ({ date, ...m }) => m),
      ),
    {
      message: `Måling 1 til «${KV.title}» i filen mangler feltet «date».`,
    },
  );
  assert.throws(() => parseWorkbook([KV], workbook([M1, { ...M2, answers: { ratings: [] } }])), {
    message: `Svarene i måling 2 til «${KV.title}» («Oppfølging 4») har feil format: feltet «ratings» skal være en liste med tekster.`,
  });
});

test("an exercise without measurements refuses a file that has some, and takes an empty list", () => {
  const m = { ...M1, answers: { responses: { r1: "Tekst" } } };
  const raw = JSON.stringify(exportData(REFL, {}, "r", [m]));
  assert.throws(() => parseImport(REFL, raw), {
    message: `Filen har målinger til «${REFL.title}», som ikke har målinger.`,
  });
  const empty = JSON.stringify({ ...JSON.parse(raw), measurements: [] });
  assert.deepEqual(parseImport(REFL, empty).measurements, []);
});

test("a workbook with a measurement holding a full plan fits the depth limit, one level more does not", () => {
  const raw = workbook([M1]);
  // File, instruments, entry, measurements, a measurement, answers, plan, a plan row.
  assert.equal(nesting(JSON.parse(raw)), 8);
  assert.ok(nesting(JSON.parse(raw)) <= MAX_DEPTH);
  // Planted: a note nested past the limit inside a measurement's answers is caught by the depth check.
  let v = "x";
  for (let i = 0; i < MAX_DEPTH; i++) v = [v];
  const deep = single([M1], (m) => ({ ...m, answers: { notes: { 1: v } } }));
  assert.throws(() => parseImport(KV, deep), { message: /for mange nivåer/ });
  assert.throws(
    () =>
      parseWorkbook(
        [KV],
        workbook([M1], (m) => ({ ...m, answers: { notes: { 1: v } } })),
      ),
    {
      message: /for mange nivåer/,
    },
  );
});

// ------------------------------------------------ the shared check vectors (Python: tests/test_measure.py)

const CHECKS = vectorCases(join(VECTORS, "measurements")).filter(([, , c]) => "accepted" in c);

test("the check vectors accept some files and refuse more", () => {
  assert.ok(CHECKS.filter(([, , c]) => c.accepted).length >= 4);
  assert.ok(CHECKS.filter(([, , c]) => !c.accepted).length >= 20);
});

for (const [name, def, c] of CHECKS) {
  test(`check vector: ${name}`, () => {
    const raw = JSON.stringify({ ...exportData(def, {}, "r"), measurements: c.measurements });
    if (c.accepted) assert.deepEqual(parseImport(def, raw).measurements, c.measurements);
    else assert.throws(() => parseImport(def, raw, "x.json"), { message: /^«x\.json» ble ikke importert\. / }, name);
    // The same in a workbook entry.
    const wb = workbookData([{ def, answers: {}, response: "r" }]);
    const entry = { ...wb.instruments[0], measurements: c.measurements };
    const wbRaw = JSON.stringify({ ...wb, instruments: [entry] });
    if (c.accepted) assert.deepEqual(parseWorkbook([def], wbRaw)[0].measurements, c.measurements);
    else assert.throws(() => parseWorkbook([def], wbRaw), Error, name);
  });
}
