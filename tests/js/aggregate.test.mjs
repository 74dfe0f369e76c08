// The JS team numbers (js/core/team.js) against tests/vectors/aggregate and
// tests/vectors/aggregate/merge (Python: tests/test_aggregate.py).
import assert from "node:assert/strict";
import { join } from "node:path";
import test from "node:test";
import { aggregate, FEWER, MIN_TEAM_RESPONSES, mergeFiles } from "../../js/core/team.js";
import { mismatches, VECTORS, vectorCases } from "./helpers.mjs";

const CASES = vectorCases(join(VECTORS, "aggregate"));
const MERGE = vectorCases(join(VECTORS, "aggregate", "merge"));

for (const [name, def, c] of CASES) {
  test(`aggregate: ${name}`, () => {
    assert.deepEqual(mismatches(c.expected, aggregate(def, c.answers_list), false, "aggregate"), []);
  });
}

for (const [name, def, c] of MERGE) {
  test(`merge: ${name}`, () => {
    const { answers, ...got } = mergeFiles(def, c.files, { countCopies: c.count_copies });
    assert.deepEqual(mismatches(c.expected, got, false, "merge"), []);
    const byName = new Map(c.files.map((f) => [f.name, f.answers]));
    assert.deepEqual(
      answers,
      c.expected.counted.map((n) => byName.get(n)),
    );
  });
}

test("there are merge vectors for each rule", () => {
  const names = MERGE.map(([n]) => n).join("\n");
  for (const word of ["copies", "replaces", "duplicate", "empty"]) assert.match(names, new RegExp(word));
});

test("below the threshold nothing but the counts is given", () => {
  const [, def] = CASES[0];
  const few = Array.from({ length: MIN_TEAM_RESPONSES - 1 }, () => ({ ratings: { sp1: 3 } }));
  assert.deepEqual(aggregate(def, few), { instrument: def.id, n: few.length, empty: 0, shown: false, why: FEWER });
});

test("empty answer sets never lift a team over the threshold", () => {
  const [, def] = CASES[0];
  const list = [{ ratings: { sp1: 3 } }, {}, { ratings: {} }, { ratings: { sp1: "3" } }];
  assert.deepEqual(aggregate(def, list), { instrument: def.id, n: 1, empty: 3, shown: false, why: FEWER });
});

test("kinds without a team view are refused", () => {
  assert.throws(() => aggregate({ id: "x", version: 1, kind: "quiz", title: "", questions: [] }, []), /no team view/);
});
