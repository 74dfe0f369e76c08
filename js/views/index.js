// @ts-check
/** The whole-book views (book only; Jupyter has no saved answers of other instruments). */

import { t } from "../core/i18n.js";
import { h } from "../ui/dom.js";
import { renderOverview, renderProgress } from "./overview.js";
import { renderTeam } from "./team.js";
import { renderToolbox } from "./toolbox.js";
import { renderWorkbook } from "./workbook.js";

/**
 * A whole-book view: the workbook ("Mine svar"), the team view ("Teamoversikt"), the list of every
 * exercise ("Verktøykasse"), the overview of how far the reader has come (on Mine svar) or the landing
 * page's progress line.
 * @param {{el: HTMLElement, index: any, store: import("../host/static-host.js").Store}} ctx
 */
export function renderView({ el, index, store }) {
  if (index.role === "workbook") return renderWorkbook(el, index, store);
  if (index.role === "team") return renderTeam(el, index);
  if (index.role === "toolbox") return renderToolbox(el, index, store);
  if (index.role === "overview") return renderOverview(el, index, store);
  if (index.role === "progress") return renderProgress(el, index, store);
  el.replaceChildren(h("p", { class: "mvh-alert", text: t("index.ukjent_visning", { role: index.role }) }));
}
