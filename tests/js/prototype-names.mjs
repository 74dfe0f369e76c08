// Definitions and answers that use the names of Object.prototype's properties as ids, keys and
// values, for every kind (shared by scoring.test.mjs and csv.test.mjs). A lookup that reaches the
// prototype shows up as a function, "[object Object]" or a wrong count.

/** The names a plain object inherits, or that change its prototype. */
export const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty"];
const [C, P, T, H] = NAMES;

/** What a prototype lookup would print (a function's source, an object). */
export const LEAKED = /function|native code|\[object/;

/** One definition per kind, its ids all prototype names. */
export const DEFS = {
  rating: {
    id: "proto-rating",
    version: 1,
    kind: "rating",
    title: "R",
    scale: [
      { id: C, label: "Grønn" },
      { id: T, label: "Rød" },
    ],
    parts: [
      {
        id: P,
        title: "Del",
        themes: [{ id: H, title: "Tema", items: NAMES.map((id) => ({ id, text: `mål ${id}` })) }],
      },
    ],
    plan: { max_themes: 2 },
  },
  likert: {
    id: "proto-likert",
    version: 1,
    kind: "likert",
    title: "L",
    scale: { min: 1, max: 4, labels: ["en", "to", "tre", "fire"] },
    dimensions: [
      {
        id: P,
        title: "Dimensjon",
        bands: [{ max: 4, label: "Bra", text: "Bra" }],
        items: NAMES.map((id) => ({ id, text: `utsagn ${id}` })),
      },
    ],
  },
  quiz: {
    id: "proto-quiz",
    version: 1,
    kind: "quiz",
    title: "Q",
    questions: [
      {
        id: C,
        type: "single",
        text: "Spørsmål 1",
        options: [
          { id: T, text: "Riktig", correct: true },
          { id: P, text: "Feil" },
        ],
      },
      {
        id: P,
        type: "classify",
        text: "Spørsmål 2",
        categories: [
          { id: C, label: "Kategori C" },
          { id: H, label: "Kategori H" },
        ],
        statements: [
          { id: T, text: "Utsagn T", category: C },
          { id: P, text: "Utsagn P", category: H },
        ],
      },
    ],
  },
  reflection: {
    id: "proto-reflection",
    version: 1,
    kind: "reflection",
    title: "F",
    prompts: NAMES.map((id) => ({ id, text: `spørsmål ${id}` })),
  },
  scenario: {
    id: "proto-scenario",
    version: 1,
    kind: "scenario",
    title: "S",
    start: C,
    nodes: [
      { id: C, title: "Start", text: "Situasjon C", choices: [{ text: "Valg P", next: P }] },
      { id: P, title: "Slutt", text: "Situasjon P", ending: "god" },
    ],
  },
  template: {
    id: "proto-template",
    version: 1,
    kind: "template",
    title: "M",
    sections: [
      {
        title: "Del",
        fields: [
          { id: C, type: "text", label: "Tekst" },
          { id: P, type: "choice", label: "Valg", options: [T, "annet"] },
          { id: T, type: "checklist", label: "Liste", options: [C, H] },
          { id: H, type: "matrix", label: "Matrise", rows: [C, P], options: [T, H] },
        ],
      },
    ],
  },
};

/** Answers as they come from a file or storage (JSON.parse makes "__proto__" an own key). */
const parsed = (/** @type {string} */ json) => JSON.parse(json);

/** Per kind: answers with nothing answered but prototype names as keys the definition does not have. */
export const STRAY = {
  rating: parsed('{"ratings": {"9.9": "constructor", "9.8": "__proto__"}, "notes": {}}'),
  likert: parsed('{"ratings": {"9.9": 2}}'),
  quiz: parsed('{"responses": {"x": "toString"}}'),
  reflection: parsed('{"responses": {"x": "hasOwnProperty"}}'),
  scenario: parsed('{"path": ["toString", "constructor"]}'),
  template: parsed('{"fields": {"x": "constructor"}}'),
};

/** Per kind: every item answered, with prototype names as the keys and values. */
export const FULL = {
  rating: parsed(
    '{"ratings": {"constructor": "constructor", "__proto__": "toString", "toString": "constructor", "hasOwnProperty": "toString"},' +
      ' "notes": {"__proto__": "Notat P", "constructor": "Notat C"},' +
      ' "plan": [{"theme": "hasOwnProperty", "action": "Gjør noe", "who": "toString", "when": "constructor"}]}',
  ),
  likert: parsed('{"ratings": {"constructor": 1, "__proto__": 2, "toString": 3, "hasOwnProperty": 4}}'),
  quiz: parsed(
    '{"responses": {"constructor": "toString", "__proto__": {"toString": "constructor", "__proto__": "hasOwnProperty"}}}',
  ),
  reflection: parsed(
    '{"responses": {"constructor": "Svar C", "__proto__": "Svar P", "toString": "Svar T", "hasOwnProperty": "Svar H"}}',
  ),
  scenario: parsed('{"path": ["constructor", "__proto__"]}'),
  template: parsed(
    '{"fields": {"constructor": "Tekst", "__proto__": "toString", "toString": ["constructor", "hasOwnProperty"],' +
      ' "hasOwnProperty": {"constructor": "toString", "__proto__": "hasOwnProperty"}}}',
  ),
};
