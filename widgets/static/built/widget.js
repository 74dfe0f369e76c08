/* Built from js/ by js/build.mjs (esbuild). Do not edit: run `make js`. */
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// widgets/schemas/answers.json
var answers_default = {
  description: "What a valid set of answers is, per instrument kind: the one answer contract. widgets/answers.py (check_answers) and js/core/answers.js (checkAnswers, salvageAnswers) both interpret this file, so Python, the book's import and the repair of damaged stored answers accept the same things. Answers are an object; a top-level field that is absent is fine, a field that is present (null too) must match its node. The set of fields is closed: a field not named here is refused by the check (message 'unknown_field'; a file from a newer version of the book is refused, never half imported) and dropped by the repair. Node types: text (a string), number (a JSON number, never a boolean), map (an object; every value must match 'values'), list (an array; every item must match 'items'; 'max' names a definition path giving the most items allowed, 'default' when the path is missing), any_of (the first option that matches; otherwise the last option's message). A map with 'keys' is closed: any other key is refused with its 'unknown' message (the repair drops the whole entry that holds it). A map or list reports 'wrong' when the value is not an object/array, and 'bad' when a value or item fails; without 'bad' the inner node's message is used. Messages are ids in 'messages', with {field} (the dotted field name) and {key} (the failing entry's key) filled in after 'echo': every character matching the pattern 'strip' (control, line-separator and bidi characters) removed, then cut to 'max' characters (code points) ending in '…', so a hostile key cannot flood or reorder a message. Tested by tests/vectors/answers/*.json.",
  echo: { max: 40, strip: "[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]" },
  messages: {
    unknown_field: {
      no: "svarene har feltet «{field}», som denne versjonen av boka ikke kjenner (filen er kanskje laget med en nyere versjon av boka)",
      en: "the answers have field '{field}', which this version of the book does not know"
    },
    plan_key: {
      no: "en rad i handlingsplanen har feltet «{key}», som denne versjonen av boka ikke kjenner (filen er kanskje laget med en nyere versjon av boka)",
      en: "a row of the action plan has field '{key}', which this version of the book does not know"
    },
    not_object: { no: "svarene mangler eller er ikke et objekt", en: "field 'answers' must be an object" },
    unknown_kind: { no: "ukjent type øvelse", en: "unknown kind of instrument" },
    text_map: { no: "feltet «{field}» skal være en liste med tekster", en: "field '{field}' must be an object of texts" },
    text_value: {
      no: "feltet «{field}» har en verdi som ikke er tekst ({key})",
      en: "field '{field}' has a value that is not text ({key})"
    },
    number_map: {
      no: "feltet «{field}» skal være en liste med tall",
      en: "field '{field}' must be an object of numbers"
    },
    number_value: {
      no: "feltet «{field}» har en verdi som ikke er et tall ({key})",
      en: "field '{field}' has a value that is not a number ({key})"
    },
    object: { no: "feltet «{field}» skal være et objekt", en: "field '{field}' must be an object" },
    entry_format: { no: "feltet «{key}» har feil format", en: "field '{key}' has the wrong format" },
    list: { no: "feltet «{field}» skal være en liste", en: "field '{field}' must be a list" },
    text_list: { no: "feltet «{field}» skal være en liste med tekster", en: "field '{field}' must be a list of texts" },
    plan_rows: {
      no: "handlingsplanen har flere rader enn øvelsen tillater",
      en: "the action plan has more rows than the instrument allows"
    },
    plan_row: { no: "en rad i handlingsplanen har feil format", en: "a row of the action plan has the wrong format" },
    plan_text: {
      no: "feltet «{key}» i handlingsplanen skal være tekst",
      en: "field '{key}' of the action plan must be text"
    }
  },
  kinds: {
    rating: {
      ratings: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" },
      notes: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" },
      plan: {
        type: "list",
        wrong: "list",
        max: { path: ["plan", "max_themes"], default: 0, message: "plan_rows" },
        items: {
          type: "map",
          keys: ["theme", "action", "who", "when"],
          unknown: "plan_key",
          values: { type: "text" },
          wrong: "plan_row",
          bad: "plan_text"
        }
      }
    },
    reflection: {
      responses: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
    },
    likert: {
      ratings: { type: "map", values: { type: "number" }, wrong: "number_map", bad: "number_value" }
    },
    evaluation: {
      ratings: { type: "map", values: { type: "number" }, wrong: "number_map", bad: "number_value" },
      responses: { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
    },
    quiz: {
      responses: {
        type: "map",
        wrong: "object",
        values: {
          type: "any_of",
          options: [
            { type: "text" },
            { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
          ]
        }
      }
    },
    scenario: {
      path: { type: "list", items: { type: "text" }, wrong: "text_list", bad: "text_list" },
      endings: { type: "list", items: { type: "text" }, wrong: "text_list", bad: "text_list" }
    },
    template: {
      fields: {
        type: "map",
        wrong: "object",
        bad: "entry_format",
        values: {
          type: "any_of",
          options: [
            { type: "text" },
            { type: "list", items: { type: "text" }, wrong: "text_list", bad: "text_list" },
            { type: "map", values: { type: "text" }, wrong: "text_map", bad: "text_value" }
          ]
        }
      }
    }
  }
};

// js/core/values.js
var UNANSWERED = "ubesvart";
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var asObject = (v) => isObject(v) ? v : {};
var SPACE = "[ \\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+";
var EDGE_SPACE = new RegExp(`^${SPACE}|${SPACE}$`, "g");
var text = (v) => typeof v === "string" ? v.replace(EDGE_SPACE, "") : "";
var wholeNumber = (v) => typeof v === "number" && Number.isInteger(v);
var hasContent = (value) => Array.isArray(value) ? value.length > 0 : isObject(value) ? Object.values(value).some(hasContent) : value !== "" && value != null;
var formatMean = (m) => m === null ? "–" : m.toFixed(2).replace(".", ",");
var mean = (xs) => xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : null;
var own = (obj, key) => typeof obj === "object" && obj !== null && Object.hasOwn(obj, key) ? (
  /** @type {any} */
  obj[key]
) : void 0;
function put(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}
function lookup(entries) {
  const map = new Map(entries);
  return (key) => typeof key === "string" ? map.get(key) : void 0;
}
var ownText = (obj, key) => {
  const v = own(obj, key);
  return typeof v === "string" ? v : "";
};

// js/core/answers.js
var MESSAGES = answers_default.messages;
var ECHO = answers_default.echo;
var ECHO_STRIP = new RegExp(ECHO.strip, "g");
function echo(value, max = ECHO.max) {
  const chars = Array.from(String(value).replace(ECHO_STRIP, ""));
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}
var ANSWER_SHAPES = (
  /** @type {any} */
  answers_default.kinds
);
var message = (id, field2 = "", key = "") => MESSAGES[id].no.replace("{field}", () => echo(field2)).replace("{key}", () => echo(key));
function limit(def, spec) {
  let value = def;
  for (const step of spec.path) {
    if (!isObject(value) || !Object.hasOwn(value, step)) return spec.default;
    value = value[step];
  }
  return value;
}
var LEAF_FAILED = "\0";
function check(node, value, field2, def) {
  if (node.type === "text") return typeof value === "string" ? "" : LEAF_FAILED;
  if (node.type === "number") return typeof value === "number" ? "" : LEAF_FAILED;
  if (node.type === "any_of") {
    let error = "";
    for (const option of node.options) {
      error = check(option, value, field2, def);
      if (!error) return "";
    }
    return error;
  }
  let entries;
  let inner;
  if (node.type === "map") {
    if (!isObject(value)) return message(node.wrong, field2);
    const { keys, unknown } = node;
    if (keys) {
      const extra = Object.keys(value).find((k) => !keys.includes(k));
      if (extra !== void 0) return message(unknown || node.wrong, field2, extra);
    }
    entries = Object.entries(value).map(([k, v]) => [k, v, `${field2}.${k}`]);
    inner = node.values;
  } else {
    if (!Array.isArray(value)) return message(node.wrong, field2);
    if (node.max && value.length > limit(def, node.max)) return message(node.max.message, field2);
    entries = value.map((v, i) => [String(i), v, field2]);
    inner = node.items;
  }
  for (const [key, entry, entryField] of entries) {
    const error = check(inner, entry, entryField, def);
    if (error) {
      if (node.bad) return message(node.bad, field2, key);
      return error === LEAF_FAILED ? message("entry_format", field2, key) : error;
    }
  }
  return "";
}
function checkAnswers(def, answers) {
  if (!isObject(answers)) return message("not_object");
  const fields = own(ANSWER_SHAPES, def.kind);
  if (!fields) return message("unknown_kind");
  const extra = Object.keys(answers).find((k) => !Object.hasOwn(fields, k));
  if (extra !== void 0) return message("unknown_field", extra);
  for (const [name, node] of Object.entries(fields)) {
    if (Object.hasOwn(answers, name)) {
      const error = check(node, answers[name], name, def);
      if (error) return error;
    }
  }
  return "";
}

// js/kinds/evaluation.js
var evaluation_exports = {};
__export(evaluation_exports, {
  View: () => View,
  progress: () => progress,
  summarize: () => summarize,
  tableRows: () => tableRows
});

// js/ui/dom.js
var PRIVACY_HINT = "Ikke skriv noe som kan identifisere en deltaker, en arbeidsgiver eller en kollega.";
var uidCounter = 0;
var uid = (prefix) => `mvh-${prefix}-${++uidCounter}`;
function h(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === void 0 || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === void 0 || c === false) continue;
    node.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}
var input = (attrs) => (
  /** @type {HTMLInputElement} */
  h("input", attrs)
);
var textarea = (attrs) => (
  /** @type {HTMLTextAreaElement} */
  h("textarea", attrs)
);
var select = (attrs, options) => (
  /** @type {HTMLSelectElement} */
  h("select", attrs, options)
);
var button = (attrs, label) => h("button", { type: "button", ...attrs }, [label]);
var progressLine = () => h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
var headRow = (heads) => h(
  "tr",
  {},
  heads.map((x) => h("th", { scope: "col", text: x }))
);
var SVG_NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e3);
}
function currentPage() {
  if (typeof location === "undefined") return "";
  const last = decodeURIComponent(location.pathname.split("/").pop() || "");
  return last.replace(/\.html?$/, "") || "index";
}
function chapterTitle(chapter) {
  if (typeof document !== "undefined") {
    for (const a of Array.from(document.querySelectorAll("nav a[href], .bd-sidebar-primary a[href]"))) {
      const href = (a.getAttribute("href") || "").split("#")[0];
      const text2 = (a.textContent || "").replace(/\s+/g, " ").trim();
      if (text2 && (href === `${chapter}.html` || href.endsWith(`/${chapter}.html`))) return text2;
    }
  }
  const words = chapter.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
var readMoreText = (title) => `Les mer i kapitlet «${title}»`;
function chapterLink(host, chapter, page = currentPage()) {
  if (!chapter) return null;
  if (!host.inBook) return h("span", { class: "mvh-chapter-link" }, [readMoreText(chapterTitle(chapter))]);
  if (chapter === page) return null;
  return h("a", { href: `${chapter}.html`, class: "mvh-chapter-link" }, [readMoreText(chapterTitle(chapter))]);
}
function fileStamp(d) {
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}
function savedAt(d, now = /* @__PURE__ */ new Date()) {
  const two = (n) => String(n).padStart(2, "0");
  const year = d.getFullYear() === now.getFullYear() ? "" : String(d.getFullYear());
  return `${d.getDate()}.${d.getMonth() + 1}.${year} kl. ${two(d.getHours())}.${two(d.getMinutes())}`;
}
var scrollBox = (table, label) => h("div", { class: "mvh-scroll", role: "region", tabindex: "0", "aria-label": label }, [table]);
function norwegianDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

// js/ui/scale-item.js
function scaleItems(scale, getAnswers, setAnswers) {
  const { min, max, labels } = scale;
  const points = labels.map((_, i) => min + i);
  const radios = /* @__PURE__ */ new Map();
  const printValues = /* @__PURE__ */ new Map();
  const node = (item) => {
    const name = uid(`l${item.id}`);
    const legendId = uid("legend");
    const inputs = points.map(
      (v) => input({
        type: "radio",
        name,
        value: String(v),
        "data-item": item.id,
        onchange: () => {
          const a = getAnswers();
          setAnswers({ ...a, ratings: { ...asObject(a.ratings), [item.id]: v } });
        }
      })
    );
    radios.set(item.id, inputs);
    const pv = h("p", { class: "mvh-print-only mvh-print-value" });
    printValues.set(item.id, pv);
    const choices = inputs.map((el, i) => h("label", { class: "mvh-choice" }, [el, h("span", { text: labels[i] })]));
    return h("li", { class: "mvh-item", "data-item": item.id }, [
      h("fieldset", { "aria-labelledby": legendId }, [
        h("legend", { id: legendId, text: item.text }),
        h("div", { class: "mvh-choices mvh-scale" }, choices)
      ]),
      pv
    ]);
  };
  const apply = () => {
    const ratings = asObject(getAnswers().ratings);
    for (const [id, inputs] of radios) {
      const v = own(ratings, id);
      for (const el of inputs) el.checked = v === Number(el.value);
      const pv = printValues.get(id);
      if (pv) pv.textContent = `Svar: ${wholeNumber(v) && v >= min && v <= max ? labels[v - min] : "ikke besvart"}`;
    }
  };
  return { node, apply };
}

// js/kinds/evaluation.js
function summarize(def, a) {
  const { min, max } = def.scale;
  const ratings = asObject(a.ratings);
  const responses = asObject(a.responses);
  const onScale = (v) => wholeNumber(v) && v >= min && v <= max;
  return {
    statements: def.statements.length,
    rated: def.statements.filter((st) => onScale(own(ratings, st.id))).length,
    questions: def.questions.length,
    answered: def.questions.filter((q) => text(own(responses, q.id)) !== "").length
  };
}
function tableRows(def, a) {
  const ratings = asObject(a.ratings);
  const responses = asObject(a.responses);
  const { min, labels } = def.scale;
  const rows = [["type", "id", "tekst", "svar"]];
  for (const st of def.statements) {
    const v = own(ratings, st.id);
    rows.push(["påstand", st.id, st.text, typeof v === "number" ? labels[v - min] || v : ""]);
  }
  for (const q of def.questions) rows.push(["spørsmål", q.id, q.text, ownText(responses, q.id)]);
  return rows;
}
function progress(def, a) {
  const s = summarize(def, a);
  return `${s.rated} av ${s.statements} påstander og ${s.answered} av ${s.questions} spørsmål besvart`;
}
function View(def, getAnswers, setAnswers) {
  const { labels } = def.scale;
  const statements = scaleItems(def.scale, getAnswers, setAnswers);
  const hintId = uid("hint");
  const fields = /* @__PURE__ */ new Map();
  const questions = def.questions.map((q) => {
    const id = uid("question");
    const area = textarea({
      id,
      rows: 3,
      "aria-describedby": hintId,
      "data-prompt": q.id,
      oninput: (e) => {
        const value = (
          /** @type {HTMLTextAreaElement} */
          e.target.value
        );
        const a = getAnswers();
        const responses = { ...asObject(a.responses) };
        if (value) put(responses, q.id, value);
        else delete responses[q.id];
        setAnswers({ ...a, responses });
      }
    });
    const print = h("p", { class: "mvh-print-only mvh-print-answer" });
    fields.set(q.id, { area, print });
    return h("li", { class: "mvh-prompt" }, [h("label", { for: id, text: q.text }), area, print]);
  });
  const progressNode = progressLine();
  const how = `Skalaen går fra «${labels[0]}» til «${labels[labels.length - 1]}».`;
  const root = h("div", { class: "mvh-evaluation" }, [
    h("p", { class: "mvh-how", text: how }),
    h("ol", { class: "mvh-items" }, def.statements.map(statements.node)),
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT }),
    h("ol", { class: "mvh-prompts" }, questions),
    progressNode
  ]);
  function apply() {
    statements.apply();
    const responses = asObject(getAnswers().responses);
    for (const [id, f] of fields) {
      const v = ownText(responses, id);
      if (f.area.value !== v) f.area.value = v;
      f.print.textContent = v || "(ikke besvart)";
    }
    const s = summarize(def, getAnswers());
    progressNode.textContent = `Du har svart på ${s.rated} av ${s.statements} påstander og ${s.answered} av ${s.questions} spørsmål.`;
  }
  return { root, apply };
}

