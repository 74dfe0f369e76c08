// @ts-check
/**
 * The team view's charts. Each is an SVG picture with an accessible name that
 * lists its numbers, and each stands above a table with the same numbers (the
 * table is the equivalent for screen readers, for print and for anyone who
 * prefers numbers). The labels sit above their bars, not beside them, so the
 * picture stays readable when a phone shrinks it.
 *
 * Every row is a `<g data-row="...">` with its value as `data-value` and in a
 * `text.mvh-team-value`, so a test can hold the picture to its table.
 * Built on chartSvg and chartText from chart.js (that module is not changed here).
 */
import { formatMean } from "../core/values.js";
import { chartSvg, chartText } from "./chart.js";
import { svg } from "./dom.js";

const WIDTH = 480;
const PAD = 4;
const TRACK = WIDTH - 2 * PAD;

/** @param {SVGElement} chart */
const teamClass = (chart) => {
  chart.setAttribute("class", "mvh-chart-svg mvh-team-chart");
  return chart;
};

/** x of a value on the scale. @param {number} v @param {number} min @param {number} max */
const at = (v, min, max) => PAD + (TRACK * (v - min)) / (max - min);

/**
 * @typedef {{id: string, label: string, mean: number|null, band?: string, bands?: {max: number}[]}} DimRow
 * mean null: hidden (fewer than the minimum answered).
 */

/**
 * One bar per dimension: the team's mean on the scale, over the instrument's bands
 * (shaded in turn, so the reader sees where "Et trygt klima" begins), the mean and
 * its band written beside the label.
 * @param {{rows: DimRow[], min: number, max: number, title: string, hiddenText: string}} o
 */
export function dimensionChart({ rows, min, max, title, hiddenText }) {
  const rowH = 46;
  const chart = teamClass(chartSvg(WIDTH, rows.length * rowH + 22, title));
  rows.forEach((row, i) => {
    const y = i * rowH;
    const g = svg("g", { "data-row": row.id, "data-value": row.mean === null ? "" : formatMean(row.mean) });
    g.append(chartText({ x: PAD, y: y + 14, class: "mvh-team-label" }, row.label, 34));
    const value = row.mean === null ? hiddenText : formatMean(row.mean) + (row.band ? ` · ${row.band}` : "");
    g.append(chartText({ x: WIDTH - PAD, y: y + 14, "text-anchor": "end", class: "mvh-team-value" }, value));
    // The bands as zones behind the bar.
    let from = min;
    (row.bands || []).forEach((b, k) => {
      const to = Math.min(b.max, max);
      if (to > from) {
        const zone = { x: at(from, min, max), y: y + 20, width: at(to, min, max) - at(from, min, max), height: 18 };
        g.append(svg("rect", { ...zone, class: `mvh-team-zone mvh-team-zone-${k % 2}` }));
      }
      from = Math.max(from, to);
    });
    g.append(svg("rect", { x: PAD, y: y + 20, width: TRACK, height: 18, class: "mvh-team-track" }));
    if (row.mean !== null) {
      const width = Math.max(at(row.mean, min, max) - PAD, 1);
      g.append(svg("rect", { x: PAD, y: y + 24, width, height: 10, class: "mvh-team-bar" }));
    }
    chart.append(g);
  });
  axis(chart, rows.length * rowH + 14, min, max);
  return chart;
}

/**
 * @typedef {{id: string, label: string, mean: number|null, spread: number|null, marks: string[]}} ItemRow
 * mean null: hidden. marks: short words written after the value ("lavest snitt").
 */

/**
 * One line per statement: a dot at the mean (in the dimension's direction) and a
 * band from one standard deviation below to one above, so the statements the team
 * disagrees on stand out by their width. Marked statements are drawn stronger.
 * @param {{rows: ItemRow[], min: number, max: number, title: string, hiddenText: string}} o
 */
