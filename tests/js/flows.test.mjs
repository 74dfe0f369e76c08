// Exercises that teach (issue 12, item 6): the pure parts. Quiz order, likert verdict threshold,
// what an import would replace, import messages, scenario endings found, file and saved times.
import assert from "node:assert/strict";
import test from "node:test";
import { exportData, parseImport, replacedCount, WORKBOOK_FORMAT } from "../../js/core/exchange.js";
import { basis, endingsFound, orderProblems, statementOrder, verdictThreshold } from "../../js/core/teach.js";
import { progress as scenarioProgress } from "../../js/kinds/scenario.js";
import { fileStamp, savedAt } from "../../js/ui/dom.js";
import { instrument, instrumentIds } from "./helpers.mjs";

const ALL = instrumentIds().map(instrument);
const classifySets = ALL.filter((d) => d.kind === "quiz").flatMap((d) =>
  d.questions.filter((q) => q.type === "classify").map((q) => [d, q]),
);

test("every classification set is shown mixed: no neighbours share a category, not in the drop-down's order", () => {
  assert.ok(classifySets.length > 0);
  for (const [def, q] of classifySets) {
    const order = statementOrder(def.id, q);
    const cats = order.map((st) => st.category);
    const menu = q.categories.map((c) => c.id);
    assert.deepEqual(
      order.map((st) => st.id).sort(),
      q.statements.map((st) => st.id).sort(),
      `${def.id}: every statement once`,
    );
    for (let i = 1; i < cats.length; i++) assert.notEqual(cats[i], cats[i - 1], `${def.id}: ${i} and ${i + 1}`);
    const firsts = cats.filter((c, i) => cats.indexOf(c) === i);
    assert.notDeepEqual(firsts, menu, `${def.id}: categories first met in the drop-down's order`);
    assert.deepEqual(orderProblems(cats, menu), [], def.id);
  }
});

test("the order is the same on every visit (seeded by instrument and question, not the clock)", () => {
  for (const [def, q] of classifySets) {
    const ids = () => statementOrder(def.id, q).map((st) => st.id);
    assert.deepEqual(ids(), ids());
    // A fresh copy of the definition (a reload reads the page's JSON again) gives the same order.
    const again = statementOrder(def.id, JSON.parse(JSON.stringify(q))).map((st) => st.id);
    assert.deepEqual(again, ids());
  }
});

test("planted: orderProblems catches answer order, the drop-down's order and 'one of each' blocks", () => {
  const menu = ["a", "b", "c"];
  // Three of each category in a row (the order the review found).
  assert.ok(orderProblems(["a", "a", "a", "b", "b", "b", "c", "c", "c"], menu).length > 0);
  // No neighbours alike, but the categories first met in the drop-down's order.
  assert.ok(orderProblems(["a", "b", "a", "c", "b", "c"], menu).some((p) => p.includes("drop-down")));
  // Each run of three holds each category once: after two answers the third is known.
  assert.ok(orderProblems(["b", "a", "c", "c", "b", "a", "a", "c", "b"], menu).some((p) => p.includes("run")));
  assert.deepEqual(orderProblems(["b", "c", "b", "a", "c", "a", "b"], menu), []);
});

test("single-choice quizzes do not keep the right answer in one place", () => {
  for (const def of ALL.filter((d) => d.kind === "quiz")) {
    const single = def.questions.filter((q) => q.type === "single");
    if (single.length < 2) continue;
    const places = new Set(single.map((q) => q.options.findIndex((o) => o.correct)));
    assert.ok(places.size > 1, `${def.id}: the right option is always number ${[...places][0] + 1}`);
  }
});

test("likert: a verdict rests on more than half of a dimension's statements", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 7].map(verdictThreshold), [1, 2, 2, 3, 3, 4]);
  const one = basis({ items: 4, answered: 1 });
  assert.equal(one.enough, false);
  assert.equal(
    one.text,
    "Tilbakemeldingen kommer når du har svart på minst 3 av 4 utsagn (2 til), så den ikke bygger på for lite.",
  );
  const three = basis({ items: 4, answered: 3 });
  assert.equal(three.enough, true);
  assert.equal(three.text, "Ut fra 3 av 4 utsagn: ");
  for (const def of ALL.filter((d) => d.kind === "likert")) {
    for (const dim of def.dimensions) {
      const n = dim.items.length;
      assert.ok(verdictThreshold(n) > n / 2, `${def.id}/${dim.id}: ${verdictThreshold(n)} of ${n}`);
      assert.equal(basis({ items: n, answered: 1 }).enough, n === 1, `${def.id}/${dim.id}: one answer`);
    }
  }
});

