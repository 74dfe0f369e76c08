// @ts-check
/** Mount every widget on a book page: instruments get a stored model, whole-book views the store. */
import { followPage } from "../core/i18n.js";
import { render } from "../ui/frame.js";
import { renderView } from "../views/index.js";
import { byId, loadedInstruments, loadInstruments, withDefinitions } from "./instruments.js";
import { modelFor, STORE } from "./static-host.js";

/** @typedef {import("./instruments.js").ViewIndex} ViewIndex */

export function mountAll() {
  followPage(); // the page's <html lang>: nn gives Nynorsk
  for (const holder of Array.from(document.querySelectorAll(".mvh-widget:not(.mvh-ready)"))) {
    const script = holder.querySelector("script.mvh-definition");
    if (!script) continue;
    let def;
    try {
      def = JSON.parse(script.textContent || "");
    } catch {
      continue; // leave the readable fallback list in place
    }
    const mount = document.createElement("div");
    mount.className = "mvh-mount";
    holder.append(mount);
    performance.mark(`mvh-mount-start:${def.id}`);
    if (def.role) {
      // A whole-book view (workbook, team view): it works on every instrument's storage.
      mountView(holder, mount, def);
      continue;
    }
    render({ model: modelFor(def), el: mount });
    performance.mark(`mvh-mount-end:${def.id}`);
    performance.measure(`mvh-mount:${def.id}`, `mvh-mount-start:${def.id}`, `mvh-mount-end:${def.id}`);
    holder.classList.add("mvh-ready");
  }
}

/**
 * A view, once its instruments' definitions are at hand (instruments.js). The landing page's progress
 * line is empty until something is saved, so until then it loads nothing and waits for an answer saved in
 * another tab or while the page sat in the back-forward cache.
 * @param {Element} holder @param {HTMLElement} mount @param {ViewIndex} index
 */
function mountView(holder, mount, index) {
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

/** Mount now, or when the page has loaded. */
export function start() {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
}
