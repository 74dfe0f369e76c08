// @ts-check
/**
 * Mount one whole-book view on a book page, once its instruments' definitions are at hand (instruments.js).
 * The landing page's progress line is empty until something is saved, so until then it loads nothing and
 * waits for an answer saved in another tab or while the page sat in the back-forward cache.
 */
import { renderView } from "../views/index.js";
import { byId, loadedInstruments, loadInstruments, withDefinitions } from "./instruments.js";
import { STORE } from "./static-host.js";

/** @param {Element} holder @param {HTMLElement} mount @param {import("./instruments.js").ViewIndex} index */
export function mountView(holder, mount, index) {
  /** @param {Record<string, any> | undefined} defs */
  const show = (defs) => {
    renderView({ el: mount, index: defs ? withDefinitions(index, defs) : index, store: STORE });
    holder.classList.add("mvh-ready");
  };
  if (!byId(index)) return show(undefined);
  const ready = loadedInstruments();
  if (ready) return show(ready);
  // Without the definitions the view cannot be drawn: the readable list under it stays.
  const fetchThenShow = () => loadInstruments(String(index.source)).then(show, () => mount.remove());
  const ids = index.instruments.filter((i) => typeof i === "string");
  if (index.role !== "progress" || STORE.holdsAnyOf(ids)) return void fetchThenShow();
  holder.classList.add("mvh-ready"); // drawn: an empty line shows nothing
  const later = () => {
    if (!STORE.holdsAnyOf(ids)) return;
    window.removeEventListener("storage", later);
    window.removeEventListener("pageshow", later);
    fetchThenShow();
  };
  window.addEventListener("storage", later);
  window.addEventListener("pageshow", later);
}
