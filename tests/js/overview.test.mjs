// The overview on Mine svar and the landing page's progress line (js/views/overview.js): counting per part
// of the book, listing the reader's measurements, and saying nothing when there is nothing to say.
import assert from "node:assert/strict";
import test from "node:test";
import { countStatuses, statuses, totalText } from "../../js/views/common.js";
import {
  byPart,
  listMeasurements,
  measurementsKey,
  NO_PART,
  partCountText,
  progressLine,
} from "../../js/views/overview.js";
import { instrument, instrumentIds } from "./helpers.mjs";

const place = (title, part) => ({ title, href: `${title}.html`, anchor: `${title}.html#x`, section: "x", part });

// Three parts in the order a reader meets them; one exercise in two parts (counted once, in the first).
const DEFS = ["rollen-refleksjon", "balansekunst-profil", "psykologisk-trygghet", "kvalitetsveileder"].map((id) => ({
  id,
  kind: "likert",
  version: 1,
  title: id,
}));
const PARTS = [
  "Del I: Rollen og metodikken",
  "Del III: Team og teamkultur",
  "Del IV: Rollen, organisasjonen og deg selv",
  "Verktøykasse",
];
const INDEX = {
  instruments: DEFS,
  parts: PARTS,
  pages: {
    "rollen-refleksjon": [place("rollen", "Del I: Rollen og metodikken")],
    "balansekunst-profil": [
      place("balansekunsten", "Del IV: Rollen, organisasjonen og deg selv"),
      place("selvvurderinger", "Verktøykasse"),
    ],
    "psykologisk-trygghet": [place("psykologisk-trygghet", "Del III: Team og teamkultur")],
    kvalitetsveileder: [],
  },
};

test("each part lists the exercises that live in it, parts in the book's order; the total counts each once", () => {
  const sts = new Map([
    ["rollen-refleksjon", "done"],
    ["balansekunst-profil", "started"],
    ["psykologisk-trygghet", "not-started"],
    ["kvalitetsveileder", "done"],
  ]);
  const parts = byPart(INDEX, sts);
  assert.deepEqual(
    parts.map((p) => [
      p.part,
      p.members.map((m) => `${m.def.id}@${m.place?.title}`),
      p.counts.done,
      p.counts.started,
      p.counts.all,
    ]),
    [
      ["Del I: Rollen og metodikken", ["rollen-refleksjon@rollen"], 1, 0, 1],
      ["Del III: Team og teamkultur", ["psykologisk-trygghet@psykologisk-trygghet"], 0, 0, 1],
      ["Del IV: Rollen, organisasjonen og deg selv", ["balansekunst-profil@balansekunsten"], 0, 1, 1],
      ["Verktøykasse", ["balansekunst-profil@selvvurderinger"], 0, 1, 1],
      [NO_PART(), ["kvalitetsveileder@undefined"], 1, 0, 1],
    ],
  );
  assert.equal(partCountText(parts[2].counts), "0 av 1 ferdig, 1 påbegynt");
  assert.equal(partCountText(parts[0].counts), "1 av 1 ferdig");
  const total = countStatuses(sts.values());
  assert.equal(totalText(total), "Du er ferdig med 2 av 4 øvelser og har begynt på 1.");
  assert.equal(progressLine(total), "Din fremdrift: ferdig med 2 av 4 øvelser, 1 påbegynt");
});

test("an exercise twice on pages of one part is listed once there, at its first place", () => {
  const def = { id: "mal", kind: "template", version: 1, title: "Mal" };
  const index = { instruments: [def], pages: { mal: [place("rollen", "Del I"), place("kvalitet", "Del I")] } };
  const [only, ...rest] = byPart(index, new Map([["mal", "done"]]));
  assert.deepEqual(rest, []);
  assert.deepEqual(
    only.members.map((m) => m.place.title),
    ["rollen"],
  );
  assert.equal(only.counts.done, 1);
});

test("an exercise that no page holds comes last, under its own heading, and is still counted", () => {
  const index = { ...INDEX, instruments: [DEFS[3], DEFS[0]] };
  const parts = byPart(index, new Map());
  assert.deepEqual(
    parts.map((p) => p.part),
    ["Del I: Rollen og metodikken", NO_PART()],
  );
  assert.equal(parts[1].counts["not-started"], 1);
});

test("every bundled instrument is counted, with the status its saved answers give", () => {
  const defs = instrumentIds().map(instrument);
  const someone = defs.find((d) => d.kind === "reflection");
  const answers = { [someone.id]: { responses: { [someone.prompts[0].id]: "Et svar" } } };
  const sts = statuses(defs, (d) => answers[d.id]);
  const c = countStatuses(sts.values());
  assert.equal(c.all, defs.length);
  assert.ok(c.all >= 35);
  assert.equal(sts.get(someone.id), someone.prompts.length === 1 ? "done" : "started");
  assert.equal(c.done + c.started, 1);
});

test("no answers: no progress line at all, and the total says nothing is done", () => {
  const c = countStatuses(["not-started", "not-started"]);
  assert.equal(progressLine(c), "");
  assert.equal(totalText(c), "Du er ferdig med 0 av 2 øvelser.");
  assert.equal(progressLine({ done: 3, started: 0, all: 35 }), "Din fremdrift: ferdig med 3 av 35 øvelser");
});

test("measurements of every instrument are listed oldest first, by date and then by when they were saved", () => {
  const m = (label, date, saved) => ({
    id: "0123456789abcdef",
    label,
    date,
    saved,
    version: 1,
    response: "r",
    answers: {},
  });
  const store = {
    [measurementsKey(DEFS[1])]: JSON.stringify({
      instrument: DEFS[1].id,
      measurements: [
        m("Kursstart", "2026-12-02", "2026-12-02T09:00:00.000Z"),
        m("Oppfølging 4", "2027-04-20", "2027-04-20T10:00:00.000Z"),
      ],
    }),
    [measurementsKey(DEFS[2])]: JSON.stringify({
      instrument: DEFS[2].id,
      measurements: [
        m("  Kursstart dag 2 ", "2026-12-03", "x"),
        m("Samme dag, senere", "2026-12-02", "2026-12-02T15:00:00.000Z"),
      ],
    }),
  };
  assert.equal(measurementsKey(DEFS[1]), "metodeveilederhandboka:balansekunst-profil:malinger");
  const list = listMeasurements(DEFS, (k) => store[k] ?? null);
  assert.deepEqual(
    list.map((x) => [x.date, x.label, x.def.id]),
    [
      ["2026-12-02", "Kursstart", "balansekunst-profil"],
      ["2026-12-02", "Samme dag, senere", "psykologisk-trygghet"],
      ["2026-12-03", "Kursstart dag 2", "psykologisk-trygghet"],
      ["2027-04-20", "Oppfølging 4", "balansekunst-profil"],
    ],
  );
});

test("no measurements, or storage holding something else, lists none and never throws", () => {
  assert.deepEqual(
    listMeasurements(DEFS, () => null),
    [],
  );
  const junk = {
    [measurementsKey(DEFS[0])]: "{not json",
    [measurementsKey(DEFS[1])]: JSON.stringify({ measurements: "no list" }),
    [measurementsKey(DEFS[2])]: JSON.stringify({
      measurements: [
        null,
        { label: "", date: "2026-12-02" },
        { label: "Uten dato" },
        { label: "Feil dato", date: "2.12.2026" },
      ],
    }),
    [measurementsKey(DEFS[3])]: JSON.stringify([1, 2]),
  };
  assert.deepEqual(
    listMeasurements(DEFS, (k) => junk[k] ?? null),
    [],
  );
});
