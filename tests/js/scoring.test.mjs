// The JS summaries (js/kinds/*) against the shared vectors tests/vectors/*.json (Python: tests/test_vectors.py).
import assert from "node:assert/strict";
import test from "node:test";
import { summarize } from "../../js/kinds/index.js";
import { mismatches, VECTORS, vectorCases } from "./helpers.mjs";

const CASES = vectorCases(VECTORS);

test("there are scoring vectors for every kind", () => {
  const kinds = new Set(CASES.map(([, def]) => def.kind));
  assert.deepEqual([...kinds].sort(), ["likert", "quiz", "rating", "reflection", "scenario", "template"]);
});

for (const [name, def, c] of CASES) {
  test(`summary: ${name}`, () => {
    const before = JSON.stringify(c.answers);
    const actual = summarize(def, c.answers);
    assert.deepEqual(mismatches(c.summary, actual, Boolean(c.partial)), []);
    assert.equal(JSON.stringify(c.answers), before, "summarize must not change the answers");
  });
}
