// @ts-check
/** CSV for spreadsheets, from an answer table (kinds/index.js answerTable). */

/** A CSV cell: quoted, and guarded against spreadsheet formula injection. */
/** @param {unknown} value */
export function cell(value) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Semicolon-separated CSV (what Norwegian spreadsheet programs expect), with BOM.
 * @param {unknown[][]} rows
 */
export function toCsv(rows) {
  return `\ufeff${rows.map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
