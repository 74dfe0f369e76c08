// The widgets' words: the catalogues (widgets/i18n/nb.json, nn.json), t(), and no reader-facing text left
// in js/ (the parser in ui-literals.mjs finds it).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CATALOGUES, language, languageOf, setLanguage, t } from "../../js/core/i18n.js";
import { ROOT, scan, scanAll } from "./ui-literals.mjs";

const { nb, nn } = CATALOGUES;
/** The {name}s of an entry, per form. @param {any} entry */
const placeholders = (entry) =>
  (typeof entry === "string" ? [entry] : [entry.one, entry.other]).map((s) =>
    [...s.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(","),
  );

test("no reader-facing text is left in js/: every word is in the catalogues", () => {
  const left = scanAll().flatMap((s) => s.literals.map((l) => `${l.file}:${l.line}: ${JSON.stringify(l.text)}`));
  assert.deepEqual(left, []);
});

test("the check finds a planted literal, a lower-case word and a template", () => {
  const planted = [
    'import { h } from "./dom.js";',
    'export const save = () => h("button", { class: "mvh-btn" }, ["Lagre svarene"]);',
    'export const join = (a) => a.join(" og ");',
    "export const count = (n) => \x60\x24{n} svar lagret\x60;",
    'export const ok = () => h("div", { class: "mvh-frame mvh-wide", "data-kind": "rating" });',
  ].join("\n");
  const found = scan(planted).literals.map((l) => [l.line, l.text]);
  assert.deepEqual(found, [
    [2, "Lagre svarene"],
    [3, " og "],
    [4, "{} svar lagret"],
  ]);
});

test("the catalogues have the same keys, forms and placeholders in Bokmål and Nynorsk", () => {
  assert.deepEqual(Object.keys(nn).sort(), Object.keys(nb).sort());
  for (const key of Object.keys(nb)) {
    assert.equal(typeof nn[key], typeof nb[key], key);
    assert.deepEqual(placeholders(nn[key]), placeholders(nb[key]), key);
  }
});

test("the Nynorsk catalogue is translated, not copied: most entries differ from Bokmål", () => {
  const differ = Object.keys(nb).filter((k) => JSON.stringify(nb[k]) !== JSON.stringify(nn[k]));
  assert.ok(differ.length > Object.keys(nb).length * 0.6, `${differ.length} of ${Object.keys(nb).length}`);
});

test("every t() key in js/ is in the catalogues, and every catalogue key is used (by js/ or widgets/*.py)", () => {
  const scans = scanAll();
  assert.deepEqual(
    scans.flatMap((s) => s.dynamicKeys.map((line) => `${s.file}:${line}`)),
    [],
    "t() keys are plain strings, so they can be found",
  );
  const used = new Set(scans.flatMap((s) => s.keys));
  assert.deepEqual(
    [...used].filter((k) => !Object.hasOwn(nb, k)),
    [],
  );
  // Python: t("key") and t(f"prefix.{…}") in widgets/*.py (the f-string covers every key with its prefix).
  const py = readdirSync(join(ROOT, "widgets"))
    .filter((f) => f.endsWith(".py"))
    .map((f) => readFileSync(join(ROOT, "widgets", f), "utf8"))
    .join("\n");
  const pyKeys = [...py.matchAll(/\bt\(\s*(f?)["']([\w.]+)/g)].map((m) => ({ prefix: m[1] === "f", key: m[2] }));
  const usedByPython = (/** @type {string} */ k) => pyKeys.some((p) => (p.prefix ? k.startsWith(p.key) : k === p.key));
  assert.deepEqual(
    Object.keys(nb).filter((k) => !used.has(k) && !usedByPython(k)),
    [],
  );
});

test("no text is looked up when a module loads: the language is set at render", () => {
  const early = scanAll().flatMap((s) => s.atLoad.map((line) => `${s.file}:${line}`));
  assert.deepEqual(early, []);
  assert.deepEqual(scan('import { t } from "./i18n.js";\nexport const X = t("frame.skriv_ut");').atLoad, [2]);
});

test("t() gives the active language, fills placeholders and picks the plural form", () => {
  assert.equal(languageOf("nn-NO"), "nn");
  assert.equal(languageOf("nn"), "nn");
  assert.equal(languageOf("nb-NO"), "nb");
  assert.equal(languageOf("en"), "nb");
  assert.equal(languageOf(undefined), "nb");
  try {
    setLanguage("nb");
    assert.equal(t("frame.lagret_i_nettleseren_kl"), "Lagret i nettleseren kl. {time}.");
    assert.equal(t("frame.lagret_i_nettleseren_kl", { time: "09.14" }), "Lagret i nettleseren kl. 09.14.");
    assert.equal(t("team.count_person", { n: 1 }), "1 person");
    assert.equal(t("team.count_person", { n: 4 }), "4 personer");
    setLanguage("nn-NO");
    assert.equal(language(), "nn");
    assert.equal(t("frame.lagret_i_nettleseren_kl", { time: "09.14" }), "Lagra i nettlesaren kl. 09.14.");
    assert.equal(t("team.count_person", { n: 4 }), "4 personar");
    assert.equal(t("workbook.slett_alle_svarene_mine"), "Slett alle svara mine");
  } finally {
    setLanguage("nb");
  }
});
