// Export and import files (js/core/exchange.js): one instrument's answers, or the whole workbook.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "node:test";
import {
  EXPORT_FORMAT,
  exportData,
  MAX_DEPTH,
  nesting,
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
    /^Filen er fra øvelsen «teamkultur», ikke fra «Selvvurdering: Kvalitetsveilederen for/,
  ],
  [
    "no instrument id",
    JSON.stringify({ format: EXPORT_FORMAT, answers: {} }),
    /^Filen er fra en annen øvelse, ikke fra «Selvvurdering: Kvalitetsveilederen for/,
  ],
  [
    "answers with null ratings",
    JSON.stringify({ format: EXPORT_FORMAT, instrument: "kvalitetsveileder", version: 1, answers: { ratings: null } }),
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
  const raw = JSON.stringify({
    format: WORKBOOK_FORMAT,
    instruments: [{ instrument: DEF.id, version: 1, answers: {} }],
  });
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
    JSON.stringify({
      format: WORKBOOK_FORMAT,
      instruments: [{ instrument: DEF.id, version: 1, answers: { notes: [] } }],
    }),
    /har feil format: feltet «notes» skal være en liste med tekster\.$/,
  ],
];
for (const [name, raw, message] of workbookRefusals) {
  test(`a workbook import is refused: ${name}`, () => {
    assert.throws(() => parseWorkbook([DEF], raw), { message });
  });
}

// ------------------------------------------------------------ strict files

/** A valid export of DEF, changed by `change` (which may add, drop or replace fields). */
const single = (change = (/** @type {Record<string, any>} */ d) => d) =>
  JSON.stringify(change({ ...exportData(DEF, ANSWERS, "ab".repeat(16)) }));
/** A valid workbook of DEF, its one entry changed by `change`. */
const workbook = (change = (/** @type {Record<string, any>} */ e) => e, top = (/** @type {any} */ d) => d) => {
  const data = workbookData([{ def: DEF, answers: ANSWERS, response: "r1" }]);
  data.instruments = data.instruments.map((e) => change({ ...e }));
  return JSON.stringify(top(data));
};
const NEWER = /som denne versjonen av boka ikke kjenner\. Den er kanskje laget med en nyere versjon av boka\.$/;
const deep = (n) => "[".repeat(n) + "]".repeat(n);

test("the valid files these tests change are accepted", () => {
  assert.deepEqual(parseImport(DEF, single()).answers, ANSWERS);
  assert.deepEqual(parseWorkbook([DEF], workbook())[0].answers, ANSWERS);
});

const strictSingle = [
  [
    "an unknown field (a newer version of the book)",
    (d) => ({ ...d, device: "nettbrett" }),
    /^Filen har feltet «device», /,
  ],
  [
    "a field named __proto__",
    (d) => JSON.parse(JSON.stringify(d).replace("{", '{"__proto__":{"x":1},')),
    /^Filen har feltet «__proto__», /,
  ],
  ["a field named constructor", (d) => ({ ...d, constructor: "x" }), /^Filen har feltet «constructor», /],
  ["a field named toString", (d) => ({ ...d, toString: "x" }), /^Filen har feltet «toString», /],
  ["an unknown field in the answers", (d) => ({ ...d, answers: { ...d.answers, tillegg: {} } }), /feltet «tillegg»/],
];
for (const [name, change, message] of strictSingle) {
  test(`an import is refused: ${name}`, () => {
    assert.throws(
      () => parseImport(DEF, single(change)),
      (/** @type {Error} */ e) => {
        assert.match(e.message, message);
        assert.match(e.message, name.includes("answers") ? /laget med en nyere versjon av boka\)\.$/ : NEWER);
        return true;
      },
    );
  });
}

