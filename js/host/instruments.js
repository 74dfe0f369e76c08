// @ts-check
/**
 * The definitions the whole-book views work on. A view's JSON on the page names its instruments by id
 * and says where the book keeps them all: one script, `_static/mvh-instruments.js` (written by
 * widgets/sphinx_ext.py), which sets the global `MVHInstruments`. It used to travel inline in every view,
 * 176 KB on the landing page and twice on the workbook's; as one file it is fetched once and cached
 * (issue 16). Pages with a workbook, overview, toolbox or team view load it before the bundle; the
 * landing page's progress line, which shows only when the reader has answers, loads it when it needs it.
 */

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {{role: string, instruments: string[], source: string, [key: string]: unknown}} ViewIndex */

const GLOBAL = "MVHInstruments";

/** The definitions by id, when the script has run. @returns {Record<string, Definition> | undefined} */
export const loadedInstruments = () => /** @type {any} */ (globalThis)[GLOBAL];

/** @type {Map<string, Promise<Record<string, Definition>>>} */
const loading = new Map();

/**
 * The definitions, once the script at `src` has run (a classic script: browsers refuse module scripts and
 * fetch() from file://). One load per page, however many views ask.
 * @param {string} src @returns {Promise<Record<string, Definition>>}
 */
export function loadInstruments(src) {
  const ready = loadedInstruments();
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(src);
  if (!pending) {
    pending = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => {
        const defs = loadedInstruments();
        if (defs) resolve(defs);
        else reject(new Error(`${src} did not define ${GLOBAL}`));
      };
      script.onerror = () => reject(new Error(`${src} could not be loaded`));
      document.head.append(script);
    });
    loading.set(src, pending);
    pending.catch(() => loading.delete(src)); // a later ask may try again
  }
  return pending;
}

/**
 * The view's index with its instruments' definitions in place of their ids; an id the book does not hold
 * (a stale page against a newer script) is left out.
 * @param {ViewIndex} index @param {Record<string, Definition>} defs
 */
export function withDefinitions(index, defs) {
  return { ...index, instruments: index.instruments.flatMap((i) => (defs[i] ? [defs[i]] : [])) };
}
