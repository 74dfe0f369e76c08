// @ts-check
/** "Mine svar": every instrument with saved answers; export, import, print and delete them all. */
import { exportData, MAX_IMPORT_BYTES, newResponseId, parseWorkbook, workbookData } from "../core/exchange.js";
import { t } from "../core/i18n.js";
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

const FILE_NOTE = () => t("workbook.du_har_apnet_boka_fra");

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
  const measurementCount = (n) => (n === 1 ? t("workbook.1_maling") : t("workbook.malinger", { n }));

  /** One exercise's own export, the same file "Eksporter (JSON)" in its chapter gives. @param {Definition} def */
  function exportOne(def) {
    const found = saved().find((r) => r.def.id === def.id);
    if (!found) return say(t("workbook.det_er_ingen_svar_a_3", { title: def.title }), "error");
    const { rec, measurements } = found;
    const data = exportData(def, rec.answers, responseOf(def, rec), measurements);
    download(`${def.id}-${fileStamp(new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
    say(t("workbook.svarene_fra_er_lastet_ned", { title: def.title }), "ok");
  }

  /** @param {Definition} def */
  function deleteOne(def) {
    try {
      forgetInstrument(window.localStorage, def);
    } catch {
      return say(t("workbook.nettleseren_lot_ikke_boka_slette"), "error");
    }
    refresh();
    list.focus();
    say(t("workbook.svarene_fra_er_slettet_i", { title: def.title }), "ok");
  }

  /**
   * @param {Definition} def @param {Record<string, any>} rec @param {Record<string, any>[]} measurements
   * @param {HTMLElement[]} boxes
   */
  function row(def, rec, measurements, boxes) {
    const also = measurements.length
      ? t("workbook.malingene_slettes_ogsa", { measurementCount: measurementCount(measurements.length) })
      : "";
    const del = confirmAction({
      label: t("workbook.slett"),
      action: "delete-one",
      yes: t("workbook.ja_slett_svarene"),
      groupLabel: t("workbook.bekreft_sletting_av", { title: def.title }),
      question: t("workbook.vil_du_slette_svarene_i", { title: def.title, also }),
      onYes: () => deleteOne(def),
    });
    del.trigger.setAttribute("aria-label", t("workbook.slett_svarene_i", { title: def.title }));
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
              "aria-label": t("workbook.eksporter_svarene_i", { title: def.title }),
              onclick: () => exportOne(def),
            },
            t("workbook.eksporter"),
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
      h("caption", { text: t("workbook.ovelser_med_lagrede_svar_i") }),
      h("thead", {}, [
        headRow([
          t("workbook.ovelse"),
          t("workbook.framdrift"),
          t("workbook.sist_lagret_2"),
          t("workbook.finnes_pa"),
          t("workbook.handlinger"),
        ]),
      ]),
      h(
        "tbody",
        {},
        rows.flatMap(({ def, rec, measurements }) => row(def, rec, measurements, boxes)),
      ),
    ]);
    list.replaceChildren(
      ...(rows.length
        ? [scrollBox(table, t("workbook.ovelser_med_lagrede_svar")), ...boxes]
        : [
            h("p", {
              text: t("workbook.du_har_ingen_lagrede_svar"),
            }),
          ]),
    );
  }

  const deleteAll = confirmAction({
    label: t("workbook.slett_alle_svarene_mine"),
    action: "delete-all",
    yes: t("workbook.ja_slett_alt"),
    groupLabel: t("workbook.bekreft_sletting"),
    question: t("workbook.vil_du_slette_alle_svar"),
    onYes: () => {
      // Every key of the book goes: answers, backups of damaged records, older versions.
      const count = store.clear();
      refresh();
      say(count ? t("workbook.alle_svarene_dine_i_denne") : t("workbook.det_var_ingen_lagrede_svar"), "ok");
    },
  });

  function exportAll() {
    const rows = saved();
    if (!rows.length) return say(t("workbook.det_er_ingen_svar_a_2"), "error");
    const entries = rows.map(({ def, rec, measurements }) => ({
      def,
      answers: rec.answers,
      response: responseOf(def, rec),
      measurements,
    }));
    const data = workbookData(entries);
    download(`mine-svar-${fileStamp(new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
    say(t("workbook.svarene_fra_ovelser_er_lastet", { n: rows.length }), "ok");
  }

  /** @param {File} file @param {string} raw */
  function importText(file, raw) {
    let entries;
    try {
      entries = parseWorkbook(defs, raw, file.name);
    } catch (err) {
      return say(t("workbook.ingenting_er_endret", { message: /** @type {Error} */ (err).message }), "error");
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
      return say(t("workbook.nettleseren_lot_ikke_boka_lagre"), "error");
    }
    refresh();
    const also = measured ? t("workbook.med", { measurementCount: measurementCount(measured) }) : "";
    say(t("workbook.svarene_til_ovelser_er_importert", { n: entries.length, name: file.name, also }), "ok");
  }
  const tooBig = t("workbook.filen_er_storre_enn_5");
  /** @param {string} text */
  const refuse = (text) => say(text, "error");
  const fileInput = fileButton({
    onFiles: ([file]) => readFile(file, 5 * MAX_IMPORT_BYTES, tooBig, refuse, (raw) => importText(file, raw)),
  });

  /** The workbook on paper: every exercise with answers, in book order, as readable entries. */
  function printAll() {
    const rows = saved();
    if (!rows.length) return say(t("workbook.det_er_ingen_svar_a"), "error");
    const today = savedAt(new Date().toISOString()).split(" ")[0];
    printDoc.replaceChildren(
      h("h3", { text: t("workbook.mine_svar_fra_metodeveilederhandboka") }),
      h("p", { text: t("workbook.skrevet_ut_svarene_er_lagret", { today }) }),
      ...rows.map(({ def, rec, measurements }) =>
        h("section", { class: "mvh-print-instrument", "data-instrument": def.id }, [
          h("h4", { text: def.title }),
          h("p", {
            class: "mvh-muted",
            text: `${progressText(def, rec.answers)}${rec.saved ? t("workbook.sist_lagret", { savedAt: savedAt(rec.saved) }) : ""}`,
          }),
          ...paper(def, rec.answers),
          ...measurementsOnPaper(def, measurements),
        ]),
      ),
    );
    printDoc.hidden = false;
    printSection(printDoc);
  }

  const unavailable = t("workbook.nettleseren_lar_ikke_boka_lagre");
  el.replaceChildren(
    h("section", { class: "mvh mvh-workbook", "aria-label": t("workbook.mine_svar") }, [
      h("p", {
        class: "mvh-privacy",
        text: t("workbook.oversikten_leser_bare_svar_som"),
      }),
      store.available() ? null : h("p", { class: "mvh-notice", text: unavailable }),
      location.protocol === "file:" ? h("p", { class: "mvh-info", text: FILE_NOTE() }) : null,
      list,
      h("div", { class: "mvh-toolbar", role: "group", "aria-label": t("workbook.alle_svar") }, [
        button({ class: "mvh-btn", "data-action": "export-all", onclick: exportAll }, t("workbook.eksporter_alle")),
        button({ class: "mvh-btn", "data-action": "import-all", onclick: fileInput.open }, t("workbook.importer_alle")),
        button({ class: "mvh-btn", "data-action": "print-all", onclick: printAll }, t("workbook.skriv_ut_alle")),
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
