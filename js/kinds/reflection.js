// @ts-check
/** Reflection prompts: free text, saved as the reader types. */

import { t } from "../core/i18n.js";
import { asObject, own, ownText, text } from "../core/values.js";
import { h, PRIVACY_HINT, progressLine, uid } from "../ui/dom.js";
import { promptItems } from "../ui/prompt-item.js";

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
  const prompts = promptItems(getAnswers, setAnswers, { hintId, rows: 4 });
  const list = h("ol", { class: "mvh-prompts" }, (def.prompts || []).map(prompts.node));
  const progressNode = progressLine();
  const root = h("div", { class: "mvh-reflection" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT() }),
    list,
    progressNode,
  ]);
  function apply() {
    prompts.apply();
    const s = summarize(def, getAnswers());
    progressNode.textContent = t("reflection.du_har_svart_pa_av", { answered: s.answered, prompts: s.prompts });
  }
  return { root, apply };
}
