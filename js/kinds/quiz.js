// @ts-check
/** Single-choice questions and classification sets, with feedback. */

import { t } from "../core/i18n.js";
import { statementOrder } from "../core/teach.js";
import { asObject, lookup, own, put } from "../core/values.js";
import { button, h, input, progressLine, select, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").QuizDef} QuizDef */
/** @typedef {import("../core/types.js").Question} Question */
/** @typedef {import("../core/types.js").Answers} Answers */

/**
 * @param {QuizDef} def @param {Answers} a
 * @returns {{units: number, answered: number, correct: number,
 *   questions: Record<string, {units: number, answered: number, correct: number}>}}
 */
export function summarize(def, a) {
  const responses = asObject(a.responses);
  /** @type {Record<string, {units: number, answered: number, correct: number}>} */
  const questions = {};
  let units = 0;
  let answered = 0;
  let correct = 0;
  for (const q of def.questions) {
    let u;
    let an;
    let c;
    if (q.type === "single") {
      const chosen = q.options.find((o) => o.id === own(responses, q.id));
      u = 1;
      an = chosen ? 1 : 0;
      c = chosen?.correct ? 1 : 0;
    } else {
      const given = asObject(own(responses, q.id));
      const cats = q.categories.map((x) => x.id);
      u = q.statements.length;
      an = q.statements.filter((st) => cats.includes(own(given, st.id))).length;
      c = q.statements.filter((st) => own(given, st.id) === st.category).length;
    }
    put(questions, q.id, { units: u, answered: an, correct: c });
    units += u;
    answered += an;
    correct += c;
  }
  return { units, answered, correct, questions };
}

/** @param {QuizDef} def @param {Answers} a */
export function tableRows(def, a) {
  const responses = asObject(a.responses);
  /** @type {unknown[][]} */
  const rows = [["spørsmål", "utsagn", "ditt svar", "riktig svar", "riktig?"]];
  for (const q of def.questions) {
    if (q.type === "single") {
      const chosen = q.options.find((o) => o.id === own(responses, q.id));
      const right = q.options.find((o) => o.correct);
      rows.push([q.text, "", chosen ? chosen.text : "", right?.text, chosen ? (chosen.correct ? "ja" : "nei") : ""]);
    } else {
      const given = asObject(own(responses, q.id));
      const label = lookup(q.categories.map((c) => [c.id, c.label]));
      for (const st of q.statements) {
        const g = own(given, st.id);
        const answer = label(g) || "";
        rows.push([q.text, st.text, answer, label(st.category), answer ? (g === st.category ? "ja" : "nei") : ""]);
      }
    }
  }
  return rows;
}

/** @param {QuizDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  return t("quiz.av_riktige_besvart", { correct: s.correct, units: s.units, answered: s.answered });
}

/**
 * @param {QuizDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers) {
  /** @type {(() => void)[]} */
  const appliers = [];
  /** @param {string} qid @param {any} value */
  const setResponse = (qid, value) => {
    const a = getAnswers();
    const responses = { ...asObject(a.responses) };
    if (value === undefined) delete responses[qid];
    else put(responses, qid, value);
    setAnswers({ ...a, responses });
  };
  /** @param {string} qid */
  const response = (qid) => own(getAnswers().responses, qid);

  /** @param {Question & {type: "single"}} q @param {string} headingId @param {HTMLElement} result */
  const single = (q, headingId, result) => {
    const name = uid(`q${q.id}`);
    const feedback = h("div", { class: "mvh-option-feedback", "aria-live": "polite" });
    /* Arrow keys in a radio group check each option they pass. An option reached by arrows is
       only marked (pending) until the reader picks it with Space or Enter, or leaves the group
       on it, so feedback is given, and announced, only for the answer the reader chose. */
    let arrowed = false;
    let pending = /** @type {string|null} */ (null);
    const hint = h("p", { class: "mvh-pending-hint mvh-hint" });
    /** @param {string} id */
    const choose = (id) => {
      pending = null;
      setResponse(q.id, id);
    };
    const inputs = q.options.map((o) =>
      input({
        type: "radio",
        name,
        value: o.id,
        "data-question": q.id,
        onchange: () => {
          if (!arrowed) return choose(o.id);
          arrowed = false;
          pending = o.id === response(q.id) ? null : o.id;
          apply();
        },
      }),
    );
    const apply = () => {
      const chosen = q.options.find((o) => o.id === response(q.id));
      const marked = pending ?? chosen?.id;
      for (const el of inputs) el.checked = el.value === marked;
      hint.textContent = pending ? t("quiz.trykk_mellomrom_eller_enter_for") : "";
      const verdict = chosen?.correct ? t("quiz.riktig") : t("quiz.ikke_helt");
      feedback.replaceChildren(
        ...(chosen
          ? [
              h("p", { class: chosen.correct ? "mvh-correct" : "mvh-wrong" }, [
                h("strong", { text: verdict }),
                chosen.feedback || "",
              ]),
            ]
          : []),
      );
      // The verdict is in the feedback above; the line says only what to do next, on screen.
      result.textContent = chosen
        ? chosen.correct
          ? t("quiz.du_har_svart_riktig")
          : t("quiz.prov_et_annet_svar_eller")
        : "";
      result.classList.toggle("mvh-screen-only", !!chosen && !chosen.correct);
    };
    appliers.push(apply);
    const options = inputs.map((el, i) =>
      h("label", { class: "mvh-option", "data-option": q.options[i].id }, [el, h("span", { text: q.options[i].text })]),
    );
    const group = h("fieldset", { "aria-labelledby": headingId }, [
      h("legend", { class: "mvh-visually-hidden", text: q.text }),
      h("div", { class: "mvh-options" }, options),
      hint,
      feedback,
    ]);
    group.addEventListener("keydown", (e) => {
      const target = /** @type {HTMLInputElement} */ (e.target);
      if (["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].includes(e.key)) arrowed = true;
      else if ((e.key === " " || e.key === "Enter") && target.type === "radio") {
        if (e.key === "Enter") e.preventDefault();
        choose(target.value);
      }
    });
    group.addEventListener("focusout", (e) => {
      const to = /** @type {FocusEvent} */ (e).relatedTarget;
      // Leaving the group on an option marked by arrows: that is the reader's answer.
      if (pending && !(to instanceof Node && group.contains(to))) choose(pending);
    });
    return group;
  };

  /** @param {Question & {type: "classify"}} q @param {string} headingId @param {HTMLElement} result */
  const classify = (q, headingId, result) => {
    const rows = statementOrder(def.id, q).map((st) => {
      const id = uid("st");
      const onchange = (/** @type {Event} */ e) => {
        const value = /** @type {HTMLSelectElement} */ (e.target).value;
        const given = { ...asObject(response(q.id)) };
        if (value) put(given, st.id, value);
        else delete given[st.id];
        setResponse(q.id, Object.keys(given).length ? given : undefined);
      };
      const choice = select({ id, "data-statement": st.id, onchange }, [
        h("option", { value: "", text: t("quiz.velg") }),
        ...q.categories.map((c) => h("option", { value: c.id, text: c.label })),
      ]);
      const fb = h("p", { class: "mvh-statement-feedback" });
      const pv = h("p", { class: "mvh-print-only mvh-print-value" });
      appliers.push(() => {
        const given = response(q.id);
        const g = own(given, st.id);
        choice.value = q.categories.some((c) => c.id === g) ? g : "";
        const right = q.categories.find((c) => c.id === st.category);
        const ok = g === st.category;
        const verdict = ok ? t("quiz.riktig") : t("quiz.ikke_helt_riktig_er", { x: right?.label });
        fb.replaceChildren(
          ...(choice.value
            ? [h("strong", { class: ok ? "mvh-correct" : "mvh-wrong", text: verdict }), st.explanation]
            : []),
        );
        pv.textContent = t("quiz.ditt_svar_2", {
          x: choice.value ? choice.options[choice.selectedIndex].text : t("quiz.ikke_besvart"),
        });
      });
      return h("li", { class: "mvh-statement" }, [h("label", { for: id, text: st.text }), choice, pv, fb]);
    });
    appliers.push(() => {
      const qs = summarize(def, getAnswers()).questions[q.id];
      result.textContent = qs.answered ? t("quiz.av_riktige", { correct: qs.correct, units: qs.units }) : "";
    });
    return h("ol", { class: "mvh-statements", "aria-labelledby": headingId }, rows);
  };

  const questions = def.questions.map((q, qi) => {
    const headingId = uid("q");
    const explainId = uid("exp");
    const explanation = q.explanation
      ? h("div", { class: "mvh-explanation", id: explainId, hidden: true }, [h("p", { text: q.explanation })])
      : null;
    const explainBtn = explanation
      ? button(
          {
            class: "mvh-btn mvh-btn-small",
            "aria-expanded": "false",
            "aria-controls": explainId,
            "data-action": "explain",
            onclick: (/** @type {Event} */ e) => {
              const open = explanation.hidden;
              explanation.hidden = !open;
              const btn = /** @type {HTMLElement} */ (e.currentTarget);
              btn.setAttribute("aria-expanded", String(open));
              btn.textContent = open ? t("quiz.skjul_forklaring") : t("quiz.vis_forklaring");
            },
          },
          t("quiz.vis_forklaring"),
        )
      : null;
    const retry = button(
      { class: "mvh-btn mvh-btn-small", "data-action": "retry", onclick: () => setResponse(q.id, undefined) },
      t("quiz.prov_igjen"),
    );
    const result = h("p", { class: "mvh-result", role: "status", "aria-live": "polite" });
    const body = q.type === "single" ? single(q, headingId, result) : classify(q, headingId, result);
    return h("section", { class: "mvh-question", "data-question": q.id }, [
      h("h4", { id: headingId }, [`${qi + 1}. `, q.text]),
      body,
      result,
      h("div", { class: "mvh-question-actions" }, [retry, explainBtn]),
      explanation,
    ]);
  });
  const score = progressLine();
  const root = h("div", { class: "mvh-quiz" }, [...questions, score]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize(def, getAnswers());
    score.textContent = t("quiz.poeng_av_besvart_av", {
      correct: s.correct,
      units: s.units,
      answered: s.answered,
      units2: s.units,
    });
  }
  return { root, apply };
}
