// @ts-check
/**
 * "Teamoversikt": merge several people's exported files into anonymous team numbers.
 * Nothing is stored: the files live only in this page's memory. The numbers are
 * shown only when the reader asks for them ("Vis teamresultat"), only from
 * MIN_TEAM_RESPONSES responses, and every item, dimension and theme with fewer
 * answers is hidden (js/core/team.js).
 */
import { MAX_IMPORT_BYTES, parseImport } from "../core/exchange.js";
import { aggregate, answerKey, MIN_TEAM_RESPONSES, mergeFiles } from "../core/team.js";
import { formatMean, own, UNANSWERED } from "../core/values.js";
import { fileButton } from "../ui/controls.js";
import { button, h, headRow, input, select, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").LikertDef} LikertDef */
/** @typedef {import("../core/types.js").RatingDef} RatingDef */
/** @typedef {import("../core/team.js").TeamFile} TeamFile */

/** What a hidden number shows instead (tests select by it). */
export const FEWER_TEXT = `færre enn ${MIN_TEAM_RESPONSES} svar`;

/** A cell that stands for numbers not shown. @param {number} span */
const hiddenCell = (span) => h("td", { class: "mvh-team-hidden", colspan: String(span), text: FEWER_TEXT });

/** @param {number} n @param {string} one @param {string} many */
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** @param {LikertDef} def @param {Record<string, any>} agg */
function likertTables(def, agg) {
  const scale = def.scale;
  const points = scale.labels.map((_, i) => scale.min + i);
  const itemCaption =
    "Fordeling per utsagn (antall svar per skalapunkt; omvendte utsagn er merket, snittet er svarene slik de ble gitt)";
  const out = [
    h("table", { class: "mvh-table" }, [
      h("caption", { text: `Snitt per dimensjon (skala ${scale.min}–${scale.max}, n = ${agg.n})` }),
      h("thead", {}, [headRow(["Dimensjon", "Svar", "Snitt"])]),
      h(
        "tbody",
        {},
        def.dimensions.map((d) => {
          const dim = own(agg.dimensions, d.id);
          return h("tr", { "data-dimension": d.id }, [
            h("th", { scope: "row", text: d.title }),
            ...(dim.shown
              ? [h("td", { text: String(dim.n) }), h("td", { text: formatMean(dim.mean) })]
              : [hiddenCell(2)]),
          ]);
        }),
      ),
    ]),
    h("table", { class: "mvh-table" }, [
      h("caption", { text: itemCaption }),
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: "Utsagn" }),
          ...points.map((p) => h("th", { scope: "col", title: scale.labels[p - scale.min], text: String(p) })),
          h("th", { scope: "col", text: "Snitt" }),
        ]),
      ]),
      h(
        "tbody",
        {},
        def.dimensions.flatMap((d) =>
          d.items.map((it) => {
            const item = agg.items[it.id];
            return h("tr", { "data-item": it.id }, [
              h("th", { scope: "row", text: it.text + (it.reverse ? " (omvendt)" : "") }),
              ...(item.shown
                ? [
                    ...points.map((p) => h("td", { text: String(item.counts[String(p)]) })),
                    h("td", { text: formatMean(item.mean) }),
                  ]
                : [hiddenCell(points.length + 1)]),
            ]);
          }),
        ),
      ),
    ]),
  ];
  const hidden = agg.hidden.items.length;
  if (hidden) {
    const text =
      `${count(hidden, "utsagn", "utsagn")} har ${FEWER_TEXT} og vises ikke. ` +
      "De er heller ikke med i snittet per dimensjon, så ingen kan regne seg fram til dem.";
    out.push(h("p", { class: "mvh-team-note", text }));
  }
  return out;
}

