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

const PAD = 4;
/** About how wide a character of the chart's 13 px text is (bold included), to wrap labels. */
const CHAR = 7.6;

/**
 * The chart's width in its own units: the width it will have on the page (so its
 * text is the page's size on a phone and on a laptop alike), within 320..640.
 * @param {number} [pageWidth]
 */
export const chartWidth = (pageWidth) => Math.round(Math.max(320, Math.min(640, pageWidth || 480)));

/** @param {SVGElement} chart */
const teamClass = (chart) => {
  chart.setAttribute("class", "mvh-chart-svg mvh-team-chart");
  return chart;
};

/**
 * A label cut into lines of at most `chars` characters at spaces, at most `most` lines
 * (the last ends in … when the text is longer).
 * @param {string} text @param {number} chars @param {number} most @returns {string[]}
 */
export function wrap(text, chars, most) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  const last = kept[most - 1];
  kept[most - 1] = `${last.length > chars - 1 ? last.slice(0, chars - 1) : last}…`;
  return kept;
}

/**
 * Lines of text, one under the other, from y down (16 units apart).
 * @param {Record<string, string|number>} attrs @param {string[]} lines @param {number} x @param {number} y
 */
function textLines(attrs, lines, x, y) {
  return lines.map((line, i) => chartText({ ...attrs, x, y: y + i * 16 }, line));
}

/**
 * @typedef {{id: string, label: string, mean: number|null, band?: string, bands?: {max: number, label?: string}[]}} DimRow
 * mean null: hidden (fewer than the minimum answered).
 */

/**
 * One bar per dimension: the team's mean on the scale, over the instrument's bands
 * (shaded in turn, so the reader sees where "Et trygt klima" begins), the mean and
 * its band written beside the label.
 * @param {{rows: DimRow[], min: number, max: number, title: string, hiddenText: string, width?: number}} o
 */
export function dimensionChart({ rows, min, max, title, hiddenText, width = 480 }) {
  const track = width - 2 * PAD;
  const at = (/** @type {number} */ v) => PAD + (track * (v - min)) / (max - min);
  const withBands = rows.some((r) => r.bands?.length);
  // Band names that do not fit under their zone go on two lines, every other one lower.
  /** @param {{from: number, to: number, label: string}} z */
  const tooNarrow = (z) => nameWidth(z.label) > at(z.to) - at(z.from) - 4;
  const crowded = rows.some((r) => zones(r.bands || [], min, max).some(tooNarrow));
  const rowH = withBands ? (crowded ? 92 : 80) : 62;
  const chart = teamClass(chartSvg(width, rows.length * rowH + 18, title));
  rows.forEach((row, i) => {
    const y = i * rowH;
    const g = svg("g", { "data-row": row.id, "data-value": row.mean === null ? "" : formatMean(row.mean) });
    g.append(chartText({ x: PAD, y: y + 14, class: "mvh-team-label" }, row.label, Math.floor(track / CHAR)));
    const value = row.mean === null ? hiddenText : formatMean(row.mean) + (row.band ? ` · ${row.band}` : "");
    g.append(chartText({ x: PAD, y: y + 31, class: "mvh-team-value mvh-team-value-strong" }, value));
    // The bands as zones behind the bar, each named under it.
    zones(row.bands || [], min, max).forEach((z, k) => {
      const x = at(z.from);
      const w = at(z.to) - x;
      g.append(svg("rect", { x, y: y + 38, width: w, height: 18, class: `mvh-team-zone mvh-team-zone-${k % 2}` }));
      if (z.label) {
        const low = crowded && k % 2 === 1 ? 13 : 0;
        const attrs = { x: x + w / 2, y: y + 70 + low, "text-anchor": "middle", class: "mvh-team-zone-name" };
        g.append(chartText(attrs, z.label));
      }
    });
    g.append(svg("rect", { x: PAD, y: y + 38, width: track, height: 18, class: "mvh-team-track" }));
    if (row.mean !== null) {
      const w = Math.max(at(row.mean) - PAD, 1);
      g.append(svg("rect", { x: PAD, y: y + 42, width: w, height: 10, class: "mvh-team-bar" }));
    }
    chart.append(g);
  });
  axis(chart, rows.length * rowH + 10, min, max, at);
  return chart;
}

