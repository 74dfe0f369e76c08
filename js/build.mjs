// Build the two committed bundles from js/ (run by `make js`; tests/test_bundle_fresh.py runs it to a
// temporary directory and compares). Usage: node js/build.mjs [outdir]
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

await build({
  ...common,
  entryPoints: [join(root, "js", "book.js")],
  outfile: join(outdir, "mvh-widgets.js"),
  format: "iife",
  globalName: "MVHWidget",
  // The book's pages load this on a phone: minified, 248 -> 141 KB (issue 16).
  minify: true,
});
await build({
  ...common,
  entryPoints: [join(root, "js", "widget.js")],
  outfile: join(outdir, "widget.js"),
  format: "esm",
});
