// @ts-check
/** "Mine svar": every instrument with saved answers; export, import, print and delete them all. */
import { MAX_IMPORT_BYTES, newResponseId, parseWorkbook, workbookData } from "../core/exchange.js";
import { hasContent } from "../core/values.js";
import { BOOK } from "../host/record.js";
import { answerTable, progressText } from "../kinds/index.js";
import { confirmAction, fileButton, messageLine, readFile } from "../ui/controls.js";
import { button, download, h, headRow, stamp } from "../ui/dom.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../host/static-host.js").Store} Store */

const FILE_NOTE =
  "Du har åpnet boka fra en fil på maskinen. Noen nettlesere (som Firefox) lagrer da svar for hver side for seg, " +
  "så denne oversikten ser bare svar fra denne siden. Eksporter svarene fra hver øvelse, eller herfra, " +
  "for å være sikker på å ta vare på dem.";

/**
 * @param {HTMLElement} el
 * @param {{instruments: Definition[], pages: Record<string, {href: string, title: string}[]>}} index
 * @param {Store} store
 */
export function renderWorkbook(el, index, store) {
  const defs = index.instruments;
  const list = h("div", { class: "mvh-workbook-list" });
  const { message, alert, say } = messageLine();
  const printDoc = h("div", { class: "mvh-print-doc", hidden: true });
  const saved = () =>
    defs
      .map((def) => ({ def, rec: store.read(def) }))
      .flatMap(({ def, rec }) => (rec && hasContent(rec.answers) ? [{ def, rec }] : []));

  /** @param {string} iso */
  const when = (iso) => new Date(iso).toLocaleString("nb-NO", { dateStyle: "short", timeStyle: "short" });
  function refresh() {
    const rows = saved();
    list.replaceChildren(
      rows.length
        ? h("table", { class: "mvh-table mvh-workbook-table" }, [
            h("caption", { text: "Øvelser med lagrede svar i denne nettleseren" }),
            h("thead", {}, [headRow(["Øvelse", "Framdrift", "Sist lagret", "Finnes på"])]),
            h(
              "tbody",
              {},
              rows.map(({ def, rec }) =>
                h("tr", { "data-instrument": def.id }, [
                  h("th", { scope: "row", text: def.title }),
                  h("td", { text: progressText(def, rec.answers) }),
                  h("td", { text: rec.saved ? when(rec.saved) : "–" }),
                  h(
                    "td",
                    {},
                    (index.pages[def.id] || []).flatMap((p, i) => [
                      i ? ", " : "",
                      h("a", { href: p.href, text: p.title }),
                    ]),
                  ),
                ]),
              ),
            ),
          ])
        : h("p", {
            text:
              "Du har ingen lagrede svar i denne nettleseren ennå. " +
              "Svarene dine dukker opp her når du har gjort en øvelse.",
          }),
    );
  }

  const deleteAll = confirmAction({
    label: "Slett alle svarene mine",
    action: "delete-all",
    yes: "Ja, slett alt",
    groupLabel: "Bekreft sletting",
    question:
      "Vil du slette alle svar fra alle øvelsene i boka i denne nettleseren? Det kan ikke angres. " +
      "Eksporter først hvis du vil ta vare på dem.",
    onYes: () => {
      // Every key of the book goes: answers, backups of damaged records, older versions.
      const count = store.clear();
      refresh();
      say(count ? "Alle svarene dine i denne nettleseren er slettet." : "Det var ingen lagrede svar å slette.", "ok");
    },
  });

  function exportAll() {
    const rows = saved();
    if (!rows.length) return say("Det er ingen svar å eksportere ennå.", "error");
    const entries = rows.map(({ def, rec }) => {
      let response = typeof rec.response === "string" && rec.response ? rec.response : "";
      if (!response) {
        // Give the answers an id once and keep it, so every export of them is the same response.
        response = newResponseId();
        store.write(def, rec.answers, response);
      }
      return { def, answers: rec.answers, response };
    });
    const data = workbookData(entries);
    download(`mine-svar-${stamp(new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
    say(`Svarene fra ${rows.length} øvelser er lastet ned i én fil.`, "ok");
  }

  /** @param {File} file @param {string} raw */
  function importText(file, raw) {
    let entries;
    try {
      entries = parseWorkbook(defs, raw, file.name);
    } catch (err) {
      return say(`${/** @type {Error} */ (err).message} Ingenting er endret.`, "error");
    }
    try {
      store.writeAll(entries);
    } catch {
      return say(
        "Nettleseren lot ikke boka lagre svarene (lagring er blokkert eller full). Ingenting er endret.",
        "error",
      );
    }
    refresh();
    say(`Svarene til ${entries.length} øvelser er importert fra «${file.name}».`, "ok");
  }
  const tooBig = "Filen er større enn 5 MB og kan ikke være en arbeidsbok fra boka. Ingenting er endret.";
  /** @param {string} text */
  const refuse = (text) => say(text, "error");
  const fileInput = fileButton({
    onFiles: ([file]) => readFile(file, 5 * MAX_IMPORT_BYTES, tooBig, refuse, (raw) => importText(file, raw)),
  });

  function printAll() {
    const rows = saved();
    if (!rows.length) return say("Det er ingen svar å skrive ut ennå.", "error");
    /** @param {Definition} def @param {unknown} answers */
    const table = (def, answers) => {
      const [head, ...body] = answerTable(def, answers);
      return h("table", { class: "mvh-table mvh-print-table" }, [
        h("thead", {}, [headRow(head.map(String))]),
        h(
          "tbody",
          {},
          body.map((r) =>
            h(
              "tr",
              {},
              r.map((x) => h("td", { text: x == null ? "" : String(x) })),
            ),
          ),
        ),
      ]);
    };
    printDoc.replaceChildren(
      h("h3", { text: "Mine svar fra Metodeveilederhåndboka" }),
      h("p", { text: `Skrevet ut ${new Date().toLocaleDateString("nb-NO")}.` }),
      ...rows.map(({ def, rec }) =>
        h("section", { class: "mvh-print-instrument" }, [
          h("h4", { text: def.title }),
          h("p", { class: "mvh-muted", text: progressText(def, rec.answers) }),
          table(def, rec.answers),
        ]),
      ),
    );
    printDoc.hidden = false;
    window.print();
  }

  const unavailable = "Nettleseren lar ikke boka lagre svar, så det er ingen lagrede svar å vise.";
  el.replaceChildren(
    h("section", { class: "mvh mvh-workbook", "aria-label": "Mine svar" }, [
      h("p", {
        class: "mvh-privacy",
        text: "Oversikten leser bare svar som er lagret i denne nettleseren. Ingenting sendes noe sted.",
      }),
      store.available() ? null : h("p", { class: "mvh-notice", text: unavailable }),
      location.protocol === "file:" ? h("p", { class: "mvh-info", text: FILE_NOTE }) : null,
      list,
      h("div", { class: "mvh-toolbar", role: "group", "aria-label": "Alle svar" }, [
        button({ class: "mvh-btn", "data-action": "export-all", onclick: exportAll }, "Eksporter alle"),
        button({ class: "mvh-btn", "data-action": "import-all", onclick: fileInput.open }, "Importer alle"),
        button({ class: "mvh-btn", "data-action": "print-all", onclick: printAll }, "Skriv ut alle"),
        deleteAll.trigger,
        fileInput.el,
      ]),
      deleteAll.box,
      message,
      alert,
      printDoc,
    ]),
  );
  window.addEventListener("afterprint", () => {
    printDoc.hidden = true;
  });
  // The list shows what is stored now: after another tab saved or deleted answers, and when the
  // page comes back from the browser's back-forward cache (it missed those changes meanwhile).
  window.addEventListener("storage", (e) => {
    if (e.key === null || e.key.startsWith(`${BOOK}:`)) refresh();
  });
  window.addEventListener("pageshow", (e) => {
    if (e.persisted) refresh();
  });
  refresh();
}
