// @ts-check
/**
 * Printing one exercise, not the whole chapter it sits in.
 *
 * While the print dialog is open the page carries `html.mvh-print-one`, and the section to print carries
 * `.mvh-print-target`; the print styles (widgets/static/widget-print.css) show that section alone.
 * Every element between the section and `<body>` carries `.mvh-print-path`, so the styles can hide
 * each of their other children with one cheap selector (no `:has()` over the whole page).
 * All three go again on `afterprint`, so printing from the browser's menu afterwards prints the whole page.
 */

export const PRINT_ONE = "mvh-print-one";
export const PRINT_TARGET = "mvh-print-target";
export const PRINT_PATH = "mvh-print-path";

/** The elements from `section`'s parent up to and including `<body>`. @param {HTMLElement} section */
function pathTo(section) {
  /** @type {HTMLElement[]} */
  const path = [];
  for (let el = section.parentElement; el && el !== document.documentElement; el = el.parentElement) path.push(el);
  return path;
}

/**
 * Print `section` (one instrument's frame, or a whole-book view's print document) and nothing else of the page.
 * @param {HTMLElement} section
 */
export function printSection(section) {
  const root = document.documentElement;
  const path = pathTo(section);
  const done = () => {
    root.classList.remove(PRINT_ONE);
    section.classList.remove(PRINT_TARGET);
    for (const el of path) el.classList.remove(PRINT_PATH);
    window.removeEventListener("afterprint", done);
  };
  // A print started while another was still marked (no afterprint came): start clean.
  for (const el of Array.from(document.querySelectorAll(`.${PRINT_TARGET}, .${PRINT_PATH}`))) {
    el.classList.remove(PRINT_TARGET, PRINT_PATH);
  }
  window.addEventListener("afterprint", done);
  root.classList.add(PRINT_ONE);
  section.classList.add(PRINT_TARGET);
  for (const el of path) el.classList.add(PRINT_PATH);
  window.print();
}
