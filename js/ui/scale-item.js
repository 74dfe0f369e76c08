// @ts-check
/**
 * One statement answered on a numbered, labelled scale: a fieldset of radio buttons, and the
 * line print shows instead. Shared by the kinds that rate statements on one scale (likert,
 * evaluation), so both look, read and save alike.
 */
import { asObject, own, wholeNumber } from "../core/values.js";
import { h, input, uid } from "./dom.js";

/** @typedef {import("../core/types.js").Answers} Answers */

/**
 * The statements' nodes, and `apply` to show the current answers in them.
 * @param {{min: number, max: number, labels: string[]}} scale
 * @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 */
export function scaleItems(scale, getAnswers, setAnswers) {
  const { min, max, labels } = scale;
  const points = labels.map((_, i) => min + i);
  /** @type {Map<string, HTMLInputElement[]>} */
  const radios = new Map();
  /** @type {Map<string, HTMLElement>} */
  const printValues = new Map();
  /** @param {{id: string, text: string}} item */
  const node = (item) => {
    const name = uid(`l${item.id}`);
    const legendId = uid("legend");
    const inputs = points.map((v) =>
      input({
        type: "radio",
        name,
        value: String(v),
        "data-item": item.id,
        onchange: () => {
          const a = getAnswers();
          setAnswers({ ...a, ratings: { ...asObject(a.ratings), [item.id]: v } });
        },
      }),
    );
    radios.set(item.id, inputs);
    const pv = h("p", { class: "mvh-print-only mvh-print-value" });
    printValues.set(item.id, pv);
    const choices = inputs.map((el, i) => h("label", { class: "mvh-choice" }, [el, h("span", { text: labels[i] })]));
    return h("li", { class: "mvh-item", "data-item": item.id }, [
      h("fieldset", { "aria-labelledby": legendId }, [
        h("legend", { id: legendId, text: item.text }),
        h("div", { class: "mvh-choices mvh-scale" }, choices),
      ]),
      pv,
    ]);
  };
  const apply = () => {
    const ratings = asObject(getAnswers().ratings);
    for (const [id, inputs] of radios) {
      const v = own(ratings, id);
      for (const el of inputs) el.checked = v === Number(el.value);
      const pv = printValues.get(id);
      if (pv) pv.textContent = `Svar: ${wholeNumber(v) && v >= min && v <= max ? labels[v - min] : "ikke besvart"}`;
    }
  };
  return { node, apply };
}
