// @ts-check
/**
 * An evaluation (the course evaluation): statements on one labelled scale, then open questions.
 * Its point is the team view, which merges many people's files anonymously; alone it shows only
 * how much is answered, never a score.
 */

import { t } from "../core/i18n.js";
import { asObject, own, ownText, text, wholeNumber } from "../core/values.js";
import { h, PRIVACY_HINT, progressLine, uid } from "../ui/dom.js";
import { promptItems } from "../ui/prompt-item.js";
import { scaleItems } from "../ui/scale-item.js";

/** @typedef {import("../core/types.js").EvaluationDef} EvaluationDef */
/** @typedef {import("../core/types.js").Answers} Answers */

/** @param {EvaluationDef} def @param {Answers} a */
export function summarize(def, a) {
  const { min, max } = def.scale;
  const ratings = asObject(a.ratings);
  const responses = asObject(a.responses);
  const onScale = (/** @type {unknown} */ v) => wholeNumber(v) && v >= min && v <= max;
  return {
    statements: def.statements.length,
    rated: def.statements.filter((st) => onScale(own(ratings, st.id))).length,
    questions: def.questions.length,
    answered: def.questions.filter((q) => text(own(responses, q.id)) !== "").length,
  };
}

/** @param {EvaluationDef} def @param {Answers} a */
export function tableRows(def, a) {
  const ratings = asObject(a.ratings);
  const responses = asObject(a.responses);
  const { min, labels } = def.scale;
  /** @type {unknown[][]} */
  const rows = [["type", "id", "tekst", "svar"]];
  for (const st of def.statements) {
    const v = own(ratings, st.id);
    rows.push(["påstand", st.id, st.text, typeof v === "number" ? labels[v - min] || v : ""]);
  }
  for (const q of def.questions) rows.push(["spørsmål", q.id, q.text, ownText(responses, q.id)]);
  return rows;
}

/** @param {EvaluationDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  return t("evaluation.av_pastander_og_av_sporsmal", {
    rated: s.rated,
    statements: s.statements,
    answered: s.answered,
    questions: s.questions,
  });
}

/**
 * @param {EvaluationDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers) {
  const { labels } = def.scale;
  const statements = scaleItems(def.scale, getAnswers, setAnswers);
  const hintId = uid("hint");
  const prompts = promptItems(getAnswers, setAnswers, { hintId, rows: 3 });
  const questions = def.questions.map(prompts.node);
  const progressNode = progressLine();
  const how = t("evaluation.skalaen_gar_fra_til", { x: labels[0], x2: labels[labels.length - 1] });
  const root = h("div", { class: "mvh-evaluation" }, [
    h("p", { class: "mvh-how", text: how }),
    h("ol", { class: "mvh-items" }, def.statements.map(statements.node)),
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT() }),
    h("ol", { class: "mvh-prompts" }, questions),
    progressNode,
  ]);
  function apply() {
    statements.apply();
    prompts.apply();
    const s = summarize(def, getAnswers());
    progressNode.textContent = t("evaluation.du_har_svart_pa_av", {
      rated: s.rated,
      statements: s.statements,
      answered: s.answered,
      questions: s.questions,
    });
  }
  return { root, apply };
}
