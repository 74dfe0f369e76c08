// @ts-check
/** Controls the instrument frame, the workbook and the team view share. */

import { t } from "../core/i18n.js";
import { h } from "./dom.js";

/**
 * The message area: a polite status line and an alert line; a message in one clears the other.
 * @returns {{message: HTMLElement, alert: HTMLElement, say: (text: string, kind: "ok"|"error") => void}}
 */
export function messageLine() {
  const message = h("div", { class: "mvh-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-alert", role: "alert" });
  /** @param {string} text @param {"ok"|"error"} kind */
  const say = (text, kind) => {
    (kind === "error" ? alert : message).textContent = text;
    (kind === "error" ? message : alert).textContent = "";
  };
  return { message, alert, say };
}

/**
 * A hidden file input for JSON files. `open()` asks for files; `onFiles` gets them after
 * the empty and too-big ones are refused with the message `refuse` gives.
 * @param {{multiple?: boolean, onFiles: (files: File[]) => void}} options
 */
export function fileButton({ multiple = false, onFiles }) {
  const el = /** @type {HTMLInputElement} */ (
    h("input", {
      type: "file",
      accept: ".json,application/json",
      multiple: multiple || undefined,
      class: "mvh-file",
      tabindex: "-1",
      "aria-hidden": "true",
    })
  );
  el.addEventListener("change", () => {
    const files = Array.from(el.files || []);
    el.value = "";
    if (files.length) onFiles(files);
  });
  return { el, open: () => el.click() };
}

/**
 * Read one chosen file as text, after the size checks every import makes.
 * @param {File} file @param {number} maxBytes @param {string} tooBig the message for a file over maxBytes
 * @param {(message: string) => void} refuse @param {(raw: string) => void} use
 */
export function readFile(file, maxBytes, tooBig, refuse, use) {
  if (file.size === 0) return refuse(t("controls.filen_er_tom_ingenting_er"));
  if (file.size > maxBytes) return refuse(tooBig);
  file.text().then(use, () => refuse(t("controls.filen_kunne_ikke_leses_ingenting")));
}

/**
 * Empty the message lines (messageLine) of the nearest container that has them: a question
 * that opens must not stand under an old answer or error.
 * @param {HTMLElement} from
 */
function clearMessagesNear(from) {
  for (let node = from.parentElement; node; node = node.parentElement) {
    const lines = node.querySelectorAll(":scope > .mvh-message, :scope > .mvh-alert");
    if (lines.length) {
      for (const line of Array.from(lines)) line.textContent = "";
      return;
    }
  }
}

/**
 * A question with a yes and a safe "Avbryt": a hidden box. `ask` opens it with the question and
 * what to do on yes, and puts focus on "Avbryt" (Enter pressed twice must not delete or replace
 * anything); Escape and "Avbryt" close it and give focus back to `back()`. Opening it clears old
 * messages near it.
 * @param {{action: string, yes: string, groupLabel: string, back: () => HTMLElement|null}} o
 */
export function questionBox({ action, yes, groupLabel, back }) {
  const text = h("p", { class: "mvh-confirm-question" });
  const confirmYes = h(
    "button",
    { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": `confirm-${action}` },
    [yes],
  );
  const confirmNo = h("button", { type: "button", class: "mvh-btn", "data-action": `cancel-${action}` }, [
    t("controls.avbryt"),
  ]);
  const box = h("div", { class: "mvh-confirm", hidden: true, role: "group", "aria-label": groupLabel }, [
    text,
    h("div", { class: "mvh-confirm-buttons" }, [confirmNo, confirmYes]),
  ]);
  /** @type {(() => void) | null} */
  let onYes = null;
  const close = () => {
    box.hidden = true;
    onYes = null;
    back()?.focus();
  };
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !box.hidden) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  confirmNo.addEventListener("click", close);
  confirmYes.addEventListener("click", () => {
    const run = onYes;
    close();
    run?.();
  });
  /** @param {string} question @param {() => void} then */
  const ask = (question, then) => {
    clearMessagesNear(box);
    text.textContent = question;
    onYes = then;
    box.hidden = false;
    confirmNo.focus();
  };
  return { box, ask, close, isOpen: () => !box.hidden };
}

/**
 * A danger button that asks first: the button, and a hidden box with yes and a safe "Avbryt"
 * (focused when it opens; Escape closes it too).
 * @param {{label: string, action: string, question: string, yes: string, groupLabel: string, onYes: () => void}} o
 */
export function confirmAction({ label, action, question, yes, groupLabel, onYes }) {
  const trigger = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": action }, [label]);
  const q = questionBox({ action, yes, groupLabel, back: () => trigger });
  trigger.addEventListener("click", () => q.ask(question, onYes));
  return { trigger, box: q.box };
}
