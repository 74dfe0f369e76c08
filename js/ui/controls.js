// @ts-check
/** Controls the instrument frame, the workbook and the team view share. */
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
  if (file.size === 0) return refuse("Filen er tom. Ingenting er endret.");
  if (file.size > maxBytes) return refuse(tooBig);
  file.text().then(use, () => refuse("Filen kunne ikke leses. Ingenting er endret."));
}

/**
 * A danger button that asks first: the button, and a hidden box with yes and no.
 * @param {{label: string, action: string, question: string, yes: string, groupLabel: string, onYes: () => void}} o
 */
export function confirmAction({ label, action, question, yes, groupLabel, onYes }) {
  const trigger = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": action }, [label]);
  const confirmYes = h(
    "button",
    { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": `confirm-${action}` },
    [yes],
  );
  const confirmNo = h("button", { type: "button", class: "mvh-btn", "data-action": `cancel-${action}` }, ["Avbryt"]);
  const box = h("div", { class: "mvh-confirm", hidden: true, role: "group", "aria-label": groupLabel }, [
    h("p", { text: question }),
    confirmYes,
    confirmNo,
  ]);
  trigger.addEventListener("click", () => {
    box.hidden = false;
    confirmYes.focus();
  });
  confirmNo.addEventListener("click", () => {
    box.hidden = true;
    trigger.focus();
  });
  confirmYes.addEventListener("click", () => {
    box.hidden = true;
    onYes();
    trigger.focus();
  });
  return { trigger, box };
}
