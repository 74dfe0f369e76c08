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

test("a merge keeps answers whose keys are prototype names, as own keys", async () => {
  const { mergeAnswers } = await import("../../js/core/answers.js");
  const base = JSON.parse('{"ratings": {"1.1": "gul"}}');
  const theirs = JSON.parse('{"ratings": {"1.1": "gul", "__proto__": "rod"}}');
  const mine = JSON.parse('{"ratings": {"1.1": "gul", "constructor": "gronn", "toString": "gul"}}');
  const merged = mergeAnswers(base, theirs, mine);
  assert.equal(
    JSON.stringify(merged),
    '{"ratings":{"1.1":"gul","__proto__":"rod","constructor":"gronn","toString":"gul"}}',
  );
  assert.equal(Object.getPrototypeOf(merged.ratings), Object.prototype);
  // Nothing changed on either side: a key that only the prototype has is not an answer.
  assert.deepEqual(mergeAnswers({}, {}, {}), {});
  assert.equal(
    JSON.stringify(mergeAnswers({ a: 1 }, { a: 1 }, { a: 1, hasOwnProperty: "x" })),
    '{"a":1,"hasOwnProperty":"x"}',
  );
});

test("echo removes control, line-separator and bidi characters and cuts at 40 characters", async () => {
  const { echo } = await import("../../js/core/answers.js");
  const hidden =
    "\u0000\u0007\u001b\u007f\u0085\u009f\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";
  assert.equal(echo(`a${hidden}b`), "ab");
  assert.equal(echo("x".repeat(40)), "x".repeat(40));
  assert.equal(echo("x".repeat(41)), `${"x".repeat(39)}…`);
  // Counted in code points, as Python counts: an emoji is one character and is never cut in half.
  assert.equal(echo("😀".repeat(41)), `${"😀".repeat(39)}…`);
  assert.equal(echo("Æøå «sitat» – ok"), "Æøå «sitat» – ok");
});
