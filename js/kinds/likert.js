// @ts-check
/** Statements on a labelled scale, grouped in dimensions; means and feedback per dimension. */

import { basis } from "../core/teach.js";
import { asObject, formatMean, mean, own, put, wholeNumber } from "../core/values.js";
import { meanBars } from "../ui/chart.js";
import { chapterLink, h, headRow, progressLine, scrollBox } from "../ui/dom.js";
import { scaleItems } from "../ui/scale-item.js";

/** @typedef {import("../core/types.js").LikertDef} LikertDef */
/** @typedef {import("../core/types.js").Answers} Answers */

/**
 * @param {LikertDef} def @param {Answers} a
 * @returns {{items: number, answered: number,
 *   dimensions: Record<string, {items: number, answered: number, mean: number|null, band: number|null}>}}
 */
export function summarize(def, a) {
  const { min, max } = def.scale;
  const ratings = asObject(a.ratings);
  /** @type {Record<string, any>} */
  const dimensions = {};
  let items = 0;
  let answered = 0;
  for (const dim of def.dimensions) {
    const scores = [];
    for (const item of dim.items) {
      const v = own(ratings, item.id);
      if (wholeNumber(v) && v >= min && v <= max) scores.push(item.reverse ? min + max - v : v);
    }
    // Summed left to right, then divided: the same IEEE steps as Python's sum()/len().
    const m = mean(scores);
    const bandIndex = m === null ? -1 : dim.bands.findIndex((b) => m <= b.max);
    put(dimensions, dim.id, {
      items: dim.items.length,
      answered: scores.length,
      mean: m,
      band: bandIndex < 0 ? null : bandIndex,
    });
    items += dim.items.length;
    answered += scores.length;
  }
  return { items, answered, dimensions };
}

/** @param {LikertDef} def @param {Answers} a */
export function tableRows(def, a) {
  const ratings = asObject(a.ratings);
  const s = summarize(def, a);
  /** @type {unknown[][]} */
  const rows = [["type", "dimensjon", "id", "utsagn", "svar", "snitt"]];
  for (const dim of def.dimensions) {
    for (const item of dim.items) {
      const v = own(ratings, item.id);
      const answer = typeof v === "number" ? def.scale.labels[v - def.scale.min] || v : "";
      rows.push(["utsagn", dim.title, item.id, item.text, answer, ""]);
    }
    const m = s.dimensions[dim.id].mean;
    rows.push(["snitt", dim.title, dim.id, "", "", m === null ? "" : formatMean(m)]);
  }
  return rows;
}

/** @param {LikertDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  return `${s.answered} av ${s.items} utsagn besvart`;
}

/**
 * @param {LikertDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @param {import("../core/types.js").Host} host
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers, host) {
  const { min, max, labels } = def.scale;
  const statements = scaleItems(def.scale, getAnswers, setAnswers);
  const dims = def.dimensions.map((dim) =>
    h("section", { class: "mvh-dimension", "data-dimension": dim.id }, [
      h("h4", { text: dim.title }),
      dim.description ? h("p", { text: dim.description }) : null,
      h("ol", { class: "mvh-items" }, dim.items.map(statements.node)),
    ]),
  );
  const progressNode = progressLine();
  const chartBox = h("div", { class: "mvh-chart" });
  const feedback = h("div", { class: "mvh-feedback" });
  const table = h("table", { class: "mvh-table" });
  const how =
    "Svar ut fra hvordan det er nå, ikke hvordan du ønsker det skal være. " +
    `Skalaen går fra «${labels[0]}» til «${labels[labels.length - 1]}».`;
  const root = h("div", { class: "mvh-likert" }, [
    h("p", { class: "mvh-how", text: how }),
    progressNode,
    ...dims,
    h("section", { class: "mvh-summary", "aria-label": "Oppsummering" }, [
      h("h4", { text: "Din profil" }),
      chartBox,
      scrollBox(table, "Snitt og tilbakemelding per dimensjon"),
      feedback,
    ]),
  ]);

  function apply() {
    const a = getAnswers();
    statements.apply();
    const s = summarize(def, a);
    progressNode.textContent = `Du har svart på ${s.answered} av ${s.items} utsagn.`;
    // Bars of each dimension's mean on the scale.
    const means = def.dimensions.map((d) => `${d.title} ${formatMean(s.dimensions[d.id].mean)}`).join(", ");
    const title = `Snitt per dimensjon på en skala fra ${min} til ${max}: ${means}. Tallene står også i tabellen.`;
    // A dimension with too few answers gets no bar either: the bar would be a verdict too.
    const rows = def.dimensions.map((d) => {
      const ds = s.dimensions[d.id];
      return { label: d.title, mean: basis(ds).enough ? ds.mean : null };
    });
    chartBox.replaceChildren(meanBars({ rows, min, max, title, format: formatMean }));
    table.replaceChildren(
      h("caption", { text: "Snitt og tilbakemelding per dimensjon" }),
      h("thead", {}, [headRow(["Dimensjon", "Besvart", "Snitt", "Tilbakemelding"])]),
      h(
        "tbody",
        {},
        def.dimensions.map((d) => {
          const ds = s.dimensions[d.id];
          const on = basis(ds);
          const band = ds.band === null || !on.enough ? null : d.bands[ds.band];
          const link = band ? chapterLink(host, d.chapter) : null;
          const words = band
            ? [
                h("span", { class: "mvh-basis", text: on.text }),
                band.label ? h("strong", { text: `${band.label}. ` }) : null,
                band.text,
                link ? " " : null,
                link,
              ]
            : [h("span", { class: "mvh-basis mvh-basis-waiting", text: on.text })];
          return h("tr", {}, [
            h("th", { scope: "row", text: d.title }),
            h("td", { text: `${ds.answered} av ${ds.items}` }),
            h("td", { text: formatMean(ds.mean) }),
            h("td", { class: "mvh-band" }, words),
          ]);
        }),
      ),
    );
  }
  return { root, apply };
}
