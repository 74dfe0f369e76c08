// @ts-check
/** Rating instruments (the Kvalitetsveileder self-assessment): a colour per item, notes, an action plan. */

import { t } from "../core/i18n.js";
import { asObject, lookup, own, put, UNANSWERED } from "../core/values.js";
import { stackedBars } from "../ui/chart.js";
import { button, h, input, PRIVACY_HINT, progressLine, scrollBox, textarea, uid } from "../ui/dom.js";
import { planView } from "./rating-plan.js";

/** @typedef {import("../core/types.js").RatingDef} RatingDef */
/** @typedef {import("../core/types.js").Answers} Answers */

/** @param {RatingDef} def @param {Answers} a */
export function summarize(def, a) {
  const scale = (def.scale || []).map((s) => s.id);
  const ratings = asObject(a.ratings);
  const empty = () => {
    /** @type {Record<string, number>} */
    const c = {};
    for (const s of scale) put(c, s, 0);
    put(c, UNANSWERED, 0);
    return c;
  };
  const total = empty();
  /** @type {Record<string, Record<string, number>>} */
  const parts = {};
  /** @type {Record<string, Record<string, number>>} */
  const themes = {};
  let items = 0;
  let answered = 0;
  for (const part of def.parts || []) {
    const pc = empty();
    put(parts, part.id, pc);
    for (const theme of part.themes) {
      const tc = empty();
      put(themes, theme.id, tc);
      for (const item of theme.items) {
        const v = own(ratings, item.id);
        const key = typeof v === "string" && scale.includes(v) ? v : UNANSWERED;
        items += 1;
        if (key !== UNANSWERED) answered += 1;
        for (const c of [total, pc, tc]) c[key] += 1;
      }
    }
  }
  return { items, answered, total, parts, themes };
}

/** A stored text, or "" for anything else. @param {unknown} v */
const textOf = (v) => (typeof v === "string" ? v : "");

/** @param {RatingDef} def @param {Answers} a */
export function tableRows(def, a) {
  const label = lookup((def.scale || []).map((s) => [s.id, s.label]));
  const ratings = asObject(a.ratings);
  const notes = asObject(a.notes);
  /** @type {Map<string, string>} */
  const themeTitle = new Map();
  /** @type {unknown[][]} */
  const rows = [["type", "nummer", "tema", "tekst", "vurdering", "notat", "hvem", "innen"]];
  for (const part of def.parts || []) {
    for (const theme of part.themes) {
      themeTitle.set(theme.id, theme.title);
      for (const item of theme.items) {
        rows.push([
          "mål",
          item.id,
          theme.title,
          item.text,
          label(own(ratings, item.id)) || "",
          textOf(own(notes, item.id)),
          "",
          "",
        ]);
      }
    }
  }
  for (const row of Array.isArray(a.plan) ? a.plan : []) {
    if (!row || !(row.theme || row.action)) continue;
    const title = (typeof row.theme === "string" && themeTitle.get(row.theme)) || "";
    rows.push(["tiltak", textOf(row.theme), title, textOf(row.action), "", "", textOf(row.who), textOf(row.when)]);
  }
  return rows;
}

/**
 * The anchor of a theme: the page's *Innhold* links to it (widgets/page_toc.py), and the no-JS list
 * carries the same ids (widgets/static_html.py), so the links work with and without the script.
 * @param {RatingDef} def @param {string} themeId
 */
const themeAnchor = (def, themeId) => `${def.id}-tema-${themeId}`;

