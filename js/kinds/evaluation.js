// @ts-check
/**
 * An evaluation (the course evaluation): statements on one labelled scale, then open questions.
 * Its point is the team view, which merges many people's files anonymously; alone it shows only
 * how much is answered, never a score.
 */
import { asObject, own, ownText, put, text, wholeNumber } from "../core/values.js";
import { h, PRIVACY_HINT, progressLine, textarea, uid } from "../ui/dom.js";
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
  return `${s.rated} av ${s.statements} påstander og ${s.answered} av ${s.questions} spørsmål besvart`;
}

/**
 * @param {EvaluationDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers) {
  const { labels } = def.scale;
  const statements = scaleItems(def.scale, getAnswers, setAnswers);
  const hintId = uid("hint");
  /** @type {Map<string, {area: HTMLTextAreaElement, print: HTMLElement}>} */
  const fields = new Map();
  const questions = def.questions.map((q) => {
    const id = uid("question");
    const area = textarea({
      id,
      rows: 3,
      "aria-describedby": hintId,
      "data-prompt": q.id,
      oninput: (/** @type {Event} */ e) => {
        const value = /** @type {HTMLTextAreaElement} */ (e.target).value;
        const a = getAnswers();
        const responses = { ...asObject(a.responses) };
        if (value) put(responses, q.id, value);
        else delete responses[q.id];
        setAnswers({ ...a, responses });
      },
    });
    const print = h("p", { class: "mvh-print-only mvh-print-answer" });
    fields.set(q.id, { area, print });
    return h("li", { class: "mvh-prompt" }, [h("label", { for: id, text: q.text }), area, print]);
  });
  const progressNode = progressLine();
  const how = `Skalaen går fra «${labels[0]}» til «${labels[labels.length - 1]}».`;
  const root = h("div", { class: "mvh-evaluation" }, [
    h("p", { class: "mvh-how", text: how }),
    h("ol", { class: "mvh-items" }, def.statements.map(statements.node)),
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT }),
    h("ol", { class: "mvh-prompts" }, questions),
    progressNode,
  ]);
  function apply() {
    statements.apply();
    const responses = asObject(getAnswers().responses);
    for (const [id, f] of fields) {
      const v = ownText(responses, id);
      if (f.area.value !== v) f.area.value = v;
      f.print.textContent = v || "(ikke besvart)";
    }
    const s = summarize(def, getAnswers());
    progressNode.textContent =
      `Du har svart på ${s.rated} av ${s.statements} påstander ` + `og ${s.answered} av ${s.questions} spørsmål.`;
  }
  return { root, apply };
}
