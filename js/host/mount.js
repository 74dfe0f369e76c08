// @ts-check
/**
 * Mount every widget on a book page. Each bundle says what it can mount (an exercise, a whole-book view):
 * a page with views only loads the views' bundle (book-views.js), which has no exercise UI (issue 16).
 */
import { followPage } from "../core/i18n.js";

/** @typedef {(holder: Element, el: HTMLElement, data: any) => void} Mounter */
/** @typedef {{exercise?: Mounter, view?: Mounter}} Mounters */

/** @param {Mounters} mounters */
export function mountAll(mounters) {
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
    // A whole-book view (workbook, team view, …) works on every instrument's storage; an exercise on its own.
    const mounter = def.role ? mounters.view : mounters.exercise;
    if (!mounter) continue; // not this bundle's to mount: the fallback stays
    const mount = document.createElement("div");
    mount.className = "mvh-mount";
    holder.append(mount);
    mounter(holder, mount, def);
  }
}

/** Mount now, or when the page has loaded. @param {Mounters} mounters */
export function start(mounters) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => mountAll(mounters));
  else mountAll(mounters);
}
