// @ts-check
/** The notices above an instrument: storage trouble, a repaired record, a newer version. */
import { download, h } from "./dom.js";

/** @typedef {import("../core/types.js").Model} Model */

const STORAGE_TEXT = {
  held: "Svarene dine lagres ikke ennå: last først ned det som var lagret (knappen over), så det ikke går tapt.",
  quota:
    "Nettleseren har ikke mer plass til å lagre svar. Det du skriver nå, blir bare liggende på denne siden. " +
    "Eksporter svarene til en fil for å ta vare på dem.",
  unavailable:
    "Nettleseren lar ikke denne siden lagre svar (lagring er slått av eller blokkert). Øvelsen virker likevel, " +
    "men svarene forsvinner når du lukker siden. Eksporter dem til en fil for å ta vare på dem.",
};

/** Next to the field being edited, and in the alert line, when a save fails. */
export const SAVE_FAILED_TEXT = {
  quota:
    "Ikke lagret: nettleseren har ikke mer plass. Det du skriver, finnes bare på denne siden " +
    "til du eksporterer det (knappene under øvelsen).",
  unavailable:
    "Ikke lagret: nettleseren lar ikke siden lagre svar. Det du skriver, finnes bare på denne siden " +
    "til du eksporterer det (knappene under øvelsen).",
  held: "Ikke lagret ennå: last først ned det som var lagret (knappen øverst i øvelsen), så lagres svarene igjen.",
};

export const savedAgainText = "Svarene lagres i nettleseren igjen.";

/**
 * The answers were deleted in another tab or on another page (*Mine svar*).
 * @param {boolean} dropped whether what the reader had just written was dropped with them
 */
export const deletedText = (dropped) =>
  "Svarene i denne øvelsen er slettet i en annen fane eller på en annen side, så de er fjernet her også." +
  (dropped ? " Det du skrev nå, er ikke lagret: skriv det gjerne på nytt." : "");

/** @param {{readable: boolean, dropped: number, backedUp: boolean}} recovery */
function recoveryText(recovery) {
  const parts = recovery.dropped === 1 ? "del" : "deler";
  const what = recovery.readable
    ? `Noe av det som var lagret for denne øvelsen, var skadet og kunne ikke brukes (${recovery.dropped} ${parts}). ` +
      "Resten er hentet inn. "
    : "Det som var lagret for denne øvelsen, kunne ikke leses, så øvelsen starter tom. ";
  const kept = recovery.backedUp
    ? "Det som var lagret, er tatt vare på i en sikkerhetskopi i nettleseren."
    : "Nettleseren har ikke plass til en sikkerhetskopi. " +
      "Last ned det som var lagret: først da lagres nye svar over det.";
  return what + kept;
}

/**
 * @param {Model} model @param {{id: string, version: number}} def
 * @returns {{storage: HTMLElement, recovery: HTMLElement|null, migration: HTMLElement|null, showStorage: () => void}}
 */
export function notices(model, def) {
  const storage = h("div", { class: "mvh-notice", hidden: true });
  const recovery = model.get("recovery");
  const migratedFrom = model.get("migrated_from");
  const recoveryNotice = recovery
    ? h("div", { class: "mvh-notice", role: "alert", "data-notice": "recovery" }, [
        h("p", { text: recoveryText(recovery) }),
        h(
          "button",
          {
            type: "button",
            class: "mvh-btn mvh-btn-small",
            "data-action": "download-backup",
            onclick: () => {
              download(`${def.id}-sikkerhetskopi.txt`, recovery.raw, "text/plain;charset=utf-8");
              if (!recovery.released) {
                // The reader has the original in a file now: new answers may be saved over it.
                model.set("recovery", { ...recovery, released: true });
                model.save_changes();
              }
            },
          },
          ["Last ned det som var lagret"],
        ),
      ])
    : null;
  const migration =
    migratedFrom !== null && migratedFrom !== undefined
      ? h("p", {
          class: "mvh-info",
          "data-notice": "migrated",
          text:
            `Øvelsen er oppdatert siden du svarte (versjon ${migratedFrom} → ${def.version}). ` +
            "Svarene dine er tatt med over. Svar på spørsmål som er fjernet, ligger fortsatt i eksporten.",
        })
      : null;

  function showStorage() {
    const state = model.get("storage");
    if (state && state.ok === false) {
      storage.hidden = false;
      storage.textContent =
        state.reason === "held" || state.reason === "quota"
          ? STORAGE_TEXT[/** @type {"held"|"quota"} */ (state.reason)]
          : STORAGE_TEXT.unavailable;
    } else {
      storage.hidden = true;
      storage.textContent = "";
    }
  }
  return { storage, recovery: recoveryNotice, migration, showStorage };
}
