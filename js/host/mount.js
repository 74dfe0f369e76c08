// @ts-check
/** Mount every widget on a book page: instruments get a stored model, whole-book views the store. */
import { followPage } from "../core/i18n.js";
import { render } from "../ui/frame.js";
import { renderView } from "../views/index.js";
import { modelFor, STORE } from "./static-host.js";

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
      renderView({ el: mount, index: def, store: STORE });
      holder.classList.add("mvh-ready");
      continue;
    }
    render({ model: modelFor(def), el: mount });
    performance.mark(`mvh-mount-end:${def.id}`);
    performance.measure(`mvh-mount:${def.id}`, `mvh-mount-start:${def.id}`, `mvh-mount-end:${def.id}`);
    holder.classList.add("mvh-ready");
  }
}

/** Mount now, or when the page has loaded. */
export function start() {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
}