// js/kinds/likert.js
var likert_exports = {};
__export(likert_exports, {
  View: () => View2,
  progress: () => progress2,
  summarize: () => summarize2,
  tableRows: () => tableRows2
});

// js/core/teach.js
function hash(text2) {
  let x = 2166136261;
  for (let i = 0; i < text2.length; i++) {
    x ^= text2.charCodeAt(i);
    x = Math.imul(x, 16777619) >>> 0;
  }
  return x;
}
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function orderProblems(cats, menu) {
  const problems = [];
  for (let i = 1; i < cats.length; i++) {
    if (cats[i] === cats[i - 1]) problems.push(`statements ${i} and ${i + 1} share category ${cats[i]}`);
  }
  const firsts = cats.filter((c, i) => cats.indexOf(c) === i);
  const used = menu.filter((c) => firsts.includes(c));
  if (firsts.length > 1 && firsts.join(" ") === used.join(" ")) {
    problems.push("the categories come in the drop-down's order");
  }
  const k = new Set(cats).size;
  if (k > 1 && cats.length >= 2 * k) {
    let full = 0;
    for (let i = 0; i + k <= cats.length; i += k) if (new Set(cats.slice(i, i + k)).size === k) full += 1;
    if (full === Math.floor(cats.length / k)) problems.push(`every run of ${k} statements holds each category once`);
  }
  return problems;
}
function statementOrder(instrument, q) {
  const menu = q.categories.map((c) => c.id);
  const next = random(hash(`${instrument}:${q.id}`));
  let best = q.statements;
  let fewest = orderProblems(
    best.map((st) => st.category),
    menu
  ).length;
  for (let tries = 0; tries < 5e3 && fewest > 0; tries++) {
    const order = [...q.statements];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const n = orderProblems(
      order.map((st) => st.category),
      menu
    ).length;
    if (n < fewest) [best, fewest] = [order, n];
  }
  return best;
}
var verdictThreshold = (items) => Math.min(items, Math.floor(items / 2) + 1);
function basis(d) {
  const need = verdictThreshold(d.items);
  if (d.answered >= need) {
    return { enough: true, text: `Ut fra ${d.answered} av ${d.items} utsagn: ` };
  }
  const more = need - d.answered;
  return {
    enough: false,
    text: `Tilbakemeldingen kommer når du har svart på minst ${need} av ${d.items} utsagn (${more} til), så den ikke bygger på for lite.`
  };
}
function endingsFound(def, a, now) {
  const endings = def.nodes.filter((n) => n.ending !== void 0).map((n) => n.id);
  const found = [];
  for (const id of Array.isArray(a.endings) ? a.endings : []) {
    if (endings.includes(id) && !found.includes(id)) found.push(id);
  }
  if (now !== null && !found.includes(now)) found.push(now);
  return { found, total: endings.length };
}