test("planted: a threshold of one answer would give a verdict from one of four", () => {
  const planted = () => 1;
  assert.ok(!(planted(4) > 4 / 2), "a threshold of 1 must fail the rule above");
});

test("replacedCount: the answers an import would change or remove, not those it adds", () => {
  const now = { ratings: { a: "gronn", b: "rod" }, notes: { a: "Notat" } };
  assert.equal(replacedCount({}, now), 0);
  assert.equal(replacedCount(now, now), 0);
  assert.equal(replacedCount(now, { ...now, ratings: { ...now.ratings, c: "gul" } }), 0, "only adds");
  assert.equal(replacedCount(now, { ratings: { a: "gul", b: "rod" } }), 2, "one changed, one note removed");
  assert.equal(replacedCount(now, {}), 3);
  // A quiz's classification set counts per statement; a scenario's path is one answer.
  const quiz = { responses: { q1: { s1: "evne", s2: "behov" }, q2: "o1" } };
  assert.equal(replacedCount(quiz, { responses: { q1: { s1: "evne" } } }), 2);
  assert.equal(replacedCount({ path: ["n1", "n2"] }, { path: ["n1"] }), 1);
  // Empty texts are no answers to lose.
  assert.equal(replacedCount({ responses: { p1: "" } }, {}), 0);
});

const KV = instrument("kvalitetsveileder");
const REFL = instrument("refleksjon-kvalitet");

test("import messages name exercises by title and say where a Mine svar file belongs", () => {
  const other = JSON.stringify(exportData(KV, {}, "r1"));
  assert.throws(
    () => parseImport(REFL, other, "kv.json"),
    (err) =>
      err.message ===
        `«kv.json» ble ikke importert. Filen er fra øvelsen «${KV.title}», ikke fra «${REFL.title}». ` +
          `Velg en fil du har eksportert fra «${REFL.title}».` && !err.message.includes("«kvalitetsveileder»"),
  );
  const workbook = JSON.stringify({ format: WORKBOOK_FORMAT, exported: "", instruments: [] });
  assert.throws(
    () => parseImport(REFL, workbook, "mine-svar.json"),
    (err) => err.message.includes("«Mine svar»") && err.message.includes("Importer alle"),
  );
  const csv = "\uFEFFnummer;spørsmål;svar\r\n1;Hva;Noe\r\n";
  assert.throws(() => parseImport(REFL, csv, "svar.csv"), /Dette er en CSV-fil/);
  assert.throws(() => parseImport(REFL, "{ not json", "svar.json"), /ikke en gyldig JSON-fil/);
  // The same CSV without its .csv name is still known by its first line; binary with a ";" by chance is not.
  assert.throws(() => parseImport(REFL, csv, "svar.json"), /Dette er en CSV-fil/);
  assert.throws(() => parseImport(REFL, "\uFFFD\u0001;x\n\uFFFD", "bilde.json"), /ikke en gyldig JSON-fil/);
});

test("scenario: endings found are kept, and old answers without them count the ending they are at", () => {
  const def = instrument("scenario-tallpress");
  const nodes = Object.fromEntries(def.nodes.map((n) => [n.id, n]));
  const endings = def.nodes.filter((n) => n.ending).map((n) => n.id);
  // A route to some ending, by the first choice each time.
  const path = [def.start];
  while (!nodes[path[path.length - 1]].ending) path.push(nodes[path[path.length - 1]].choices[0].next);
  const end = path[path.length - 1];
  assert.deepEqual(endingsFound(def, { path }, end), { found: [end], total: endings.length });
  const other = endings.find((e) => e !== end);
  assert.deepEqual(endingsFound(def, { path: [def.start], endings: [other, end, "ukjent", other] }, null).found, [
    other,
    end,
  ]);
  assert.equal(
    scenarioProgress(def, { path, endings: [other] }),
    `fullført: «${nodes[end].title}» (2 av ${endings.length} utfall funnet)`,
  );
  assert.equal(scenarioProgress(def, {}), "ikke startet");
});

test("file names carry date and time; saved times read as Norwegians write them", () => {
  const d = new Date(2026, 11, 2, 9, 4);
  assert.equal(fileStamp(d), "2026-12-02-0904");
  assert.equal(savedAt(d, new Date(2026, 11, 3)), "2.12. kl. 09.04");
  assert.equal(savedAt(d, new Date(2027, 0, 3)), "2.12.2026 kl. 09.04");
});
