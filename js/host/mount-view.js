// @ts-check
/**
 * Mount one whole-book view on a book page, once its instruments' definitions are at hand (instruments.js).
 * The landing page's progress line is empty until something is saved, so until then it loads nothing and
 * waits for an answer saved in another tab or while the page sat in the back-forward cache.
 */
import { onBookStorage } from "../views/common.js";
import { renderView } from "../views/index.js";
import { loadedInstruments, loadInstruments, withDefinitions } from "./instruments.js";
import { STORE } from "./static-host.js";

/** @param {Element} holder @param {HTMLElement} mount @param {import("./instruments.js").ViewIndex} index */
export function mountView(holder, mount, index) {
  /** @param {Record<string, any>} defs */
  const show = (defs) => {
    renderView({ el: mount, index: withDefinitions(index, defs), store: STORE });
    holder.classList.add("mvh-ready");
  };
  const ready = loadedInstruments();
  if (ready) return show(ready);
  // Without the definitions the view cannot be drawn: the readable list under it stays.
  const fetchThenShow = () => loadInstruments(index.source).then(show, () => mount.remove());
  if (index.role !== "progress" || STORE.holdsAnyOf(index.instruments)) return void fetchThenShow();
  holder.classList.add("mvh-ready"); // drawn: an empty line shows nothing
  let asked = false;
  onBookStorage(() => {
    if (asked || !STORE.holdsAnyOf(index.instruments)) return;
    asked = true;
    fetchThenShow();
  });
}