/** @param {RatingDef} def @param {Record<string, any>} agg */
function ratingTables(def, agg) {
  const keys = [...def.scale.map((x) => x.id), UNANSWERED];
  /** @param {string} k */
  const label = (k) => (k === UNANSWERED ? "Ikke vurdert" : def.scale.find((x) => x.id === k)?.label || k);
  const themes = def.parts.flatMap((p) => p.themes);
  /** @param {Record<string, any>} entry */
  const cells = (entry) =>
    entry.shown ? keys.map((k) => h("td", { text: String(entry.counts[k]) })) : [hiddenCell(keys.length)];
  const out = [
    h("table", { class: "mvh-table" }, [
      h("caption", { text: `Antall vurderinger per tema og farge (n = ${agg.n})` }),
      h("thead", {}, [headRow(["Tema", ...keys.map(label)])]),
      h("tbody", {}, [
        ...themes.map((t) =>
          h("tr", { "data-theme": t.id }, [
            h("th", { scope: "row", text: `${t.id}. ${t.title}` }),
            ...cells(own(agg.themes, t.id)),
          ]),
        ),
        h("tr", { class: "mvh-row-total" }, [h("th", { scope: "row", text: "Totalt" }), ...cells(agg.total)]),
      ]),
    ]),
  ];
  const hidden = agg.hidden.items.length;
  if (hidden) {
    const text =
      `${count(hidden, "mål", "mål")} har ${FEWER_TEXT} og er ikke med i tallene for tema og totalt, ` +
      "så ingen kan regne seg fram til dem.";
    out.push(h("p", { class: "mvh-team-note", text }));
  }
  return out;
}

/**
 * @param {HTMLElement} el @param {{instruments: (LikertDef|RatingDef)[]}} index
 */
