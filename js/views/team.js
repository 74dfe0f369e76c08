// @ts-check
/**
 * "Teamoversikt": merge several people's exported files into anonymous team numbers.
 * Nothing is stored: the files live only in this page's memory.
 */
import { MAX_IMPORT_BYTES, parseImport } from "../core/exchange.js";
import { aggregate, MIN_TEAM_RESPONSES } from "../core/team.js";
import { formatMean, UNANSWERED } from "../core/values.js";
import { fileButton } from "../ui/controls.js";
import { button, h, headRow, select, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").LikertDef} LikertDef */
/** @typedef {import("../core/types.js").RatingDef} RatingDef */

/** @param {LikertDef} def @param {Record<string, any>} agg */
function likertTables(def, agg) {
  const scale = def.scale;
  const points = scale.labels.map((_, i) => scale.min + i);
  const itemCaption =
    "Fordeling per utsagn (antall svar per skalapunkt; omvendte utsagn er merket, snittet er svarene slik de ble gitt)";
  return [
    h("table", { class: "mvh-table" }, [
      h("caption", { text: `Snitt per dimensjon (skala ${scale.min}–${scale.max}, n = ${agg.n})` }),
      h("thead", {}, [headRow(["Dimensjon", "Svar", "Snitt"])]),
      h(
        "tbody",
        {},
        def.dimensions.map((d) =>
          h("tr", { "data-dimension": d.id }, [
            h("th", { scope: "row", text: d.title }),
            h("td", { text: String(agg.dimensions[d.id].n) }),
            h("td", { text: formatMean(agg.dimensions[d.id].mean) }),
          ]),
        ),
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
          d.items.map((it) =>
            h("tr", { "data-item": it.id }, [
              h("th", { scope: "row", text: it.text + (it.reverse ? " (omvendt)" : "") }),
              ...points.map((p) => h("td", { text: String(agg.items[it.id].counts[String(p)]) })),
              h("td", { text: formatMean(agg.items[it.id].mean) }),
            ]),
          ),
        ),
      ),
    ]),
  ];
}

/** @param {RatingDef} def @param {Record<string, any>} agg */
function ratingTables(def, agg) {
  const keys = [...def.scale.map((x) => x.id), UNANSWERED];
  /** @param {string} k */
  const label = (k) => (k === UNANSWERED ? "Ikke vurdert" : def.scale.find((x) => x.id === k)?.label || k);
  const themes = def.parts.flatMap((p) => p.themes);
  /** @param {Record<string, number>} counts */
  const cells = (counts) => keys.map((k) => h("td", { text: String(counts[k]) }));
  return [
    h("table", { class: "mvh-table" }, [
      h("caption", { text: `Antall vurderinger per tema og farge (n = ${agg.n})` }),
      h("thead", {}, [headRow(["Tema", ...keys.map(label)])]),
      h("tbody", {}, [
        ...themes.map((t) =>
          h("tr", { "data-theme": t.id }, [
            h("th", { scope: "row", text: `${t.id}. ${t.title}` }),
            ...cells(agg.themes[t.id]),
          ]),
        ),
        h("tr", { class: "mvh-row-total" }, [h("th", { scope: "row", text: "Totalt" }), ...cells(agg.total)]),
      ]),
    ]),
  ];
}

/**
 * @param {HTMLElement} el @param {{instruments: (LikertDef|RatingDef)[]}} index
 */
export function renderTeam(el, index) {
  const defs = index.instruments;
  /** @type {{response: string, answers: any}[]} */
  let responses = [];
  let def = defs[0];
  const selectId = uid("team");
  const choice = select(
    { id: selectId, "data-action": "team-instrument" },
    defs.map((d) => h("option", { value: d.id, text: d.title })),
  );
  const status = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
  const log = h("ul", { class: "mvh-team-log", "aria-live": "polite" });
  const results = h("div", { class: "mvh-team-results" });

  choice.addEventListener("change", () => {
    def = defs.find((d) => d.id === choice.value) || defs[0];
    responses = [];
    log.replaceChildren();
    show();
  });

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
    if (responses.some((r) => r.response === response)) {
      return `«${file.name}»: samme besvarelse er lagt til før. Den telles bare én gang.`;
    }
    responses.push({ response, answers: data.answers });
    return `«${file.name}»: lagt til.`;
  }

  const fileInput = fileButton({
    multiple: true,
    onFiles: async (files) => {
      const lines = [];
      for (const f of files) lines.push(await addFile(f));
      log.replaceChildren(...lines.map((t) => h("li", { text: t })));
      show();
    },
  });

  function show() {
    const agg = aggregate(
      def,
      responses.map((r) => r.answers),
    );
    status.textContent = `${agg.n} ${agg.n === 1 ? "besvarelse" : "besvarelser"} lagt til.`;
    if (!agg.shown) {
      const text =
        `Teamoversikten vises først når minst ${MIN_TEAM_RESPONSES} besvarelser er lagt til. ` +
        "Det beskytter anonymiteten til den enkelte.";
      results.replaceChildren(h("p", { class: "mvh-notice", text }));
      return;
    }
    results.replaceChildren(...(def.kind === "likert" ? likertTables(def, agg) : ratingTables(def, agg)));
  }

  const clear = () => {
    responses = [];
    log.replaceChildren();
    show();
  };
  const privacy =
    "Filene leses bare her i nettleseren. Ingenting lagres eller sendes, og ingen navn vises. " +
    "Lukker du siden, er oversikten borte.";
  el.replaceChildren(
    h("section", { class: "mvh mvh-team", "aria-label": "Teamoversikt" }, [
      h("p", { class: "mvh-privacy", text: privacy }),
      h("label", { for: selectId, text: "Hvilken øvelse gjelder det?" }),
      choice,
      h("div", { class: "mvh-toolbar" }, [
        button({ class: "mvh-btn", "data-action": "team-add", onclick: fileInput.open }, "Legg til filer"),
        button({ class: "mvh-btn", "data-action": "team-clear", onclick: clear }, "Tøm oversikten"),
        fileInput.el,
      ]),
      status,
      log,
      results,
    ]),
  );
  show();
}
