// @ts-check
/** "Mine svar": every instrument with saved answers; export, import, print and delete them all. */
import { exportData, MAX_IMPORT_BYTES, newResponseId, parseWorkbook, workbookData } from "../core/exchange.js";
import { mergeMeasurements } from "../core/measure.js";
import { hasContent } from "../core/values.js";
import { BOOK, forgetInstrument } from "../host/record.js";
import { progressText } from "../kinds/index.js";
import { confirmAction, fileButton, messageLine, readFile } from "../ui/controls.js";
import { button, download, fileStamp, h, headRow, norwegianDate, scrollBox } from "../ui/dom.js";
import { printSection } from "../ui/print.js";
import { measurementsOnPaper, paper } from "./paper.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../host/static-host.js").Store} Store */

const FILE_NOTE =
  "Du har åpnet boka fra en fil på maskinen. Noen nettlesere (som Firefox) lagrer da svar for hver side for seg, " +
  "så denne oversikten ser bare svar fra denne siden. Eksporter svarene fra hver øvelse, eller herfra, " +
  "for å være sikker på å ta vare på dem.";

/** Two digits. @param {number} n */
const two = (n) => String(n).padStart(2, "0");

/** A moment as Norwegians write it, in local time: "02.12.2026 kl. 09.14". @param {string} iso */
export function savedAt(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "–";
  const day = norwegianDate(`${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`);
  return `${day} kl. ${two(d.getHours())}.${two(d.getMinutes())}`;
}

/**
 * Where each chapter comes in the book: the order of the book's own navigation (the sidebar lists
 * every chapter in reading order). Pages it does not list come last.
 * @returns {(href: string) => number}
 */