const badVersions = [
  ["missing", (d) => ({ ...d, version: undefined }), /^Filen mangler feltet «version»\.$/],
  [
    "a text",
    (d) => ({ ...d, version: "abc" }),
    /^Filen har feltet «version», som skal være et helt tall fra 1 og oppover\.$/,
  ],
  ["a number in a text", (d) => ({ ...d, version: "1" }), /«version», som skal være et helt tall/],
  ["-1", (d) => ({ ...d, version: -1 }), /«version», som skal være et helt tall/],
  ["0", (d) => ({ ...d, version: 0 }), /«version», som skal være et helt tall/],
  ["1.5", (d) => ({ ...d, version: 1.5 }), /«version», som skal være et helt tall/],
  ["null", (d) => ({ ...d, version: null }), /«version», som skal være et helt tall/],
  ["true", (d) => ({ ...d, version: true }), /«version», som skal være et helt tall/],
  ["1e300", (d) => ({ ...d, version: 1e300 }), /«version», som skal være et helt tall/],
];
for (const [name, change, message] of badVersions) {
  test(`an import is refused: a version that is ${name}`, () => {
    assert.throws(() => parseImport(DEF, single(change)), { message });
    assert.throws(
      () => parseWorkbook([DEF], workbook(change)),
      (/** @type {Error} */ e) => {
        assert.match(e.message, /^Oppføring 1 i filen \(«Selvvurdering: [^»]+»\) /);
        assert.match(
          e.message,
          message.source.startsWith("^Filen mangler") ? /mangler feltet «version»\.$/ : /«version»/,
        );
        return true;
      },
    );
  });
}

test("a newer version of the instrument (a positive integer) is accepted", () => {
  assert.equal(
    parseImport(
      DEF,
      single((d) => ({ ...d, version: DEF.version + 1 })),
    ).version,
    DEF.version + 1,
  );
});

const badTypes = [
  ["a title that is not text", (d) => ({ ...d, title: 5 }), /^Filen har feltet «title», som skal være tekst\.$/],
  ["an export time that is an object", (d) => ({ ...d, exported: {} }), /«exported», som skal være tekst/],
  ["a response id that is a number", (d) => ({ ...d, response: 7 }), /«response», som skal være en svar-id/],
  ["a response id of 900 kB", (d) => ({ ...d, response: "a".repeat(900_000) }), /«response», som skal være en svar-id/],
  ["a response id with markup", (d) => ({ ...d, response: "<img src=x>" }), /«response», som skal være en svar-id/],
  ["answers missing", (d) => ({ ...d, answers: undefined }), /^Filen mangler feltet «answers»\.$/],
  [
    "answers that are a list",
    (d) => ({ ...d, answers: [] }),
    /^Filen har svar i feil format: svarene mangler eller er ikke et objekt\.$/,
  ],
];
for (const [name, change, message] of badTypes) {
  test(`an import is refused: ${name}`, () => {
    assert.throws(() => parseImport(DEF, single(change)), { message });
  });
}

test("a plan row with __proto__ or constructor keys is refused, and so is one with a newer field", () => {
  for (const key of ["__proto__", "constructor", "hasOwnProperty", "prioritet"]) {
    const raw = single().replace('"answers":{', `"answers":{"plan":[{"theme":"1.1","${key}":"x"}],`);
    assert.equal(Object.keys(JSON.parse(raw).answers.plan[0]).at(-1), key, "the key is in the file");
    assert.throws(() => parseImport(DEF, raw), {
      message: `Filen har svar i feil format: en rad i handlingsplanen har feltet «${key}», som denne versjonen av boka ikke kjenner (filen er kanskje laget med en nyere versjon av boka).`,
    });
  }
});

test("nesting 100,000 deep under an unknown field is refused as too deep, without a stack overflow", () => {
  const raw = single().replace('"format"', `"ekstra":${deep(100_000)},"format"`);
  assert.throws(() => parseImport(DEF, raw), {
    message: "Filen har for mange nivåer inni hverandre og kan ikke være en eksport fra boka.",
  });
  const wb = workbook().replace('"format"', `"ekstra":${deep(100_000)},"format"`);
  assert.throws(() => parseWorkbook([DEF], wb), { message: /^Filen har for mange nivåer inni hverandre/ });
});

