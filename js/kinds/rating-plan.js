// @ts-check
/** The action plan under a rating instrument: up to max_themes rows of theme, action, who and when. */

import { t } from "../core/i18n.js";
import { h, input, norwegianDate, PRIVACY_HINT, select, textarea, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").RatingDef} RatingDef */
/** @typedef {import("../core/types.js").Theme} Theme */

/**
 * @param {RatingDef} def @param {Theme[]} themes
 * @param {(change: (a: {plan: any[]} & Record<string, any>) => Record<string, any>) => void} update
 * @returns {{root: HTMLElement|null, apply: (plan: any[]) => void}}
 */
export function planView(def, themes, update) {
  const maxThemes = def.plan ? def.plan.max_themes : 0;
  /**
   * @type {{select: HTMLSelectElement, action: HTMLTextAreaElement, who: HTMLInputElement,
   *   when: HTMLInputElement, print: HTMLElement, fieldset: HTMLElement}[]}
   */
  const planRows = [];

  /** @param {number} i */
  const row = (i) => {
    const ids = { theme: uid("pt"), action: uid("pa"), who: uid("pw"), when: uid("pd"), hint: uid("ph") };
    /** @param {string} field @returns {(e: Event) => void} */
    const onField = (field) => (e) => {
      const value = /** @type {HTMLInputElement} */ (e.target).value;
      update((a) => {
        const empty = { theme: "", action: "", who: "", when: "" };
        const rows = Array.from({ length: maxThemes }, (_, j) => ({ ...empty, ...(a.plan[j] || {}) }));
        rows[i] = { ...rows[i], [field]: value };
        a.plan = rows;
        return a;
      });
    };
    const themeSelect = select({ id: ids.theme, onchange: onField("theme") }, [
      h("option", { value: "", text: t("rating_plan.velg_tema") }),
      ...themes.map((t) => h("option", { value: t.id, text: `${t.id}. ${t.title}` })),
    ]);
    const action = textarea({ id: ids.action, rows: 3, "aria-describedby": ids.hint, oninput: onField("action") });
    const who = input({ id: ids.who, type: "text", "aria-describedby": ids.hint, oninput: onField("who") });
    const when = input({ id: ids.when, type: "date", onchange: onField("when") });
    const print = h("dl", { class: "mvh-print-only mvh-print-plan" });
    const fieldset = h("fieldset", { class: "mvh-plan-row" }, [
      h("legend", { text: t("rating_plan.forbedringsomrade", { x: i + 1 }) }),
      h("div", { class: "mvh-field" }, [h("label", { for: ids.theme, text: t("rating_plan.tema") }), themeSelect]),
      h("div", { class: "mvh-field" }, [
        h("label", { for: ids.action, text: t("rating_plan.hva_skal_gjores") }),
        action,
      ]),
      h("div", { class: "mvh-field-row" }, [
        h("div", { class: "mvh-field" }, [h("label", { for: ids.who, text: t("rating_plan.hvem_gjor_det") }), who]),
        h("div", { class: "mvh-field" }, [h("label", { for: ids.when, text: t("rating_plan.innen") }), when]),
      ]),
      h("p", { class: "mvh-hint", id: ids.hint, text: PRIVACY_HINT() }),
      print,
    ]);
    planRows.push({ select: themeSelect, action, who, when, print, fieldset });
    return fieldset;
  };

  const root = maxThemes
    ? h("section", { class: "mvh-plan" }, [
        h("h4", { text: t("rating_plan.handlingsplan") }),
        def.plan?.intro ? h("p", { text: def.plan.intro }) : null,
        ...Array.from({ length: maxThemes }, (_, i) => row(i)),
      ])
    : null;

  /** @param {any[]} plan */
  function apply(plan) {
    const chosen = planRows.map((_, i) => plan[i]?.theme || "");
    planRows.forEach((row, i) => {
      const r = plan[i] || {};
      if (row.select.value !== (r.theme || "")) row.select.value = r.theme || "";
      // One theme per row: a theme chosen elsewhere cannot be chosen twice.
      for (const opt of Array.from(row.select.options)) {
        opt.disabled = opt.value !== "" && chosen.includes(opt.value) && chosen[i] !== opt.value;
      }
      if (row.action.value !== (r.action || "")) row.action.value = r.action || "";
      if (row.who.value !== (r.who || "")) row.who.value = r.who || "";
      if (row.when.value !== (r.when || "")) row.when.value = r.when || "";
      const theme = themes.find((t) => t.id === r.theme);
      const used = Boolean(theme || r.action || r.who || r.when);
      // On paper: the filled-in row as label and value, one per line, the action with its own line
      // breaks, the date as Norwegians write it; an unused row does not print at all.
      row.fieldset.classList.toggle("mvh-plan-empty", !used);
      /** @type {[string, string][]} */
      const lines = [
        [t("rating_plan.tema"), theme ? `${theme.id}. ${theme.title}` : t("rating_plan.ikke_valgt")],
        [t("rating_plan.hva_skal_gjores"), r.action || "–"],
        [t("rating_plan.hvem_gjor_det"), r.who || "–"],
        [t("rating_plan.innen"), r.when ? norwegianDate(String(r.when)) : "–"],
      ];
      row.print.replaceChildren(
        ...(used ? lines.flatMap(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]) : []),
      );
    });
  }

  return { root, apply };
}
