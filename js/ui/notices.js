// @ts-check
/** The notices above an instrument: storage trouble, a repaired record, a newer version. */

import { t } from "../core/i18n.js";
import { download, h } from "./dom.js";

/** @typedef {import("../core/types.js").Model} Model */

const STORAGE_TEXT = {
  get held() {
    return t("notices.svarene_dine_lagres_ikke_enna");
  },
  get quota() {
    return t("notices.nettleseren_har_ikke_mer_plass");
  },
  get unavailable() {
    return t("notices.nettleseren_lar_ikke_denne_siden");
  },
};

/** Next to the field being edited, and in the alert line, when a save fails. */
export const SAVE_FAILED_TEXT = {
  get quota() {
    return t("notices.ikke_lagret_nettleseren_har_ikke");
  },
  get unavailable() {
    return t("notices.ikke_lagret_nettleseren_lar_ikke");
  },
  get held() {
    return t("notices.ikke_lagret_enna_last_forst");
  },
};

export const savedAgainText = () => t("notices.svarene_lagres_i_nettleseren_igjen");

/**
 * The answers were deleted in another tab or on another page (*Mine svar*).
 * @param {boolean} dropped whether what the reader had just written was dropped with them
 */
export const deletedText = (dropped) =>
  t("notices.svarene_i_denne_ovelsen_er", { x: dropped ? t("notices.det_du_skrev_na_er") : "" });

/** @param {{readable: boolean, dropped: number, backedUp: boolean}} recovery */
function recoveryText(recovery) {
  const parts = t("notices.parts", { n: recovery.dropped });
  const what = recovery.readable
    ? t("notices.noe_av_det_som_var", { dropped: recovery.dropped, parts })
    : t("notices.det_som_var_lagret_for");
  const kept = recovery.backedUp ? t("notices.det_som_var_lagret_er") : t("notices.nettleseren_har_ikke_plass_til");
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
          [t("notices.last_ned_det_som_var")],
        ),
      ])
    : null;
  const migration =
    migratedFrom !== null && migratedFrom !== undefined
      ? h("p", {
          class: "mvh-info",
          "data-notice": "migrated",
          text: t("notices.ovelsen_er_oppdatert_siden_du", { migratedFrom, version: def.version }),
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
