// The answer contract (widgets/schemas/answers.json) as js/core/answers.js reads it, against
// tests/vectors/answers (Python: tests/test_answer_vectors.py), and the promise that a repaired
// answer always passes the check.
import assert from "node:assert/strict";
import { join } from "node:path";
import test from "node:test";
import { ANSWER_SHAPES, checkAnswers, salvageAnswers } from "../../js/core/answers.js";
import { instrument, instrumentIds, VECTORS, vectorCases } from "./helpers.mjs";

const CASES = vectorCases(join(VECTORS, "answers"));
const KNOWN = new Set(Object.keys(ANSWER_SHAPES));

for (const [name, def, c] of CASES) {
  test(`check: ${name}`, () => {
    assert.equal(checkAnswers(def, c.answers), c.message);
  });
  if (c.salvaged) {
    test(`repair: ${name}`, () => {
      assert.deepEqual(salvageAnswers(def, c.answers), c.salvaged);
    });
  }
}

/** Every answer value in every vector file: valid, invalid and odd ones. */
function allAnswers() {
  const out = [];
  for (const [, , c] of vectorCases(VECTORS)) out.push(c.answers);
  for (const [, , c] of vectorCases(join(VECTORS, "aggregate"))) out.push(...c.answers_list);
  for (const [, , c] of CASES) out.push(c.answers);
  return out;
}

test("a repaired answer always passes the check (every vector's answers, every definition)", () => {
  const defs = [...CASES.map(([, def]) => def).filter((d) => KNOWN.has(d.kind)), ...instrumentIds().map(instrument)];
  const answers = allAnswers();
  let checked = 0;
  for (const def of defs) {
    for (const a of answers) {
      const repaired = salvageAnswers(def, a);
      assert.equal(checkAnswers(def, repaired.answers), "", `${def.id}: ${JSON.stringify(a)}`);
      // Repairing twice changes nothing more.
      assert.deepEqual(salvageAnswers(def, repaired.answers), { answers: repaired.answers, dropped: 0 });
      checked += 1;
    }
  }
  assert.ok(checked > 1000, `only ${checked} pairs`);
});

test("answers that pass the check lose only unknown fields in the repair", () => {
  for (const [name, def, c] of CASES) {
    if (c.message !== "" || !KNOWN.has(def.kind)) continue;
    const unknown = Object.keys(c.answers).filter((k) => !(k in ANSWER_SHAPES[def.kind])).length;
    assert.equal(salvageAnswers(def, c.answers).dropped, unknown, name);
  }
});

test("every kind has answer vectors", () => {
  assert.deepEqual(new Set(CASES.map(([, def]) => def.kind).filter((k) => KNOWN.has(k))), KNOWN);
});

test("a message that names a key is not confused by replacement patterns in it", () => {
  const def = { kind: "likert" };
  assert.equal(
    checkAnswers(def, { ratings: { "$&$1": "x" } }),
    "feltet «ratings» har en verdi som ikke er et tall ($&$1)",
  );
});