export function itemChart({ rows, min, max, title, hiddenText }) {
  const rowH = 50;
  const chart = teamClass(chartSvg(WIDTH, rows.length * rowH + 22, title));
  rows.forEach((row, i) => {
    const y = i * rowH;
    const marked = row.marks.length > 0;
    const g = svg("g", {
      "data-row": row.id,
      "data-value": row.mean === null ? "" : formatMean(row.mean),
      class: marked ? "mvh-team-marked" : "",
    });
    g.append(chartText({ x: PAD, y: y + 14, class: "mvh-team-label" }, row.label, 68));
    const value =
      row.mean === null
        ? hiddenText
        : `${formatMean(row.mean)} ± ${formatMean(row.spread)}${marked ? ` · ${row.marks.join(", ")}` : ""}`;
    g.append(chartText({ x: PAD, y: y + 44, class: "mvh-team-value" }, value));
    g.append(svg("rect", { x: PAD, y: y + 24, width: TRACK, height: 6, class: "mvh-team-track" }));
    if (row.mean !== null && row.spread !== null) {
      const lo = at(Math.max(min, row.mean - row.spread), min, max);
      const hi = at(Math.min(max, row.mean + row.spread), min, max);
      g.append(svg("rect", { x: lo, y: y + 21, width: Math.max(hi - lo, 1), height: 12, class: "mvh-team-spread" }));
      g.append(svg("circle", { cx: at(row.mean, min, max), cy: y + 27, r: 5, class: "mvh-team-dot" }));
    }
    chart.append(g);
  });
  axis(chart, rows.length * rowH + 14, min, max);
  return chart;
}

/** The scale's whole numbers under the bars. @param {SVGElement} chart @param {number} y @param {number} min @param {number} max */
function axis(chart, y, min, max) {
  for (let v = min; v <= max; v++) {
    const anchor = v === min ? "start" : v === max ? "end" : "middle";
    chart.append(chartText({ x: at(v, min, max), y, "text-anchor": anchor, class: "mvh-team-axis" }, String(v)));
  }
}

/**
 * @typedef {{id: string, label: string, counts: Record<string, number>|null, part?: boolean}} CountRow
 * counts null: hidden.
 */

/**
 * One stacked bar per theme: each colour's share of the ratings, the number on wide
 * segments, a key at the bottom. Colours come from the classes mvh-v-<key> and mvh-n-<key>
 * (the same as the individual view's chart).
 * @param {{rows: CountRow[], keys: string[], keyLabel: (key: string) => string, title: string, hiddenText: string}} o
 */
export function countChart({ rows, keys, keyLabel, title, hiddenText }) {
  const rowH = 40;
  const keyRows = Math.ceil(keys.length / 3);
  const height = rows.length * rowH + keyRows * 20 + 8;
  const chart = teamClass(chartSvg(WIDTH, height, title));
  rows.forEach((row, i) => {
    const y = i * rowH;
    const counts = row.counts;
    const g = svg("g", { "data-row": row.id, "data-value": counts ? keys.map((k) => counts[k]).join(" ") : "" });
    g.append(chartText({ x: PAD, y: y + 14, class: row.part ? "mvh-chart-part" : "mvh-team-label" }, row.label, 64));
    if (!counts) {
      g.append(chartText({ x: PAD, y: y + 32, class: "mvh-team-value" }, hiddenText));
    } else {
      const n = keys.reduce((sum, k) => sum + counts[k], 0) || 1;
      let x = PAD;
      for (const k of keys) {
        const w = (TRACK * counts[k]) / n;
        if (w > 0) {
          g.append(svg("rect", { x, y: y + 19, width: w, height: 16, class: `mvh-bar mvh-v-${k}` }));
          if (w >= 18) {
            const attrs = { x: x + w / 2, y: y + 31, "text-anchor": "middle", class: `mvh-bar-num mvh-n-${k}` };
            g.append(chartText(attrs, String(counts[k])));
          }
        }
        x += w;
      }
    }
    chart.append(g);
  });
  const step = TRACK / 3;
  keys.forEach((k, i) => {
    const kx = PAD + (i % 3) * step;
    const ky = rows.length * rowH + 6 + Math.floor(i / 3) * 20;
    chart.append(svg("rect", { x: kx, y: ky, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
    chart.append(chartText({ x: kx + 16, y: ky + 10 }, keyLabel(k)));
  });
  return chart;
}
