// @ts-check
/** A branching dilemma: one situation at a time; the path is saved; back and restart. */

import { t } from "../core/i18n.js";
import { endingsFound as found } from "../core/teach.js";
import { own } from "../core/values.js";
import { button, chapterLink, h, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").ScenarioDef} ScenarioDef */
/** @typedef {import("../core/types.js").ScenarioNode} ScenarioNode */
/** @typedef {import("../core/types.js").Answers} Answers */

const OUTCOME_LABEL = {
  get god() {
    return t("scenario.et_godt_utfall");
  },
  get blandet() {
    return t("scenario.et_blandet_utfall");
  },
  get svak() {
    return t("scenario.et_svakt_utfall");
  },
};

/** @param {ScenarioDef} def @returns {Record<string, ScenarioNode>} */
const nodesById = (def) => Object.fromEntries(def.nodes.map((n) => [n.id, n]));

/** @param {ScenarioDef} def @param {Answers} a */
export function summarize(def, a) {
  const nodes = nodesById(def);
  const path = Array.isArray(a.path) ? a.path : [];
  // Only the part of the saved path that follows real choices from the start counts.
  const valid = [def.start];
  if (path[0] === def.start) {
    for (const step of path.slice(1)) {
      const nexts = (nodes[valid[valid.length - 1]].choices || []).map((c) => c.next);
      if (typeof step === "string" && nexts.includes(step)) valid.push(step);
      else break;
    }
  }
  const at = nodes[valid[valid.length - 1]];
  const finished = at.ending !== undefined;
  return {
    steps: valid.length - 1,
    at: at.id,
    finished,
    ending: finished ? at.id : null,
    outcome: finished ? at.ending : null,
  };
}

/** The endings found so far (core/teach.js), with the one the path is at now. @param {ScenarioDef} def @param {Answers} a */
const endingsFound = (def, a) => found(def, a, summarize(def, a).ending);

/** "du har funnet 2 av 5 utfall" in a form that fits a sentence's start or a table cell. @param {{found: string[], total: number}} f */
const foundText = (f) => t("scenario.av_utfall_funnet", { n: f.found.length, total: f.total });

/** An ending's own title, or the name of its kind of outcome when it has none. @param {ScenarioNode} node */
const endingTitle = (node) => node.title || (node.ending ? OUTCOME_LABEL[node.ending] : "");

/** @param {ScenarioDef} def @param {Answers} a */
export function tableRows(def, a) {
  const nodes = nodesById(def);
  const path = Array.isArray(a.path) ? a.path : [];
  /** @type {unknown[][]} */
  const rows = [["steg", "situasjon", "valg"]];
  path.forEach((id, i) => {
    /** @type {ScenarioNode | undefined} */
    const node = typeof id === "string" ? own(nodes, id) : undefined;
    if (!node) return;
    const choice = (node.choices || []).find((c) => c.next === path[i + 1]);
    const end = node.ending
      ? t("scenario.slutt", { endingTitle: endingTitle(node), toLowerCase: OUTCOME_LABEL[node.ending].toLowerCase() })
      : "";
    rows.push([i + 1, node.text, choice ? choice.text : end]);
  });
  return rows;
}

/** @param {ScenarioDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  const f = endingsFound(def, a);
  const nodes = nodesById(def);
  const found = f.found.length ? ` (${foundText(f)})` : "";
  if (s.finished && s.ending) return t("scenario.fullfort", { endingTitle: endingTitle(nodes[s.ending]), found });
  return (s.steps ? t("scenario.valg_tatt", { steps: s.steps }) : t("scenario.ikke_startet")) + found;
}

/**
 * @param {ScenarioDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @param {import("../core/types.js").Host} host
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers, host) {
  const nodes = nodesById(def);
  const history = h("ol", { class: "mvh-history", "aria-label": t("scenario.valgene_dine_sa_langt") });
  const stage = h("div", { class: "mvh-stage" });
  const controls = h("div", { class: "mvh-question-actions" });
  const root = h("div", { class: "mvh-scenario" }, [history, stage, controls]);
  let focusStage = false;

  /** The saved path, cut to the part that follows real choices from the start. */
  const currentPath = () => {
    const path = getAnswers().path;
    const s = summarize(def, getAnswers());
    return Array.isArray(path) && path[0] === def.start ? path.slice(0, s.steps + 1) : [def.start];
  };
  /** @param {string[]} path */
  const go = (path) => {
    focusStage = true;
    const a = getAnswers();
    const last = nodes[path[path.length - 1]];
    // An ending reached is kept in `endings`, also after "Start på nytt": it invites another route.
    const before = endingsFound(def, a).found;
    const endings = last?.ending !== undefined && !before.includes(last.id) ? [...before, last.id] : before;
    setAnswers(endings.length ? { ...a, path, endings } : { ...a, path });
  };

  function apply() {
    const path = currentPath();
    history.replaceChildren(
      ...path.slice(0, -1).map((id, i) => {
        const choice = (nodes[id].choices || []).find((c) => c.next === path[i + 1]);
        return h("li", {}, [
          h("span", { class: "mvh-history-situation", text: nodes[id].title || nodes[id].text }),
          h("br"),
          h("strong", { text: t("scenario.ditt_valg") }),
          choice ? choice.text : "",
        ]);
      }),
    );
    history.hidden = path.length < 2;
    const node = nodes[path[path.length - 1]];
    const headingId = uid("node");
    const headingText = node.ending ? endingTitle(node) : node.title || t("scenario.situasjon", { n: path.length });
    const heading = h("h4", { id: headingId, tabindex: "-1" }, [headingText]);
    const parts = [heading];
    if (node.ending) {
      // The ending's own title is the heading; the kind of outcome and the count come right under it.
      const f = endingsFound(def, getAnswers());
      const more =
        f.found.length < f.total
          ? t("scenario.du_har_funnet_av_utfall", { n: f.found.length, total: f.total })
          : t("scenario.du_har_funnet_alle_de", { total: f.total });
      parts.push(
        h("p", { class: `mvh-outcome mvh-outcome-${node.ending}` }, [
          h("strong", { class: "mvh-outcome-label", text: `${OUTCOME_LABEL[node.ending]}.` }),
          more,
        ]),
      );
    }
    parts.push(h("p", { text: node.text }));
    if (node.ending) {
      const link = chapterLink(host, node.chapter);
      if (link) parts.push(h("p", { class: "mvh-read-more" }, [link]));
    } else {
      const choices = (node.choices || []).map((c) =>
        button({ class: "mvh-btn mvh-choice-btn", "data-next": c.next, onclick: () => go([...path, c.next]) }, c.text),
      );
      parts.push(h("div", { class: "mvh-choices-list", role: "group", "aria-labelledby": headingId }, choices));
    }
    stage.replaceChildren(...parts);
    const first = path.length < 2 ? true : undefined;
    controls.replaceChildren(
      button(
        {
          class: "mvh-btn mvh-btn-small",
          "data-action": "back",
          disabled: first,
          onclick: () => go(path.slice(0, -1)),
        },
        t("scenario.tilbake"),
      ),
      button(
        { class: "mvh-btn mvh-btn-small", "data-action": "restart", disabled: first, onclick: () => go([def.start]) },
        t("scenario.start_pa_nytt"),
      ),
    );
    if (focusStage) {
      focusStage = false;
      heading.focus();
    }
  }
  return { root, apply };
}