export function renderTeam(el, index) {
  const defs = index.instruments;
  /** @type {TeamFile[]} the checked files, in the order added */
  let files = [];
  let def = defs[0];
  let countCopies = false;
  /** Whether the numbers are on the page now, and whether they have been for this set of files. */
  let visible = false;
  let seen = false;
  /** Whether files were added (or counted otherwise) after the numbers had been seen. */
  let changedAfterSeen = false;
  const selectId = uid("team");
  const choice = select(
    { id: selectId, "data-action": "team-instrument" },
    defs.map((d) => h("option", { value: d.id, text: d.title })),
  );
  const status = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const log = h("ul", { class: "mvh-team-log", "aria-live": "polite" });
  const copies = h("div", { class: "mvh-team-copies", "aria-live": "polite" });
  const warning = h("div", { class: "mvh-team-warning", "aria-live": "polite" });
  const results = h("div", { class: "mvh-team-results" });
  const copiesId = uid("team-copies");
  const copiesBox = input({ type: "checkbox", id: copiesId, "data-action": "team-count-copies" });
  copiesBox.addEventListener("change", () => {
    countCopies = copiesBox.checked;
    changed();
  });

  function reset() {
    files = [];
    countCopies = false;
    copiesBox.checked = false;
    visible = false;
    seen = false;
    changedAfterSeen = false;
    log.replaceChildren();
    render();
  }

  choice.addEventListener("change", () => {
    def = defs.find((d) => d.id === choice.value) || defs[0];
    reset();
  });

  /** The set changed: hide the numbers until they are asked for again. */
  function changed() {
    if (seen) changedAfterSeen = true;
    visible = false;
    render();
  }

  /** @param {File} file @returns {Promise<string>} a line for the log */
  async function addFile(file) {
    if (file.size === 0) return `«${file.name}»: filen er tom.`;
    if (file.size > MAX_IMPORT_BYTES) return `«${file.name}»: filen er større enn 1 MB.`;
    let data;
    try {
      data = parseImport(def, await file.text());
    } catch (err) {
      return `«${file.name}»: ${/** @type {Error} */ (err).message}`;
    }
    const response = typeof data.response === "string" && data.response ? data.response : null;
    if (!response) return `«${file.name}»: filen mangler svar-id og kan ikke telles trygt. Be om en ny eksport.`;
    const key = answerKey(def, data.answers);
    // The file that counts now for this response id (a later one replaces an earlier).
    const before = files.filter((f) => f.response === response).pop();
    files.push({ name: file.name, response, answers: data.answers });
    if (before && answerKey(def, before.answers) === key) {
      return `«${file.name}»: samme besvarelse er lagt til før. Den telles bare én gang.`;
    }
    const empty = key ? "" : " Den har ingen besvarte utsagn og telles ikke.";
    if (before) {
      return `«${file.name}»: samme svar-id som «${before.name}», men andre svar. Den nye filen erstatter den gamle.${empty}`;
    }
    return empty ? `«${file.name}»: lest.${empty}` : `«${file.name}»: lagt til.`;
  }

  const fileInput = fileButton({
    multiple: true,
    onFiles: async (chosen) => {
      const lines = [];
      for (const f of chosen) lines.push(await addFile(f));
      log.replaceChildren(...lines.map((t) => h("li", { text: t })));
      changed();
    },
  });

  function render() {
    const merged = mergeFiles(def, files, { countCopies });
    const n = merged.counted.length;
    status.textContent =
      `${count(n, "besvarelse", "besvarelser")} lagt til.` +
      (merged.empty.length ? ` ${count(merged.empty.length, "fil", "filer")} uten svar telles ikke.` : "");

    copies.replaceChildren();
    if (merged.copies.length) {
      const groups = merged.copies.map((g) => g.map((name) => `«${name}»`).join(" og "));
      const text =
        `${groups.join("; ")} har nøyaktig de samme svarene, men ulik svar-id. ` +
        "Det kan være kopier av én fil, og da ville én person telle flere ganger. " +
        (countCopies ? "Nå telles de hver for seg." : "Derfor telles de som én besvarelse.");
      copies.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        h("p", {}, [
          copiesBox,
          " ",
          h("label", {
            for: copiesId,
            text: "Jeg vet at dette er ulike personer som har svart likt: tell filene hver for seg",
          }),
        ]),
      );
    }

    warning.replaceChildren();
    if (changedAfterSeen) {
      const text =
        "Du har allerede sett teamresultatet. Viser du det igjen nå, kan forskjellen i tallene avsløre " +
        "hva den eller de nye filene svarte, og med én ny fil er det én persons svar. Det tryggeste er å " +
        "begynne på nytt og legge inn alle filene samlet før du viser resultatet.";
      warning.append(
        h("p", { class: "mvh-notice", role: "alert", text }),
        button({ class: "mvh-btn", "data-action": "team-restart", onclick: reset }, "Begynn på nytt"),
      );
    }

    showButton.disabled = files.length === 0;
    if (!visible) {
      const text = files.length
        ? "Legg til alle filene først. Trykk «Vis teamresultat» når alle er med."
        : "Legg til filene fra teamet. Tallene vises først når du trykker «Vis teamresultat».";
      results.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    const agg = aggregate(def, [...merged.answers, ...merged.empty.map(() => ({}))]);
    if (!agg.shown) {
      const text =
        `Teamresultatet vises bare når minst ${MIN_TEAM_RESPONSES} besvarelser har svar. ` +
        `Nå er det ${agg.n}. Det beskytter den enkelte: med færre kan hver enkelts svar leses ut av tallene.`;
      results.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    results.replaceChildren(...(def.kind === "likert" ? likertTables(def, agg) : ratingTables(def, agg)));
  }

  const show = () => {
    visible = true;
    seen = true;
    changedAfterSeen = false;
    render();
  };
  const showButton = /** @type {HTMLButtonElement} */ (
    button({ class: "mvh-btn", "data-action": "team-show", onclick: show }, "Vis teamresultat")
  );
  const privacy =
    "Filene leses bare her i nettleseren. Ingenting lagres eller sendes, og ingen navn vises. " +
    "Lukker du siden, er oversikten borte.";
  const truth =
    "Den som legger inn filene, kan åpne hver fil og se hva den enkelte svarte. Skal svarene være anonyme " +
    "også for den personen, må en nøytral innsamler ta imot filene og legge dem inn. Tallene her beskytter " +
    `den enkelte når de vises for teamet: alt som har ${FEWER_TEXT}, skjules.`;
  el.replaceChildren(
    h("section", { class: "mvh mvh-team", "aria-label": "Teamoversikt" }, [
      h("p", { class: "mvh-privacy", text: privacy }),
      h("p", { class: "mvh-privacy mvh-team-truth", text: truth }),
      h("label", { for: selectId, text: "Hvilken øvelse gjelder det?" }),
      choice,
      h("div", { class: "mvh-toolbar" }, [
        button({ class: "mvh-btn", "data-action": "team-add", onclick: fileInput.open }, "Legg til filer"),
        showButton,
        button({ class: "mvh-btn", "data-action": "team-clear", onclick: reset }, "Tøm oversikten"),
        fileInput.el,
      ]),
      status,
      log,
      copies,
      warning,
      results,
    ]),
  );
  render();
}
