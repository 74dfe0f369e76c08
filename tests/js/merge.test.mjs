// Three-way merge of two tabs' answers (js/core/answers.js mergeAnswers).
import assert from "node:assert/strict";
import test from "node:test";
import { mergeAnswers } from "../../js/core/answers.js";

test("two tabs answering different items keep both", () => {
  const base = { ratings: { 1.1: "gul" } };
  const theirs = { ratings: { 1.1: "gul", 1.2: "rod" } };
  const mine = { ratings: { 1.1: "gul", 2.1: "gronn" } };
  assert.deepEqual(mergeAnswers(base, theirs, mine), { ratings: { 1.1: "gul", 1.2: "rod", 2.1: "gronn" } });
});

test("a change made here wins over the other tab's change of the same item", () => {
  const base = { ratings: { 1.1: "gul" } };
  assert.deepEqual(mergeAnswers(base, { ratings: { 1.1: "rod" } }, { ratings: { 1.1: "gronn" } }), {
    ratings: { 1.1: "gronn" },
  });
});

test("what is unchanged here takes the other tab's value", () => {
  const base = { notes: { 1.1: "a" } };
  assert.deepEqual(mergeAnswers(base, { notes: { 1.1: "b" } }, base), { notes: { 1.1: "b" } });
});

test("an item deleted here stays deleted; one deleted there stays deleted", () => {
  const base = { responses: { a: "x", b: "y" } };
  assert.deepEqual(mergeAnswers(base, base, { responses: { b: "y" } }), { responses: { b: "y" } });
  assert.deepEqual(mergeAnswers(base, { responses: { a: "x" } }, base), { responses: { a: "x" } });
});

test("lists are merged as a whole", () => {
  const base = { path: ["s"] };
  assert.deepEqual(mergeAnswers(base, { path: ["s", "a"] }, base), { path: ["s", "a"] });
  assert.deepEqual(mergeAnswers(base, { path: ["s", "a"] }, { path: ["s", "b"] }), { path: ["s", "b"] });
});

test("a value that is not an object on one side is taken whole", () => {
  assert.deepEqual(mergeAnswers({}, { fields: "x" }, { fields: { a: "1" } }), { fields: { a: "1" } });
  assert.equal(mergeAnswers(null, null, { a: 1 }).a, 1);
});