// js/ui/chart.js
var WIDTH = 360;
var FONT = 14;
var LINE = 17;
var BAR = 16;
var ROW_GAP = 10;
var CHAR = 0.56;
var BOLD_CHAR = 0.62;
var NO_HIGHLIGHT = "nohighlight";
function chartSvg(width, height, title) {
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", class: "mvh-chart-svg" });
  const titleId = uid("ct");
  const t = svg("title", { id: titleId, class: NO_HIGHLIGHT });
  t.textContent = title;
  chart.setAttribute("aria-labelledby", titleId);
  chart.append(t);
  return chart;
}
var withNoHighlight = (attrs) => ({ ...attrs, class: `${attrs.class || ""} ${NO_HIGHLIGHT}`.trim() });
function chartText(attrs, text2, max = Infinity) {
  const node = svg("text", withNoHighlight(attrs));
  node.textContent = text2.length > max ? `${text2.slice(0, max - 2)}…` : text2;
  return node;
}
function wrapWords(text2, maxChars) {
  const lines = [];
  let line = "";
  for (let word of text2.split(/\s+/).filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) lines.push(line);
      line = "";
      lines.push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (!word) continue;
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}
function labelLines(text2, x, y, width, cls) {
  const perChar = FONT * (cls.includes("mvh-chart-part") ? BOLD_CHAR : CHAR);
  const lines = wrapWords(text2, Math.max(8, Math.floor(width / perChar)));
  const node = svg("text", withNoHighlight({ x, y, class: cls }));
  lines.forEach((line, i) => {
    const span = svg("tspan", { x, dy: i === 0 ? 0 : LINE, class: NO_HIGHLIGHT });
    span.textContent = line;
    node.append(span);
  });
  return { node, lines: lines.length };
}
function drawKey(chart, keys, keyLabel, top) {
  let x = 0;
  let y = top;
  for (const k of keys) {
    const label = keyLabel(k);
    const w = 18 + label.length * FONT * CHAR + 14;
    if (x > 0 && x + w > WIDTH) {
      x = 0;
      y += LINE + 4;
    }
    chart.append(svg("rect", { x: x + 1, y: y + 2, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
    chart.append(chartText({ x: x + 18, y: y + 13 }, label));
    x += w;
  }
  return y + LINE + 4;
}
function stackedBars({ rows, keys, keyLabel, title }) {
  const barW = WIDTH - 2;
  const nodes = [];
  let y = 0;
  for (const row of rows) {
    const label = labelLines(row.label, 0, y + FONT, WIDTH, row.part ? "mvh-chart-part" : "");
    nodes.push(label.node);
    y += label.lines * LINE + 3;
    const n = keys.reduce((sum, k) => sum + (row.counts[k] || 0), 0) || 1;
    let x = 1;
    for (const k of keys) {
      const w = barW * (row.counts[k] || 0) / n;
      if (w > 0) {
        nodes.push(svg("rect", { x, y, width: w, height: BAR, class: `mvh-bar mvh-v-${k}` }));
        if (w >= 18) {
          const numAttrs = { x: x + w / 2, y: y + 12.5, "text-anchor": "middle", class: `mvh-bar-num mvh-n-${k}` };
          nodes.push(chartText(numAttrs, String(row.counts[k])));
        }
      }
      x += w;
    }
    y += BAR + ROW_GAP;
  }
  const keyNodes = svg("g", {});
  const height = drawKey(keyNodes, keys, keyLabel, y + 2);
  const chart = chartSvg(WIDTH, Math.ceil(height), title);
  chart.append(...nodes, keyNodes);
  return chart;
}
function meanBars({ rows, min, max, title, format }) {
  const valueW = 44;
  const barW = WIDTH - valueW - 2;
  const nodes = [];
  let y = 0;
  for (const row of rows) {
    const label = labelLines(row.label, 0, y + FONT, WIDTH, "");
    nodes.push(label.node);
    y += label.lines * LINE + 3;
    nodes.push(svg("rect", { x: 1, y, width: barW, height: BAR, class: "mvh-bar mvh-v-ubesvart" }));
    const m = row.mean;
    if (m !== null) {
      const width = barW * (m - min) / (max - min) || 1;
      nodes.push(svg("rect", { x: 1, y, width, height: BAR, class: "mvh-bar mvh-bar-mean" }));
    }
    nodes.push(chartText({ x: barW + 8, y: y + 13 }, format(m)));
    y += BAR + ROW_GAP;
  }
  const axisY = y + 4;
  for (const v of [min, max]) {
    const x = 1 + barW * (v - min) / (max - min);
    nodes.push(chartText({ x, y: axisY, "text-anchor": v === min ? "start" : "end" }, String(v)));
  }
  const chart = chartSvg(WIDTH, axisY + 6, title);
  chart.append(...nodes);
  return chart;
}

// js/kinds/likert.js
function summarize2(def, a) {
  const { min, max } = def.scale;
  const ratings = asObject(a.ratings);
  const dimensions = {};
  let items = 0;
  let answered = 0;
  for (const dim of def.dimensions) {
    const scores = [];
    for (const item of dim.items) {
      const v = own(ratings, item.id);
      if (wholeNumber(v) && v >= min && v <= max) scores.push(item.reverse ? min + max - v : v);
    }
    const m = mean(scores);
    const bandIndex = m === null ? -1 : dim.bands.findIndex((b) => m <= b.max);
    put(dimensions, dim.id, {
      items: dim.items.length,
      answered: scores.length,
      mean: m,
      band: bandIndex < 0 ? null : bandIndex
    });
    items += dim.items.length;
    answered += scores.length;
  }
  return { items, answered, dimensions };
}
function tableRows2(def, a) {
  const ratings = asObject(a.ratings);
  const s = summarize2(def, a);
  const rows = [["type", "dimensjon", "id", "utsagn", "svar", "snitt"]];
  for (const dim of def.dimensions) {
    for (const item of dim.items) {
      const v = own(ratings, item.id);
      const answer = typeof v === "number" ? def.scale.labels[v - def.scale.min] || v : "";
      rows.push(["utsagn", dim.title, item.id, item.text, answer, ""]);
    }
    const m = s.dimensions[dim.id].mean;
    rows.push(["snitt", dim.title, dim.id, "", "", m === null ? "" : formatMean(m)]);
  }
  return rows;
}
function progress2(def, a) {
  const s = summarize2(def, a);
  return `${s.answered} av ${s.items} utsagn besvart`;
}
function View2(def, getAnswers, setAnswers, host) {
  const { min, max, labels } = def.scale;
  const statements = scaleItems(def.scale, getAnswers, setAnswers);
  const dims = def.dimensions.map(
    (dim) => h("section", { class: "mvh-dimension", "data-dimension": dim.id }, [
      h("h4", { text: dim.title }),
      dim.description ? h("p", { text: dim.description }) : null,
      h("ol", { class: "mvh-items" }, dim.items.map(statements.node))
    ])
  );
  const progressNode = progressLine();
  const chartBox = h("div", { class: "mvh-chart" });
  const feedback = h("div", { class: "mvh-feedback" });
  const table = h("table", { class: "mvh-table" });
  const how = `Svar ut fra hvordan det er nå, ikke hvordan du ønsker det skal være. Skalaen går fra «${labels[0]}» til «${labels[labels.length - 1]}».`;
  const root = h("div", { class: "mvh-likert" }, [
    h("p", { class: "mvh-how", text: how }),
    progressNode,
    ...dims,
    h("section", { class: "mvh-summary", "aria-label": "Oppsummering" }, [
      h("h4", { text: "Din profil" }),
      chartBox,
      scrollBox(table, "Snitt og tilbakemelding per dimensjon"),
      feedback
    ])
  ]);
  function apply() {
    const a = getAnswers();
    statements.apply();
    const s = summarize2(def, a);
    progressNode.textContent = `Du har svart på ${s.answered} av ${s.items} utsagn.`;
    const means = def.dimensions.map((d) => `${d.title} ${formatMean(s.dimensions[d.id].mean)}`).join(", ");
    const title = `Snitt per dimensjon på en skala fra ${min} til ${max}: ${means}. Tallene står også i tabellen.`;
    const rows = def.dimensions.map((d) => {
      const ds = s.dimensions[d.id];
      return { label: d.title, mean: basis(ds).enough ? ds.mean : null };
    });
    chartBox.replaceChildren(meanBars({ rows, min, max, title, format: formatMean }));
    table.replaceChildren(
      h("caption", { text: "Snitt og tilbakemelding per dimensjon" }),
      h("thead", {}, [headRow(["Dimensjon", "Besvart", "Snitt", "Tilbakemelding"])]),
      h(
        "tbody",
        {},
        def.dimensions.map((d) => {
          const ds = s.dimensions[d.id];
          const on = basis(ds);
          const band = ds.band === null || !on.enough ? null : d.bands[ds.band];
          const link = band ? chapterLink(host, d.chapter) : null;
          const words = band ? [
            h("span", { class: "mvh-basis", text: on.text }),
            band.label ? h("strong", { text: `${band.label}. ` }) : null,
            band.text,
            link ? " " : null,
            link
          ] : [h("span", { class: "mvh-basis mvh-basis-waiting", text: on.text })];
          return h("tr", {}, [
            h("th", { scope: "row", text: d.title }),
            h("td", { text: `${ds.answered} av ${ds.items}` }),
            h("td", { text: formatMean(ds.mean) }),
            h("td", { class: "mvh-band" }, words)
          ]);
        })
      )
    );
  }
  return { root, apply };
}

// js/kinds/quiz.js
var quiz_exports = {};
__export(quiz_exports, {
  View: () => View3,
  progress: () => progress3,
  summarize: () => summarize3,
  tableRows: () => tableRows3
});
function summarize3(def, a) {
  const responses = asObject(a.responses);
  const questions = {};
  let units = 0;
  let answered = 0;
  let correct = 0;
  for (const q of def.questions) {
    let u;
    let an;
    let c;
    if (q.type === "single") {
      const chosen = q.options.find((o) => o.id === own(responses, q.id));
      u = 1;
      an = chosen ? 1 : 0;
      c = chosen?.correct ? 1 : 0;
    } else {
      const given = asObject(own(responses, q.id));
      const cats = q.categories.map((x) => x.id);
      u = q.statements.length;
      an = q.statements.filter((st) => cats.includes(own(given, st.id))).length;
      c = q.statements.filter((st) => own(given, st.id) === st.category).length;
    }
    put(questions, q.id, { units: u, answered: an, correct: c });
    units += u;
    answered += an;
    correct += c;
  }
  return { units, answered, correct, questions };
}
function tableRows3(def, a) {
  const responses = asObject(a.responses);
  const rows = [["spørsmål", "utsagn", "ditt svar", "riktig svar", "riktig?"]];
  for (const q of def.questions) {
    if (q.type === "single") {
      const chosen = q.options.find((o) => o.id === own(responses, q.id));
      const right = q.options.find((o) => o.correct);
      rows.push([q.text, "", chosen ? chosen.text : "", right?.text, chosen ? chosen.correct ? "ja" : "nei" : ""]);
    } else {
      const given = asObject(own(responses, q.id));
      const label = lookup(q.categories.map((c) => [c.id, c.label]));
      for (const st of q.statements) {
        const g = own(given, st.id);
        const answer = label(g) || "";
        rows.push([q.text, st.text, answer, label(st.category), answer ? g === st.category ? "ja" : "nei" : ""]);
      }
    }
  }
  return rows;
}
function progress3(def, a) {
  const s = summarize3(def, a);
  return `${s.correct} av ${s.units} riktige (${s.answered} besvart)`;
}
function View3(def, getAnswers, setAnswers) {
  const appliers = [];
  const setResponse = (qid, value) => {
    const a = getAnswers();
    const responses = { ...asObject(a.responses) };
    if (value === void 0) delete responses[qid];
    else put(responses, qid, value);
    setAnswers({ ...a, responses });
  };
  const response = (qid) => own(getAnswers().responses, qid);
  const single = (q, headingId, result) => {
    const name = uid(`q${q.id}`);
    const feedback = h("div", { class: "mvh-option-feedback", "aria-live": "polite" });
    let arrowed = false;
    let pending = (
      /** @type {string|null} */
      null
    );
    const hint = h("p", { class: "mvh-pending-hint mvh-hint" });
    const choose = (id) => {
      pending = null;
      setResponse(q.id, id);
    };
    const inputs = q.options.map(
      (o) => input({
        type: "radio",
        name,
        value: o.id,
        "data-question": q.id,
        onchange: () => {
          if (!arrowed) return choose(o.id);
          arrowed = false;
          pending = o.id === response(q.id) ? null : o.id;
          apply2();
        }
      })
    );
    const apply2 = () => {
      const chosen = q.options.find((o) => o.id === response(q.id));
      const marked = pending ?? chosen?.id;
      for (const el of inputs) el.checked = el.value === marked;
      hint.textContent = pending ? "Trykk mellomrom eller Enter for å velge dette svaret." : "";
      const verdict = chosen?.correct ? "Riktig. " : "Ikke helt. ";
      feedback.replaceChildren(
        ...chosen ? [
          h("p", { class: chosen.correct ? "mvh-correct" : "mvh-wrong" }, [
            h("strong", { text: verdict }),
            chosen.feedback || ""
          ])
        ] : []
      );
      result.textContent = chosen ? chosen.correct ? "Du har svart riktig." : "Prøv et annet svar, eller les forklaringen." : "";
      result.classList.toggle("mvh-screen-only", !!chosen && !chosen.correct);
    };
    appliers.push(apply2);
    const options = inputs.map(
      (el, i) => h("label", { class: "mvh-option", "data-option": q.options[i].id }, [el, h("span", { text: q.options[i].text })])
    );
    const group = h("fieldset", { "aria-labelledby": headingId }, [
      h("legend", { class: "mvh-visually-hidden", text: q.text }),
      h("div", { class: "mvh-options" }, options),
      hint,
      feedback
    ]);
    group.addEventListener("keydown", (e) => {
      const target = (
        /** @type {HTMLInputElement} */
        e.target
      );
      if (["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].includes(e.key)) arrowed = true;
      else if ((e.key === " " || e.key === "Enter") && target.type === "radio") {
        if (e.key === "Enter") e.preventDefault();
        choose(target.value);
      }
    });
    group.addEventListener("focusout", (e) => {
      const to = (
        /** @type {FocusEvent} */
        e.relatedTarget
      );
      if (pending && !(to instanceof Node && group.contains(to))) choose(pending);
    });
    return group;
  };
  const classify = (q, headingId, result) => {
    const rows = statementOrder(def.id, q).map((st) => {
      const id = uid("st");
      const onchange = (e) => {
        const value = (
          /** @type {HTMLSelectElement} */
          e.target.value
        );
        const given = { ...asObject(response(q.id)) };
        if (value) put(given, st.id, value);
        else delete given[st.id];
        setResponse(q.id, Object.keys(given).length ? given : void 0);
      };
      const choice = select({ id, "data-statement": st.id, onchange }, [
        h("option", { value: "", text: "Velg …" }),
        ...q.categories.map((c) => h("option", { value: c.id, text: c.label }))
      ]);
      const fb = h("p", { class: "mvh-statement-feedback" });
      const pv = h("p", { class: "mvh-print-only mvh-print-value" });
      appliers.push(() => {
        const given = response(q.id);
        const g = own(given, st.id);
        choice.value = q.categories.some((c) => c.id === g) ? g : "";
        const right = q.categories.find((c) => c.id === st.category);
        const ok = g === st.category;
        const verdict = ok ? "Riktig. " : `Ikke helt – riktig er «${right?.label}». `;
        fb.replaceChildren(
          ...choice.value ? [h("strong", { class: ok ? "mvh-correct" : "mvh-wrong", text: verdict }), st.explanation] : []
        );
        pv.textContent = `Ditt svar: ${choice.value ? choice.options[choice.selectedIndex].text : "ikke besvart"}`;
      });
      return h("li", { class: "mvh-statement" }, [h("label", { for: id, text: st.text }), choice, pv, fb]);
    });
    appliers.push(() => {
      const qs = summarize3(def, getAnswers()).questions[q.id];
      result.textContent = qs.answered ? `${qs.correct} av ${qs.units} riktige.` : "";
    });
    return h("ol", { class: "mvh-statements", "aria-labelledby": headingId }, rows);
  };
  const questions = def.questions.map((q, qi) => {
    const headingId = uid("q");
    const explainId = uid("exp");
    const explanation = q.explanation ? h("div", { class: "mvh-explanation", id: explainId, hidden: true }, [h("p", { text: q.explanation })]) : null;
    const explainBtn = explanation ? button(
      {
        class: "mvh-btn mvh-btn-small",
        "aria-expanded": "false",
        "aria-controls": explainId,
        "data-action": "explain",
        onclick: (e) => {
          const open = explanation.hidden;
          explanation.hidden = !open;
          const btn = (
            /** @type {HTMLElement} */
            e.currentTarget
          );
          btn.setAttribute("aria-expanded", String(open));
          btn.textContent = open ? "Skjul forklaring" : "Vis forklaring";
        }
      },
      "Vis forklaring"
    ) : null;
    const retry = button(
      { class: "mvh-btn mvh-btn-small", "data-action": "retry", onclick: () => setResponse(q.id, void 0) },
      "Prøv igjen"
    );
    const result = h("p", { class: "mvh-result", role: "status", "aria-live": "polite" });
    const body = q.type === "single" ? single(q, headingId, result) : classify(q, headingId, result);
    return h("section", { class: "mvh-question", "data-question": q.id }, [
      h("h4", { id: headingId }, [`${qi + 1}. `, q.text]),
      body,
      result,
      h("div", { class: "mvh-question-actions" }, [retry, explainBtn]),
      explanation
    ]);
  });
  const score = progressLine();
  const root = h("div", { class: "mvh-quiz" }, [...questions, score]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize3(def, getAnswers());
    score.textContent = `Poeng: ${s.correct} av ${s.units}. Besvart: ${s.answered} av ${s.units}.`;
  }
  return { root, apply };
}

// js/kinds/rating.js
var rating_exports = {};
__export(rating_exports, {
  View: () => View4,
  progress: () => progress4,
  summarize: () => summarize4,
  tableRows: () => tableRows4
});

// js/kinds/rating-plan.js
function planView(def, themes, update) {
  const maxThemes = def.plan ? def.plan.max_themes : 0;
  const planRows = [];
  const row = (i) => {
    const ids = { theme: uid("pt"), action: uid("pa"), who: uid("pw"), when: uid("pd"), hint: uid("ph") };
    const onField = (field2) => (e) => {
      const value = (
        /** @type {HTMLInputElement} */
        e.target.value
      );
      update((a) => {
        const empty = { theme: "", action: "", who: "", when: "" };
        const rows = Array.from({ length: maxThemes }, (_, j) => ({ ...empty, ...a.plan[j] || {} }));
        rows[i] = { ...rows[i], [field2]: value };
        a.plan = rows;
        return a;
      });
    };
    const themeSelect = select({ id: ids.theme, onchange: onField("theme") }, [
      h("option", { value: "", text: "Velg tema" }),
      ...themes.map((t) => h("option", { value: t.id, text: `${t.id}. ${t.title}` }))
    ]);
    const action = textarea({ id: ids.action, rows: 3, "aria-describedby": ids.hint, oninput: onField("action") });
    const who = input({ id: ids.who, type: "text", "aria-describedby": ids.hint, oninput: onField("who") });
    const when = input({ id: ids.when, type: "date", onchange: onField("when") });
    const print = h("dl", { class: "mvh-print-only mvh-print-plan" });
    const fieldset = h("fieldset", { class: "mvh-plan-row" }, [
      h("legend", { text: `Forbedringsområde ${i + 1}` }),
      h("div", { class: "mvh-field" }, [h("label", { for: ids.theme, text: "Tema" }), themeSelect]),
      h("div", { class: "mvh-field" }, [h("label", { for: ids.action, text: "Hva skal gjøres?" }), action]),
      h("div", { class: "mvh-field-row" }, [
        h("div", { class: "mvh-field" }, [h("label", { for: ids.who, text: "Hvem gjør det?" }), who]),
        h("div", { class: "mvh-field" }, [h("label", { for: ids.when, text: "Innen" }), when])
      ]),
      h("p", { class: "mvh-hint", id: ids.hint, text: PRIVACY_HINT }),
      print
    ]);
    planRows.push({ select: themeSelect, action, who, when, print, fieldset });
    return fieldset;
  };
  const root = maxThemes ? h("section", { class: "mvh-plan" }, [
    h("h4", { text: "Handlingsplan" }),
    def.plan?.intro ? h("p", { text: def.plan.intro }) : null,
    ...Array.from({ length: maxThemes }, (_, i) => row(i))
  ]) : null;
  function apply(plan) {
    const chosen = planRows.map((_, i) => plan[i]?.theme || "");
    planRows.forEach((row2, i) => {
      const r = plan[i] || {};
      if (row2.select.value !== (r.theme || "")) row2.select.value = r.theme || "";
      for (const opt of Array.from(row2.select.options)) {
        opt.disabled = opt.value !== "" && chosen.includes(opt.value) && chosen[i] !== opt.value;
      }
      if (row2.action.value !== (r.action || "")) row2.action.value = r.action || "";
      if (row2.who.value !== (r.who || "")) row2.who.value = r.who || "";
      if (row2.when.value !== (r.when || "")) row2.when.value = r.when || "";
      const theme = themes.find((t) => t.id === r.theme);
      const used = Boolean(theme || r.action || r.who || r.when);
      row2.fieldset.classList.toggle("mvh-plan-empty", !used);
      const lines = [
        ["Tema", theme ? `${theme.id}. ${theme.title}` : "ikke valgt"],
        ["Hva skal gjøres?", r.action || "–"],
        ["Hvem gjør det?", r.who || "–"],
        ["Innen", r.when ? norwegianDate(String(r.when)) : "–"]
      ];
      row2.print.replaceChildren(
        ...used ? lines.flatMap(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]) : []
      );
    });
  }
  return { root, apply };
}

// js/kinds/rating.js
function summarize4(def, a) {
  const scale = (def.scale || []).map((s) => s.id);
  const ratings = asObject(a.ratings);
  const empty = () => {
    const c = {};
    for (const s of scale) put(c, s, 0);
    put(c, UNANSWERED, 0);
    return c;
  };
  const total = empty();
  const parts = {};
  const themes = {};
  let items = 0;
  let answered = 0;
  for (const part of def.parts || []) {
    const pc = empty();
    put(parts, part.id, pc);
    for (const theme of part.themes) {
      const tc = empty();
      put(themes, theme.id, tc);
      for (const item of theme.items) {
        const v = own(ratings, item.id);
        const key = typeof v === "string" && scale.includes(v) ? v : UNANSWERED;
        items += 1;
        if (key !== UNANSWERED) answered += 1;
        for (const c of [total, pc, tc]) c[key] += 1;
      }
    }
  }
  return { items, answered, total, parts, themes };
}
var textOf = (v) => typeof v === "string" ? v : "";
function tableRows4(def, a) {
  const label = lookup((def.scale || []).map((s) => [s.id, s.label]));
  const ratings = asObject(a.ratings);
  const notes = asObject(a.notes);
  const themeTitle = /* @__PURE__ */ new Map();
  const rows = [["type", "nummer", "tema", "tekst", "vurdering", "notat", "hvem", "innen"]];
  for (const part of def.parts || []) {
    for (const theme of part.themes) {
      themeTitle.set(theme.id, theme.title);
      for (const item of theme.items) {
        rows.push([
          "mål",
          item.id,
          theme.title,
          item.text,
          label(own(ratings, item.id)) || "",
          textOf(own(notes, item.id)),
          "",
          ""
        ]);
      }
    }
  }
  for (const row of Array.isArray(a.plan) ? a.plan : []) {
    if (!row || !(row.theme || row.action)) continue;
    const title = typeof row.theme === "string" && themeTitle.get(row.theme) || "";
    rows.push(["tiltak", textOf(row.theme), title, textOf(row.action), "", "", textOf(row.who), textOf(row.when)]);
  }
  return rows;
}
var themeAnchor = (def, themeId) => `${def.id}-tema-${themeId}`;
function progress4(def, a) {
  const s = summarize4(def, a);
  return `${s.answered} av ${s.items} mål vurdert`;
}
function View4(def, getAnswers, setAnswers) {
  const scale = def.scale || [];
  const parts = def.parts || [];
  const themes = parts.flatMap((p) => p.themes);
  const radios = /* @__PURE__ */ new Map();
  const notes = /* @__PURE__ */ new Map();
  const printValues = /* @__PURE__ */ new Map();
  const update = (change2) => {
    const a = getAnswers();
    setAnswers(change2({ ratings: { ...a.ratings || {} }, notes: { ...a.notes || {} }, plan: [...a.plan || []] }));
  };
  const legend = h(
    "dl",
    { class: "mvh-scale-legend" },
    scale.flatMap((s) => [
      h("dt", {}, [h("span", { class: `mvh-swatch mvh-v-${s.id}`, "aria-hidden": "true" }), s.label]),
      h("dd", { text: s.description || "" })
    ])
  );
  const itemNode = (item) => {
    const name = uid(`r${item.id}`);
    const legendId = uid("legend");
    const choiceInputs = scale.map(
      (s) => input({
        type: "radio",
        name,
        value: s.id,
        "data-item": item.id,
        onchange: () => update((a) => {
          put(a.ratings, item.id, s.id);
          return a;
        })
      })
    );
    radios.set(item.id, choiceInputs);
    const noteId = uid("note");
    const hintId = uid("hint");
    const area = textarea({
      id: noteId,
      rows: 3,
      "aria-describedby": hintId,
      "data-note": item.id,
      oninput: (e) => {
        const value = (
          /** @type {HTMLTextAreaElement} */
          e.target.value
        );
        update((a) => {
          if (value) put(a.notes, item.id, value);
          else delete a.notes[item.id];
          return a;
        });
      }
    });
    const notePrint = h("p", { class: "mvh-print-only mvh-print-note" });
    const details = (
      /** @type {HTMLDetailsElement} */
      h("details", { class: "mvh-note" }, [
        h("summary", {}, [`Notat til ${item.id}`]),
        h("label", { for: noteId, text: `Notat til mål ${item.id} (valgfritt)` }),
        area,
        h("p", { class: "mvh-hint", id: hintId, text: PRIVACY_HINT })
      ])
    );
    notes.set(item.id, { area, details, print: notePrint });
    const printValue = h("p", { class: "mvh-print-only mvh-print-value" });
    printValues.set(item.id, printValue);
    const choices = choiceInputs.map(
      (el, i) => h("label", { class: `mvh-choice mvh-v-${scale[i].id}` }, [
        el,
        h("span", { class: "mvh-swatch", "aria-hidden": "true" }),
        h("span", { text: scale[i].label })
      ])
    );
    return h("li", { class: "mvh-item", "data-item": item.id }, [
      h("fieldset", { "aria-labelledby": legendId }, [
        h("legend", { id: legendId }, [h("span", { class: "mvh-num", text: item.id }), " ", item.text]),
        h("div", { class: "mvh-choices" }, choices)
      ]),
      printValue,
      details,
      notePrint
    ]);
  };
  const themeNodes = /* @__PURE__ */ new Map();
  const themeNode = (theme) => {
    const anchor = themeAnchor(def, theme.id);
    const old = typeof document.getElementById === "function" ? document.getElementById(anchor) : null;
    if (old?.closest(".mvh-fallback")) old.removeAttribute("id");
    const count = h("span", { class: "mvh-theme-count" });
    const unrated = h("p", { class: "mvh-print-only mvh-print-unrated" });
    const details = (
      /** @type {HTMLDetailsElement} */
      h("details", { class: "mvh-theme", "data-theme": theme.id, id: anchor, open: true }, [
        h("summary", { class: "mvh-theme-summary" }, [
          h("h5", { class: "mvh-theme-title", text: `${theme.id}. ${theme.title}` }),
          count
        ]),
        theme.intention ? h("p", { class: "mvh-intention", text: theme.intention }) : null,
        h("ol", { class: "mvh-items" }, theme.items.map(itemNode)),
        unrated
      ])
    );
    themeNodes.set(theme.id, { details, count, unrated });
    return details;
  };
  const sections = parts.map(
    (part) => h("section", { class: "mvh-part" }, [
      h("h4", { text: part.title }),
      part.intro ? h("p", { text: part.intro }) : null,
      ...part.themes.map(themeNode)
    ])
  );
  const progressNode = progressLine();
  const chartBox = h("div", { class: "mvh-chart" });
  const table = h("table", { class: "mvh-table" });
  const totalLine = h("p", { class: "mvh-summary-total" });
  const summaryBox = h("section", { class: "mvh-summary", "aria-label": "Oppsummering", tabindex: "-1" }, [
    h("h4", { text: "Oppsummering" }),
    totalLine,
    chartBox,
    scrollBox(table, "Antall mål per farge, per del og per tema")
  ]);
  const plan = planView(def, themes, update);
  let lastItem = "";
  const jumpNote = h("span", { class: "mvh-jump-note", role: "status" });
  const nextButton = button(
    { class: "mvh-btn", "data-action": "next-unrated", onclick: nextUnrated },
    "Neste ubesvarte mål"
  );
  const summaryButton = button(
    { class: "mvh-btn", "data-action": "to-summary", onclick: toSummary },
    "Gå til oppsummeringen"
  );
  const foldButton = button(
    { class: "mvh-btn mvh-btn-quiet", "data-action": "fold", onclick: foldAll },
    "Lukk alle temaer"
  );
  const bar = h("div", { class: "mvh-rating-bar" }, [
    progressNode,
    h("div", { class: "mvh-rating-jumps", role: "group", "aria-label": "Gå til" }, [
      nextButton,
      summaryButton,
      foldButton,
      jumpNote
    ])
  ]);
  function bringIntoView(target, focus = target) {
    const details = target.closest("details.mvh-theme");
    if (details instanceof HTMLDetailsElement) details.open = true;
    target.scrollIntoView({ block: "start" });
    focus.focus({ preventScroll: true });
  }
  function nextUnrated() {
    const ratings = asObject(getAnswers().ratings);
    const ids = themes.flatMap((t) => t.items.map((i) => i.id));
    const start = ids.indexOf(lastItem) + 1;
    const order = [...ids.slice(start), ...ids.slice(0, start)];
    const next = order.find((id) => !scale.some((v) => v.id === own(ratings, id)));
    if (!next) {
      jumpNote.textContent = "Alle målene er vurdert.";
      return toSummary();
    }
    jumpNote.textContent = "";
    const inputs = radios.get(next) || [];
    const li = inputs[0]?.closest("li.mvh-item");
    lastItem = next;
    if (li instanceof HTMLElement && inputs[0]) bringIntoView(li, inputs[0]);
  }
  function toSummary() {
    bringIntoView(summaryBox);
  }
  function foldAll() {
    const anyOpen = [...themeNodes.values()].some((t) => t.details.open);
    for (const t of themeNodes.values()) t.details.open = !anyOpen;
    foldButton.textContent = anyOpen ? "Åpne alle temaer" : "Lukk alle temaer";
  }
  const itemsArea = h("div", { class: "mvh-rating-items" }, sections);
  itemsArea.addEventListener("focusin", (e) => {
    const li = e.target instanceof Element ? e.target.closest("li.mvh-item") : null;
    if (li instanceof HTMLElement && li.dataset.item) lastItem = li.dataset.item;
  });
  let openBefore = [];
  const beforePrint = () => {
    openBefore = [...themeNodes.values()].map((t) => t.details.open);
    for (const t of themeNodes.values()) t.details.open = true;
  };
  const afterPrint = () => {
    [...themeNodes.values()].forEach((t, i) => {
      if (openBefore[i] === false) t.details.open = false;
    });
    openBefore = [];
  };
  if (typeof window !== "undefined" && typeof window.addEventListener === "function") {
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    const openTarget = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target instanceof HTMLDetailsElement && root.contains(target)) {
        const summary = target.querySelector("summary");
        bringIntoView(target, summary instanceof HTMLElement ? summary : target);
      }
    };
    window.addEventListener("hashchange", openTarget);
    requestAnimationFrame(openTarget);
  }
  const root = h("div", { class: "mvh-rating" }, [
    h("p", { class: "mvh-how", text: "Vurder hvert mål for teamet eller kontoret ditt. Fargene betyr:" }),
    legend,
    bar,
    itemsArea,
    summaryBox,
    plan.root
  ]);
  function apply() {
    const a = getAnswers();
    const ratings = asObject(a.ratings);
    const noteValues = asObject(a.notes);
    const labels = lookup(scale.map((s) => [s.id, s.label]));
    for (const [id, inputs] of radios) {
      for (const el of inputs) el.checked = own(ratings, id) === el.value;
      const pv = printValues.get(id);
      const label = labels(own(ratings, id));
      if (pv) pv.textContent = `Vurdering: ${label || "ikke vurdert"}`;
      const li = inputs[0]?.closest("li.mvh-item");
      if (li) li.classList.toggle("mvh-unrated", !label && !textOf(own(noteValues, id)));
    }
    for (const theme of themes) {
      const node = themeNodes.get(theme.id);
      if (!node) continue;
      const open = theme.items.filter((i) => !labels(own(ratings, i.id))).map((i) => i.id);
      const rated = theme.items.length - open.length;
      node.count.textContent = `${rated === theme.items.length ? "✓ " : ""}${rated} av ${theme.items.length} vurdert`;
      node.details.classList.toggle("mvh-theme-done", rated === theme.items.length);
      node.unrated.textContent = open.length ? open.length === theme.items.length ? `Ingen av de ${open.length} målene er vurdert.` : `Ikke vurdert: ${open.join(", ")}.` : "";
    }
    for (const [id, n] of notes) {
      const v = textOf(own(noteValues, id));
      if (n.area.value !== v) n.area.value = v;
      if (v && !n.details.open) n.details.open = true;
      n.print.textContent = v ? `Notat: ${v}` : "";
    }
    plan.apply(Array.isArray(a.plan) ? a.plan : []);
    renderSummary(summarize4(def, a));
  }
  function renderSummary(s) {
    const counts = scale.map((v) => `${v.label}: ${s.total[v.id]}`).join(", ");
    progressNode.textContent = `Du har vurdert ${s.answered} av ${s.items} mål.`;
    totalLine.textContent = `Totalt: ${counts}, ikke vurdert: ${s.total[UNANSWERED]}.`;
    const keys = [...scale.map((v) => v.id), UNANSWERED];
    const keyLabel = (k) => k === UNANSWERED ? "Ikke vurdert" : scale.find((v) => v.id === k)?.label || k;
    const rows = [
      ...parts.map((p) => ({ label: p.title, counts: s.parts[p.id], part: true })),
      ...themes.map((t) => ({ label: `${t.id}. ${t.title}`, counts: s.themes[t.id], part: false }))
    ];
    const title = `Stolpediagram over vurderingene per del og tema. ${counts}. Tallene står også i tabellen under.`;
    chartBox.replaceChildren(stackedBars({ rows, keys, keyLabel, title }));
    const cells = (c) => keys.map((k) => h("td", { text: String(c[k] || 0) }));
    table.replaceChildren(
      h("caption", { text: "Antall mål per farge, per del og per tema" }),
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: "Del eller tema" }),
          ...keys.map((k) => h("th", { scope: "col", text: keyLabel(k) }))
        ])
      ]),
      h("tbody", {}, [
        ...rows.map(
          (row) => h("tr", { class: row.part ? "mvh-row-part" : "" }, [
            h("th", { scope: "row", text: row.label }),
            ...cells(row.counts)
          ])
        ),
        h("tr", { class: "mvh-row-total" }, [
          h("th", { scope: "row", text: "Totalt" }),
          ...keys.map((k) => h("td", { text: String(s.total[k]) }))
        ])
      ])
    );
  }
  return { root, apply };
}

