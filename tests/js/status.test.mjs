// The status every instrument shows in the toolbox (not started, started, done), for every bundled
// instrument: answers are made from each definition, so a new instrument is covered without a new case.
import assert from "node:assert/strict";
import test from "node:test";
import { STATUS_LABELS, status } from "../../js/kinds/status.js";
import { instrument, instrumentIds } from "./helpers.mjs";

/** A route from the start that follows the first choice each time until an ending. */
function route(def) {
  const nodes = Object.fromEntries(def.nodes.map((n) => [n.id, n]));
  const path = [def.start];
  while (!nodes[path.at(-1)].ending) {
    path.push(nodes[path.at(-1)].choices[0].next);
    assert.ok(path.length < 100, `${def.id}: no ending on the first-choice route`);
  }
  return path;
}

/** Every field of a template filled in, as its kind requires. */
function fieldValue(f) {
  if (f.type === "choice") return f.options[0];
  if (f.type === "checklist") return [f.options[0]];
  if (f.type === "matrix") return Object.fromEntries(f.rows.map((r) => [r, f.options[0]]));
  if (f.type === "date") return "2026-09-01";
  return "Et svar";
}

const quizAnswer = (q) =>
  q.type === "single" ? q.options[0].id : Object.fromEntries(q.statements.map((st) => [st.id, q.categories[0].id]));

/** [some answers, every answer] for a definition. */
const ANSWERS = {
  rating: (d) => {
    const items = d.parts.flatMap((p) => p.themes.flatMap((t) => t.items));
    const all = Object.fromEntries(items.map((i) => [i.id, d.scale[0].id]));
    return [{ ratings: { [items[0].id]: d.scale[0].id } }, { ratings: all }];
  },
  likert: (d) => {
    const items = d.dimensions.flatMap((x) => x.items);
    return [{ ratings: { [items[0].id]: d.scale.min } }, { ratings: Object.fromEntries(items.map((i) => [i.id, 3])) }];
  },
  reflection: (d) => [
    { responses: { [d.prompts[0].id]: "Et svar" } },
    { responses: Object.fromEntries(d.prompts.map((p) => [p.id, "Et svar"])) },
  ],
  quiz: (d) => {
    const all = Object.fromEntries(d.questions.map((q) => [q.id, quizAnswer(q)]));
    const q = d.questions[0];
    // A classification with one statement placed is started, not done.
    const some =
      q.type === "single" && d.questions.length > 1
        ? { [q.id]: all[q.id] }
        : { [q.id]: { [q.statements[0].id]: q.categories[0].id } };
    return [{ responses: some }, { responses: all }];
  },
  scenario: (d) => {
    const path = route(d);
    return [{ path: path.slice(0, path.length - 1) }, { path }];
  },
  evaluation: (d) => [
    { ratings: { [d.statements[0].id]: d.scale.max } },
    {
      ratings: Object.fromEntries(d.statements.map((st) => [st.id, d.scale.min])),
      responses: Object.fromEntries(d.questions.map((q) => [q.id, "Et svar"])),
    },
  ],
  template: (d) => {
    const fields = d.sections.flatMap((s) => s.fields);
    return [
      { fields: { [fields[0].id]: fieldValue(fields[0]) } },
      { fields: Object.fromEntries(fields.map((f) => [f.id, fieldValue(f)])) },
    ];
  },
};

const IDS = instrumentIds();

test("every bundled instrument's kind has a way to make answers for it", () => {
  assert.ok(IDS.length >= 35, `only ${IDS.length} instruments found`);
  for (const id of IDS) assert.ok(ANSWERS[instrument(id).kind], `${id}: kind ${instrument(id).kind}`);
});

for (const id of IDS) {
  const def = instrument(id);
  test(`${id}: nothing saved is not started, some answers started, every answer done`, () => {
    const [some, all] = ANSWERS[def.kind](def);
    assert.equal(status(def, undefined), "not-started");
    assert.equal(status(def, {}), "not-started");
    assert.equal(status(def, some), "started");
    assert.equal(status(def, all), "done");
  });
}

test("a Kvalitetsveileder with only a note or a plan row is started", () => {
  const def = instrument("kvalitetsveileder");
  assert.equal(status(def, { notes: { 1.1: "Ta opp på fagmøtet" } }), "started");
  assert.equal(status(def, { plan: [{ theme: "3", action: "Fast fagmøte", who: "", when: "" }] }), "started");
  assert.equal(status(def, { ratings: {}, notes: {}, plan: [] }), "not-started");
});

test("a scenario that was only opened or restarted, or whose path leads nowhere, is not started", () => {
  const def = instrument("scenario-tallpress");
  assert.equal(status(def, { path: [def.start] }), "not-started");
  assert.equal(status(def, { path: [def.start, "ingen-slik-node"] }), "not-started");
});

test("answers that do not fit the definition do not make an exercise done", () => {
  const def = instrument("kvalitetsveileder");
  const [, all] = ANSWERS.rating(def);
  const wrong = { ratings: Object.fromEntries(Object.keys(all.ratings).map((k) => [k, "lilla"])) };
  assert.equal(status(def, wrong), "started");
});

test("each status has Norwegian words for the reader", () => {
  assert.deepEqual(STATUS_LABELS, { "not-started": "Ikke startet", started: "Påbegynt", done: "Ferdig" });
});
