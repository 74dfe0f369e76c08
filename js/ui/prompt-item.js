// @ts-check
/**
 * One open question answered in free text: a labelled textarea, saved as the reader types, and the
 * line print shows instead. Shared by the kinds with written answers under `responses` (reflection,
 * evaluation), so both look, read and save alike.
 */

import { t } from "../core/i18n.js";
import { asObject, ownText, put } from "../core/values.js";
import { h, textarea, uid } from "./dom.js";

/** @typedef {import("../core/types.js").Answers} Answers */

/**
 * The questions' nodes, and `apply` to show the current answers in them.
 * @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @param {{hintId: string, rows: number}} options the privacy hint each field is described by
 */
export function promptItems(getAnswers, setAnswers, { hintId, rows }) {
  /** @type {Map<string, {area: HTMLTextAreaElement, print: HTMLElement}>} */
  const fields = new Map();
  /** @param {{id: string, text: string}} p */
  const node = (p) => {
    const id = uid("prompt");
    const area = textarea({
      id,
      rows,
      "aria-describedby": hintId,
      "data-prompt": p.id,
      oninput: (/** @type {Event} */ e) => {
        const value = /** @type {HTMLTextAreaElement} */ (e.target).value;
        const a = getAnswers();
        const responses = { ...asObject(a.responses) };
        if (value) put(responses, p.id, value);
        else delete responses[p.id];
        setAnswers({ ...a, responses });
      },
    });
    const print = h("p", { class: "mvh-print-only mvh-print-answer" });
    fields.set(p.id, { area, print });
    return h("li", { class: "mvh-prompt" }, [h("label", { for: id, text: p.text }), area, print]);
  };
  const apply = () => {
    const responses = asObject(getAnswers().responses);
    for (const [id, f] of fields) {
      const v = ownText(responses, id);
      if (f.area.value !== v) f.area.value = v;
      f.print.textContent = v || t("reflection.ikke_besvart");
    }
  };
  return { node, apply };
}