// js/kinds/reflection.js
var reflection_exports = {};
__export(reflection_exports, {
  View: () => View5,
  progress: () => progress5,
  summarize: () => summarize5,
  tableRows: () => tableRows5
});
function summarize5(def, a) {
  const responses = asObject(a.responses);
  const prompts = def.prompts || [];
  return {
    prompts: prompts.length,
    answered: prompts.filter((p) => text(own(responses, p.id)) !== "").length
  };
}
function tableRows5(def, a) {
  const responses = asObject(a.responses);
  const rows = [["nummer", "spørsmål", "svar"]];
  for (const [i, p] of (def.prompts || []).entries()) rows.push([i + 1, p.text, ownText(responses, p.id)]);
  return rows;
}
function progress5(def, a) {
  const s = summarize5(def, a);
  return `${s.answered} av ${s.prompts} spørsmål besvart`;
}
function View5(def, getAnswers, setAnswers) {
  const hintId = uid("hint");
  const fields = /* @__PURE__ */ new Map();
  const list = h(
    "ol",
    { class: "mvh-prompts" },
    (def.prompts || []).map((p) => {
      const id = uid("prompt");
      const area = textarea({
        id,
        rows: 4,
        "aria-describedby": hintId,
        "data-prompt": p.id,
        oninput: (e) => {
          const value = (
            /** @type {HTMLTextAreaElement} */
            e.target.value
          );
          const a = getAnswers();
          const responses = { ...asObject(a.responses) };
          if (value) put(responses, p.id, value);
          else delete responses[p.id];
          setAnswers({ ...a, responses });
        }
      });
      const print = h("p", { class: "mvh-print-only mvh-print-answer" });
      fields.set(p.id, { area, print });
      return h("li", { class: "mvh-prompt" }, [h("label", { for: id, text: p.text }), area, print]);
    })
  );
  const progressNode = progressLine();
  const root = h("div", { class: "mvh-reflection" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT }),
    list,
    progressNode
  ]);
  function apply() {
    const a = getAnswers();
    const responses = asObject(a.responses);
    for (const [id, f] of fields) {
      const v = ownText(responses, id);
      if (f.area.value !== v) f.area.value = v;
      f.print.textContent = v || "(ikke besvart)";
    }
    const s = summarize5(def, a);
    progressNode.textContent = `Du har svart på ${s.answered} av ${s.prompts} spørsmål.`;
  }
  return { root, apply };
}

// js/kinds/scenario.js
var scenario_exports = {};
__export(scenario_exports, {
  View: () => View6,
  progress: () => progress6,
  summarize: () => summarize6,
  tableRows: () => tableRows6
});
var OUTCOME_LABEL = { god: "Et godt utfall", blandet: "Et blandet utfall", svak: "Et svakt utfall" };
var nodesById = (def) => Object.fromEntries(def.nodes.map((n) => [n.id, n]));
function summarize6(def, a) {
  const nodes = nodesById(def);
  const path = Array.isArray(a.path) ? a.path : [];
  const valid = [def.start];
  if (path[0] === def.start) {
    for (const step of path.slice(1)) {
      const nexts = (nodes[valid[valid.length - 1]].choices || []).map((c) => c.next);
      if (typeof step === "string" && nexts.includes(step)) valid.push(step);
      else break;
    }
  }
  const at = nodes[valid[valid.length - 1]];
  const finished = at.ending !== void 0;
  return {
    steps: valid.length - 1,
    at: at.id,
    finished,
    ending: finished ? at.id : null,
    outcome: finished ? at.ending : null
  };
}
var endingsFound2 = (def, a) => endingsFound(def, a, summarize6(def, a).ending);
var foundText = (f) => `${f.found.length} av ${f.total} utfall funnet`;
var endingTitle = (node) => node.title || (node.ending ? OUTCOME_LABEL[node.ending] : "");
function tableRows6(def, a) {
  const nodes = nodesById(def);
  const path = Array.isArray(a.path) ? a.path : [];
  const rows = [["steg", "situasjon", "valg"]];
  path.forEach((id, i) => {
    const node = typeof id === "string" ? own(nodes, id) : void 0;
    if (!node) return;
    const choice = (node.choices || []).find((c) => c.next === path[i + 1]);
    const end = node.ending ? `Slutt: ${endingTitle(node)} (${OUTCOME_LABEL[node.ending].toLowerCase()})` : "";
    rows.push([i + 1, node.text, choice ? choice.text : end]);
  });
  return rows;
}
function progress6(def, a) {
  const s = summarize6(def, a);
  const f = endingsFound2(def, a);
  const nodes = nodesById(def);
  const found = f.found.length ? ` (${foundText(f)})` : "";
  if (s.finished && s.ending) return `fullført: «${endingTitle(nodes[s.ending])}»${found}`;
  return (s.steps ? `${s.steps} valg tatt` : "ikke startet") + found;
}
function View6(def, getAnswers, setAnswers, host) {
  const nodes = nodesById(def);
  const history = h("ol", { class: "mvh-history", "aria-label": "Valgene dine så langt" });
  const stage = h("div", { class: "mvh-stage" });
  const controls = h("div", { class: "mvh-question-actions" });
  const root = h("div", { class: "mvh-scenario" }, [history, stage, controls]);
  let focusStage = false;
  const currentPath = () => {
    const path = getAnswers().path;
    const s = summarize6(def, getAnswers());
    return Array.isArray(path) && path[0] === def.start ? path.slice(0, s.steps + 1) : [def.start];
  };
  const go = (path) => {
    focusStage = true;
    const a = getAnswers();
    const last = nodes[path[path.length - 1]];
    const before = endingsFound2(def, a).found;
    const endings = last?.ending !== void 0 && !before.includes(last.id) ? [...before, last.id] : before;
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
          h("strong", { text: "Ditt valg: " }),
          choice ? choice.text : ""
        ]);
      })
    );
    history.hidden = path.length < 2;
    const node = nodes[path[path.length - 1]];
    const headingId = uid("node");
    const headingText = node.ending ? endingTitle(node) : node.title || `Situasjon ${path.length}`;
    const heading = h("h4", { id: headingId, tabindex: "-1" }, [headingText]);
    const parts = [heading];
    if (node.ending) {
      const f = endingsFound2(def, getAnswers());
      const more = f.found.length < f.total ? ` Du har funnet ${f.found.length} av ${f.total} utfall. Start på nytt og prøv andre valg for å se flere.` : ` Du har funnet alle de ${f.total} utfallene.`;
      parts.push(
        h("p", { class: `mvh-outcome mvh-outcome-${node.ending}` }, [
          h("strong", { class: "mvh-outcome-label", text: `${OUTCOME_LABEL[node.ending]}.` }),
          more
        ])
      );
    }
    parts.push(h("p", { text: node.text }));
    if (node.ending) {
      const link = chapterLink(host, node.chapter);
      if (link) parts.push(h("p", { class: "mvh-read-more" }, [link]));
    } else {
      const choices = (node.choices || []).map(
        (c) => button({ class: "mvh-btn mvh-choice-btn", "data-next": c.next, onclick: () => go([...path, c.next]) }, c.text)
      );
      parts.push(h("div", { class: "mvh-choices-list", role: "group", "aria-labelledby": headingId }, choices));
    }
    stage.replaceChildren(...parts);
    const first = path.length < 2 ? true : void 0;
    controls.replaceChildren(
      button(
        {
          class: "mvh-btn mvh-btn-small",
          "data-action": "back",
          disabled: first,
          onclick: () => go(path.slice(0, -1))
        },
        "Tilbake"
      ),
      button(
        { class: "mvh-btn mvh-btn-small", "data-action": "restart", disabled: first, onclick: () => go([def.start]) },
        "Start på nytt"
      )
    );
    if (focusStage) {
      focusStage = false;
      heading.focus();
    }
  }
  return { root, apply };
}

