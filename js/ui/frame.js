// @ts-check
/**
 * The frame around every instrument: notices, the kind's view, export, import, print and reset.
 * Written in anywidget's shape (`render({model, el})`): in Jupyter anywidget supplies the model
 * and answers sync to Python; in the book host/static-host.js supplies a model kept in localStorage.
 *
 * Model fields used here:
 *   definition     the instrument (validated YAML, as JSON)
 *   answers        the reader's answers; always replaced, never mutated
 *   response_id    the random id exports carry, so a team view counts a response once
 *   host           "book" in the static book
 *   storage        (static host only) {ok: boolean, reason?: string}
 *   recovery, migrated_from   (static host only) what loading the stored answers found
 *   deleted        (static host only) set when the answers were deleted in another tab or page
 *   measurements   the dated copies of the answers (self-assessments only; ui/measurements.js)
 *
 * The book's model also has `forget()`, which deletes every stored key of the instrument:
 * *Nullstill* uses it there. In Jupyter, *Nullstill* empties the answers Python holds.
 */
import { exportData, MAX_IMPORT_BYTES, newResponseId, parseImport, replacedCount } from "../core/exchange.js";
import { followPage, setLanguage, t } from "../core/i18n.js";
import { mergeMeasurements, supportsMeasurements } from "../core/measure.js";
import { toCsv } from "../core/table.js";
import { hasContent, isObject } from "../core/values.js";
import { answerTable, KINDS } from "../kinds/index.js";
import { confirmAction, fileButton, messageLine, questionBox, readFile } from "./controls.js";
import { button, download, fileStamp, h, savedAt, uid } from "./dom.js";
import { measurementsView } from "./measurements.js";
import { deletedText, notices, SAVE_FAILED_TEXT, savedAgainText } from "./notices.js";
import { printSection } from "./print.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../core/types.js").Model} Model */
/** @typedef {Model & {forget?: () => void, refresh?: () => void}} MaybeBookModel */

/* The privacy note: in full in the first exercise on a page, as one short line in the others
   (a page with several exercises does not repeat the same paragraph in each). */
const PRIVACY_BOOK = () => t("frame.svarene_lagres_bare_i_denne_2");
const PRIVACY_BOOK_SHORT = () => t("frame.svarene_lagres_bare_i_denne");
const PRIVACY_JUPYTER = () => t("frame.svarene_ligger_i_denne_notatboken");
/* In the book the note ends with a link to the page on privacy: relative, as chapter links are
   (dom.js chapterLink), since every exercise stands on a page in book/, next to personvern.html. In
   Jupyter there is no book to link to, and no published address to trust, so the note stands alone. */
const PRIVACY_PAGE = "personvern.html";
const PRIVACY_LINK_TEXT = () => t("frame.les_mer_om_personvern");

/** Whether an exercise with the full privacy note is on the page already. */
const privacyShown = () =>
  typeof document !== "undefined" && document.querySelector(".mvh-privacy:not(.mvh-privacy-short)") !== null;

/** A time of day as Norwegians write it: 09.14. @param {Date} d */
const clock = (d) => `${String(d.getHours()).padStart(2, "0")}.${String(d.getMinutes()).padStart(2, "0")}`;

/** Form controls: where a reader edits. */
const CONTROLS = "input, textarea, select";

/**
 * @param {{model: MaybeBookModel, el: HTMLElement}} ctx
 */
