// @ts-check
/** Reflection prompts: free text, saved as the reader types. */

import { t } from "../core/i18n.js";
import { asObject, own, ownText, put, text } from "../core/values.js";
import { h, PRIVACY_HINT, progressLine, textarea, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").ReflectionDef} ReflectionDef */
/** @typedef {import("../core/types.js").Answers} Answers */

/** @param {ReflectionDef} def @param {Answers} a */
export function summarize(def, a) {
  const responses = asObject(a.responses);
  const prompts = def.prompts || [];
  return {
    prompts: prompts.length,
    answered: prompts.filter((p) => text(own(responses, p.id)) !== "").length,
  };
}

/** @param {ReflectionDef} def @param {Answers} a */
export function tableRows(def, a) {
  const responses = asObject(a.responses);
  /** @type {unknown[][]} */
  const rows = [["nummer", "spørsmål", "svar"]];
  for (const [i, p] of (def.prompts || []).entries()) rows.push([i + 1, p.text, ownText(responses, p.id)]);
  return rows;
}

/** @param {ReflectionDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  return t("reflection.av_sporsmal_besvart", { answered: s.answered, prompts: s.prompts });
}

/**
 * @param {ReflectionDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers) {
  const hintId = uid("hint");
  /** @type {Map<string, {area: HTMLTextAreaElement, print: HTMLElement}>} */
  const fields = new Map();
  const list = h(
    "ol",
    { class: "mvh-prompts" },
    (def.prompts || []).map((p) => {
      const id = uid("prompt");
      const area = textarea({
        id,
        rows: 4,
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
    }),
  );
  const progressNode = progressLine();
  const root = h("div", { class: "mvh-reflection" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT() }),
    list,
    progressNode,
  ]);
  function apply() {
    const a = getAnswers();
    const responses = asObject(a.responses);
    for (const [id, f] of fields) {
      const v = ownText(responses, id);
      if (f.area.value !== v) f.area.value = v;
      f.print.textContent = v || t("reflection.ikke_besvart");
    }
    const s = summarize(def, a);
    progressNode.textContent = t("reflection.du_har_svart_pa_av", { answered: s.answered, prompts: s.prompts });
  }
  return { root, apply };
}
