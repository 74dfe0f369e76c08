// @ts-check
/** DOM helpers shared by every view. Text goes in with textContent only, never innerHTML. */
import { t } from "../core/i18n.js";

export const PRIVACY_HINT = () => t("dom.ikke_skriv_noe_som_kan");

let uidCounter = 0;
/** @param {string} prefix */
export const uid = (prefix) => `mvh-${prefix}-${++uidCounter}`;

/**
 * Create an element. Text goes in with textContent only.
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {(Node|string|null|undefined|false)[]} [children]
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}

/** An `<input>`. @param {Record<string, any>} attrs */
export const input = (attrs) => /** @type {HTMLInputElement} */ (h("input", attrs));

/** A `<textarea>`. @param {Record<string, any>} attrs */
export const textarea = (attrs) => /** @type {HTMLTextAreaElement} */ (h("textarea", attrs));

/** A `<select>`. @param {Record<string, any>} attrs @param {HTMLElement[]} options */
export const select = (attrs, options) => /** @type {HTMLSelectElement} */ (h("select", attrs, options));

/** A `<button type="button">`. @param {Record<string, any>} attrs @param {string} label */
export const button = (attrs, label) => h("button", { type: "button", ...attrs }, [label]);

/** A live line for progress text. */
export const progressLine = () => h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });

/** A table whose first cell in each row is a row header. @param {string[]} heads */
export const headRow = (heads) =>
  h(
    "tr",
    {},
    heads.map((x) => h("th", { scope: "col", text: x })),
  );

const SVG_NS = "http://www.w3.org/2000/svg";
/** @param {string} tag @param {Record<string, string|number>} [attrs] */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** @param {string} filename @param {string} content @param {string} type */
export function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The page the reader is on, as a chapter name ("index" for a folder's own page). */
export function currentPage() {
  if (typeof location === "undefined") return "";
  const last = decodeURIComponent(location.pathname.split("/").pop() || "");
  return last.replace(/\.html?$/, "") || "index";
}

/**
 * A chapter's title as the book's own navigation spells it (the sidebar lists every page, from
 * file:// too); the name with its first letter capitalised when the page has no such link.
 * @param {string} chapter
 */
export function chapterTitle(chapter) {
  if (typeof document !== "undefined") {
    for (const a of Array.from(document.querySelectorAll("nav a[href], .bd-sidebar-primary a[href]"))) {
      const href = (a.getAttribute("href") || "").split("#")[0];
      const text = (a.textContent || "").replace(/\s+/g, " ").trim();
      if (text && (href === `${chapter}.html` || href.endsWith(`/${chapter}.html`))) return text;
    }
  }
  const words = chapter.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The text of a "read more" link: it names where it leads.
 * @param {string} title
 */
export const readMoreText = (title) => t("dom.les_mer_i_kapitlet", { title });

/**
 * A link to a chapter of the book, named by the chapter's title (only in the book: in Jupyter the
 * text stands alone). None when the chapter is the page the reader is on: a link there would only
 * reload the page and lose the reader's place.
 * @param {{inBook: boolean}} host @param {string|undefined} chapter @param {string} [page] the page the reader is on
 */
export function chapterLink(host, chapter, page = currentPage()) {
  if (!chapter) return null;
  if (!host.inBook) return h("span", { class: "mvh-chapter-link" }, [readMoreText(chapterTitle(chapter))]);
  if (chapter === page) return null;
  return h("a", { href: `${chapter}.html`, class: "mvh-chapter-link" }, [readMoreText(chapterTitle(chapter))]);
}

/**
 * A file name's time: yyyy-mm-dd-hhmm in the reader's own time, so a team's files saved to one
 * folder on the same day do not get the same name.
 * @param {Date} d
 */
export function fileStamp(d) {
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}

/**
 * A saved time as Norwegians say it: "2.12. kl. 09.14" (with the year when it is not this year's).
 * @param {Date} d @param {Date} [now]
 */
export function savedAt(d, now = new Date()) {
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  const year = d.getFullYear() === now.getFullYear() ? "" : String(d.getFullYear());
  return `${d.getDate()}.${d.getMonth() + 1}.${year} kl. ${two(d.getHours())}.${two(d.getMinutes())}`;
}

/**
 * A wide table in a box of its own that scrolls sideways on a narrow screen, so the page does not.
 * The box is a named, focusable region: keyboard users can scroll it too.
 * @param {HTMLElement} table @param {string} label what the table holds, for screen readers
 */
export const scrollBox = (table, label) =>
  h("div", { class: "mvh-scroll", role: "region", tabindex: "0", "aria-label": label }, [table]);

/**
 * A date as Norwegians write it, dd.mm.åååå; a value that is not a date (yyyy-mm-dd or ISO time) is kept as it is.
 * @param {string} value
 */
export function norwegianDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}
