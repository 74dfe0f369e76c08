// @ts-check
/**
 * Printing one exercise, not the whole chapter it sits in.
 *
 * While the print dialog is open the page carries `html.mvh-print-one`, and the section to print carries
 * `.mvh-print-target`; the print styles (widgets/static/widget-print.css) show that section alone.
 * Both go again on `afterprint`, so printing from the browser's menu afterwards prints the whole page.
 */

export const PRINT_ONE = "mvh-print-one";
export const PRINT_TARGET = "mvh-print-target";

/**
 * Print `section` (one instrument's frame, or a whole-book view) and nothing else of the page.
 * @param {HTMLElement} section
 */
export function printSection(section) {
  const root = document.documentElement;
  const done = () => {
    root.classList.remove(PRINT_ONE);
    section.classList.remove(PRINT_TARGET);
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  root.classList.add(PRINT_ONE);
  section.classList.add(PRINT_TARGET);
  window.print();
}
