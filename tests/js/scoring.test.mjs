// The JS summaries (js/kinds/*) against the shared vectors tests/vectors/*.json (Python: tests/test_vectors.py).
import assert from "node:assert/strict";
import test from "node:test";
import { progressText, summarize } from "../../js/kinds/index.js";
import { mismatches, VECTORS, vectorCases } from "./helpers.mjs";
import { DEFS, FULL, STRAY } from "./prototype-names.mjs";

const CASES = vectorCases(VECTORS);

test("there are scoring vectors for every kind", () => {
  const kinds = new Set(CASES.map(([, def]) => def.kind));
  assert.deepEqual([...kinds].sort(), ["evaluation", "likert", "quiz", "rating", "reflection", "scenario", "template"]);
});

for (const [name, def, c] of CASES) {
  test(`summary: ${name}`, () => {
    const before = JSON.stringify(c.answers);
    const actual = summarize(def, c.answers);
    assert.deepEqual(mismatches(c.summary, actual, Boolean(c.partial)), []);
    assert.equal(JSON.stringify(c.answers), before, "summarize must not change the answers");
  });
}

// ------------------------------------------- prototype names as ids, keys and values

const PROGRESS = {
  rating: ["0 av 4 mål vurdert", "4 av 4 mål vurdert"],
  likert: ["0 av 4 utsagn besvart", "4 av 4 utsagn besvart"],
  quiz: ["0 av 3 riktige (0 besvart)", "3 av 3 riktige (3 besvart)"],
  reflection: ["0 av 4 spørsmål besvart", "4 av 4 spørsmål besvart"],
  scenario: ["ikke startet", "fullført: «Slutt» (1 av 1 utfall funnet)"],
  template: ["0 av 4 felt fylt ut", "4 av 4 felt fylt ut"],
};

for (const [kind, def] of Object.entries(DEFS)) {
  test(`${kind}: ids named constructor, __proto__, toString and hasOwnProperty count only what was answered`, () => {
    const [none, all] = PROGRESS[kind];
    assert.equal(progressText(def, {}), none);
    assert.equal(progressText(def, STRAY[kind]), none, "prototype names as keys of other items");
    assert.equal(progressText(def, FULL[kind]), all);
    const before = JSON.stringify(FULL[kind]);
    summarize(def, FULL[kind]);
    assert.equal(JSON.stringify(FULL[kind]), before, "summarize must not change the answers");
  });
}

test("rating: counts per scale value and per part use own keys, also __proto__", () => {
  const s = summarize(DEFS.rating, FULL.rating);
  assert.deepEqual(s.total, { constructor: 2, toString: 2, ubesvart: 0 });
  assert.deepEqual(Object.keys(s.parts), ["__proto__"]);
  assert.deepEqual(Object.keys(s.themes), ["hasOwnProperty"]);
  assert.equal(Object.getPrototypeOf(s.parts), Object.prototype, "the parts object keeps its prototype");
  assert.deepEqual(s.parts.__proto__, { constructor: 2, toString: 2, ubesvart: 0 });
  const empty = summarize(DEFS.rating, {});
  assert.deepEqual(empty.total, { constructor: 0, toString: 0, ubesvart: 4 });
});

test("likert and quiz: per dimension and per question under own keys", () => {
  const l = summarize(DEFS.likert, FULL.likert);
  assert.deepEqual(Object.keys(l.dimensions), ["__proto__"]);
  assert.equal(Object.getOwnPropertyDescriptor(l.dimensions, "__proto__")?.value.mean, 2.5);
  const q = summarize(DEFS.quiz, FULL.quiz);
  assert.deepEqual(Object.keys(q.questions), ["constructor", "__proto__"]);
  assert.deepEqual(Object.getOwnPropertyDescriptor(q.questions, "__proto__")?.value, {
    units: 2,
    answered: 2,
    correct: 2,
  });
});

test("a rating value named like a prototype property is not a rating", () => {
  const def = { ...DEFS.rating, scale: [{ id: "gronn", label: "Grønn" }] };
  const answers = JSON.parse('{"ratings": {"constructor": "constructor", "__proto__": "toString"}}');
  assert.equal(summarize(def, answers).answered, 0);
});
