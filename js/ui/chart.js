// @ts-check
/**
 * The SVG bar charts (rating: stacked counts per part and theme; likert: a mean per dimension).
 *
 * Each row's label stands on its own line(s) above its bar, so the chart is narrow: its drawing is
 * WIDTH units wide and the stylesheet caps it near that many pixels, so the text stays about
 * 12–16 px from a 320 px phone to a desktop (a wide label-beside-bar chart shrank to 5 px text on a
 * phone). Labels wrap onto more lines instead of being cut.
 *
 * Every element that holds text carries the class `nohighlight`: Sphinx's search-term highlighting
 * skips it (it otherwise wraps the words in new SVG nodes and calls getBBox on a <title>, which
 * has none, and throws).
 */
import { svg, uid } from "./dom.js";

/** The drawing's width in user units (see the stylesheet's .mvh-chart-svg). */
export const WIDTH = 360;
const FONT = 14; // user units, set by the stylesheet
const LINE = 17;
const BAR = 16;
const ROW_GAP = 10;
// An average character of the sans-serif text, as a share of the font size (bold is wider).
const CHAR = 0.56;
const BOLD_CHAR = 0.62;

/** The class every text-bearing node gets (see above). */
const NO_HIGHLIGHT = "nohighlight";

/**
 * An empty chart whose accessible name is `title` (the numbers are also in a table).
 * @param {number} width @param {number} height @param {string} title
 */
export function chartSvg(width, height, title) {
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "mvh-chart-svg" });
  const titleId = uid("ct");
  const t = svg("title", { id: titleId, class: NO_HIGHLIGHT });
  t.textContent = title;
  chart.setAttribute("aria-labelledby", titleId);
  chart.append(t);
  return chart;
}

/** @param {Record<string, string|number>} attrs */
const withNoHighlight = (attrs) => ({ ...attrs, class: `${attrs.class || ""} ${NO_HIGHLIGHT}`.trim() });

/**
 * A text in the chart, cut to `max` characters.
 * @param {Record<string, string|number>} attrs @param {string} text @param {number} [max]
 */
export function chartText(attrs, text, max = Infinity) {
  const node = svg("text", withNoHighlight(attrs));
  node.textContent = text.length > max ? `${text.slice(0, max - 2)}…` : text;
  return node;
}

/**
 * A text broken into lines at spaces, each line at most `maxChars` characters
 * (a longer word is broken where it must be).
 * @param {string} text @param {number} maxChars @returns {string[]}
 */
export function wrapWords(text, maxChars) {
  const lines = [];
  let line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) lines.push(line);
      line = "";
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (!word) continue;
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/**
 * A label over `width` units, on as many lines as it needs, its first baseline at `y`.
 * @param {string} text @param {number} x @param {number} y @param {number} width @param {string} cls
 * @returns {{node: SVGElement, lines: number}}
 */
function labelLines(text, x, y, width, cls) {
  const perChar = FONT * (cls.includes("mvh-chart-part") ? BOLD_CHAR : CHAR);
  const lines = wrapWords(text, Math.max(8, Math.floor(width / perChar)));
  const node = svg("text", withNoHighlight({ x, y, class: cls }));
  lines.forEach((line, i) => {
    const span = svg("tspan", { x, dy: i === 0 ? 0 : LINE, class: NO_HIGHLIGHT });
    span.textContent = line;
    node.append(span);
  });
  return { node, lines: lines.length };
}

/**
 * The key: a swatch and a label per key, flowing onto a new line when the next would not fit.
 * @param {SVGElement} chart @param {string[]} keys @param {(key: string) => string} keyLabel @param {number} top
 * @returns {number} the y below the key
 */
function drawKey(chart, keys, keyLabel, top) {
  let x = 0;
  let y = top;
  for (const k of keys) {
    const label = keyLabel(k);
    const w = 18 + label.length * FONT * CHAR + 14;
    if (x > 0 && x + w > WIDTH) {
      x = 0;
      y += LINE + 4;
    }
    chart.append(svg("rect", { x: x + 1, y: y + 2, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
    chart.append(chartText({ x: x + 18, y: y + 13 }, label));
    x += w;
  }
  return y + LINE + 4;
}

/**
 * One stacked bar per row: each key's share of the row's count, with the number on wide segments;
 * the key runs along the bottom. Colours come from the classes mvh-v-<key> and mvh-n-<key>.
 * @param {{rows: {label: string, counts: Record<string, number>, part: boolean}[], keys: string[],
 *   keyLabel: (key: string) => string, title: string}} o
 */
export function stackedBars({ rows, keys, keyLabel, title }) {
  const barW = WIDTH - 2;
  /** @type {SVGElement[]} */
  const nodes = [];
  let y = 0;
  for (const row of rows) {
    const label = labelLines(row.label, 0, y + FONT, WIDTH, row.part ? "mvh-chart-part" : "");
    nodes.push(label.node);
    y += label.lines * LINE + 3;
    const n = keys.reduce((sum, k) => sum + (row.counts[k] || 0), 0) || 1;
    let x = 1;
    for (const k of keys) {
      const w = (barW * (row.counts[k] || 0)) / n;
      if (w > 0) {
        nodes.push(svg("rect", { x, y, width: w, height: BAR, class: `mvh-bar mvh-v-${k}` }));
        if (w >= 18) {
          const numAttrs = { x: x + w / 2, y: y + 12.5, "text-anchor": "middle", class: `mvh-bar-num mvh-n-${k}` };
          nodes.push(chartText(numAttrs, String(row.counts[k])));
        }
      }
      x += w;
    }
    y += BAR + ROW_GAP;
  }
  const keyNodes = svg("g", {});
  const height = drawKey(keyNodes, keys, keyLabel, y + 2);
  const chart = chartSvg(WIDTH, Math.ceil(height), title);
  chart.append(...nodes, keyNodes);
  return chart;
}

/**
 * One bar per row showing a mean on the scale min..max, the number at its end.
 * @param {{rows: {label: string, mean: number|null}[], min: number, max: number, title: string,
 *   format: (m: number|null) => string}} o
 */
export function meanBars({ rows, min, max, title, format }) {
  const valueW = 44;
  const barW = WIDTH - valueW - 2;
  /** @type {SVGElement[]} */
  const nodes = [];
  let y = 0;
  for (const row of rows) {
    const label = labelLines(row.label, 0, y + FONT, WIDTH, "");
    nodes.push(label.node);
    y += label.lines * LINE + 3;
    nodes.push(svg("rect", { x: 1, y, width: barW, height: BAR, class: "mvh-bar mvh-v-ubesvart" }));
    const m = row.mean;
    if (m !== null) {
      const width = (barW * (m - min)) / (max - min) || 1;
      nodes.push(svg("rect", { x: 1, y, width, height: BAR, class: "mvh-bar mvh-bar-mean" }));
    }
    nodes.push(chartText({ x: barW + 8, y: y + 13 }, format(m)));
    y += BAR + ROW_GAP;
  }
  const axisY = y + 4;
  for (const v of [min, max]) {
    const x = 1 + (barW * (v - min)) / (max - min);
    nodes.push(chartText({ x, y: axisY, "text-anchor": v === min ? "start" : "end" }, String(v)));
  }
  const chart = chartSvg(WIDTH, axisY + 6, title);
  chart.append(...nodes);
  return chart;
}