function bookOrder() {
  /** @type {Map<string, number>} */
  const order = new Map();
  const plain = (/** @type {string} */ href) => {
    const url = new URL(href, location.href);
    url.hash = "";
    return url.href;
  };
  for (const a of Array.from(document.querySelectorAll(".bd-docs-nav a[href]"))) {
    const href = plain(/** @type {HTMLAnchorElement} */ (a).href);
    if (!order.has(href)) order.set(href, order.size);
  }
  return (href) => order.get(plain(href)) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * @param {HTMLElement} el
 * @param {{instruments: Definition[], pages: Record<string, {href: string, title: string}[]>}} index
 * @param {Store} store
 */
export function renderWorkbook(el, index, store) {
  const defs = index.instruments;
  const list = h("div", { class: "mvh-workbook-list", tabindex: "-1" });
  const { message, alert, say } = messageLine();
  const printDoc = h("div", { class: "mvh-print-doc", hidden: true });
  // The exercises in the order the book has them: by the first chapter each is in.
  const place = bookOrder();
  /** @param {Definition} def */
  const firstPage = (def) =>
    Math.min(Number.MAX_SAFE_INTEGER, ...(index.pages[def.id] || []).map((p) => place(p.href)));
  const inBookOrder = defs
    .map((def, i) => ({ def, at: firstPage(def), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ def }) => def);
  /** An exercise with answers or measurements (after *Nullstill* it may have only measurements). */
  const saved = () =>
    inBookOrder
      .map((def) => ({ def, rec: store.read(def), measurements: store.readMeasurements(def) }))
      .flatMap(({ def, rec, measurements }) =>
        (rec && hasContent(rec.answers)) || measurements.length
          ? [
              {
                def,
                rec: rec && hasContent(rec.answers) ? rec : { answers: {}, response: "", saved: null },
                measurements,
              },
            ]
          : [],
      );

  /** The answers' response id, given once and kept, so every export of them is the same response. */
  /** @param {Definition} def @param {Record<string, any>} rec */
  function responseOf(def, rec) {
    let response = typeof rec.response === "string" && rec.response ? rec.response : "";
    if (!response) {
      response = newResponseId();
      // Empty answers (only measurements) are not written: there is nothing to keep the id with.
      if (hasContent(rec.answers)) store.write(def, rec.answers, response);
    }
    return response;
  }

  /** A measurement count in words. @param {number} n */
  const measurementCount = (n) => (n === 1 ? "1 måling" : `${n} målinger`);

  /** One exercise's own export, the same file "Eksporter (JSON)" in its chapter gives. @param {Definition} def */
  function exportOne(def) {
    const found = saved().find((r) => r.def.id === def.id);
    if (!found) return say(`Det er ingen svar å eksportere fra «${def.title}».`, "error");
    const { rec, measurements } = found;
    const data = exportData(def, rec.answers, responseOf(def, rec), measurements);
    download(`${def.id}-${fileStamp(new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
    say(`Svarene fra «${def.title}» er lastet ned. Filen kan importeres igjen på siden der øvelsen står.`, "ok");
  }

  /** @param {Definition} def */
  function deleteOne(def) {
    try {
      forgetInstrument(window.localStorage, def);
    } catch {
      return say("Nettleseren lot ikke boka slette svarene. Ingenting er endret.", "error");
    }
    refresh();
    list.focus();
    say(`Svarene fra «${def.title}» er slettet i denne nettleseren.`, "ok");
  }

  /**
   * @param {Definition} def @param {Record<string, any>} rec @param {Record<string, any>[]} measurements
   * @param {HTMLElement[]} boxes
   */
  function row(def, rec, measurements, boxes) {
    const also = measurements.length ? ` Målingene (${measurementCount(measurements.length)}) slettes også.` : "";
    const del = confirmAction({
      label: "Slett",
      action: "delete-one",
      yes: "Ja, slett svarene",
      groupLabel: `Bekreft sletting av «${def.title}»`,
      question: `Vil du slette svarene i «${def.title}» i denne nettleseren?${also} Det kan ikke angres.`,
      onYes: () => deleteOne(def),
    });
    del.trigger.setAttribute("aria-label", `Slett svarene i «${def.title}»`);
    // The question goes under the table (a box inside a table row would stretch its columns).
    boxes.push(del.box);
    return [
      h("tr", { "data-instrument": def.id }, [
        h("th", { scope: "row", text: def.title }),
        h("td", {
          text: `${progressText(def, rec.answers)}${measurements.length ? ` · ${measurementCount(measurements.length)}` : ""}`,
        }),
        h("td", { text: rec.saved ? savedAt(rec.saved) : "–" }),
        h(
          "td",
          {},
          (index.pages[def.id] || []).flatMap((p, i) => [i ? ", " : "", h("a", { href: p.href, text: p.title })]),
        ),
        h("td", { class: "mvh-row-actions" }, [
          button(
            {
              class: "mvh-btn mvh-btn-small",
              "data-action": "export-one",
              "aria-label": `Eksporter svarene i «${def.title}»`,
              onclick: () => exportOne(def),
            },
            "Eksporter",
          ),
          del.trigger,
        ]),
      ]),
    ];
  }

  function refresh() {
    // Storage blocked: the notice above says so; "no saved answers yet" would contradict it.
    if (!store.available()) return list.replaceChildren();
    const rows = saved();
    /** @type {HTMLElement[]} */
    const boxes = [];
    const table = h("table", { class: "mvh-table mvh-workbook-table" }, [
      h("caption", { text: "Øvelser med lagrede svar i denne nettleseren" }),
      h("thead", {}, [headRow(["Øvelse", "Framdrift", "Sist lagret", "Finnes på", "Handlinger"])]),
      h(
        "tbody",
        {},
        rows.flatMap(({ def, rec, measurements }) => row(def, rec, measurements, boxes)),
      ),
    ]);
    list.replaceChildren(
      ...(rows.length
        ? [scrollBox(table, "Øvelser med lagrede svar"), ...boxes]
        : [
            h("p", {
              text:
                "Du har ingen lagrede svar i denne nettleseren ennå. " +
                "Svarene dine dukker opp her når du har gjort en øvelse.",
            }),
          ]),
    );
  }

  const deleteAll = confirmAction({
    label: "Slett alle svarene mine",
    action: "delete-all",
    yes: "Ja, slett alt",
    groupLabel: "Bekreft sletting",
    question:
      "Vil du slette alle svar og målinger fra alle øvelsene i boka i denne nettleseren? Det kan ikke angres. " +
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
    const entries = rows.map(({ def, rec, measurements }) => ({
      def,
      answers: rec.answers,
      response: responseOf(def, rec),
      measurements,
    }));
    const data = workbookData(entries);
    download(`mine-svar-${fileStamp(new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
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
    // Measurements are added to those stored here (the file's copy wins for one both have).
    const withMeasurements = entries.map((e) =>
      e.measurements.length
        ? { ...e, measurements: mergeMeasurements(store.readMeasurements(e.def), e.measurements) }
        : e,
    );
    const measured = entries.reduce((n, e) => n + e.measurements.length, 0);
    try {
      store.writeAll(withMeasurements);
    } catch {
      return say(
        "Nettleseren lot ikke boka lagre svarene (lagring er blokkert eller full). Ingenting er endret.",
        "error",
      );
    }
    refresh();
    const also = measured ? `, med ${measurementCount(measured)}` : "";
    say(`Svarene til ${entries.length} øvelser er importert fra «${file.name}»${also}.`, "ok");
  }
  const tooBig = "Filen er større enn 5 MB og kan ikke være en arbeidsbok fra boka. Ingenting er endret.";
  /** @param {string} text */
  const refuse = (text) => say(text, "error");
  const fileInput = fileButton({
    onFiles: ([file]) => readFile(file, 5 * MAX_IMPORT_BYTES, tooBig, refuse, (raw) => importText(file, raw)),
  });

  /** The workbook on paper: every exercise with answers, in book order, as readable entries. */
  function printAll() {
    const rows = saved();
    if (!rows.length) return say("Det er ingen svar å skrive ut ennå.", "error");
    const today = savedAt(new Date().toISOString()).split(" ")[0];
    printDoc.replaceChildren(
      h("h3", { text: "Mine svar fra Metodeveilederhåndboka" }),
      h("p", { text: `Skrevet ut ${today}. Svarene er lagret i denne nettleseren.` }),
      ...rows.map(({ def, rec, measurements }) =>
        h("section", { class: "mvh-print-instrument", "data-instrument": def.id }, [
          h("h4", { text: def.title }),
          h("p", {
            class: "mvh-muted",
            text: `${progressText(def, rec.answers)}${rec.saved ? ` · sist lagret ${savedAt(rec.saved)}` : ""}`,
          }),
          ...paper(def, rec.answers),
          ...measurementsOnPaper(def, measurements),
        ]),
      ),
    );
    printDoc.hidden = false;
    printSection(printDoc);
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
