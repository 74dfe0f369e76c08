// Export and import files (js/core/exchange.js): one instrument's answers, or the whole workbook.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "node:test";
import {
  EXPORT_FORMAT,
  exportData,
  newResponseId,
  parseImport,
  parseWorkbook,
  WORKBOOK_FORMAT,
  workbookData,
} from "../../js/core/exchange.js";
import { instrument, ROOT } from "./helpers.mjs";

const DEF = instrument("kvalitetsveileder");
const OTHER = instrument("teamkultur");
const ANSWERS = { ratings: { 1.1: "gronn" }, notes: { 1.1: "Et notat" } };

test("the format name is the one Python writes", () => {
  const python = readFileSync(join(ROOT, "widgets", "answers.py"), "utf8");
  assert.equal(/EXPORT_FORMAT = "([^"]+)"/.exec(python)?.[1], EXPORT_FORMAT);
});

test("an export imports again with the same answers and response id", () => {
  const data = exportData(DEF, ANSWERS, "abc");
  assert.equal(data.format, EXPORT_FORMAT);
  assert.equal(data.instrument, DEF.id);
  assert.equal(data.version, DEF.version);
  const back = parseImport(DEF, JSON.stringify(data));
  assert.deepEqual(back.answers, ANSWERS);
  assert.equal(back.response, "abc");
});

test("a new response id is 32 hex digits and differs each time", () => {
  const a = newResponseId();
  assert.match(a, /^[0-9a-f]{32}$/);
  assert.notEqual(a, newResponseId());
});

const refusals = [
  ["not JSON", "{", /^Filen er ikke en gyldig JSON-fil\. Velg en fil/],
  [
    "another format",
    JSON.stringify({ format: "x" }),
    /^Filen ser ikke ut som en eksport fra Metodeveilederhåndboka\.$/,
  ],
  ["JSON that is not an object", "[1]", /^Filen ser ikke ut som en eksport/],
  [
    "another instrument",
    JSON.stringify({ format: EXPORT_FORMAT, instrument: "teamkultur", answers: {} }),
    /^Filen er fra «teamkultur», ikke fra «kvalitetsveileder»\. Velg riktig fil\.$/,
  ],
  [
    "no instrument id",
    JSON.stringify({ format: EXPORT_FORMAT, answers: {} }),
    /^Filen er fra en annen øvelse, ikke fra «kvalitetsveileder»/,
  ],
  [
    "answers with null ratings",
    JSON.stringify({ format: EXPORT_FORMAT, instrument: "kvalitetsveileder", answers: { ratings: null } }),
    /^Filen har svar i feil format: feltet «ratings» skal være en liste med tekster\.$/,
  ],
];
for (const [name, raw, message] of refusals) {
  test(`an import is refused: ${name}`, () => {
    assert.throws(() => parseImport(DEF, raw), { message });
  });
}

test("the widget's own export of too many plan rows, once repaired, imports again", async () => {
  const { salvageAnswers } = await import("../../js/core/answers.js");
  const rows = Array.from({ length: DEF.plan.max_themes + 2 }, (_, i) => ({ theme: String(i + 1) }));
  const repaired = salvageAnswers(DEF, { plan: rows }).answers;
  assert.equal(repaired.plan.length, DEF.plan.max_themes);
  assert.doesNotThrow(() => parseImport(DEF, JSON.stringify(exportData(DEF, repaired))));
});

test("a workbook file round-trips", () => {
  const data = workbookData([
    { def: DEF, answers: ANSWERS, response: "r1" },
    { def: OTHER, answers: {}, response: "r2" },
  ]);
  assert.equal(data.format, WORKBOOK_FORMAT);
  const entries = parseWorkbook([DEF, OTHER], JSON.stringify(data));
  assert.deepEqual(
    entries.map((e) => [e.def.id, e.answers, e.response]),
    [
      [DEF.id, ANSWERS, "r1"],
      [OTHER.id, {}, "r2"],
    ],
  );
});

test("a workbook entry without a response id gets a new one", () => {
  const raw = JSON.stringify({ format: WORKBOOK_FORMAT, instruments: [{ instrument: DEF.id, answers: {} }] });
  assert.match(parseWorkbook([DEF], raw)[0].response, /^[0-9a-f]{32}$/);
});

const workbookRefusals = [
  ["not JSON", "nei", /^Filen er ikke en gyldig JSON-fil\.$/],
  [
    "a single export",
    JSON.stringify({ format: EXPORT_FORMAT }),
    /^Dette er en eksport fra én øvelse\. Importer den på siden der øvelsen står\.$/,
  ],
  ["no instrument list", JSON.stringify({ format: WORKBOOK_FORMAT }), /^Filen ser ikke ut som en arbeidsbok/],
  [
    "an entry that is not an object",
    JSON.stringify({ format: WORKBOOK_FORMAT, instruments: [5] }),
    /^Oppføring 1 i filen har feil format\.$/,
  ],
  [
    "an unknown instrument",
    JSON.stringify({ format: WORKBOOK_FORMAT, instruments: [{ instrument: "nei" }] }),
    /^Filen har svar til en øvelse boka ikke kjenner \(«nei»\)\.$/,
  ],
  [
    "answers in the wrong format",
    JSON.stringify({ format: WORKBOOK_FORMAT, instruments: [{ instrument: DEF.id, answers: { notes: [] } }] }),
    /har feil format: feltet «notes» skal være en liste med tekster\.$/,
  ],
];
for (const [name, raw, message] of workbookRefusals) {
  test(`a workbook import is refused: ${name}`, () => {
    assert.throws(() => parseWorkbook([DEF], raw), { message });
  });
}
