// The JS team numbers (js/core/team.js) against tests/vectors/aggregate and
// tests/vectors/aggregate/merge and tests/vectors/aggregate/times (Python: tests/test_aggregate.py).
import assert from "node:assert/strict";
import { join } from "node:path";
import test from "node:test";
import { aggregate, compareRounds, exportTime, FEWER, MIN_TEAM_RESPONSES, mergeFiles } from "../../js/core/team.js";
import { mismatches, readJson, VECTORS, vectorCases } from "./helpers.mjs";

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

/** The first likert case's definition (the tests below answer its item sp1). */
const LIKERT = () => /** @type {any} */ (CASES.find(([, d]) => d.kind === "likert"))[1];

test("below the threshold nothing but the counts is given", () => {
  const def = LIKERT();
  const few = Array.from({ length: MIN_TEAM_RESPONSES - 1 }, () => ({ ratings: { sp1: 3 } }));
  assert.deepEqual(aggregate(def, few), { instrument: def.id, n: few.length, empty: 0, shown: false, why: FEWER });
});

test("empty answer sets never lift a team over the threshold", () => {
  const def = LIKERT();
  const list = [{ ratings: { sp1: 3 } }, {}, { ratings: {} }, { ratings: { sp1: "3" } }];
  assert.deepEqual(aggregate(def, list), { instrument: def.id, n: 1, empty: 3, shown: false, why: FEWER });
});

test("kinds without a team view are refused", () => {
  assert.throws(() => aggregate({ id: "x", version: 1, kind: "quiz", title: "", questions: [] }, []), /no team view/);
});

// ---------------------------------------------------------------- export times

const TIMES = readJson(join(VECTORS, "aggregate", "times", "exported.json")).cases;

for (const c of TIMES) {
  test(`exportTime: ${JSON.stringify(c.value)}`, () => {
    assert.equal(exportTime(c.value), c.ms);
  });
}

test("the time vectors hold readable and unreadable times, and an impossible date", () => {
  assert.ok(TIMES.filter((c) => c.ms !== null).length >= 5);
  assert.ok(TIMES.some((c) => c.value === "2026-02-30T09:00:00Z" && c.ms === null));
});

test("the merge vectors catch a team view that compares export times as text", () => {
  // A planted error: the times compared as strings, not as moments ("10:30+01:00" > "09:45Z").
  const wrong = (/** @type {any} */ def, /** @type {any[]} */ files) => {
    const byId = new Map();
    for (const f of files) {
      const before = byId.get(f.response);
      if (before && String(f.exported ?? "") < String(before.exported ?? "")) continue;
      byId.set(f.response, f);
    }
    return mergeFiles(def, [...byId.values()]).counted;
  };
  const caught = MERGE.filter(
    ([, def, c]) => JSON.stringify(wrong(def, c.files)) !== JSON.stringify(c.expected.counted),
  );
  assert.ok(
    caught.some(([n]) => /moments, not as text/.test(n)),
    "the zone case must tell text from time",
  );
});

// ------------------------------------------------- lowest mean, widest spread

test("lowest and widest name only shown items, and the vectors hold ties, reverse items and none", () => {
  const shown = CASES.filter(([, , c]) => c.expected.shown && c.expected.lowest);
  assert.ok(shown.length >= 4);
  for (const [name, , c] of shown) {
    for (const id of [...c.expected.lowest, ...c.expected.widest]) {
      assert.equal(c.expected.items[id].shown, true, `${name}: ${id} is hidden`);
    }
  }
  assert.ok(
    shown.some(([, , c]) => c.expected.lowest.length > 1),
    "a tie",
  );
  assert.ok(
    shown.some(([, , c]) => c.expected.widest.length === 0),
    "nothing stands out",
  );
});

test("the vectors catch lowest means taken from the answers as given, not turned", () => {
  // A planted error: the lowest by raw `mean`, ignoring reverse items.
  const rawLowest = (/** @type {Record<string, any>} */ items) => {
    const shown = Object.entries(items).filter(([, e]) => e.shown);
    const low = Math.min(...shown.map(([, e]) => e.mean));
    const ids = shown.filter(([, e]) => e.mean === low).map(([id]) => id);
    return ids.length === shown.length ? [] : ids;
  };
  const shown = CASES.filter(([, , c]) => c.expected.shown && c.expected.lowest);
  assert.ok(shown.some(([, , c]) => JSON.stringify(rawLowest(c.expected.items)) !== JSON.stringify(c.expected.lowest)));
});

test("a reverse item's scored mean is the scale turned: min + max - mean", () => {
  for (const [, def, c] of CASES) {
    if (!c.expected.shown || def.kind !== "likert") continue;
    const { min, max } = def.scale;
    for (const d of def.dimensions) {
      for (const it of d.items) {
        const e = aggregate(def, c.answers_list).items[it.id];
        if (!e.shown) continue;
        assert.ok(Math.abs(e.scored_mean - (it.reverse ? min + max - e.mean : e.mean)) < 1e-12, it.id);
      }
    }
  }
});

// ---------------------------------------------------------------- two rounds

const ROUNDS = vectorCases(join(VECTORS, "aggregate", "rounds"));

for (const [name, def, c] of ROUNDS) {
  test(`rounds: ${name}`, () => {
    assert.deepEqual(mismatches(c.expected, compareRounds(def, c.files_a, c.files_b), false, "rounds"), []);
  });
}

test("the round vectors hold 3 + 3, 3 + 2 and 2 + 3, for both kinds", () => {
  const shown = ROUNDS.map(([, def, c]) => `${def.kind} ${c.expected.groups.map((g) => g.shown).join(" ")}`);
  for (const want of [
    "likert true true",
    "likert true false",
    "likert false true",
    "rating true true",
    "rating true false",
  ])
    assert.ok(shown.includes(want), want);
  // Each hidden group gives its count and nothing else.
  for (const [, , c] of ROUNDS)
    for (const g of c.expected.groups)
      if (!g.shown) assert.deepEqual(Object.keys(g).sort(), ["empty", "n", "shown", "why"]);
});

test("the round vectors catch a comparison that follows a response id from one round to the other", () => {
  // A planted error: a response id seen in round 1 is left out of round 2 (matched across the groups).
  const wrong = (/** @type {any} */ def, /** @type {any[]} */ a, /** @type {any[]} */ b) => {
    const seen = new Set(a.map((f) => f.response));
    return compareRounds(
      def,
      a,
      b.filter((f) => !seen.has(f.response)),
    );
  };
  const caught = ROUNDS.filter(
    ([, def, c]) => mismatches(c.expected, wrong(def, c.files_a, c.files_b), false).length > 0,
  );
  assert.ok(caught.length >= 1);
});

test("the minimum for a round is the team view's minimum", () => {
  const [, def, c] = ROUNDS[0];
  const few = compareRounds(def, c.files_a.slice(0, MIN_TEAM_RESPONSES - 1), c.files_b.slice(0, MIN_TEAM_RESPONSES));
  assert.deepEqual(
    few.groups.map((g) => g.shown),
    [false, true],
  );
  assert.ok(few.rows.every((r) => r.a === null && r.delta === null));
});
