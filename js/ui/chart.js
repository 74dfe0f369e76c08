// @ts-check
/** The SVG bar charts (rating: stacked counts per part and theme; likert: a mean per dimension). */
import { svg, uid } from "./dom.js";

/**
 * An empty chart whose accessible name is `title` (the numbers are also in a table).
 * @param {number} width @param {number} height @param {string} title
 */
export function chartSvg(width, height, title) {
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "mvh-chart-svg" });
  const titleId = uid("ct");
  const t = svg("title", { id: titleId });
  t.textContent = title;
  chart.setAttribute("aria-labelledby", titleId);
  chart.append(t);
  return chart;
}

/**
 * A text in the chart, cut to `max` characters.
 * @param {Record<string, string|number>} attrs @param {string} text @param {number} [max]
 */
export function chartText(attrs, text, max = Infinity) {
  const node = svg("text", attrs);
  node.textContent = text.length > max ? `${text.slice(0, max - 2)}…` : text;
  return node;
}

/**
 * One stacked bar per row: each key's share of the row's count, with the number on wide segments;
 * the key runs along the bottom. Colours come from the classes mvh-v-<key> and mvh-n-<key>.
 * @param {{rows: {label: string, counts: Record<string, number>, part: boolean}[], keys: string[],
 *   keyLabel: (key: string) => string, title: string}} o
 */
export function stackedBars({ rows, keys, keyLabel, title }) {
  const rowH = 22;
  const labelW = 250;
  const barW = 300;
  const height = rows.length * rowH + 30;
  const chart = chartSvg(labelW + barW + 10, height, title);
  rows.forEach((row, i) => {
    const y = i * rowH + 4;
    const attrs = { x: labelW - 8, y: y + 14, "text-anchor": "end", class: row.part ? "mvh-chart-part" : "" };
    chart.append(chartText(attrs, row.label, 38));
    const n = keys.reduce((sum, k) => sum + (row.counts[k] || 0), 0) || 1;
    let x = labelW;
    for (const k of keys) {
      const w = (barW * (row.counts[k] || 0)) / n;
      if (w > 0) {
        chart.append(svg("rect", { x, y, width: w, height: rowH - 6, class: `mvh-bar mvh-v-${k}` }));
        if (w >= 16) {
          const numAttrs = { x: x + w / 2, y: y + 12, "text-anchor": "middle", class: `mvh-bar-num mvh-n-${k}` };
          chart.append(chartText(numAttrs, String(row.counts[k])));
        }
      }
      x += w;
    }
  });
  // The key runs along the bottom, spread over the full width so every label fits.
  const step = (labelW + barW) / keys.length;
  keys.forEach((k, i) => {
    const lx = 10 + i * step;
    chart.append(svg("rect", { x: lx, y: height - 18, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
    chart.append(chartText({ x: lx + 16, y: height - 8 }, keyLabel(k)));
  });
  return chart;
}

/**
 * One bar per row showing a mean on the scale min..max, the number at its end.
 * @param {{rows: {label: string, mean: number|null}[], min: number, max: number, title: string,
 *   format: (m: number|null) => string}} o
 */
export function meanBars({ rows, min, max, title, format }) {
  const rowH = 26;
  const labelW = 230;
  const barW = 320;
  const chart = chartSvg(labelW + barW + 50, rows.length * rowH + 24, title);
  rows.forEach((row, i) => {
    const y = i * rowH + 4;
    chart.append(
      chartText({ x: labelW - 8, y: y + 15, "text-anchor": "end" }, row.label, 34),
      svg("rect", { x: labelW, y, width: barW, height: rowH - 8, class: "mvh-bar mvh-v-ubesvart" }),
    );
    const m = row.mean;
    if (m !== null) {
      const width = (barW * (m - min)) / (max - min) || 1;
      chart.append(svg("rect", { x: labelW, y, width, height: rowH - 8, class: "mvh-bar mvh-bar-mean" }));
    }
    chart.append(chartText({ x: labelW + barW + 8, y: y + 15 }, format(m)));
  });
  const axisY = rows.length * rowH + 18;
  for (const v of [min, max]) {
    const x = labelW + (barW * (v - min)) / (max - min);
    chart.append(chartText({ x, y: axisY, "text-anchor": v === min ? "start" : "end" }, String(v)));
  }
  return chart;
}
