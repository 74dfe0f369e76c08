// Build the committed bundles from js/ (run by `make js`; tests/test_bundle_fresh.py runs it to a
// temporary directory and compares). Usage: node js/build.mjs [outdir]
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = resolve(process.argv[2] || join(root, "widgets", "static", "built"));
const banner = { js: "/* Built from js/ by js/build.mjs (esbuild). Do not edit: run `make js`. */" };
const common = {
  absWorkingDir: root,
  bundle: true,
  target: "es2022",
  charset: "utf8",
  legalComments: "none",
  banner,
  logLevel: "warning",
};
// The book's bundles: one for pages with an exercise, one for pages with whole-book views only, each in
// every language of the book (widgets/sphinx_ext.py picks by the page and the build's language).
const BOOK_ENTRIES = { "mvh-widgets": "book.js", "mvh-views": "book-views.js" };
const LANGUAGES = { nb: ".js", nn: ".nn.js" };

/**
 * A book page speaks one language, so its bundle carries one catalogue (about 37 KB each, issue 16):
 * js/core/catalogues.js is replaced by a module with that language's words under both names, Nynorsk
 * filled from Bokmål where it has no entry, as i18n.js's t() would.
 * @param {"nb" | "nn"} lang
 * @returns {import("esbuild").Plugin}
 */
function oneCatalogue(lang) {
  const read = (/** @type {string} */ l) =>
    JSON.parse(readFileSync(join(root, "widgets", "i18n", `${l}.json`), "utf8"));
  return {
    name: "one-catalogue",
    setup(b) {
      b.onResolve({ filter: /[/\\]catalogues\.js$/ }, () => ({ path: lang, namespace: "one-catalogue" }));
      b.onLoad({ filter: /.*/, namespace: "one-catalogue" }, () => {
        const words = lang === "nb" ? read("nb") : { ...read("nb"), ...read(lang) };
        return {
          contents: `const words = ${JSON.stringify(words)};\nexport const CATALOGUES = { nb: words, nn: words };\n`,
          loader: "js",
        };
      });
    },
  };
}

for (const [name, entry] of Object.entries(BOOK_ENTRIES)) {
  for (const [lang, suffix] of Object.entries(LANGUAGES)) {
    await build({
      ...common,
      entryPoints: [join(root, "js", entry)],
      outfile: join(outdir, name + suffix),
      format: "iife",
      globalName: "MVHWidget",
      // The book's pages load this on a phone: minified (248 -> 141 KB) and one language (issue 16).
      minify: true,
      plugins: [oneCatalogue(/** @type {"nb" | "nn"} */ (lang))],
    });
  }
}
await build({
  ...common,
  entryPoints: [join(root, "js", "widget.js")],
  outfile: join(outdir, "widget.js"),
  format: "esm",
});