test("the depth limit lets every real file through and stops one level more", () => {
  assert.equal(nesting({ a: [{ b: {} }] }), 4);
  assert.equal(nesting("x"), 0);
  // The deepest answers the contract allows (a quiz part, a template matrix) in a workbook: 6 levels.
  const quizDef = { id: "q", version: 1, title: "Q", kind: "quiz" };
  const deepest = workbookData([{ def: quizDef, answers: { responses: { q1: { s1: "a" } } }, response: "r" }]);
  assert.equal(nesting(deepest), 6);
  assert.deepEqual(parseWorkbook([quizDef], JSON.stringify(deepest))[0].answers, { responses: { q1: { s1: "a" } } });
  // Planted: one level past the limit, under a known answer field, is caught by the depth check.
  let v = "x";
  for (let i = 0; i < MAX_DEPTH; i++) v = [v];
  const raw = single((d) => ({ ...d, answers: { notes: { 1: v } } }));
  assert.equal(nesting(JSON.parse(raw), 100), MAX_DEPTH + 3);
  assert.equal(nesting(JSON.parse(raw)), MAX_DEPTH + 1, "counting stops one level past the limit");
  assert.throws(() => parseImport(DEF, raw), { message: /for mange nivåer/ });
});

test("an instrument id of 900 kB with a right-to-left override is shown cleaned and cut short", () => {
  const id = `\u202e\u2066${"x".repeat(900_000)}\u0007`;
  const expected =
    `Filen er fra øvelsen «${"x".repeat(99)}…», ikke fra «${DEF.title}». ` +
    `Velg en fil du har eksportert fra «${DEF.title}».`;
  assert.throws(
    () =>
      parseImport(
        DEF,
        single((d) => ({ ...d, instrument: id })),
      ),
    { message: expected },
  );
  assert.throws(
    () =>
      parseWorkbook(
        [DEF],
        workbook((e) => ({ ...e, instrument: id })),
      ),
    {
      message: `Filen har svar til en øvelse boka ikke kjenner («${"x".repeat(39)}…»).`,
    },
  );
});

test("an unknown field's name is shown without control or bidi characters", () => {
  const field = "\u202eevil\u2069\n\u0000\u200f";
  assert.throws(
    () =>
      parseImport(
        DEF,
        single((d) => ({ ...d, [field]: 1 })),
      ),
    { message: /^Filen har feltet «evil», / },
  );
});

test("with a file name, the message names the file (cleaned and cut short)", () => {
  assert.throws(() => parseImport(DEF, "{", "svar.json"), {
    message: /^«svar\.json» ble ikke importert\. Filen er ikke en gyldig JSON-fil\./,
  });
  assert.throws(
    () =>
      parseImport(
        DEF,
        single((d) => ({ ...d, version: "abc" })),
        "\u202enosj.json",
      ),
    {
      message:
        "«nosj.json» ble ikke importert. Filen har feltet «version», som skal være et helt tall fra 1 og oppover.",
    },
  );
  assert.throws(() => parseWorkbook([DEF], "{", `${"a".repeat(500)}.json`), {
    message: `«${"a".repeat(39)}…» ble ikke importert. Filen er ikke en gyldig JSON-fil.`,
  });
});

const strictWorkbook = [
  ["an unknown top-level field", workbook(undefined, (d) => ({ ...d, enhet: "x" })), /^Filen har feltet «enhet», /],
  [
    "an unknown entry field",
    workbook((e) => ({ ...e, farge: "rød" })),
    /^Oppføring 1 i filen \(«[^»]+»\) har feltet «farge», /,
  ],
  [
    "an entry field named __proto__",
    workbook().replace('"instrument":', '"__proto__":{},"instrument":'),
    /^Oppføring 1 i filen \(«[^»]+»\) har feltet «__proto__», /,
  ],
  ["an unknown answer field", workbook((e) => ({ ...e, answers: { ...e.answers, x: 1 } })), /svarene har feltet «x»/],
];
for (const [name, raw, message] of strictWorkbook) {
  test(`a workbook import is refused: ${name}`, () => {
    assert.throws(
      () => parseWorkbook([DEF], raw),
      (/** @type {Error} */ e) => {
        assert.match(e.message, message);
        assert.match(e.message, /laget med en nyere versjon av boka/);
        return true;
      },
    );
  });
}

test("a workbook entry for an instrument named like a prototype property is an unknown instrument", () => {
  for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    assert.throws(
      () =>
        parseWorkbook(
          [DEF],
          workbook((e) => ({ ...e, instrument: id })),
        ),
      {
        message: `Filen har svar til en øvelse boka ikke kjenner («${id}»).`,
      },
    );
  }
});
