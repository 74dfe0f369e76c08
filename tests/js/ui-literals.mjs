// The search for reader-facing text left in the widget scripts (js/), shared by tests/js/i18n.test.mjs.
// Every string and template literal is parsed out with acorn; one that looks like words a reader sees
// fails, unless it is on the allowlist below. The words belong in widgets/i18n/{nb,nn}.json, read with t().
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "acorn";
import { ancestor } from "acorn-walk";

export const ROOT = new URL("../../", import.meta.url).pathname;

/** Every script under js/ (the build script too). */
export function jsFiles(dir = join(ROOT, "js")) {
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsFiles(path));
    else if (/\.m?js$/.test(name)) out.push(path);
  }
  return out.sort();
}

/* Norwegian words, from the system's Bokmål dictionary (the spelling test reads the same file): a
   lower-case word like «svar» or «og» is text too. Words that are also the scripts' own vocabulary
   (tag names, attribute values, kinds, ids) are left out by CODE_WORDS. */
const NB_DIC = "/usr/share/hunspell/nb_NO.dic";
const NORWEGIAN = new Set(
  readFileSync(NB_DIC, "latin1")
    .split("\n")
    .map((line) => line.split("/")[0]),
);
const CODE_WORDS = new Set(
  (
    "team div rating span per for print li hint bar id status quiz scenario plan item small button type true note " +
    "list not start radio input held from off total format data import log file end all single save num mode " +
    "link done book basis feedback instrument show short marked mark intro info dom dl band action stage script " +
    "same run rest region org order null none node more jump http href host has goal fold false enter delta cap " +
    "batch backup back best and at to ok ul star part text label title name checkbox table summary details section " +
    "legend fieldset form option select value key choice polite main open close tab img svg path line rect circle " +
    "style top left middle nav lang"
  ).split(" "),
);

/* The allowlist: strings that are words but not the reader's, by kind. Exact strings, so a new one is a
   decision made here, in the open. */
export const ALLOWED = new Set([
  // Keyboard keys and DOM exception names, compared with what the browser reports.
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Enter",
  "Escape",
  "QuotaExceededError",
  // CSS selectors for the book's own navigation (Sphinx's markup), and the file: protocol.
  "nav a[href], .bd-sidebar-primary a[href]",
  ".bd-docs-nav a[href]",
  "file:",
  // File names, export formats and storage keys: part of the files a reader keeps and the book reads back,
  // the same in every language of the book.
  "metodeveilederhandboka-svar",
  "metodeveilederhandboka-arbeidsbok",
  "{}:sikkerhetskopi",
  "{}-sikkerhetskopi.txt",
  "mine-svar-{}.json",
  "personvern.html",
  "{}-tema-{}",
  // Element ids of the measurement form (labels point at them).
  "maal-navn",
  "maal-dato",
  "maal-nytt-navn",
  "maal-etter",
  // The SVG path command in template.js's check mark.
  "mr",
  // The answer table's column names and fixed values (answerTable in js/kinds/*.js, the CSV export, read back
  // by views/paper.js): a data format shared by every language, like the JSON export's field names.
  "nummer",
  "tema",
  "tekst",
  "vurdering",
  "notat",
  "hvem",
  "innen",
  "mål",
  "tiltak",
  "spørsmål",
  "svar",
  "utsagn",
  "dimensjon",
  "snitt",
  "steg",
  "situasjon",
  "valg",
  "del",
  "felt",
  "ja",
  "nei",
  "ditt svar",
  "riktig svar",
  "riktig?",
  "påstand",
  // Stored values: an unanswered item, and how a measured answer changed (core/measure.js compareValues).
  "ubesvart",
  "uendret",
  "ny",
  "borte",
  "bedre",
  "dårligere",
  // Developer messages in English: the order check of a quiz's statements (core/teach.js, run by the tests)
  // and the team data's reason for a hidden number (core/team.js, the same as widgets/aggregate.py's).
  "statements {} and {} share category {}",
  "the categories come in the drop-down's order",
  "every run of {} statements holds each category once",
  "fewer than {} responses",
  // The book's view scripts when the shared definitions do not come (host/instruments.js), for the console.
  "{} did not define {}",
  "{} could not be loaded",
  // The build script's banner, and the one-language catalogue module it puts in a book bundle.
  "/* Built from js/ by js/build.mjs (esbuild). Do not edit: run `make js`. */",
  "const words = {};\nexport const CATALOGUES = { nb: words, nn: words };\n",
]);