// js/kinds/template.js
var template_exports = {};
__export(template_exports, {
  View: () => View7,
  progress: () => progress7,
  summarize: () => summarize7,
  tableRows: () => tableRows7
});
var BLANK_LINES = 5;
var CARDS = "mvh-matrix-cards";
function fieldFilled(field2, value) {
  switch (field2.type) {
    case "text":
    case "longtext":
    case "date":
      return text(value) !== "";
    case "choice":
      return field2.options.includes(
        /** @type {string} */
        value
      );
    case "checklist":
      return Array.isArray(value) && value.some((v) => field2.options.includes(v));
    default: {
      const m = asObject(value);
      return field2.rows.every((row) => field2.options.includes(own(m, row)));
    }
  }
}
function summarize7(def, a) {
  const values = asObject(a.fields);
  const fields = def.sections.flatMap((s) => s.fields);
  return { fields: fields.length, filled: fields.filter((f) => fieldFilled(f, own(values, f.id))).length };
}
function tableRows7(def, a) {
  const values = asObject(a.fields);
  const rows = [["del", "felt", "svar"]];
  for (const section of def.sections) {
    for (const f of section.fields) {
      const v = own(values, f.id);
      if (f.type === "matrix") {
        for (const row of f.rows) rows.push([section.title, `${f.label}: ${row}`, ownText(v, row)]);
      } else {
        rows.push([section.title, f.label, Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : ""]);
      }
    }
  }
  return rows;
}
function progress7(def, a) {
  const s = summarize7(def, a);
  return `${s.filled} av ${s.fields} felt fylt ut`;
}
function View7(def, getAnswers, setAnswers) {
  const appliers = [];
  const hintId = uid("hint");
  const setField = (id, value) => {
    const a = getAnswers();
    const fields = { ...asObject(a.fields) };
    if (value === "" || value === void 0 || Array.isArray(value) && !value.length) delete fields[id];
    else put(fields, id, value);
    setAnswers({ ...a, fields });
  };
  const current = (id) => own(getAnswers().fields, id);
  const valueIn = (e) => (
    /** @type {HTMLInputElement} */
    e.target.value
  );
  function control(f) {
    const id = uid("f");
    const pv = h("div", { class: "mvh-print-only mvh-print-field" });
    const help = f.help ? h("p", { class: "mvh-hint", id: `${id}-help`, text: f.help }) : null;
    const typed = f.type === "text" || f.type === "longtext";
    const described = [f.help ? `${id}-help` : null, typed ? hintId : null].filter(Boolean).join(" ") || void 0;
    if (f.type === "matrix") return matrix(
      /** @type {NamedMatrix} */
      f,
      help
    );
    if (f.type === "text" || f.type === "longtext" || f.type === "date") {
      const long = f.type === "longtext";
      const el = (
        /** @type {HTMLInputElement} */
        h(long ? "textarea" : "input", {
          id,
          "data-field": f.id,
          "aria-describedby": described,
          rows: long ? 4 : void 0,
          type: long ? void 0 : f.type,
          [f.type === "date" ? "onchange" : "oninput"]: (e) => setField(f.id, valueIn(e))
        })
      );
      appliers.push(() => {
        const v = typeof current(f.id) === "string" ? current(f.id) : "";
        if (el.value !== v) el.value = v;
        const blank = long && !v.trim();
        pv.classList.toggle("mvh-print-lines", blank);
        if (blank) pv.replaceChildren(...Array.from({ length: BLANK_LINES }, () => h("span")));
        else pv.textContent = (f.type === "date" ? norwegianDate(v) : v) || " ";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, el, pv]);
    }
    if (f.type === "choice") {
      const onchange = (e) => setField(f.id, valueIn(e));
      const el = select({ id, "data-field": f.id, "aria-describedby": described, onchange }, [
        h("option", { value: "", text: "Velg …" }),
        ...f.options.map((o) => h("option", { value: o, text: o }))
      ]);
      appliers.push(() => {
        const v = current(f.id);
        el.value = f.options.includes(v) ? v : "";
        pv.textContent = el.value || " ";
      });
      return h("div", { class: "mvh-field" }, [h("label", { for: id, text: f.label }), help, el, pv]);
    }
    {
      const options = (
        /** @type {import("../core/types.js").ChecklistField} */
        f.options
      );
      const checked = () => boxes.filter((b) => b.checked).map((b) => b.value);
      const boxes = options.map(
        (o) => input({ type: "checkbox", value: o, "data-field": f.id, onchange: () => setField(f.id, checked()) })
      );
      const paper = h("ul", { class: "mvh-print-only mvh-print-checklist", "aria-hidden": "true" });
      appliers.push(() => {
        const v = Array.isArray(current(f.id)) ? current(f.id) : [];
        for (const b of boxes) b.checked = v.includes(b.value);
        paper.replaceChildren(...options.map((o) => h("li", { text: `${v.includes(o) ? "☒" : "☐"} ${o}` })));
      });
      const labels = boxes.map((b, i) => h("label", { class: "mvh-choice" }, [b, h("span", { text: options[i] })]));
      return h("fieldset", { class: "mvh-field", "aria-describedby": described }, [
        h("legend", { text: f.label }),
        help,
        h("div", { class: "mvh-checklist" }, labels),
        paper
      ]);
    }
  }
  function matrix(f, help) {
    const captionId = uid("cap");
    const grid = [];
    const marks = [];
    const rows = f.rows.map((row, ri) => {
      const name = uid("m");
      const rowHead = uid("mr");
      const inputs = f.options.map(
        (o) => input({
          type: "radio",
          name,
          value: o,
          "aria-labelledby": `${rowHead} ${captionId}-${f.options.indexOf(o)}`,
          "data-field": f.id,
          "data-row": String(ri),
          onchange: () => setField(f.id, { ...asObject(current(f.id)), [row]: o })
        })
      );
      grid.push(inputs);
      const rowMarks = inputs.map(() => h("span", { class: "mvh-print-only mvh-mark", "aria-hidden": "true" }));
      marks.push(rowMarks);
      return h("tr", {}, [
        h("th", { scope: "row", id: rowHead, text: row }),
        ...inputs.map(
          (el, i) => h("td", {}, [
            h("label", { class: "mvh-matrix-cell" }, [
              el,
              h("span", { class: "mvh-matrix-opt", "aria-hidden": "true", text: f.options[i] }),
              rowMarks[i]
            ])
          ])
        )
      ]);
    });
    const table = h("table", { class: "mvh-matrix", "aria-labelledby": captionId }, [
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: f.rowLabel || "" }),
          ...f.options.map((o) => h("th", { scope: "col", text: o }))
        ])
      ]),
      h("tbody", {}, rows)
    ]);
    const names = f.options.map(
      (o, i) => h("span", { id: `${captionId}-${i}`, class: "mvh-visually-hidden", text: o })
    );
    appliers.push(() => {
      const v = asObject(current(f.id));
      for (const [ri, row] of f.rows.entries()) {
        for (const [i, el] of grid[ri].entries()) {
          el.checked = own(v, row) === el.value;
          marks[ri][i].textContent = el.checked ? "✕" : "";
        }
      }
    });
    const wrap = h("div", { class: "mvh-matrix-wrap" }, [table]);
    fitMatrix(wrap, table);
    return h("div", { class: "mvh-field mvh-matrix-field" }, [
      h("p", { id: captionId, class: "mvh-matrix-label", text: f.label }),
      help,
      wrap,
      ...names
    ]);
  }
  function fitMatrix(wrap, table) {
    if (typeof ResizeObserver === "undefined") return;
    let width = -1;
    new ResizeObserver(() => {
      if (wrap.clientWidth === width) return;
      width = wrap.clientWidth;
      wrap.classList.remove(CARDS);
      if (table.scrollWidth > wrap.clientWidth + 1) wrap.classList.add(CARDS);
    }).observe(wrap);
  }
  const progressNode = progressLine();
  const root = h("div", { class: "mvh-template" }, [
    h("p", { class: "mvh-hint mvh-hint-strong", id: hintId, text: PRIVACY_HINT }),
    ...def.sections.map(
      (sec) => h("section", { class: "mvh-section" }, [
        h("h4", { text: sec.title }),
        sec.intro ? h("p", { text: sec.intro }) : null,
        ...sec.fields.map(control)
      ])
    ),
    progressNode
  ]);
  function apply() {
    for (const f of appliers) f();
    const s = summarize7(def, getAnswers());
    progressNode.textContent = `Du har fylt ut ${s.filled} av ${s.fields} felt.`;
  }
  return { root, apply };
}

// js/kinds/index.js
var KINDS = { rating: rating_exports, reflection: reflection_exports, likert: likert_exports, quiz: quiz_exports, scenario: scenario_exports, template: template_exports, evaluation: evaluation_exports };
function kindOf(def) {
  const kind = Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind] : void 0;
  if (!kind) throw new Error(`no summary for kind ${def.kind}`);
  return kind;
}
var summarize8 = (def, answers) => kindOf(def).summarize(def, asObject(answers));
var answerTable = (def, answers) => Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind].tableRows(def, asObject(answers)) : [];