export function render({ model, el }) {
  // Jupyter syncs the widget's `lang`; the book's model has none, and the page's own language holds.
  const lang = model.get("lang");
  if (typeof lang === "string" && lang) setLanguage(lang);
  else followPage();
  /** @type {Definition} */
  const def = model.get("definition");
  const getAnswers = () => {
    const a = model.get("answers");
    return isObject(a) ? a : {};
  };
  let lastSaved = /** @type {Date|null} */ (null);
  /** @param {Record<string, any>} next */
  const setAnswers = (next) => {
    // The control the reader is editing: a failed save is shown next to it.
    const active = document.activeElement;
    const deletedBefore = model.get("deleted");
    model.set("answers", next);
    model.save_changes();
    const storage = model.get("storage");
    if (storage && storage.ok === false) {
      saveFailed(storage.reason, active instanceof HTMLElement && section.contains(active) ? active : null);
    } else if (model.get("deleted") === deletedBefore) {
      lastSaved = new Date();
      saveWorked();
    } else {
      // The answers had been deleted elsewhere: the edit was dropped with them, not saved.
      lastSaved = null;
      savedLine.textContent = "";
    }
    showSaved();
  };

  const found = Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind] : undefined;
  if (!found) {
    el.replaceChildren(h("p", { class: "mvh-alert", text: t("frame.ukjent_ovelsestype", { kind: def.kind }) }));
    return () => {};
  }
  const kind = found;
  const titleId = uid("title");
  const { message, alert, say } = messageLine();
  const notice = notices(model, def);
  // A status message (WCAG 4.1.3): a live region from the start, so "Lagret …" is announced without moving focus.
  const savedLine = h("p", { class: "mvh-saved", role: "status", "aria-live": "polite" });
  // The static host says it is the book; in Jupyter there are no chapter pages to link to.
  const host = { inBook: model.get("host") === "book" };
  const body = kind.View(def, getAnswers, setAnswers, host);
  // The self-assessments: dated measurements under the exercise, which travel with its export and import.
  const measure = supportsMeasurements(def) ? measurementsView({ def, model, getAnswers }) : null;
  /** @returns {Record<string, any>[]} */
  const measurementsNow = () => (measure ? measure.list() : []);

  function showSaved() {
    const storage = model.get("storage");
    let text = "";
    if (storage && storage.ok === false) {
      text = t("frame.svarene_er_ikke_lagret_eksporter");
    } else if (lastSaved) {
      const time = clock(lastSaved);
      text = storage ? t("frame.lagret_i_nettleseren_kl", { time }) : t("frame.oppdatert_kl", { time });
    } else {
      // Back on the page: when the answers shown were saved, so a returning reader knows they are kept.
      const at = model.get("saved_at");
      const time = typeof at === "string" ? new Date(at) : null;
      text =
        time && !Number.isNaN(time.getTime()) && hasContent(getAnswers())
          ? t("frame.sist_lagret", { savedAt: savedAt(time) })
          : "";
    }
    // Only a changed line is written: a screen reader would repeat the same words on every keystroke.
    if (savedLine.textContent !== text) savedLine.textContent = text;
  }
  function showStorage() {
    notice.showStorage();
    if (model.get("storage")?.ok !== false) saveWorked();
    showSaved();
  }

  /* A save that fails: a note next to the control being edited, the alert line (a live region),
     and a question before the page is left while the text exists only here. */
  const fieldNote = h("p", {
    class: "mvh-notice mvh-field-note",
    id: uid("unsaved"),
    "data-notice": "save-failed",
  });
  let failedReason = /** @type {string|null} */ (null);
  let described = /** @type {HTMLElement|null} */ (null);
  /** Whether answers exist only on this page (not saved, not exported since they changed). */
  let onlyHere = false;
  /** @param {BeforeUnloadEvent} e */
  const askBeforeLeaving = (e) => {
    e.preventDefault();
    e.returnValue = ""; // older browsers ask only when this is set
  };
  /** @param {boolean} value */
  function setOnlyHere(value) {
    if (value === onlyHere) return;
    onlyHere = value;
    if (value) window.addEventListener("beforeunload", askBeforeLeaving);
    else window.removeEventListener("beforeunload", askBeforeLeaving);
  }
  function undescribe() {
    if (!described) return;
    const ids = (described.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && x !== fieldNote.id);
    if (ids.length) described.setAttribute("aria-describedby", ids.join(" "));
    else described.removeAttribute("aria-describedby");
    described = null;
  }
  /** @param {string} reason @param {HTMLElement|null} active */
  function saveFailed(reason, active) {
    if (!hasContent(getAnswers())) {
      // Nothing to lose (an empty exercise, after Nullstill say): the notice at the top is enough.
      undescribe();
      fieldNote.remove();
      setOnlyHere(false);
      return;
    }
    const text = Object.hasOwn(SAVE_FAILED_TEXT, reason)
      ? SAVE_FAILED_TEXT[/** @type {keyof typeof SAVE_FAILED_TEXT} */ (reason)]
      : SAVE_FAILED_TEXT.unavailable;
    fieldNote.textContent = text;
    if (active?.matches(CONTROLS)) {
      // Right after a text field; after the group for a choice (its input sits in a label).
      const group = active.matches("textarea, input[type=text]") ? null : active.closest(".mvh-field, fieldset, li");
      if (group && section.contains(group)) group.append(fieldNote);
      else active.after(fieldNote);
      if (described !== active) {
        undescribe();
        const ids = (active.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        active.setAttribute("aria-describedby", [...ids, fieldNote.id].join(" "));
        described = active;
      }
    } else if (!fieldNote.isConnected) {
      savedLine.before(fieldNote);
    }
    // The live region: said once when saving starts to fail (or fails for another reason).
    if (failedReason !== reason) say(text, "error");
    failedReason = reason;
    setOnlyHere(hasContent(getAnswers()));
  }
  function saveWorked() {
    undescribe();
    fieldNote.remove();
    if (failedReason !== null) {
      failedReason = null;
      say(savedAgainText(), "ok");
    }
    setOnlyHere(false);
  }

  /* toolbar: export, import, print, reset */
  // The time of the export in the name: a team's files saved to one folder do not collide.
  const baseName = () => `${def.id}-${fileStamp(new Date())}`;
  function exportJson() {
    let response = model.get("response_id");
    if (!response) {
      response = newResponseId();
      model.set("response_id", response);
      model.save_changes();
    }
    const data = exportData(def, getAnswers(), response, measurementsNow());
    download(`${baseName()}.json`, JSON.stringify(data, null, 2), "application/json");
    setOnlyHere(false); // the file holds them now
    say(t("frame.svarene_er_lastet_ned_som_2"), "ok");
  }
  function exportCsv() {
    download(`${baseName()}.csv`, toCsv(answerTable(def, getAnswers())), "text/csv;charset=utf-8");
    setOnlyHere(false);
    say(t("frame.svarene_er_lastet_ned_som"), "ok");
  }
  /** @param {File} file @param {string} raw */
  function importText(file, raw) {
    let data;
    try {
      data = parseImport(def, raw, file.name);
    } catch (err) {
      say(t("frame.ingenting_er_endret", { message: /** @type {Error} */ (err).message }), "error");
      return;
    }
    // Answers the file would replace or remove: the reader says yes first, knowing how many.
    model.refresh?.();
    const replaced = replacedCount(getAnswers(), data.answers);
    // Measurements are added to the reader's; one with the same id as one of theirs is replaced by the file's.
    const incoming = measure && Array.isArray(data.measurements) ? data.measurements : [];
    const mine = new Map(measurementsNow().map((m) => [m.id, JSON.stringify(m)]));
    const replacedMeasurements = incoming.filter(
      (/** @type {any} */ m) => mine.has(m.id) && mine.get(m.id) !== JSON.stringify(m),
    ).length;
    if (replaced === 0 && replacedMeasurements === 0) return useImport(file, data);
    const what = replaced === 1 ? t("frame.1_av_svarene") : t("frame.av_svarene", { replaced });
    const answersPart = replaced
      ? t("frame.filen_har_andre_svar_enn", { name: file.name, progress: kind.progress(def, getAnswers()), what })
      : t("frame.filen_har_de_samme_svarene", { name: file.name });
    const measurePart = incoming.length
      ? t("frame.filen_har_de_legges_til", {
          x: incoming.length === 1 ? t("frame.1_maling") : t("frame.malinger", { n: incoming.length }),
          x2: replacedMeasurements
            ? t("frame.og_blir_erstattet_av_filens", {
                x:
                  replacedMeasurements === 1
                    ? t("frame.1_av_malingene_dine")
                    : t("frame.av_malingene_dine", { replacedMeasurements }),
              })
            : ". ",
        })
      : "";
    importBox.ask(t("frame.det_kan_ikke_angres_vil", { answersPart, measurePart }), () =>
      useImport(file, /** @type {Record<string, any>} */ (data)),
    );
  }
  /** @param {File} file @param {Record<string, any>} data */
  function useImport(file, data) {
    try {
      // Catch up first with a deletion made elsewhere: the file's answers replace it, they are not dropped with it.
      model.refresh?.();
      // Keep the file's response id: the same answers stay the same response in a team view.
      model.set("response_id", typeof data.response === "string" ? data.response : "");
      const incoming = measure && Array.isArray(data.measurements) ? data.measurements : [];
      if (incoming.length) model.set("measurements", mergeMeasurements(measurementsNow(), incoming));
      setAnswers(data.answers);
      body.apply();
      const other = data.version !== def.version ? t("frame.filen_er_fra_versjon_av", { version: data.version }) : "";
      const count = incoming.length
        ? t("frame.er_med", {
            x: incoming.length === 1 ? t("frame.1_maling") : t("frame.malinger", { n: incoming.length }),
          })
        : "";
      say(t("frame.svarene_er_importert_fra", { name: file.name, count, other }), "ok");
    } catch (err) {
      say(t("frame.ingenting_er_endret", { message: /** @type {Error} */ (err).message }), "error");
    }
  }
  const tooBig = t("frame.filen_er_storre_enn_1");
  /** @param {string} text */
  const refuse = (text) => say(text, "error");
  const importButton = button(
    { class: "mvh-btn", "data-action": "import", onclick: () => fileInput.open() },
    t("frame.importer_fra_fil"),
  );
  const importBox = questionBox({
    action: "import",
    yes: t("frame.ja_importer_og_erstatt"),
    groupLabel: t("frame.bekreft_import"),
    back: () => importButton,
  });
  const fileInput = fileButton({
    onFiles: ([file]) => readFile(file, MAX_IMPORT_BYTES, tooBig, refuse, (raw) => importText(file, raw)),
  });
  const reset = confirmAction({
    label: t("frame.nullstill"),
    action: "reset",
    yes: t("frame.ja_slett_svarene"),
    groupLabel: t("frame.bekreft_nullstilling"),
    question: t("frame.vil_du_slette_alle_svarene", { x: measure ? t("frame.malingene_dine_blir_liggende") : "" }),
    onYes: () => {
      // The book: every stored key of the instrument goes first (answers, backups, older versions).
      if (typeof model.forget === "function") model.forget();
      // Then the empty exercise is saved, as any edit; deleted answers and what comes after them
      // are a new response.
      model.set("response_id", "");
      setAnswers({});
      showStorage();
      setOnlyHere(false);
      body.apply();
      say(t("frame.alle_svarene_i_denne_ovelsen"), "ok");
    },
  });

  const toolbar = h("div", { class: "mvh-toolbar", role: "group", "aria-label": t("frame.lagre_dele_og_skrive_ut") }, [
    button({ class: "mvh-btn", "data-action": "export-json", onclick: exportJson }, t("frame.eksporter_json")),
    button({ class: "mvh-btn", "data-action": "export-csv", onclick: exportCsv }, t("frame.eksporter_csv")),
    importButton,
    button({ class: "mvh-btn", "data-action": "print", onclick: () => printSection(section) }, t("frame.skriv_ut")),
    reset.trigger,
    fileInput.el,
  ]);

  const short = host.inBook && privacyShown();
  const privacyNote = h(
    "p",
    { class: short ? "mvh-privacy mvh-privacy-short" : "mvh-privacy" },
    host.inBook
      ? [
          `${short ? PRIVACY_BOOK_SHORT() : PRIVACY_BOOK()} `,
          h("a", { href: PRIVACY_PAGE, class: "mvh-privacy-link", text: PRIVACY_LINK_TEXT() }),
          ".",
        ]
      : [PRIVACY_JUPYTER()],
  );
  const section = h("section", { class: "mvh", "aria-labelledby": titleId, "data-kind": def.kind }, [
    h("h3", { class: "mvh-title", id: titleId, text: def.title }),
    def.intro ? h("p", { class: "mvh-intro", text: def.intro }) : null,
    privacyNote,
    notice.storage,
    notice.recovery,
    notice.migration,
    body.root,
    savedLine,
    toolbar,
    reset.box,
    importBox.box,
    message,
    alert,
    measure ? measure.root : null,
    def.source ? h("p", { class: "mvh-source", text: t("frame.kilde", { source: def.source }) }) : null,
  ]);
  // Answers are never filled in by the browser's own form memory (on Back, say): only from the model.
  for (const control of Array.from(section.querySelectorAll(CONTROLS))) control.setAttribute("autocomplete", "off");
  el.replaceChildren(section);
  body.apply();
  showStorage();

  const onAnswers = () => {
    body.apply();
    measure?.apply();
  };
  const onStorage = () => showStorage();
  const onRecovery = () => {
    // Deleted: the notices about what was stored (and the copy of it to download) go too.
    if (!model.get("recovery")) notice.recovery?.remove();
    if (model.get("migrated_from") == null) notice.migration?.remove();
  };
  /** @param {{new: {dropped: boolean}|null}} e */
  const onDeleted = (e) => {
    if (!e.new) return;
    setOnlyHere(false);
    body.apply();
    say(deletedText(e.new.dropped), e.new.dropped ? "error" : "ok");
  };
  // Shown again (Back, or the browser's memory of the page): show the model's answers, not
  // what the browser may have put back in the fields.
  const onShow = () => body.apply();
  model.on("change:answers", onAnswers);
  model.on("change:storage", onStorage);
  model.on("change:recovery", onRecovery);
  model.on("change:migrated_from", onRecovery);
  model.on("change:deleted", onDeleted);
  window.addEventListener("pageshow", onShow);
  return () => {
    model.off("change:answers", onAnswers);
    model.off("change:storage", onStorage);
    model.off("change:recovery", onRecovery);
    model.off("change:migrated_from", onRecovery);
    model.off("change:deleted", onDeleted);
    window.removeEventListener("pageshow", onShow);
    measure?.dispose();
    setOnlyHere(false);
  };
}