/**
 * The bands as stretches of the scale.
 * @param {{max: number, label?: string}[]} bands @param {number} min @param {number} max
 * @returns {{from: number, to: number, label: string}[]}
 */
function zones(bands, min, max) {
  const out = [];
  let from = min;
  for (const b of bands) {
    const to = Math.min(b.max, max);
    if (to > from) out.push({ from, to, label: b.label || "" });
    from = Math.max(from, to);
  }
  return out;
}

/** About how wide a band name is in the 11 px text under the zones. @param {string} text */
const nameWidth = (text) => text.length * 6;

/**
 * @typedef {{id: string, label: string, mean: number|null, spread: number|null, marks: string[], group?: string}} ItemRow
 * mean null: hidden. marks: short words written after the value ("lavest snitt").
 * group: a heading drawn above the row (the dimension, where an instrument has several).
 */

/**
 * One line per statement: a dot at the mean (in the dimension's direction) and a
 * band from one standard deviation below to one above, so the statements the team
 * disagrees on stand out by their width. Marked statements are drawn stronger.
 * @param {{rows: ItemRow[], min: number, max: number, title: string, hiddenText: string, width?: number}} o
 */
export function itemChart({ rows, min, max, title, hiddenText, width = 480 }) {
  const track = width - 2 * PAD;
  const at = (/** @type {number} */ v) => PAD + (track * (v - min)) / (max - min);
  const chars = Math.floor(track / CHAR);
  const labels = rows.map((row) => wrap(row.label, chars, 2));
  const heights = labels.map((lines, i) => lines.length * 16 + 38 + (rows[i].group ? 22 : 0));
  const total = heights.reduce((a, b) => a + b, 0);
  const chart = teamClass(chartSvg(width, total + 18, title));
  let y = 0;
  rows.forEach((row, i) => {
    const marked = row.marks.length > 0;
    const g = svg("g", {
      "data-row": row.id,
      "data-value": row.mean === null ? "" : formatMean(row.mean),
      class: marked ? "mvh-team-marked" : "",
    });
    if (row.group) {
      g.append(chartText({ x: PAD, y: y + 16, class: "mvh-chart-part" }, row.group, Math.floor(track / CHAR)));
      y += 22;
    }
    g.append(...textLines({ class: "mvh-team-label" }, labels[i], PAD, y + 14));
    const top = y + labels[i].length * 16;
    const value =
      row.mean === null
        ? hiddenText
        : `${formatMean(row.mean)} ± ${formatMean(row.spread)}${marked ? ` · ${row.marks.join(", ")}` : ""}`;
    g.append(chartText({ x: PAD, y: top + 30, class: "mvh-team-value" }, value));
    g.append(svg("rect", { x: PAD, y: top + 4, width: track, height: 6, class: "mvh-team-track" }));
    if (row.mean !== null && row.spread !== null) {
      const lo = at(Math.max(min, row.mean - row.spread));
      const hi = at(Math.min(max, row.mean + row.spread));
      g.append(svg("rect", { x: lo, y: top + 1, width: Math.max(hi - lo, 1), height: 12, class: "mvh-team-spread" }));
      g.append(svg("circle", { cx: at(row.mean), cy: top + 7, r: 5, class: "mvh-team-dot" }));
    }
    chart.append(g);
    y += heights[i] - (row.group ? 22 : 0);
  });
  axis(chart, total + 10, min, max, at);
  return chart;
}

/**
 * The scale's whole numbers under the bars.
 * @param {SVGElement} chart @param {number} y @param {number} min @param {number} max @param {(v: number) => number} at
 */