// js/core/measure.js
var MAX_LABEL = 80;
var MAX_MEASUREMENTS = 100;
var DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
var supportsMeasurements = (def) => def.kind === "rating" || def.kind === "likert";
function isDate(v) {
  if (typeof v !== "string" || !DATE_PATTERN.test(v)) return false;
  const [y, m, d] = v.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function today(now = /* @__PURE__ */ new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function newMeasurementId() {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
function checkLabel(label) {
  const t = text(label);
  if (!t) throw new Error("Gi målingen et navn, for eksempel «Kursstart».");
  if (Array.from(t).length > MAX_LABEL) throw new Error(`Navnet på målingen kan ha høyst ${MAX_LABEL} tegn.`);
  return t;
}
function newMeasurement(def, answers, response, label, date = today()) {
  const name = checkLabel(label);
  if (!isDate(date)) throw new Error("Datoen må være en gyldig dato skrevet som ÅÅÅÅ-MM-DD, for eksempel 2026-12-02.");
  return {
    id: newMeasurementId(),
    label: name,
    date,
    version: def.version,
    response: typeof response === "string" ? response : "",
    saved: (/* @__PURE__ */ new Date()).toISOString(),
    answers: structuredClone(asObject(answers))
  };
}
function byCodePoint(a, b) {
  const x = Array.from(a, (c) => (
    /** @type {number} */
    c.codePointAt(0)
  ));
  const y = Array.from(b, (c) => (
    /** @type {number} */
    c.codePointAt(0)
  ));
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
var field = (m, key) => {
  const v = own(m, key);
  return typeof v === "string" ? v : "";
};
function sortMeasurements(list) {
  return [...list].sort(
    (a, b) => byCodePoint(field(a, "date"), field(b, "date")) || byCodePoint(field(a, "saved"), field(b, "saved")) || byCodePoint(field(a, "id"), field(b, "id"))
  );
}
function mergeMeasurements(stored, incoming) {
  const byId = /* @__PURE__ */ new Map();
  for (const m of [...stored, ...incoming]) byId.set(field(m, "id"), m);
  return sortMeasurements([...byId.values()]);
}
var ratingsOf = (answers) => {
  const r = own(answers, "ratings");
  return isObject(r) ? r : {};
};
function change(b, a) {
  if (b === null && a === null) return "uendret";
  if (b === null) return "ny";
  if (a === null) return "borte";
  return a > b ? "bedre" : a < b ? "dårligere" : "uendret";
}
function skippedIds(known, sides) {
  const out = /* @__PURE__ */ new Set();
  for (const r of sides) {
    for (const [k, v] of Object.entries(r)) if (!known.has(k) && v !== null && v !== "") out.add(k);
  }
  return [...out].sort(byCodePoint);
}
var delta = (b, a) => b === null || a === null ? null : a - b;
function compareLikert(def, before, after) {
  const { min, max } = def.scale;
  const [rb, ra] = [ratingsOf(before.answers), ratingsOf(after.answers)];
  const score = (r, item) => {
    const v = own(r, item.id);
    if (!wholeNumber(v) || v < min || v > max) return null;
    return item.reverse ? min + max - v : v;
  };
  const [sb, sa] = [summarize8(def, { ratings: rb }), summarize8(def, { ratings: ra })];
  const items = [];
  const groups = [];
  const known = /* @__PURE__ */ new Set();
  for (const dim of def.dimensions) {
    for (const item of dim.items) {
      known.add(item.id);
      const [b, a] = [score(rb, item), score(ra, item)];
      if (b !== null || a !== null)
        items.push({ id: item.id, group: dim.id, before: b, after: a, change: change(b, a) });
    }
    const [db, da] = [sb.dimensions[dim.id], sa.dimensions[dim.id]];
    groups.push({
      id: dim.id,
      before: db.mean,
      after: da.mean,
      delta: delta(db.mean, da.mean),
      answered_before: db.answered,
      answered_after: da.answered
    });
  }
  return { kind: "likert", items, groups, skipped: skippedIds(known, [rb, ra]) };
}
function compareRating(def, before, after) {
  const scale = def.scale || [];
  const ids = scale.map((s) => s.id);
  const ranked = scale.filter((s) => s.ranked !== false).map((s) => s.id);
  const points = (v) => {
    const i = v === null ? -1 : ranked.indexOf(v);
    return i < 0 ? null : ranked.length - 1 - i;
  };
  const [rb, ra] = [ratingsOf(before.answers), ratingsOf(after.answers)];
  const value = (r, id) => {
    const v = own(r, id);
    return typeof v === "string" && ids.includes(v) ? v : null;
  };
  const items = [];
  const groups = [];
  const known = /* @__PURE__ */ new Set();
  for (const part of def.parts || []) {
    for (const theme of part.themes) {
      const pb = [];
      const pa = [];
      for (const item of theme.items) {
        known.add(item.id);
        const [b, a] = [value(rb, item.id), value(ra, item.id)];
        const [nb, na] = [points(b), points(a)];
        if (nb !== null) pb.push(nb);
        if (na !== null) pa.push(na);
        if (b !== null || a !== null) {
          items.push({ id: item.id, group: theme.id, before: b, after: a, change: change(nb, na) });
        }
      }
      const [mb, ma] = [mean(pb), mean(pa)];
      groups.push({
        id: theme.id,
        before: mb,
        after: ma,
        delta: delta(mb, ma),
        answered_before: pb.length,
        answered_after: pa.length
      });
    }
  }
  return { kind: "rating", items, groups, skipped: skippedIds(known, [rb, ra]) };
}
function compareMeasurements(def, before, after) {
  const [b, a] = [asObject(before), asObject(after)];
  const sides = (
    /** @type {[Side, Side]} */
    [
      { version: b.version, answers: b.answers },
      { version: a.version, answers: a.answers }
    ]
  );
  if (def.kind === "likert") return compareLikert(def, ...sides);
  if (def.kind === "rating") return compareRating(def, ...sides);
  throw new Error(`no measurements for kind ${def.kind}`);
}
var NAMED_MEANS = 3;
function measurementSummary(def, m) {
  const answers = asObject(own(m, "answers"));
  if (def.kind === "rating") {
    const s = summarize8(def, answers);
    const counts = (def.scale || []).filter((e) => s.total[e.id] > 0).map((e) => `${e.label.toLocaleLowerCase("nb")} ${s.total[e.id]}`);
    const head = `${s.answered} av ${s.items} mål vurdert`;
    return counts.length ? `${head}: ${counts.join(", ")}` : head;
  }
  if (def.kind === "likert") {
    const s = summarize8(def, answers);
    const head = `${s.answered} av ${s.items} utsagn besvart`;
    const withMean = def.dimensions.filter((d) => s.dimensions[d.id].mean !== null);
    if (!withMean.length) return head;
    if (withMean.length > NAMED_MEANS)
      return `${head}; snitt i ${withMean.length} av ${def.dimensions.length} dimensjoner`;
    return `${head}; snitt: ${withMean.map((d) => `${d.title} ${formatMean(s.dimensions[d.id].mean)}`).join(", ")}`;
  }
  return "";
}

// js/core/exchange.js
var EXPORT_FORMAT = "metodeveilederhandboka-svar";
var WORKBOOK_FORMAT = "metodeveilederhandboka-arbeidsbok";
var MAX_IMPORT_BYTES = 1024 * 1024;
function newResponseId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
var SINGLE_FIELDS = {
  format: "text",
  instrument: "text",
  version: "version",
  title: "text",
  response: "response",
  exported: "text",
  answers: "answers",
  measurements: "measurements"
};
var REQUIRED = ["instrument", "version", "answers"];
var MEASUREMENT_FIELDS = {
  id: "measurementId",
  label: "label",
  date: "date",
  version: "version",
  response: "response",
  saved: "text",
  answers: "answers"
};
var MAX_DEPTH = 10;
var WANTED = {
  text: "være tekst",
  version: "være et helt tall fra 1 og oppover",
  response: "være en svar-id (bokstaver og tall, høyst 64 tegn)",
  answers: "være et objekt med svar",
  list: "være en liste",
  measurements: `være en liste med høyst ${MAX_MEASUREMENTS} målinger`,
  measurementId: "være en målings-id (16 tegn, 0–9 og a–f)",
  label: `være et navn på 1 til ${MAX_LABEL} tegn`,
  date: "være en dato skrevet som ÅÅÅÅ-MM-DD"
};
function fits(type, value) {
  if (type === "text") return typeof value === "string";
  if (type === "version") return Number.isSafeInteger(value) && /** @type {number} */
  value >= 1;
  if (type === "response") return typeof value === "string" && /^[A-Za-z0-9_-]{0,64}$/.test(value);
  if (type === "answers") return true;
  if (type === "measurements") return Array.isArray(value) && value.length <= MAX_MEASUREMENTS;
  if (type === "measurementId") return typeof value === "string" && /^[0-9a-f]{16}$/.test(value);
  if (type === "label") return typeof value === "string" && text(value) !== "" && Array.from(value).length <= MAX_LABEL;
  if (type === "date") return isDate(value);
  return Array.isArray(value);
}
function checkMeasurements(def, list, where = "") {
  if (list.length && !supportsMeasurements(def)) return `Filen har målinger til «${def.title}», som ikke har målinger.`;
  const ids = /* @__PURE__ */ new Set();
  for (const [i, m] of list.entries()) {
    const which = `Måling ${i + 1}${where} i filen`;
    if (!isObject(m)) return `${which} har feil format.`;
    const wrong = checkFields(
      m,
      MEASUREMENT_FIELDS,
      Object.keys(MEASUREMENT_FIELDS).filter((k) => k !== "response")
    );
    if (wrong) return `${which} ${wrong}`;
    if (ids.has(m.id)) return `${which} har samme id som en måling før den.`;
    ids.add(m.id);
    const err = checkAnswers(def, m.answers);
    if (err) return `Svarene i måling ${i + 1}${where} («${echo(m.label)}») har feil format: ${err}.`;
  }
  return "";
}
function nesting(value, limit2 = MAX_DEPTH) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [v, d] = (
      /** @type {[unknown, number]} */
      stack.pop()
    );
    if (typeof v !== "object" || v === null) continue;
    if (d > deepest) deepest = d;
    if (deepest > limit2) break;
    for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return deepest;
}
function checkFields(data, fields, required) {
  const extra = Object.keys(data).find((k) => !Object.hasOwn(fields, k));
  if (extra !== void 0) {
    return `har feltet «${echo(extra)}», som denne versjonen av boka ikke kjenner. Den er kanskje laget med en nyere versjon av boka.`;
  }
  const missing = required.find((k) => !Object.hasOwn(data, k));
  if (missing !== void 0) return `mangler feltet «${missing}».`;
  for (const [name, type] of Object.entries(fields)) {
    if (Object.hasOwn(data, name) && !fits(type, data[name])) return `har feltet «${name}», som skal ${WANTED[type]}.`;
  }
  return "";
}
var refused = (name, text2) => new Error(name ? `«${echo(name)}» ble ikke importert. ${text2}` : text2);
function parseImport(def, raw, name = "") {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    throw refused(
      name,
      looksLikeCsv(raw, name) ? "Dette er en CSV-fil, som er for regneark. Importer JSON-filen du eksporterte fra denne øvelsen." : "Filen er ikke en gyldig JSON-fil. Velg en fil du har eksportert fra denne øvelsen."
    );
  }
  if (isObject(data) && data.format === WORKBOOK_FORMAT) {
    throw refused(
      name,
      "Dette er en fil fra «Mine svar» med svar fra flere øvelser. Importer den på siden «Mine svar» i boka (knappen «Importer alle»)."
    );
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw refused(name, "Filen ser ikke ut som en eksport fra Metodeveilederhåndboka.");
  }
  if (nesting(data) > MAX_DEPTH) {
    throw refused(name, "Filen har for mange nivåer inni hverandre og kan ikke være en eksport fra boka.");
  }
  if (data.instrument !== def.id) {
    const named = typeof data.title === "string" && data.title.trim() && data.title !== def.title;
    const title = named ? data.title : data.instrument;
    const other = typeof title === "string" ? `øvelsen «${echo(title, 100)}»` : "en annen øvelse";
    throw refused(
      name,
      `Filen er fra ${other}, ikke fra «${def.title}». Velg en fil du har eksportert fra «${def.title}».`
    );
  }
  const wrong = checkFields(data, SINGLE_FIELDS, ["format", ...REQUIRED]);
  if (wrong) throw refused(name, `Filen ${wrong}`);
  const err = checkAnswers(def, data.answers);
  if (err) throw refused(name, `Filen har svar i feil format: ${err}.`);
  const bad = checkMeasurements(def, data.measurements || []);
  if (bad) throw refused(name, bad);
  return data;
}
function looksBinary(raw) {
  for (const c of raw.slice(0, 4096)) {
    const n = c.charCodeAt(0);
    if (n < 32 && !"	\n\v\f\r".includes(c) || n === 65533) return true;
  }
  return false;
}
function looksLikeCsv(raw, name) {
  if (/\.csv$/i.test(name)) return true;
  if (looksBinary(raw)) return false;
  const first = raw.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  return first.includes(";") && !/^\s*[[{]/.test(first);
}
function leaves(value, at, out) {
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, at ? `${at}\0${k}` : k, out);
  } else if (value !== "" && value !== null && value !== void 0 && !(Array.isArray(value) && !value.length)) {
    out.set(at, JSON.stringify(value));
  }
  return out;
}
function replacedCount(current, incoming) {
  const now = leaves(current, "", /* @__PURE__ */ new Map());
  const next = leaves(incoming, "", /* @__PURE__ */ new Map());
  let count = 0;
  for (const [k, v] of now) if (next.get(k) !== v) count += 1;
  return count;
}
var forFile = (measurements) => measurements.map(({ response: _earlier, ...m }) => m);
function exportData(def, answers, response = newResponseId(), measurements = []) {
  const data = {
    format: EXPORT_FORMAT,
    instrument: def.id,
    version: def.version,
    title: def.title,
    // A random id per set of answers, so a team view counts the same response once.
    response,
    exported: (/* @__PURE__ */ new Date()).toISOString(),
    answers
  };
  return measurements.length ? { ...data, measurements: forFile(measurements) } : data;
}

// js/core/table.js
function cell(value) {
  let s = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
function toCsv(rows) {
  return `\uFEFF${rows.map((r) => r.map(cell).join(";")).join("\r\n")}\r
`;
}

// js/ui/controls.js
function messageLine() {
  const message2 = h("div", { class: "mvh-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-alert", role: "alert" });
  const say = (text2, kind) => {
    (kind === "error" ? alert : message2).textContent = text2;
    (kind === "error" ? message2 : alert).textContent = "";
  };
  return { message: message2, alert, say };
}
function fileButton({ multiple = false, onFiles }) {
  const el = (
    /** @type {HTMLInputElement} */
    h("input", {
      type: "file",
      accept: ".json,application/json",
      multiple: multiple || void 0,
      class: "mvh-file",
      tabindex: "-1",
      "aria-hidden": "true"
    })
  );
  el.addEventListener("change", () => {
    const files = Array.from(el.files || []);
    el.value = "";
    if (files.length) onFiles(files);
  });
  return { el, open: () => el.click() };
}
function readFile(file, maxBytes, tooBig, refuse, use) {
  if (file.size === 0) return refuse("Filen er tom. Ingenting er endret.");
  if (file.size > maxBytes) return refuse(tooBig);
  file.text().then(use, () => refuse("Filen kunne ikke leses. Ingenting er endret."));
}
function clearMessagesNear(from) {
  for (let node = from.parentElement; node; node = node.parentElement) {
    const lines = node.querySelectorAll(":scope > .mvh-message, :scope > .mvh-alert");
    if (lines.length) {
      for (const line of Array.from(lines)) line.textContent = "";
      return;
    }
  }
}
function questionBox({ action, yes, groupLabel, back }) {
  const text2 = h("p", { class: "mvh-confirm-question" });
  const confirmYes = h(
    "button",
    { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": `confirm-${action}` },
    [yes]
  );
  const confirmNo = h("button", { type: "button", class: "mvh-btn", "data-action": `cancel-${action}` }, ["Avbryt"]);
  const box = h("div", { class: "mvh-confirm", hidden: true, role: "group", "aria-label": groupLabel }, [
    text2,
    h("div", { class: "mvh-confirm-buttons" }, [confirmNo, confirmYes])
  ]);
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
  const ask = (question, then) => {
    clearMessagesNear(box);
    text2.textContent = question;
    onYes = then;
    box.hidden = false;
    confirmNo.focus();
  };
  return { box, ask, close, isOpen: () => !box.hidden };
}
function confirmAction({ label, action, question, yes, groupLabel, onYes }) {
  const trigger = h("button", { type: "button", class: "mvh-btn mvh-btn-danger", "data-action": action }, [label]);
  const q = questionBox({ action, yes, groupLabel, back: () => trigger });
  trigger.addEventListener("click", () => q.ask(question, onYes));
  return { trigger, box: q.box };
}

// js/ui/measurements.js
var MONTHS = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember"
];
function dateInWords(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1] || m[2]} ${m[1]}` : iso;
}
var NOW = "naa";
function signed(d) {
  if (d === null) return "–";
  const text2 = formatMean(Math.abs(d));
  return d > 0 ? `+${text2}` : d < 0 ? `−${text2}` : text2;
}
function titles(def) {
  const groups = /* @__PURE__ */ new Map();
  const items = /* @__PURE__ */ new Map();
  if (def.kind === "likert") {
    for (const d of def.dimensions) {
      groups.set(d.id, d.title);
      for (const i of d.items) items.set(i.id, i.text);
    }
  } else if (def.kind === "rating") {
    for (const p of def.parts)
      for (const t of p.themes) {
        groups.set(t.id, `${t.id} ${t.title}`);
        for (const i of t.items) items.set(i.id, `${i.id} ${i.text}`);
      }
  }
  return { groups, items };
}
function groupScale(def) {
  if (def.kind === "likert") return { min: def.scale.min, max: def.scale.max };
  const ranked = def.kind === "rating" ? def.scale.filter((s) => (
    /** @type {any} */
    s.ranked !== false
  )).length : 2;
  return { min: 0, max: Math.max(1, ranked - 1) };
}
function ratingUnit(def, max) {
  const ranked = def.kind === "rating" ? def.scale.filter((s) => (
    /** @type {any} */
    s.ranked !== false
  )) : [];
  const best = ranked[0]?.label.toLocaleLowerCase("nb") || "best";
  const worst = ranked.at(-1)?.label.toLocaleLowerCase("nb") || "dårligst";
  return `snittpoeng, fra 0 (${worst}) til ${max} (${best})`;
}
function answerText(def, side) {
  const ratings = side.answers && typeof side.answers.ratings === "object" ? side.answers.ratings || {} : {};
  if (def.kind === "likert") {
    const { min, labels } = def.scale;
    return (id) => {
      const v = Object.hasOwn(ratings, id) ? ratings[id] : null;
      return typeof v === "number" ? labels[v - min] || String(v) : "–";
    };
  }
  const names = new Map(def.kind === "rating" ? def.scale.map((s) => [s.id, s.label]) : []);
  return (id) => {
    const v = Object.hasOwn(ratings, id) ? ratings[id] : null;
    return typeof v === "string" ? names.get(v) || v : "–";
  };
}
var FONT2 = 14;
var LINE2 = 17;
var BAR2 = 12;
function beforeAfterBars({ rows, min, max, title, beforeName, afterName }) {
  const valueW = 48;
  const barW = WIDTH - valueW - 2;
  const nodes = [];
  let y = 0;
  const at = (v) => Math.max(1, barW * (v - min) / (max - min));
  for (const row of rows) {
    const lines = wrapWords(row.label, Math.floor(WIDTH / (FONT2 * 0.56)));
    const label = chartText({ x: 0, y: y + FONT2 }, "");
    lines.forEach((line, i) => {
      const span = svg("tspan", { x: 0, dy: i === 0 ? 0 : LINE2, class: "nohighlight" });
      span.textContent = line;
      label.append(span);
    });
    nodes.push(label);
    y += lines.length * LINE2 + 3;
    for (
      const [value, cls] of
      /** @type {[number|null, string][]} */
      [
        [row.before, "mvh-bar-before"],
        [row.after, "mvh-bar-after"]
      ]
    ) {
      nodes.push(svg("rect", { x: 1, y, width: barW, height: BAR2, class: "mvh-bar mvh-v-ubesvart" }));
      if (value !== null) nodes.push(svg("rect", { x: 1, y, width: at(value), height: BAR2, class: `mvh-bar ${cls}` }));
      nodes.push(chartText({ x: barW + 8, y: y + 11 }, formatMean(value)));
      y += BAR2 + 3;
    }
    y += 9;
  }
  const key = [
    ["mvh-bar-before", beforeName],
    ["mvh-bar-after", afterName]
  ];
  for (const [cls, name] of key) {
    nodes.push(svg("rect", { x: 1, y: y + 2, width: 12, height: 12, class: `mvh-bar ${cls}` }));
    nodes.push(chartText({ x: 20, y: y + 13 }, name, 44));
    y += LINE2 + 4;
  }
  const chart = chartSvg(WIDTH, Math.ceil(y + 4), title);
  chart.classList.add("mvh-measure-chart");
  chart.append(...nodes);
  return chart;
}
function comparisonView(def, before, after) {
  const cmp = compareMeasurements(def, before, after);
  const { groups, items } = titles(def);
  const { min, max } = groupScale(def);
  const reversed = new Set(
    def.kind === "likert" ? def.dimensions.flatMap((d) => d.items.filter((i) => i.reverse).map((i) => i.id)) : []
  );
  const was = answerText(def, before);
  const is = answerText(def, after);
  const word = def.kind === "likert" ? "Dimensjon" : "Tema";
  const words = def.kind === "likert" ? "dimensjoner" : "temaer";
  const unit = def.kind === "likert" ? `snitt på skalaen ${min}–${max}` : ratingUnit(def, max);
  const shown = cmp.groups.filter((g) => g.before !== null || g.after !== null);
  const left = cmp.groups.length - shown.length;
  const title = `Før og etter per ${word.toLowerCase()}: «${before.name}» og «${after.name}» (${unit})`;
  const chart = shown.length ? beforeAfterBars({
    rows: shown.map((g) => ({ label: groups.get(g.id) || g.id, before: g.before, after: g.after })),
    min,
    max,
    title,
    beforeName: `Før: ${before.name}`,
    afterName: `Etter: ${after.name}`
  }) : null;
  const table = h("table", { class: "mvh-table mvh-measure-table" }, [
    h("caption", { text: `Før: «${before.name}». Etter: «${after.name}». Tallene er ${unit}.` }),
    h("thead", {}, [headRow([word, "Før", "Etter", "Endring", "Besvart før", "Besvart etter"])]),
    h(
      "tbody",
      {},
      shown.map(
        (g) => h("tr", { "data-group": g.id }, [
          h("th", { scope: "row", text: groups.get(g.id) || g.id }),
          h("td", { "data-col": "before", text: formatMean(g.before) }),
          h("td", { "data-col": "after", text: formatMean(g.after) }),
          h("td", { "data-col": "delta", text: signed(g.delta) }),
          h("td", { "data-col": "answered-before", text: String(g.answered_before) }),
          h("td", { "data-col": "answered-after", text: String(g.answered_after) })
        ])
      )
    )
  ]);
  const leftLine = left ? h("p", {
    class: "mvh-muted mvh-measure-left",
    text: `${left} ${left === 1 ? word.toLowerCase() : words} uten svar i noen av de to er ikke med.`
  }) : null;
  const itemsWith = (change2) => cmp.items.filter((i) => i.change === change2);
  const list = (name, change2, intro) => {
    const found = itemsWith(change2);
    if (!found.length) return null;
    const turned = (change2 === "bedre" || change2 === "dårligere") && found.some((i) => reversed.has(i.id));
    const note = turned ? "Noen av utsagnene er snudd: der betyr mer enig et dårligere resultat." : intro;
    return h("div", { class: "mvh-measure-changes", "data-change": change2 }, [
      h("h5", { text: `${name} (${found.length})` }),
      note ? h("p", { class: "mvh-muted", text: note }) : null,
      h(
        "ul",
        {},
        found.map(
          (i) => h("li", { "data-item": i.id }, [
            `${items.get(i.id) || i.id} `,
            h("span", { class: "mvh-measure-values", text: `${was(i.id)} → ${is(i.id)}` })
          ])
        )
      )
    ]);
  };
  const same2 = itemsWith("uendret").length;
  const lists = [
    list("Bedre", "bedre", ""),
    list("Dårligere", "dårligere", ""),
    list("Nye svar", "ny", "Besvart nå, men ikke før."),
    list("Ikke besvart nå", "borte", "Besvart før, men ikke nå."),
    cmp.skipped.length ? h("div", { class: "mvh-measure-changes", "data-change": "skipped" }, [
      h("h5", { text: `Kunne ikke sammenlignes (${cmp.skipped.length})` }),
      h("p", {
        class: "mvh-muted",
        text: "Disse svarene er fra en eldre versjon av øvelsen og finnes ikke i den nye."
      }),
      h(
        "ul",
        {},
        cmp.skipped.map((id) => h("li", { "data-item": id, text: id }))
      )
    ]) : null
  ];
  const sameLine = h("p", {
    class: "mvh-measure-same",
    text: cmp.items.length === 0 ? "Ingen av de to har svar å sammenligne." : same2 === cmp.items.length ? "Alle svarene er like i de to." : `${same2} svar er uendret.`
  });
  return {
    comparison: cmp,
    root: h("div", { class: "mvh-measure-result" }, [
      chart ? h("figure", { class: "mvh-measure-figure" }, [chart]) : null,
      shown.length ? scrollBox(table, `Før og etter per ${word.toLowerCase()}`) : null,
      leftLine,
      sameLine,
      ...lists
    ])
  };
}
function measurementsView({ def, model, getAnswers }) {
  const headingId = uid("maal");
  const message2 = h("div", { class: "mvh-measure-message", role: "status", "aria-live": "polite" });
  const alert = h("div", { class: "mvh-measure-alert", role: "alert" });
  const say = (text2, kind) => {
    (kind === "error" ? alert : message2).textContent = text2;
    (kind === "error" ? message2 : alert).textContent = "";
  };
  const current = () => {
    const list2 = model.get("measurements");
    return Array.isArray(list2) ? list2 : [];
  };
  const store = (next) => {
    model.set("measurements", sortMeasurements(next));
    model.save_changes();
    const failed = model.get("measurements_failed");
    if (failed !== void 0) return failed || null;
    const storage = model.get("storage");
    return !(storage && storage.ok === false) ? null : storage.reason;
  };
  const tell = (reason, done) => {
    if (!reason) return say(done, "ok");
    say(
      reason === "quota" ? "Nettleseren har ikke mer plass, så målingen er ikke lagret her. Den er med når du eksporterer (Eksporter (JSON)): gjør det før du lukker siden." : "Nettleseren lot ikke boka lagre målingen. Den er med når du eksporterer (Eksporter (JSON)).",
      "error"
    );
  };
  const labelId = uid("maal-navn");
  const dateId = uid("maal-dato");
  const suggestion = (date) => `Måling ${dateInWords(date)}`;
  const labelInput = input({
    type: "text",
    id: labelId,
    maxlength: 80,
    class: "mvh-measure-label",
    autocomplete: "off"
  });
  const dateInput = input({ type: "date", id: dateId, class: "mvh-measure-date", autocomplete: "off", required: true });
  let suggested = true;
  labelInput.addEventListener("input", () => {
    suggested = labelInput.value === "" || labelInput.value === suggestion(dateInput.value);
  });
  dateInput.addEventListener("change", () => {
    if (suggested && isDate(dateInput.value)) labelInput.value = suggestion(dateInput.value);
  });
  const resetForm = () => {
    dateInput.value = today();
    labelInput.value = suggestion(dateInput.value);
    suggested = true;
  };
  function save() {
    const date = dateInput.value;
    if (!isDate(date)) {
      dateInput.focus();
      return say("Skriv en dato for målingen.", "error");
    }
    const answers = getAnswers();
    if (!hasContent(answers)) return say("Det er ingen svar å lagre som måling ennå.", "error");
    const response = model.get("response_id") || newResponseId();
    let m;
    try {
      m = newMeasurement(def, answers, response, labelInput.value.trim() || suggestion(date), date);
    } catch (err) {
      labelInput.focus();
      return say(
        /** @type {Error} */
        err.message,
        "error"
      );
    }
    model.set("response_id", newResponseId());
    const failed = store([...current(), m]);
    resetForm();
    showList();
    openCompareDefault();
    tell(failed, `Målingen «${m.label}» er lagret. Svarene dine er der fortsatt, og du kan endre dem.`);
  }
  labelInput.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      save();
    }
  });
  const saveButton = button(
    { class: "mvh-btn mvh-btn-primary", "data-action": "measure-save", onclick: save },
    "Lagre som måling"
  );
  const form = h("div", { class: "mvh-measure-new mvh-measure-controls", role: "group", "aria-label": "Ny måling" }, [
    h("div", { class: "mvh-measure-field" }, [h("label", { for: labelId, text: "Navn på målingen" }), labelInput]),
    h("div", { class: "mvh-measure-field" }, [h("label", { for: dateId, text: "Dato" }), dateInput]),
    saveButton
  ]);
  const list = h("ol", { class: "mvh-measure-list", tabindex: "-1", "aria-labelledby": headingId });
  const empty = h("p", {
    class: "mvh-measure-empty",
    text: "Du har ingen målinger ennå. Lagre en når du har svart, så kan du sammenligne senere."
  });
  let deleting = (
    /** @type {HTMLElement|null} */
    null
  );
  const deleteBox = questionBox({
    action: "delete-measurement",
    yes: "Ja, slett målingen",
    groupLabel: "Bekreft sletting av måling",
    back: () => deleting?.isConnected ? deleting : list
  });
  function askDelete(m, trigger) {
    deleting = trigger;
    say("", "ok");
    deleteBox.ask(`Vil du slette målingen «${m.label}» (${norwegianDate(m.date)})? Det kan ikke angres.`, () => {
      const failed = store(current().filter((x) => x.id !== m.id));
      showList();
      refreshCompare();
      list.focus();
      tell(failed, `Målingen «${m.label}» er slettet.`);
    });
  }
  function startRename(m, li, renameButton) {
    const fieldId = uid("maal-nytt-navn");
    const field2 = input({ type: "text", id: fieldId, value: m.label, maxlength: 80, autocomplete: "off" });
    const done = () => {
      box.remove();
      li.classList.remove("mvh-renaming");
      renameButton.focus();
    };
    const apply = () => {
      const label = field2.value.trim();
      if (!label) return say("Navnet kan ikke være tomt.", "error");
      if (label === m.label) return done();
      const failed = store(current().map((x) => x.id === m.id ? { ...x, label } : x));
      showList();
      refreshCompare();
      const again = list.querySelector(`li[data-measurement="${CSS.escape(m.id)}"] [data-action="measure-rename"]`);
      if (again instanceof HTMLElement) again.focus();
      tell(failed, `Målingen heter nå «${label}».`);
    };
    field2.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        apply();
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        done();
      }
    });
    const box = h(
      "div",
      { class: "mvh-measure-rename mvh-measure-controls", role: "group", "aria-label": "Nytt navn" },
      [
        h("label", { for: fieldId, text: "Nytt navn" }),
        field2,
        button(
          { class: "mvh-btn mvh-btn-small", "data-action": "measure-rename-save", onclick: apply },
          "Lagre navnet"
        ),
        button({ class: "mvh-btn mvh-btn-small", "data-action": "measure-rename-cancel", onclick: done }, "Avbryt")
      ]
    );
    li.classList.add("mvh-renaming");
    li.append(box);
    field2.focus();
    field2.select();
  }
  function showList() {
    const all = current();
    empty.hidden = all.length > 0;
    list.hidden = all.length === 0;
    list.replaceChildren(
      ...all.map((m) => {
        const li = h("li", { "data-measurement": m.id });
        const rename = button(
          {
            class: "mvh-btn mvh-btn-small",
            "data-action": "measure-rename",
            "aria-label": `Gi nytt navn til «${m.label}»`
          },
          "Gi nytt navn"
        );
        rename.addEventListener("click", () => {
          if (!li.classList.contains("mvh-renaming")) startRename(m, li, rename);
        });
        const del = button(
          {
            class: "mvh-btn mvh-btn-small mvh-btn-danger",
            "data-action": "measure-delete",
            "aria-label": `Slett målingen «${m.label}»`
          },
          "Slett"
        );
        del.addEventListener("click", () => askDelete(m, del));
        const older = m.version !== def.version ? ` · fra versjon ${m.version} av øvelsen` : "";
        li.append(
          h("div", { class: "mvh-measure-item" }, [
            h("span", { class: "mvh-measure-when", text: norwegianDate(m.date) }),
            h("span", { class: "mvh-measure-name", text: m.label }),
            h("span", { class: "mvh-measure-summary", text: `${measurementSummary(def, m)}${older}` })
          ]),
          h("div", { class: "mvh-measure-actions mvh-measure-controls" }, [rename, del])
        );
        return li;
      })
    );
  }
  const beforeId = uid("maal-for");
  const afterId = uid("maal-etter");
  const beforeSelect = select({ id: beforeId, "data-side": "before" }, []);
  const afterSelect = select({ id: afterId, "data-side": "after" }, []);
  const result = h("div", { class: "mvh-measure-compare-result", "aria-live": "polite" });
  let open = false;
  function fillSelect(sel, value) {
    const options = [
      ...current().slice().reverse().map((m) => h("option", { value: m.id, text: `${m.label} (${norwegianDate(m.date)})` })),
      h("option", { value: NOW, text: "Svarene nå" })
    ];
    sel.replaceChildren(...options);
    sel.value = options.some((o) => o.getAttribute("value") === value) ? value : NOW;
  }
  function defaults() {
    const all = current();
    if (all.length >= 2) return [all[all.length - 2].id, all[all.length - 1].id];
    return [all.length ? all[0].id : NOW, NOW];
  }
  function side(value) {
    const m = current().find((x) => x.id === value);
    if (m) return { version: m.version, answers: m.answers, name: m.label };
    return { version: def.version, answers: getAnswers(), name: "Svarene nå" };
  }
  function compare() {
    if (beforeSelect.value === afterSelect.value) {
      result.replaceChildren(h("p", { class: "mvh-muted", text: "Velg to ulike å sammenligne." }));
    } else {
      result.replaceChildren(comparisonView(def, side(beforeSelect.value), side(afterSelect.value)).root);
    }
    open = true;
  }
  function refreshCompare() {
    const enough = current().length > 0;
    compareBox.hidden = !enough;
    const [b, a] = defaults();
    fillSelect(beforeSelect, beforeSelect.value || b);
    fillSelect(afterSelect, afterSelect.value || a);
    if (!enough) {
      open = false;
      result.replaceChildren();
    } else if (open) compare();
  }
  function openCompareDefault() {
    const [b, a] = defaults();
    fillSelect(beforeSelect, b);
    fillSelect(afterSelect, a);
    compareBox.hidden = current().length === 0;
    if (open) compare();
  }
  for (const sel of [beforeSelect, afterSelect]) sel.addEventListener("change", () => open && compare());
  const compareButton = button({ class: "mvh-btn", "data-action": "measure-compare", onclick: compare }, "Sammenlign");
  const compareBox = h("div", { class: "mvh-measure-compare", hidden: true }, [
    h("h5", { text: "Sammenlign" }),
    h(
      "div",
      { class: "mvh-measure-pick mvh-measure-controls", role: "group", "aria-label": "Velg hva du vil sammenligne" },
      [
        h("div", { class: "mvh-measure-field" }, [h("label", { for: beforeId, text: "Før" }), beforeSelect]),
        h("div", { class: "mvh-measure-field" }, [h("label", { for: afterId, text: "Etter" }), afterSelect]),
        compareButton
      ]
    ),
    result
  ]);
  const recovered = model.get("measurements_recovery");
  const root = h("section", { class: "mvh-measure", "aria-labelledby": headingId, "data-measure": def.id }, [
    h("h4", { id: headingId, text: "Målinger" }),
    h("p", {
      class: "mvh-measure-intro",
      text: "En måling er en datert kopi av svarene dine. Lagre en nå, svar igjen senere (for eksempel etter et halvt år), og se hva som har endret seg."
    }),
    recovered ? h("p", {
      class: "mvh-measure-alert",
      text: recovered.backedUp ? "Noen lagrede målinger kunne ikke leses. En kopi av det som var lagret, er tatt vare på i nettleseren." : "Noen lagrede målinger kunne ikke leses, og nettleseren har ikke plass til en kopi. Nye målinger lagres ikke over dem: eksporter svarene for å ta vare på dem."
    }) : null,
    form,
    empty,
    list,
    deleteBox.box,
    compareBox,
    message2,
    alert
  ]);
  resetForm();
  showList();
  openCompareDefault();
  const onChange = () => {
    showList();
    refreshCompare();
  };
  model.on("change:measurements", onChange);
  return {
    root,
    /** The answers changed: an open comparison with "Svarene nå" follows them. */
    apply: () => {
      if (open && (beforeSelect.value === NOW || afterSelect.value === NOW)) compare();
    },
    list: current,
    dispose: () => model.off("change:measurements", onChange)
  };
}

// js/ui/notices.js
var STORAGE_TEXT = {
  held: "Svarene dine lagres ikke ennå: last først ned det som var lagret (knappen over), så det ikke går tapt.",
  quota: "Nettleseren har ikke mer plass til å lagre svar. Det du skriver nå, blir bare liggende på denne siden. Eksporter svarene til en fil for å ta vare på dem.",
  unavailable: "Nettleseren lar ikke denne siden lagre svar (lagring er slått av eller blokkert). Øvelsen virker likevel, men svarene forsvinner når du lukker siden. Eksporter dem til en fil for å ta vare på dem."
};
var SAVE_FAILED_TEXT = {
  quota: "Ikke lagret: nettleseren har ikke mer plass. Det du skriver, finnes bare på denne siden til du eksporterer det (knappene under øvelsen).",
  unavailable: "Ikke lagret: nettleseren lar ikke siden lagre svar. Det du skriver, finnes bare på denne siden til du eksporterer det (knappene under øvelsen).",
  held: "Ikke lagret ennå: last først ned det som var lagret (knappen øverst i øvelsen), så lagres svarene igjen."
};
var savedAgainText = "Svarene lagres i nettleseren igjen.";
var deletedText = (dropped) => "Svarene i denne øvelsen er slettet i en annen fane eller på en annen side, så de er fjernet her også." + (dropped ? " Det du skrev nå, er ikke lagret: skriv det gjerne på nytt." : "");
function recoveryText(recovery) {
  const parts = recovery.dropped === 1 ? "del" : "deler";
  const what = recovery.readable ? `Noe av det som var lagret for denne øvelsen, var skadet og kunne ikke brukes (${recovery.dropped} ${parts}). Resten er hentet inn. ` : "Det som var lagret for denne øvelsen, kunne ikke leses, så øvelsen starter tom. ";
  const kept = recovery.backedUp ? "Det som var lagret, er tatt vare på i en sikkerhetskopi i nettleseren." : "Nettleseren har ikke plass til en sikkerhetskopi. Last ned det som var lagret: først da lagres nye svar over det.";
  return what + kept;
}
function notices(model, def) {
  const storage = h("div", { class: "mvh-notice", hidden: true });
  const recovery = model.get("recovery");
  const migratedFrom = model.get("migrated_from");
  const recoveryNotice = recovery ? h("div", { class: "mvh-notice", role: "alert", "data-notice": "recovery" }, [
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
            model.set("recovery", { ...recovery, released: true });
            model.save_changes();
          }
        }
      },
      ["Last ned det som var lagret"]
    )
  ]) : null;
  const migration = migratedFrom !== null && migratedFrom !== void 0 ? h("p", {
    class: "mvh-info",
    "data-notice": "migrated",
    text: `Øvelsen er oppdatert siden du svarte (versjon ${migratedFrom} → ${def.version}). Svarene dine er tatt med over. Svar på spørsmål som er fjernet, ligger fortsatt i eksporten.`
  }) : null;
  function showStorage() {
    const state = model.get("storage");
    if (state && state.ok === false) {
      storage.hidden = false;
      storage.textContent = state.reason === "held" || state.reason === "quota" ? STORAGE_TEXT[
        /** @type {"held"|"quota"} */
        state.reason
      ] : STORAGE_TEXT.unavailable;
    } else {
      storage.hidden = true;
      storage.textContent = "";
    }
  }
  return { storage, recovery: recoveryNotice, migration, showStorage };
}

// js/ui/print.js
var PRINT_ONE = "mvh-print-one";
var PRINT_TARGET = "mvh-print-target";
var PRINT_PATH = "mvh-print-path";
function pathTo(section) {
  const path = [];
  for (let el = section.parentElement; el && el !== document.documentElement; el = el.parentElement) path.push(el);
  return path;
}
function printSection(section) {
  const root = document.documentElement;
  const path = pathTo(section);
  const done = () => {
    root.classList.remove(PRINT_ONE);
    section.classList.remove(PRINT_TARGET);
    for (const el of path) el.classList.remove(PRINT_PATH);
    window.removeEventListener("afterprint", done);
  };
  for (const el of Array.from(document.querySelectorAll(`.${PRINT_TARGET}, .${PRINT_PATH}`))) {
    el.classList.remove(PRINT_TARGET, PRINT_PATH);
  }
  window.addEventListener("afterprint", done);
  root.classList.add(PRINT_ONE);
  section.classList.add(PRINT_TARGET);
  for (const el of path) el.classList.add(PRINT_PATH);
  window.print();
}

// js/ui/frame.js
var PRIVACY_BOOK = "Svarene lagres bare i denne nettleseren og sendes ikke noe sted. Vil du ta vare på dem eller flytte dem, eksporterer du dem til en fil.";
var PRIVACY_BOOK_SHORT = "Svarene lagres bare i denne nettleseren.";
var PRIVACY_JUPYTER = "Svarene ligger i denne notatboken og kan leses fra Python. De sendes ikke noe sted.";
var PRIVACY_PAGE = "personvern.html";
var PRIVACY_LINK_TEXT = "Les mer om personvern";
var privacyShown = () => typeof document !== "undefined" && document.querySelector(".mvh-privacy:not(.mvh-privacy-short)") !== null;
var clock = (d) => `${String(d.getHours()).padStart(2, "0")}.${String(d.getMinutes()).padStart(2, "0")}`;
var CONTROLS = "input, textarea, select";
function render({ model, el }) {
  const def = model.get("definition");
  const getAnswers = () => {
    const a = model.get("answers");
    return isObject(a) ? a : {};
  };
  let lastSaved = (
    /** @type {Date|null} */
    null
  );
  const setAnswers = (next) => {
    const active = document.activeElement;
    const deletedBefore = model.get("deleted");
    model.set("answers", next);
    model.save_changes();
    const storage = model.get("storage");
    if (storage && storage.ok === false) {
      saveFailed(storage.reason, active instanceof HTMLElement && section.contains(active) ? active : null);
    } else if (model.get("deleted") === deletedBefore) {
      lastSaved = /* @__PURE__ */ new Date();
      saveWorked();
    } else {
      lastSaved = null;
      savedLine.textContent = "";
    }
    showSaved();
  };
  const found = Object.hasOwn(KINDS, def.kind) ? KINDS[def.kind] : void 0;
  if (!found) {
    el.replaceChildren(h("p", { class: "mvh-alert", text: `Ukjent øvelsestype: ${def.kind}` }));
    return () => {
    };
  }
  const kind = found;
  const titleId = uid("title");
  const { message: message2, alert, say } = messageLine();
  const notice = notices(model, def);
  const savedLine = h("p", { class: "mvh-saved", role: "status", "aria-live": "polite" });
  const host = { inBook: model.get("host") === "book" };
  const body = kind.View(def, getAnswers, setAnswers, host);
  const measure = supportsMeasurements(def) ? measurementsView({ def, model, getAnswers }) : null;
  const measurementsNow = () => measure ? measure.list() : [];
  function showSaved() {
    const storage = model.get("storage");
    let text2 = "";
    if (storage && storage.ok === false) {
      text2 = "Svarene er ikke lagret. Eksporter dem før du lukker siden.";
    } else if (lastSaved) {
      const time = clock(lastSaved);
      text2 = storage ? `Lagret i nettleseren kl. ${time}.` : `Oppdatert kl. ${time}.`;
    } else {
      const at = model.get("saved_at");
      const time = typeof at === "string" ? new Date(at) : null;
      text2 = time && !Number.isNaN(time.getTime()) && hasContent(getAnswers()) ? `Sist lagret ${savedAt(time)}.` : "";
    }
    if (savedLine.textContent !== text2) savedLine.textContent = text2;
  }
  function showStorage() {
    notice.showStorage();
    if (model.get("storage")?.ok !== false) saveWorked();
    showSaved();
  }
  const fieldNote = h("p", {
    class: "mvh-notice mvh-field-note",
    id: uid("unsaved"),
    "data-notice": "save-failed"
  });
  let failedReason = (
    /** @type {string|null} */
    null
  );
  let described = (
    /** @type {HTMLElement|null} */
    null
  );
  let onlyHere = false;
  const askBeforeLeaving = (e) => {
    e.preventDefault();
    e.returnValue = "";
  };
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
  function saveFailed(reason, active) {
    if (!hasContent(getAnswers())) {
      undescribe();
      fieldNote.remove();
      setOnlyHere(false);
      return;
    }
    const text2 = Object.hasOwn(SAVE_FAILED_TEXT, reason) ? SAVE_FAILED_TEXT[
      /** @type {keyof typeof SAVE_FAILED_TEXT} */
      reason
    ] : SAVE_FAILED_TEXT.unavailable;
    fieldNote.textContent = text2;
    if (active?.matches(CONTROLS)) {
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
    if (failedReason !== reason) say(text2, "error");
    failedReason = reason;
    setOnlyHere(hasContent(getAnswers()));
  }
  function saveWorked() {
    undescribe();
    fieldNote.remove();
    if (failedReason !== null) {
      failedReason = null;
      say(savedAgainText, "ok");
    }
    setOnlyHere(false);
  }
  const baseName = () => `${def.id}-${fileStamp(/* @__PURE__ */ new Date())}`;
  function exportJson() {
    let response = model.get("response_id");
    if (!response) {
      response = newResponseId();
      model.set("response_id", response);
      model.save_changes();
    }
    const data = exportData(def, getAnswers(), response, measurementsNow());
    download(`${baseName()}.json`, JSON.stringify(data, null, 2), "application/json");
    setOnlyHere(false);
    say("Svarene er lastet ned som JSON-fil. Den kan importeres igjen senere.", "ok");
  }
  function exportCsv() {
    download(`${baseName()}.csv`, toCsv(answerTable(def, getAnswers())), "text/csv;charset=utf-8");
    setOnlyHere(false);
    say("Svarene er lastet ned som CSV-fil for regneark.", "ok");
  }
  function importText(file, raw) {
    let data;
    try {
      data = parseImport(def, raw, file.name);
    } catch (err) {
      say(`${/** @type {Error} */
      err.message} Ingenting er endret.`, "error");
      return;
    }
    model.refresh?.();
    const replaced = replacedCount(getAnswers(), data.answers);
    const incoming = measure && Array.isArray(data.measurements) ? data.measurements : [];
    const mine = new Map(measurementsNow().map((m) => [m.id, JSON.stringify(m)]));
    const replacedMeasurements = incoming.filter(
      (m) => mine.has(m.id) && mine.get(m.id) !== JSON.stringify(m)
    ).length;
    if (replaced === 0 && replacedMeasurements === 0) return useImport(file, data);
    const what = replaced === 1 ? "1 av svarene" : `${replaced} av svarene`;
    const answersPart = replaced ? `Filen «${file.name}» har andre svar enn dem du har her nå (${kind.progress(def, getAnswers())}). Importerer du den, blir ${what} dine erstattet av svarene i filen. ` : `Filen «${file.name}» har de samme svarene som du har her nå. `;
    const measurePart = incoming.length ? `Filen har ${incoming.length === 1 ? "1 måling" : `${incoming.length} målinger`}; de legges til dine` + (replacedMeasurements ? `, og ${replacedMeasurements === 1 ? "1 av målingene dine" : `${replacedMeasurements} av målingene dine`} blir erstattet av filens utgave. ` : ". ") : "";
    importBox.ask(
      `${answersPart}${measurePart}Det kan ikke angres. Vil du importere?`,
      () => useImport(
        file,
        /** @type {Record<string, any>} */
        data
      )
    );
  }
  function useImport(file, data) {
    try {
      model.refresh?.();
      model.set("response_id", typeof data.response === "string" ? data.response : "");
      const incoming = measure && Array.isArray(data.measurements) ? data.measurements : [];
      if (incoming.length) model.set("measurements", mergeMeasurements(measurementsNow(), incoming));
      setAnswers(data.answers);
      body.apply();
      const other = data.version !== def.version ? ` Filen er fra versjon ${data.version} av øvelsen; svar på mål som ikke finnes lenger, tas vare på i eksporten.` : "";
      const count = incoming.length ? ` ${incoming.length === 1 ? "1 måling" : `${incoming.length} målinger`} er med.` : "";
      say(`Svarene er importert fra «${file.name}».${count}${other}`, "ok");
    } catch (err) {
      say(`${/** @type {Error} */
      err.message} Ingenting er endret.`, "error");
    }
  }
  const tooBig = "Filen er større enn 1 MB og kan ikke være en eksport fra denne øvelsen. Ingenting er endret.";
  const refuse = (text2) => say(text2, "error");
  const importButton = button(
    { class: "mvh-btn", "data-action": "import", onclick: () => fileInput.open() },
    "Importer fra fil"
  );
  const importBox = questionBox({
    action: "import",
    yes: "Ja, importer og erstatt",
    groupLabel: "Bekreft import",
    back: () => importButton
  });
  const fileInput = fileButton({
    onFiles: ([file]) => readFile(file, MAX_IMPORT_BYTES, tooBig, refuse, (raw) => importText(file, raw))
  });
  const reset = confirmAction({
    label: "Nullstill",
    action: "reset",
    yes: "Ja, slett svarene",
    groupLabel: "Bekreft nullstilling",
    question: "Vil du slette alle svarene i denne øvelsen? Det kan ikke angres. Eksporter først hvis du vil ta vare på dem." + (measure ? " Målingene dine blir liggende." : ""),
    onYes: () => {
      if (typeof model.forget === "function") model.forget();
      model.set("response_id", "");
      setAnswers({});
      showStorage();
      setOnlyHere(false);
      body.apply();
      say("Alle svarene i denne øvelsen er slettet.", "ok");
    }
  });
  const toolbar = h("div", { class: "mvh-toolbar", role: "group", "aria-label": "Lagre, dele og skrive ut" }, [
    button({ class: "mvh-btn", "data-action": "export-json", onclick: exportJson }, "Eksporter (JSON)"),
    button({ class: "mvh-btn", "data-action": "export-csv", onclick: exportCsv }, "Eksporter (CSV)"),
    importButton,
    button({ class: "mvh-btn", "data-action": "print", onclick: () => printSection(section) }, "Skriv ut"),
    reset.trigger,
    fileInput.el
  ]);
  const short = host.inBook && privacyShown();
  const privacyNote = h(
    "p",
    { class: short ? "mvh-privacy mvh-privacy-short" : "mvh-privacy" },
    host.inBook ? [
      `${short ? PRIVACY_BOOK_SHORT : PRIVACY_BOOK} `,
      h("a", { href: PRIVACY_PAGE, class: "mvh-privacy-link", text: PRIVACY_LINK_TEXT }),
      "."
    ] : [PRIVACY_JUPYTER]
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
    message2,
    alert,
    measure ? measure.root : null,
    def.source ? h("p", { class: "mvh-source", text: `Kilde: ${def.source}` }) : null
  ]);
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
    if (!model.get("recovery")) notice.recovery?.remove();
    if (model.get("migrated_from") == null) notice.migration?.remove();
  };
  const onDeleted = (e) => {
    if (!e.new) return;
    setOnlyHere(false);
    body.apply();
    say(deletedText(e.new.dropped), e.new.dropped ? "error" : "ok");
  };
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

// js/widget.js
var widget_default = { render };
export {
  widget_default as default
};
