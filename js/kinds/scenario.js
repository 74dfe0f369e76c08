// @ts-check
/** A branching dilemma: one situation at a time; the path is saved; back and restart. */
import { own } from "../core/values.js";
import { button, chapterLink, h, uid } from "../ui/dom.js";

/** @typedef {import("../core/types.js").ScenarioDef} ScenarioDef */
/** @typedef {import("../core/types.js").ScenarioNode} ScenarioNode */
/** @typedef {import("../core/types.js").Answers} Answers */

const OUTCOME_LABEL = { god: "Et godt utfall", blandet: "Et blandet utfall", svak: "Et svakt utfall" };

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
    rows.push([i + 1, node.text, choice ? choice.text : node.ending ? `Slutt (${node.ending})` : ""]);
  });
  return rows;
}

/** @param {ScenarioDef} def @param {Answers} a */
export function progress(def, a) {
  const s = summarize(def, a);
  return s.finished ? "fullført" : s.steps ? `${s.steps} valg tatt` : "ikke startet";
}

/**
 * @param {ScenarioDef} def @param {() => Answers} getAnswers @param {(next: Answers) => void} setAnswers
 * @param {import("../core/types.js").Host} host
 * @returns {import("../core/types.js").Body}
 */
export function View(def, getAnswers, setAnswers, host) {
  const nodes = nodesById(def);
  const history = h("ol", { class: "mvh-history", "aria-label": "Valgene dine så langt" });
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
    setAnswers({ ...getAnswers(), path });
  };

  function apply() {
    const path = currentPath();
    history.replaceChildren(
      ...path.slice(0, -1).map((id, i) => {
        const choice = (nodes[id].choices || []).find((c) => c.next === path[i + 1]);
        return h("li", {}, [
          h("span", { class: "mvh-history-situation", text: nodes[id].title || nodes[id].text }),
          h("br"),
          h("strong", { text: "Ditt valg: " }),
          choice ? choice.text : "",
        ]);
      }),
    );
    history.hidden = path.length < 2;
    const node = nodes[path[path.length - 1]];
    const headingId = uid("node");
    const headingText = node.ending ? OUTCOME_LABEL[node.ending] : node.title || `Situasjon ${path.length}`;
    const heading = h("h4", { id: headingId, tabindex: "-1" }, [headingText]);
    const parts = [heading, h("p", { text: node.text })];
    if (node.ending) {
      const link = chapterLink(host, node.chapter, "Les mer om dette i boka.");
      parts.push(h("p", { class: `mvh-outcome mvh-outcome-${node.ending}` }, [link]));
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
        "Tilbake",
      ),
      button(
        { class: "mvh-btn mvh-btn-small", "data-action": "restart", disabled: first, onclick: () => go([def.start]) },
        "Start på nytt",
      ),
    );
    if (focusStage) {
      focusStage = false;
      heading.focus();
    }
  }
  return { root, apply };
}
