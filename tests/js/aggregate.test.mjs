// The JS team numbers (js/core/team.js) against tests/vectors/aggregate (Python: tests/test_aggregate.py).
import assert from "node:assert/strict";
import { join } from "node:path";
import test from "node:test";
import { aggregate, MIN_TEAM_RESPONSES } from "../../js/core/team.js";
import { mismatches, VECTORS, vectorCases } from "./helpers.mjs";

const CASES = vectorCases(join(VECTORS, "aggregate"));

for (const [name, def, c] of CASES) {
  test(`aggregate: ${name}`, () => {
    assert.deepEqual(mismatches(c.expected, aggregate(def, c.answers_list), false, "aggregate"), []);
  });
}

test("below the threshold nothing but the count is given", () => {
  const [, def] = CASES[0];
  const few = Array.from({ length: MIN_TEAM_RESPONSES - 1 }, () => ({}));
  assert.deepEqual(aggregate(def, few), { instrument: def.id, n: few.length, shown: false });
});

test("kinds without a team view are refused", () => {
  assert.throws(() => aggregate({ id: "x", version: 1, kind: "quiz", title: "", questions: [] }, []), /no team view/);
});