function axis(chart, y, min, max, at) {
  for (let v = min; v <= max; v++) {
    const anchor = v === min ? "start" : v === max ? "end" : "middle";
    chart.append(chartText({ x: at(v), y: y + 4, "text-anchor": anchor, class: "mvh-team-axis" }, String(v)));
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
 * @param {{rows: CountRow[], keys: string[], keyLabel: (key: string) => string, title: string,
 *   hiddenText: string, width?: number}} o
 */
export function countChart({ rows, keys, keyLabel, title, hiddenText, width = 480 }) {
  const track = width - 2 * PAD;
  const rowH = 40;
  const perRow = width >= 420 ? keys.length : 3;
  const keyRows = Math.ceil(keys.length / perRow);
  const height = rows.length * rowH + keyRows * 20 + 8;
  const chart = teamClass(chartSvg(width, height, title));
  const chars = Math.floor(track / CHAR);
  rows.forEach((row, i) => {
    const y = i * rowH;
    const counts = row.counts;
    const g = svg("g", { "data-row": row.id, "data-value": counts ? keys.map((k) => counts[k]).join(" ") : "" });
    const labelClass = row.part ? "mvh-chart-part" : "mvh-team-label";
    g.append(chartText({ x: PAD, y: y + 14, class: labelClass }, row.label, chars));
    if (!counts) {
      g.append(chartText({ x: PAD, y: y + 32, class: "mvh-team-value" }, hiddenText));
    } else {
      const n = keys.reduce((sum, k) => sum + counts[k], 0) || 1;
      let x = PAD;
      for (const k of keys) {
        const w = (track * counts[k]) / n;
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
  const step = track / perRow;
  keys.forEach((k, i) => {
    const kx = PAD + (i % perRow) * step;
    const ky = rows.length * rowH + 6 + Math.floor(i / perRow) * 20;
    chart.append(svg("rect", { x: kx, y: ky, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
    chart.append(chartText({ x: kx + 16, y: ky + 10 }, keyLabel(k)));
  });
  return chart;
}

/**
 * @typedef {{id: string, label: string, values: (number|null)[], hidden: string[]}} RoundRow
 * values: one mean per group shown (null: not shown, and `hidden[i]` says why).
 */

/**
 * Two rounds side by side: per dimension or theme one bar for each group shown, each
 * bar with its group's name and mean written above it (so the groups are told apart by
 * words, not only by their colour), on the same scale from min to max.
 * @param {{rows: RoundRow[], groups: string[], min: number, max: number, title: string, width?: number}} o
 */
export function roundsChart({ rows, groups, min, max, title, width = 480 }) {
  const track = width - 2 * PAD;
  const at = (/** @type {number} */ v) => PAD + (track * (v - min)) / (max - min);
  const chars = Math.floor(track / CHAR);
  const barH = 32;
  const rowH = 22 + groups.length * barH + 8;
  const chart = teamClass(chartSvg(width, rows.length * rowH + 18, title));
  rows.forEach((row, i) => {
    const y = i * rowH;
    const g = svg("g", { "data-row": row.id });
    g.append(chartText({ x: PAD, y: y + 14, class: "mvh-team-label mvh-team-value-strong" }, row.label, chars));
    groups.forEach((name, k) => {
      const v = row.values[k];
      const top = y + 22 + k * barH;
      const bar = svg("g", { "data-group": String(k), "data-value": v === null ? "" : formatMean(v) });
      const text = `${name}: ${v === null ? row.hidden[k] : formatMean(v)}`;
      bar.append(chartText({ x: PAD, y: top + 12, class: "mvh-team-value" }, text, chars));
      bar.append(svg("rect", { x: PAD, y: top + 17, width: track, height: 12, class: "mvh-team-track" }));
      if (v !== null) {
        const w = Math.max(at(v) - PAD, 1);
        bar.append(
          svg("rect", { x: PAD, y: top + 17, width: w, height: 12, class: `mvh-team-bar mvh-team-round-${k}` }),
        );
      }
      g.append(bar);
    });
    chart.append(g);
  });
  axis(chart, rows.length * rowH + 10, min, max, at);
  return chart;
}
