// @ts-check
/**
 * "Verktøykasse": every exercise in the book, grouped by kind, with a link to where it stands and how far
 * the reader has come with it in this browser. The list comes from the instruments the build found (the
 * page's JSON), never from a hand-written list, so a new exercise shows up by itself.
 */

import { t } from "../core/i18n.js";
import { progressText } from "../kinds/index.js";
import { STATUS_LABELS, status } from "../kinds/status.js";
import { h } from "../ui/dom.js";
import { countStatuses, MARKS, onBookStorage, placeLink, totalText } from "./common.js";

/** @typedef {import("../core/types.js").Definition} Definition */
/** @typedef {import("../host/static-host.js").Store} Store */
/** @typedef {import("./common.js").Place} Place */
/** @typedef {{id: string, title: string, kinds: string[]}} Group */

/**
 * @param {HTMLElement} el
 * @param {{instruments: Definition[], pages: Record<string, Place[]>, groups: Group[]}} index
 * @param {Store} store
 */
export function renderToolbox(el, index, store) {
  const defs = index.instruments;
  const total = h("p", { class: "mvh-toolbox-total", role: "status" });
  const body = h("div", { class: "mvh-toolbox-groups" });

  /** @param {Definition} def */
  function row(def) {
    const answers = store.read(def)?.answers;
    const st = status(def, answers);
    const places = index.pages[def.id] || [];
    return h("li", { class: "mvh-toolbox-item", "data-instrument": def.id, "data-status": st }, [
      h("span", { class: "mvh-toolbox-name", text: def.title }),
      h("span", { class: `mvh-status mvh-status-${st}` }, [
        h("span", { "aria-hidden": "true", text: `${MARKS[st]} ` }),
        STATUS_LABELS[st],
        st === "started"
          ? h("span", { class: "mvh-toolbox-progress", text: ` (${progressText(def, answers)})` })
          : null,
      ]),
      h(
        "span",
        { class: "mvh-toolbox-where" },
        places.length
          ? [t("toolbox.star_i"), ...places.flatMap((p, i) => [i ? t("toolbox.og") : "", placeLink(p)])]
          : [t("toolbox.star_ikke_i_boka_enna")],
      ),
    ]);
  }

  function refresh() {
    /** @type {import("../kinds/status.js").Status[]} */
    const all = [];
    const groups = index.groups
      .map((g) => ({ g, members: defs.filter((d) => g.kinds.includes(d.kind)) }))
      .filter(({ members }) => members.length);
    body.replaceChildren(
      ...groups.map(({ g, members }) => {
        const rows = members.map(row);
        for (const r of rows) all.push(/** @type {any} */ (r.dataset.status || "not-started"));
        const done = rows.filter((r) => r.dataset.status === "done").length;
        return h("section", { class: "mvh-toolbox-group", "data-group": g.id, "aria-labelledby": `mvh-tb-${g.id}` }, [
          h("h3", { id: `mvh-tb-${g.id}` }, [
            g.title,
            h("span", { class: "mvh-toolbox-count", text: t("toolbox.av_ferdig", { done, n: members.length }) }),
          ]),
          h("ul", { class: "mvh-toolbox-list" }, rows),
        ]);
      }),
    );
    total.textContent = totalText(countStatuses(all));
  }

  el.replaceChildren(
    h("section", { class: "mvh mvh-toolbox", "aria-label": t("toolbox.alle_ovelsene_i_boka") }, [
      h("p", {
        class: "mvh-privacy",
        text: t("toolbox.hvor_langt_du_har_kommet"),
      }),
      store.available()
        ? null
        : h("p", {
            class: "mvh-notice",
            text: t("toolbox.nettleseren_lar_ikke_boka_lagre"),
          }),
      total,
      body,
    ]),
  );
  // Answers saved in another tab, or while this page sat in the back-forward cache, change the statuses.
  onBookStorage(refresh);
  refresh();
}