/** Whether a literal's text looks like words for a reader. @param {string} s */
export function looksLikeText(s) {
  if (/^\s*$/.test(s)) return false;
  // A list of CSS classes (mvh-…, with ${} parts) is not text.
  if (
    s
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => /^(?:mvh|kurs)[\w{}-]*$/.test(w))
  )
    return false;
  if (/[æøåÆØÅ]/.test(s)) return true;
  if (/\p{L}{2,} +\p{L}/u.test(s)) return true;
  if (/^[A-ZÆØÅ][a-zæøå]/.test(s)) return true;
  return s.split(/[^a-zæøåA-ZÆØÅ]+/).some((w) => w.length >= 2 && NORWEGIAN.has(w) && !CODE_WORDS.has(w));
}

/** A literal's text: a template's parts joined by {} where its expressions stand. @param {any} node */
const textOf = (node) =>
  node.type === "TemplateLiteral" ? node.quasis.map((/** @type {any} */ q) => q.value.cooked).join("{}") : node.value;

/** @param {any} node */
const isT = (node) => node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "t";

/**
 * Parse one script. Returns the reader-facing literals left in it, the t() keys it uses, t() calls whose key
 * is not a plain string, and t() calls made when the module loads (before the language is known).
 * @param {string} source @param {string} [file]
 */
export function scan(source, file = "<source>") {
  const ast = parse(source, { ecmaVersion: "latest", sourceType: "module", locations: true });
  const literals = /** @type {{file: string, line: number, text: string}[]} */ ([]);
  const keys = /** @type {string[]} */ ([]);
  const dynamicKeys = /** @type {number[]} */ ([]);
  const atLoad = /** @type {number[]} */ ([]);
  /** @param {any} node @param {any[]} anc */
  const visit = (node, anc) => {
    const parent = anc[anc.length - 2];
    if (parent && /^(Import|Export)/.test(parent.type)) return; // module paths
    if (parent && parent.type === "Property" && parent.key === node) return; // object keys
    if (parent && isT(parent) && parent.arguments[0] === node) return; // a catalogue key
    // A developer's error, thrown and not shown: `throw new Error("…")`.
    if (
      anc.some(
        (a, i) => a.type === "NewExpression" && /Error$/.test(a.callee.name) && anc[i - 1]?.type === "ThrowStatement",
      )
    )
      return;
    const text = textOf(node);
    if (typeof text !== "string" || ALLOWED.has(text) || !looksLikeText(text)) return;
    literals.push({ file, line: node.loc.start.line, text });
  };
  ancestor(ast, {
    Literal(node, _state, anc) {
      if (typeof node.value === "string") visit(node, anc);
    },
    TemplateLiteral(node, _state, anc) {
      visit(node, anc);
    },
    CallExpression(node, _state, anc) {
      if (!isT(node)) return;
      const first = /** @type {any} */ (node.arguments[0]);
      if (first && first.type === "Literal" && typeof first.value === "string") keys.push(first.value);
      else dynamicKeys.push(node.loc.start.line);
      const lazy = anc.some((a) => /Function/.test(a.type) || (a.type === "Property" && a.kind === "get"));
      if (!lazy) atLoad.push(node.loc.start.line);
    },
  });
  return { file, literals, keys, dynamicKeys, atLoad };
}

/** Every script under js/, scanned. */
export const scanAll = () => jsFiles().map((path) => scan(readFileSync(path, "utf8"), relative(ROOT, path)));
