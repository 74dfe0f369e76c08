// CSV export (js/core/table.js) and the answer tables behind it (kinds/*.tableRows).
import assert from "node:assert/strict";
import test from "node:test";
import { cell, toCsv } from "../../js/core/table.js";
import { answerTable, KINDS, progressText } from "../../js/kinds/index.js";
import { instrument, instrumentIds } from "./helpers.mjs";
import { DEFS, FULL, LEAKED, STRAY } from "./prototype-names.mjs";

test("cells are quoted and quotes doubled", () => {
  assert.equal(cell('Hun sa "ja"'), '"Hun sa ""ja"""');
  assert.equal(cell(null), '""');
  assert.equal(cell(3), '"3"');
});

for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
  test(`a cell starting with ${JSON.stringify(start)} cannot run as a spreadsheet formula`, () => {
    assert.equal(cell(`${start}HYPERLINK("x")`), `"'${start}HYPERLINK(""x"")"`);
  });
}

test("CSV has a BOM, semicolons and CRLF line ends", () => {
  assert.equal(
    toCsv([
      ["a", "b"],
      [1, "=2"],
    ]),
    '\ufeff"a";"b"\r\n"1";"\'=2"\r\n',
  );
});

test("a rating table has a row per item and per plan row with a theme or action", () => {
  const def = instrument("kvalitetsveileder");
  const items = def.parts.flatMap((p) => p.themes).flatMap((t) => t.items);
  const answers = {
    ratings: { [items[0].id]: def.scale[0].id },
    notes: { [items[0].id]: "=1+1" },
    plan: [
      { theme: "1", action: "Gjør", who: "", when: "" },
      { theme: "", action: "" },
    ],
  };
  const [head, ...rows] = answerTable(def, answers);
  assert.deepEqual(head, ["type", "nummer", "tema", "tekst", "vurdering", "notat", "hvem", "innen"]);
  assert.equal(rows.length, items.length + 1);
  assert.equal(rows[0][4], def.scale[0].label);
  assert.equal(rows.at(-1)?.[0], "tiltak");
  assert.match(toCsv(answerTable(def, answers)), /"'=1\+1"/);
});

test("every bundled instrument gives a table with a header and a progress line, even for junk answers", () => {
  for (const id of instrumentIds()) {
    const def = instrument(id);
    for (const answers of [{}, null, { ratings: [1], responses: "x", path: {}, fields: 5, plan: "x" }]) {
      const table = answerTable(def, answers);
      assert.ok(table.length >= 1 && table.every(Array.isArray), id);
      assert.equal(typeof progressText(def, answers), "string", id);
    }
  }
});

test("every kind exports the same record", () => {
  for (const [kind, record] of Object.entries(KINDS)) {
    assert.deepEqual(Object.keys(record).sort(), ["View", "progress", "summarize", "tableRows"], kind);
  }
});

// ------------------------------------------- prototype names as ids, keys and values

for (const [kind, def] of Object.entries(DEFS)) {
  test(`${kind}: the table and CSV never show an inherited function for a prototype name`, () => {
    for (const answers of [{}, STRAY[kind], FULL[kind]]) {
      const rows = answerTable(def, answers);
      for (const row of rows) {
        for (const c of row) {
          assert.ok(typeof c === "string" || typeof c === "number", `${kind}: a cell of type ${typeof c}`);
          assert.doesNotMatch(String(c), LEAKED);
        }
      }
      assert.doesNotMatch(toCsv(rows), LEAKED);
    }
  });
}

test("prototype names as answers show as the reader gave them", () => {
  assert.deepEqual(answerTable(DEFS.rating, FULL.rating).slice(1), [
    ["mål", "constructor", "Tema", "mål constructor", "Grønn", "Notat C", "", ""],
    ["mål", "__proto__", "Tema", "mål __proto__", "Rød", "Notat P", "", ""],
    ["mål", "toString", "Tema", "mål toString", "Grønn", "", "", ""],
    ["mål", "hasOwnProperty", "Tema", "mål hasOwnProperty", "Rød", "", "", ""],
    ["tiltak", "hasOwnProperty", "Tema", "Gjør noe", "", "", "toString", "constructor"],
  ]);
  assert.deepEqual(answerTable(DEFS.quiz, FULL.quiz).slice(1), [
    ["Spørsmål 1", "", "Riktig", "Riktig", "ja"],
    ["Spørsmål 2", "Utsagn T", "Kategori C", "Kategori C", "ja"],
    ["Spørsmål 2", "Utsagn P", "Kategori H", "Kategori H", "ja"],
  ]);
  assert.deepEqual(answerTable(DEFS.template, FULL.template).slice(1), [
    ["Del", "Tekst", "Tekst"],
    ["Del", "Valg", "toString"],
    ["Del", "Liste", "constructor, hasOwnProperty"],
    ["Del", "Matrise: constructor", "toString"],
    ["Del", "Matrise: __proto__", "hasOwnProperty"],
  ]);
});

test("a rating value named constructor in a real instrument is no rating in the CSV", () => {
  const def = instrument("kvalitetsveileder");
  const item = def.parts[0].themes[0].items[0].id;
  const csv = toCsv(answerTable(def, { ratings: { [item]: "constructor" }, notes: { [item]: "toString" } }));
  assert.doesNotMatch(csv, LEAKED);
  const row = csv.split("\r\n").find((line) => line.startsWith(`"mål";"${item}"`));
  assert.match(row ?? "", /;"";"toString";"";""$/);
});