/** @param {RatingDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  return t("rating.av_mal_vurdert", { answered: s.answered, items: s.items });
}

/**
 * @param {RatingDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers) {
  const scale = def.scale || [];
  const parts = def.parts || [];
  const themes = parts.flatMap((p) => p.themes);
  /** @type {Map<string, HTMLInputElement[]>} */
  const radios = new Map();
  /** @type {Map<string, {area: HTMLTextAreaElement, details: HTMLDetailsElement, print: HTMLElement}>} */
  const notes = new Map();
  /** @type {Map<string, HTMLElement>} */
  const printValues = new Map();

  /** @param {(a: {ratings: Record<string, any>, notes: Record<string, any>, plan: any[]}) => Answers} change */
  const update = (change) => {
    const a = getAnswers();
    setAnswers(change({ ratings: { ...(a.ratings || {}) }, notes: { ...(a.notes || {}) }, plan: [...(a.plan || [])] }));
  };

  const legend = h(
    "dl",
    { class: "mvh-scale-legend" },
    scale.flatMap((s) => [
      h("dt", {}, [h("span", { class: `mvh-swatch mvh-v-${s.id}`, "aria-hidden": "true" }), s.label]),
      h("dd", { text: s.description || "" }),
    ]),
  );

  /** @param {import("../core/types.js").RatingItem} item */
  const itemNode = (item) => {
    const name = uid(`r${item.id}`);
    const legendId = uid("legend");
    const choiceInputs = scale.map((s) =>
      input({
        type: "radio",
        name,
        value: s.id,
        "data-item": item.id,
        onchange: () =>
          update((a) => {
            put(a.ratings, item.id, s.id);
            return a;
          }),
      }),
    );
    radios.set(item.id, choiceInputs);
    const noteId = uid("note");
    const hintId = uid("hint");
    const area = textarea({
      id: noteId,
      rows: 3,
      "aria-describedby": hintId,
      "data-note": item.id,
      oninput: (/** @type {Event} */ e) => {
        const value = /** @type {HTMLTextAreaElement} */ (e.target).value;
        update((a) => {
          if (value) put(a.notes, item.id, value);
          else delete a.notes[item.id];
          return a;
        });
      },
    });
    const notePrint = h("p", { class: "mvh-print-only mvh-print-note" });
    const details = /** @type {HTMLDetailsElement} */ (
      h("details", { class: "mvh-note" }, [
        h("summary", {}, [t("rating.notat_til", { id: item.id })]),
        h("label", { for: noteId, text: t("rating.notat_til_mal_valgfritt", { id: item.id }) }),
        area,
        h("p", { class: "mvh-hint", id: hintId, text: PRIVACY_HINT() }),
      ])
    );
    notes.set(item.id, { area, details, print: notePrint });
    const printValue = h("p", { class: "mvh-print-only mvh-print-value" });
    printValues.set(item.id, printValue);
    const choices = choiceInputs.map((el, i) =>
      h("label", { class: `mvh-choice mvh-v-${scale[i].id}` }, [
        el,
        h("span", { class: "mvh-swatch", "aria-hidden": "true" }),
        h("span", { text: scale[i].label }),
      ]),
    );
    return h("li", { class: "mvh-item", "data-item": item.id }, [
      h("fieldset", { "aria-labelledby": legendId }, [
        h("legend", { id: legendId }, [h("span", { class: "mvh-num", text: item.id }), " ", item.text]),
        h("div", { class: "mvh-choices" }, choices),
      ]),
      printValue,
      details,
      notePrint,
    ]);
  };

  /** @type {Map<string, {details: HTMLDetailsElement, count: HTMLElement, unrated: HTMLElement}>} */
  const themeNodes = new Map();
  /** @param {import("../core/types.js").Theme} theme */
  const themeNode = (theme) => {
    const anchor = themeAnchor(def, theme.id);
    // The no-JS list (still in the page, hidden) holds the same id: the working view takes it over.
    const old = typeof document.getElementById === "function" ? document.getElementById(anchor) : null;
    if (old?.closest(".mvh-fallback")) old.removeAttribute("id");
    const count = h("span", { class: "mvh-theme-count" });
    const unrated = h("p", { class: "mvh-print-only mvh-print-unrated" });
    const details = /** @type {HTMLDetailsElement} */ (
      h("details", { class: "mvh-theme", "data-theme": theme.id, id: anchor, open: true }, [
        h("summary", { class: "mvh-theme-summary" }, [
          h("h5", { class: "mvh-theme-title", text: `${theme.id}. ${theme.title}` }),
          count,
        ]),
        theme.intention ? h("p", { class: "mvh-intention", text: theme.intention }) : null,
        h("ol", { class: "mvh-items" }, theme.items.map(itemNode)),
        unrated,
      ])
    );
    themeNodes.set(theme.id, { details, count, unrated });
    return details;
  };

  const sections = parts.map((part) =>
    h("section", { class: "mvh-part" }, [
      h("h4", { text: part.title }),
      part.intro ? h("p", { text: part.intro }) : null,
      ...part.themes.map(themeNode),
    ]),
  );

  /* summary: live text, an SVG chart and the same numbers as a table */
  const progressNode = progressLine();
  const chartBox = h("div", { class: "mvh-chart" });
  const table = h("table", { class: "mvh-table" });
  const totalLine = h("p", { class: "mvh-summary-total" });
  const summaryBox = h("section", { class: "mvh-summary", "aria-label": t("rating.oppsummering"), tabindex: "-1" }, [
    h("h4", { text: t("rating.oppsummering") }),
    totalLine,
    chartBox,
    scrollBox(table, t("rating.antall_mal_per_farge_per")),
  ]);
  const plan = planView(def, themes, update);

  /* Finding your way in 58 goals: a bar that stays in view while you work, with the count and two jumps. */
  /** The goal the reader last worked on: "neste ubesvarte" looks on from there. */
  let lastItem = "";
  const jumpNote = h("span", { class: "mvh-jump-note", role: "status" });
  const nextButton = button(
    { class: "mvh-btn", "data-action": "next-unrated", onclick: nextUnrated },
    t("rating.neste_ubesvarte_mal"),
  );
  const summaryButton = button(
    { class: "mvh-btn", "data-action": "to-summary", onclick: toSummary },
    t("rating.ga_til_oppsummeringen"),
  );
  const foldButton = button(
    { class: "mvh-btn mvh-btn-quiet", "data-action": "fold", onclick: foldAll },
    t("rating.lukk_alle_temaer"),
  );
  const bar = h("div", { class: "mvh-rating-bar" }, [
    progressNode,
    h("div", { class: "mvh-rating-jumps", role: "group", "aria-label": t("rating.ga_til") }, [
      nextButton,
      summaryButton,
      foldButton,
      jumpNote,
    ]),
  ]);

  /** @param {HTMLElement} target @param {HTMLElement} [focus] */
  function bringIntoView(target, focus = target) {
    const details = target.closest("details.mvh-theme");
    if (details instanceof HTMLDetailsElement) details.open = true;
    target.scrollIntoView({ block: "start" });
    focus.focus({ preventScroll: true });
  }

  function nextUnrated() {
    const ratings = asObject(getAnswers().ratings);
    const ids = themes.flatMap((t) => t.items.map((i) => i.id));
    const start = ids.indexOf(lastItem) + 1;
    const order = [...ids.slice(start), ...ids.slice(0, start)];
    const next = order.find((id) => !scale.some((v) => v.id === own(ratings, id)));
    if (!next) {
      jumpNote.textContent = t("rating.alle_malene_er_vurdert");
      return toSummary();
    }
    jumpNote.textContent = "";
    const inputs = radios.get(next) || [];
    const li = inputs[0]?.closest("li.mvh-item");
    lastItem = next;
    if (li instanceof HTMLElement && inputs[0]) bringIntoView(li, inputs[0]);
  }

  function toSummary() {
    bringIntoView(summaryBox);
  }

  function foldAll() {
    const anyOpen = [...themeNodes.values()].some((t) => t.details.open);
    for (const t of themeNodes.values()) t.details.open = !anyOpen;
    foldButton.textContent = anyOpen ? t("rating.apne_alle_temaer") : t("rating.lukk_alle_temaer");
  }

  const itemsArea = h("div", { class: "mvh-rating-items" }, sections);
  itemsArea.addEventListener("focusin", (e) => {
    const li = e.target instanceof Element ? e.target.closest("li.mvh-item") : null;
    if (li instanceof HTMLElement && li.dataset.item) lastItem = li.dataset.item;
  });

  // Closed themes print nothing: open them all for the print, and put them back after.
  /** @type {boolean[]} */
  let openBefore = [];
  const beforePrint = () => {
    openBefore = [...themeNodes.values()].map((t) => t.details.open);
    for (const t of themeNodes.values()) t.details.open = true;
  };
  const afterPrint = () => {
    [...themeNodes.values()].forEach((t, i) => {
      if (openBefore[i] === false) t.details.open = false;
    });
    openBefore = [];
  };
  if (typeof window !== "undefined" && typeof window.addEventListener === "function") {
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    // Going to a theme from the page's Innhold (or a shared link): it opens if it was folded. On arrival,
    // once the view is in place, since the browser looked for the anchor before the script ran.
    const openTarget = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target instanceof HTMLDetailsElement && root.contains(target)) {
        const summary = target.querySelector("summary");
        bringIntoView(target, summary instanceof HTMLElement ? summary : target);
      }
    };
    window.addEventListener("hashchange", openTarget);
    requestAnimationFrame(openTarget);
  }

  const root = h("div", { class: "mvh-rating" }, [
    h("p", { class: "mvh-how", text: t("rating.vurder_hvert_mal_for_teamet") }),
    legend,
    bar,
    itemsArea,
    summaryBox,
    plan.root,
  ]);

  /** Reflect the answers into the controls and the summary. */
  function apply() {
    const a = getAnswers();
    const ratings = asObject(a.ratings);
    const noteValues = asObject(a.notes);
    const labels = lookup(scale.map((s) => [s.id, s.label]));
    for (const [id, inputs] of radios) {
      for (const el of inputs) el.checked = own(ratings, id) === el.value;
      const pv = printValues.get(id);
      const label = labels(own(ratings, id));
      if (pv) pv.textContent = t("rating.vurdering", { x: label || t("rating.ikke_vurdert_3") });
      // On paper a goal with neither rating nor note is summed up in its theme's line, not printed in full.
      const li = inputs[0]?.closest("li.mvh-item");
      if (li) li.classList.toggle("mvh-unrated", !label && !textOf(own(noteValues, id)));
    }
    for (const theme of themes) {
      const node = themeNodes.get(theme.id);
      if (!node) continue;
      const open = theme.items.filter((i) => !labels(own(ratings, i.id))).map((i) => i.id);
      const rated = theme.items.length - open.length;
      node.count.textContent = t("rating.av_vurdert", {
        x: rated === theme.items.length ? "✓ " : "",
        rated,
        n: theme.items.length,
      });
      node.details.classList.toggle("mvh-theme-done", rated === theme.items.length);
      node.unrated.textContent = open.length
        ? open.length === theme.items.length
          ? t("rating.ingen_av_de_malene_er", { n: open.length })
          : t("rating.ikke_vurdert_2", { join: open.join(", ") })
        : "";
    }
    for (const [id, n] of notes) {
      const v = textOf(own(noteValues, id));
      if (n.area.value !== v) n.area.value = v;
      if (v && !n.details.open) n.details.open = true;
      n.print.textContent = v ? t("rating.notat", { v }) : "";
    }
    plan.apply(Array.isArray(a.plan) ? a.plan : []);
    renderSummary(summarize(def, a));
  }

  /** @param {ReturnType<typeof summarize>} s */
  function renderSummary(s) {
    const counts = scale.map((v) => `${v.label}: ${s.total[v.id]}`).join(", ");
    progressNode.textContent = t("rating.du_har_vurdert_av_mal", { answered: s.answered, items: s.items });
    totalLine.textContent = t("rating.totalt_ikke_vurdert", { counts, x: s.total[UNANSWERED] });

    const keys = [...scale.map((v) => v.id), UNANSWERED];
    /** @param {string} k */
    const keyLabel = (k) => (k === UNANSWERED ? t("rating.ikke_vurdert") : scale.find((v) => v.id === k)?.label || k);
    const rows = [
      ...parts.map((p) => ({ label: p.title, counts: s.parts[p.id], part: true })),
      ...themes.map((t) => ({ label: `${t.id}. ${t.title}`, counts: s.themes[t.id], part: false })),
    ];
    const title = t("rating.stolpediagram_over_vurderingene_per_del", { counts });
    chartBox.replaceChildren(stackedBars({ rows, keys, keyLabel, title }));

    const cells = (/** @type {Record<string, number>} */ c) => keys.map((k) => h("td", { text: String(c[k] || 0) }));
    table.replaceChildren(
      h("caption", { text: t("rating.antall_mal_per_farge_per") }),
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: t("rating.del_eller_tema") }),
          ...keys.map((k) => h("th", { scope: "col", text: keyLabel(k) })),
        ]),
      ]),
      h("tbody", {}, [
        ...rows.map((row) =>
          h("tr", { class: row.part ? "mvh-row-part" : "" }, [
            h("th", { scope: "row", text: row.label }),
            ...cells(row.counts),
          ]),
        ),
        h("tr", { class: "mvh-row-total" }, [
          h("th", { scope: "row", text: t("rating.totalt") }),
          ...keys.map((k) => h("td", { text: String(s.total[k]) })),
        ]),
      ]),
    );
  }

  return { root, apply };
}
