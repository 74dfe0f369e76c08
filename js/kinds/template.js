// @ts-check
/** A printable form of text, choice, checklist, date and matrix fields. Values show as text when printed. */

import { t } from "../core/i18n.js";
import { asObject, own, ownText, put, text } from "../core/values.js";
import { h, input, norwegianDate, PRIVACY_HINT, progressLine, select, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").TemplateDef} TemplateDef */
/** @typedef {import("../core/types.js").Field} Field */
/** @typedef {import("../core/types.js").Answers} Answers */
/** A matrix may name its row headers' column ("Sak", "Oppgave"); without a name the header cell is empty. */
/** @typedef {import("../core/types.js").MatrixField & {rowLabel?: string}} NamedMatrix */

/** Lines to write on, on paper, under an open question nobody has answered yet. */
const BLANK_LINES = 5;
/** The matrix shown as one card per row (widget-template.css). */
const CARDS = "mvh-matrix-cards";

/** @param {Field} field @param {unknown} value */
function fieldFilled(field, value) {
  switch (field.type) {
    case "text":
    case "longtext":
    case "date":
      return text(value) !== "";
    case "choice":
      return field.options.includes(/** @type {string} */ (value));
    case "checklist":
      return Array.isArray(value) && value.some((v) => field.options.includes(v));
    default: {
      // matrix: every row has one of the options
      const m = asObject(value);
      return field.rows.every((row) => field.options.includes(own(m, row)));
    }
  }
}

/** @param {TemplateDef} def @param {Answers} a */
export function summarize(def, a) {
  const values = asObject(a.fields);
  const fields = def.sections.flatMap((s) => s.fields);
  return { fields: fields.length, filled: fields.filter((f) => fieldFilled(f, own(values, f.id))).length };
}

/** @param {TemplateDef} def @param {Answers} a */
export function tableRows(def, a) {
  const values = asObject(a.fields);
  /** @type {unknown[][]} */
  const rows = [["del", "felt", "svar"]];
  for (const section of def.sections) {
    for (const f of section.fields) {
      const v = own(values, f.id);
      if (f.type === "matrix") {
        for (const row of f.rows) rows.push([section.title, `${f.label}: ${row}`, ownText(v, row)]);
      } else {
        rows.push([section.title, f.label, Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : ""]);
      }
    }
  }
  return rows;
}

/** @param {TemplateDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  return t("template.av_felt_fylt_ut", { filled: s.filled, fields: s.fields });
}

/**
 * @param {TemplateDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers) {
  /** @type {(() => void)[]} */
  const appliers = [];
  const hintId = uid("hint");
  /** @param {string} id @param {any} value */
  const setField = (id, value) => {
    const a = getAnswers();
    const fields = { ...asObject(a.fields) };
    if (value === "" || value === undefined || (Array.isArray(value) && !value.length)) delete fields[id];
    else put(fields, id, value);
    setAnswers({ ...a, fields });
  };
  /** @param {string} id @returns {any} */
  const current = (id) => own(getAnswers().fields, id);
  /** @param {Event} e */
  const valueIn = (e) => /** @type {HTMLInputElement} */ (e.target).value;

  /** @param {Field} f */
  function control(f) {
    const id = uid("f");
    const pv = h("div", { class: "mvh-print-only mvh-print-field" });
    const help = f.help ? h("p", { class: "mvh-hint", id: `${id}-help`, text: f.help }) : null;
    const typed = f.type === "text" || f.type === "longtext";
    const described = [f.help ? `${id}-help` : null, typed ? hintId : null].filter(Boolean).join(" ") || undefined;
    if (f.type === "matrix") return matrix(/** @type {NamedMatrix} */ (f), help);
    if (f.type === "text" || f.type === "longtext" || f.type === "date") {
      const long = f.type === "longtext";
      const el = /** @type {HTMLInputElement} */ (
        h(long ? "textarea" : "input", {
          id,
          "data-field": f.id,
          "aria-describedby": described,
          rows: long ? 4 : undefined,
          type: long ? undefined : f.type,
          [f.type === "date" ? "onchange" : "oninput"]: (/** @type {Event} */ e) => setField(f.id, valueIn(e)),
        })
      );
      appliers.push(() => {
        const v = typeof current(f.id) === "string" ? current(f.id) : "";
        if (el.value !== v) el.value = v;
        // On paper: the text as written (line breaks kept), a date as dd.mm.åååå, and room to
        // write by hand where an open question is still empty.
        const blank = long && !v.trim();
        pv.classList.toggle("mvh-print-lines", blank);
        if (blank) pv.replaceChildren(...Array.from({ length: BLANK_LINES }, () => h("span")));
        else pv.textContent = (f.type === "date" ? norwegianDate(v) : v) || "\u00a0";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, el, pv]);
    }
    if (f.type === "choice") {
      const onchange = (/** @type {Event} */ e) => setField(f.id, valueIn(e));
      const el = select({ id, "data-field": f.id, "aria-describedby": described, onchange }, [
        h("option", { value: "", text: t("template.velg") }),
        ...f.options.map((o) => h("option", { value: o, text: o })),
      ]);
      appliers.push(() => {
        const v = current(f.id);
        el.value = f.options.includes(v) ? v : "";
        pv.textContent = el.value || "\u00a0";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, el, pv]);
    }
    {
      // Only a checklist is left here.
      const options = /** @type {import("../core/types.js").ChecklistField} */ (f).options;
      const checked = () => boxes.filter((b) => b.checked).map((b) => b.value);
      const boxes = options.map((o) =>
        input({ type: "checkbox", value: o, "data-field": f.id, onchange: () => setField(f.id, checked()) }),
      );
      // On paper the list prints once, one option a line, each with its box ticked or not.
      const paper = h("ul", { class: "mvh-print-only mvh-print-checklist", "aria-hidden": "true" });
      appliers.push(() => {
        const v = Array.isArray(current(f.id)) ? current(f.id) : [];
        for (const b of boxes) b.checked = v.includes(b.value);
        paper.replaceChildren(...options.map((o) => h("li", { text: `${v.includes(o) ? "☒" : "☐"} ${o}` })));
      });
      const labels = boxes.map((b, i) => h("label", { class: "mvh-choice" }, [b, h("span", { text: options[i] })]));
      return h("fieldset", { class: "mvh-field", "aria-describedby": described }, [
        h("legend", { text: f.label }),
        help,
        h("div", { class: "mvh-checklist" }, labels),
        paper,
      ]);
    }
  }

  /**
   * A table, one radio group per row. Each cell is a label holding its radio and the option's name:
   * the whole cell is the tap target, and on a phone (widget-template.css) each row becomes a card
   * of named options. On paper the chosen cell shows a mark.
   * @param {NamedMatrix} f @param {HTMLElement|null} help
   */
  function matrix(f, help) {
    const captionId = uid("cap");
    /** @type {HTMLInputElement[][]} */
    const grid = [];
    /** @type {HTMLElement[][]} */
    const marks = [];
    const rows = f.rows.map((row, ri) => {
      const name = uid("m");
      const rowHead = uid("mr");
      const inputs = f.options.map((o) =>
        input({
          type: "radio",
          name,
          value: o,
          "aria-labelledby": `${rowHead} ${captionId}-${f.options.indexOf(o)}`,
          "data-field": f.id,
          "data-row": String(ri),
          onchange: () => setField(f.id, { ...asObject(current(f.id)), [row]: o }),
        }),
      );
      grid.push(inputs);
      const rowMarks = inputs.map(() => h("span", { class: "mvh-print-only mvh-mark", "aria-hidden": "true" }));
      marks.push(rowMarks);
      return h("tr", {}, [
        h("th", { scope: "row", id: rowHead, text: row }),
        ...inputs.map((el, i) =>
          h("td", {}, [
            h("label", { class: "mvh-matrix-cell" }, [
              el,
              h("span", { class: "mvh-matrix-opt", "aria-hidden": "true", text: f.options[i] }),
              rowMarks[i],
            ]),
          ]),
        ),
      ]);
    });
    const table = h("table", { class: "mvh-matrix", "aria-labelledby": captionId }, [
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: f.rowLabel || "" }),
          ...f.options.map((o) => h("th", { scope: "col", text: o })),
        ]),
      ]),
      h("tbody", {}, rows),
    ]);
    // Hidden column names so each radio's accessible name is "row, option".
    const names = f.options.map((o, i) =>
      h("span", { id: `${captionId}-${i}`, class: "mvh-visually-hidden", text: o }),
    );
    appliers.push(() => {
      const v = asObject(current(f.id));
      for (const [ri, row] of f.rows.entries()) {
        for (const [i, el] of grid[ri].entries()) {
          el.checked = own(v, row) === el.value;
          marks[ri][i].textContent = el.checked ? "✕" : "";
        }
      }
    });
    const wrap = h("div", { class: "mvh-matrix-wrap" }, [table]);
    fitMatrix(wrap, table);
    return h("div", { class: "mvh-field mvh-matrix-field" }, [
      h("p", { id: captionId, class: "mvh-matrix-label", text: f.label }),
      help,
      wrap,
      ...names,
    ]);
  }

  /**
   * A table while it fits its column, one card per row when it does not (on a phone, or a matrix with
   * long option names in a narrow column): measured, so it holds for every matrix and width.
   * @param {HTMLElement} wrap @param {HTMLElement} table
   */
  function fitMatrix(wrap, table) {
    if (typeof ResizeObserver === "undefined") return;
    let width = -1;
    new ResizeObserver(() => {
      // Only a change of width can change the answer (the cards change the height).
      if (wrap.clientWidth === width) return;
      width = wrap.clientWidth;
      wrap.classList.remove(CARDS);
      if (table.scrollWidth > wrap.clientWidth + 1) wrap.classList.add(CARDS);
    }).observe(wrap);
  }

  const progressNode = progressLine();
  const root = h("div", { class: "mvh-template" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT() }),
    ...def.sections.map((sec) =>
      h("section", { class: "mvh-section" }, [
        h("h4", { text: sec.title }),
        sec.intro ? h("p", { text: sec.intro }) : null,
        ...sec.fields.map(control),
      ]),
    ),
    progressNode,
  ]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize(def, getAnswers());
    progressNode.textContent = t("template.du_har_fylt_ut_av", { filled: s.filled, fields: s.fields });
  }
  return { root, apply };
}
