/* Built from js/ by js/build.mjs (esbuild). Do not edit: run `make js`. */
"use strict";
var MVHWidget = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // js/book.js
  var book_exports = {};
  __export(book_exports, {
    EXPORT_FORMAT: () => EXPORT_FORMAT,
    MIN_TEAM_RESPONSES: () => MIN_TEAM_RESPONSES,
    WORKBOOK_FORMAT: () => WORKBOOK_FORMAT,
    aggregate: () => aggregate,
    answerTable: () => answerTable,
    checkAnswers: () => checkAnswers,
    default: () => book_default,
    exportCsv: () => exportCsv,
    exportData: () => exportData,
    mergeAnswers: () => mergeAnswers,
    parseImport: () => parseImport,
    parseWorkbook: () => parseWorkbook,
    progressText: () => progressText,
    renderView: () => renderView,
    salvageAnswers: () => salvageAnswers,
    summarize: () => summarize8
  });

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
  var isString = (v) => typeof v === "string";
  var SPACE = "[ \\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+";
  var EDGE_SPACE = new RegExp(`^${SPACE}|${SPACE}$`, "g");
  var text = (v) => typeof v === "string" ? v.replace(EDGE_SPACE, "") : "";
  var wholeNumber = (v) => typeof v === "number" && Number.isInteger(v);
  var same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
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
    for (const [key, entry2, entryField] of entries) {
      const error = check(inner, entry2, entryField, def);
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
  function salvageAnswers(def, answers) {
    if (!isObject(answers)) return { answers: {}, dropped: 1 };
    const fields = own(ANSWER_SHAPES, def.kind) || {};
    const out = {};
    let dropped = 0;
    for (const [field2, value] of Object.entries(answers)) {
      const node = own(fields, field2);
      if (!node || node.type !== "map" && node.type !== "list") {
        dropped += 1;
      } else if (node.type === "map") {
        if (!isObject(value)) {
          dropped += 1;
          continue;
        }
        const kept = {};
        for (const [k, v] of Object.entries(value)) {
          if (node.keys && !node.keys.includes(k)) dropped += 1;
          else if (check(node.values, v, `${field2}.${k}`, def) === "") put(kept, k, v);
          else dropped += 1;
        }
        put(out, field2, kept);
      } else {
        if (!Array.isArray(value)) {
          dropped += 1;
          continue;
        }
        let kept = value.filter((v) => check(node.items, v, field2, def) === "");
        if (node.max) kept = kept.slice(0, limit(def, node.max));
        dropped += value.length - kept.length;
        put(out, field2, kept);
      }
    }
    return { answers: out, dropped };
  }
  function mergeAnswers(base, theirs, mine) {
    if (isObject(mine) && isObject(theirs)) {
      const b = isObject(base) ? base : {};
      const out = {};
      for (const k of /* @__PURE__ */ new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(b)])) {
        const inMine = Object.hasOwn(mine, k);
        const inTheirs = Object.hasOwn(theirs, k);
        const [m, t, was] = [own(mine, k), own(theirs, k), own(b, k)];
        const changedHere = inMine !== Object.hasOwn(b, k) || !same(m, was);
        if (changedHere) {
          if (!inMine) continue;
          put(out, k, isObject(m) && isObject(t) ? mergeAnswers(was, t, m) : m);
        } else if (inTheirs) {
          put(out, k, t);
        }
      }
      return out;
    }
    return same(mine, base) ? theirs : mine;
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
    const two2 = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${two2(d.getMonth() + 1)}-${two2(d.getDate())}-${two2(d.getHours())}${two2(d.getMinutes())}`;
  }
  function savedAt(d, now = /* @__PURE__ */ new Date()) {
    const two2 = (n) => String(n).padStart(2, "0");
    const year = d.getFullYear() === now.getFullYear() ? "" : String(d.getFullYear());
    return `${d.getDate()}.${d.getMonth() + 1}.${year} kl. ${two2(d.getHours())}.${two2(d.getMinutes())}`;
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
    let answered2 = 0;
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
      answered2 += scores.length;
    }
    return { items, answered: answered2, dimensions };
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
    let answered2 = 0;
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
      answered2 += an;
      correct += c;
    }
    return { units, answered: answered2, correct, questions };
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
    let answered2 = 0;
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
          if (key !== UNANSWERED) answered2 += 1;
          for (const c of [total, pc, tc]) c[key] += 1;
        }
      }
    }
    return { items, answered: answered2, total, parts, themes };
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
      const count2 = h("span", { class: "mvh-theme-count" });
      const unrated = h("p", { class: "mvh-print-only mvh-print-unrated" });
      const details = (
        /** @type {HTMLDetailsElement} */
        h("details", { class: "mvh-theme", "data-theme": theme.id, id: anchor, open: true }, [
          h("summary", { class: "mvh-theme-summary" }, [
            h("h5", { class: "mvh-theme-title", text: `${theme.id}. ${theme.title}` }),
            count2
          ]),
          theme.intention ? h("p", { class: "mvh-intention", text: theme.intention }) : null,
          h("ol", { class: "mvh-items" }, theme.items.map(itemNode)),
          unrated
        ])
      );
      themeNodes.set(theme.id, { details, count: count2, unrated });
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
      const start2 = ids.indexOf(lastItem) + 1;
      const order = [...ids.slice(start2), ...ids.slice(0, start2)];
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
    const current2 = (id) => own(getAnswers().fields, id);
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
          const v = typeof current2(f.id) === "string" ? current2(f.id) : "";
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
          const v = current2(f.id);
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
        const paper2 = h("ul", { class: "mvh-print-only mvh-print-checklist", "aria-hidden": "true" });
        appliers.push(() => {
          const v = Array.isArray(current2(f.id)) ? current2(f.id) : [];
          for (const b of boxes) b.checked = v.includes(b.value);
          paper2.replaceChildren(...options.map((o) => h("li", { text: `${v.includes(o) ? "☒" : "☐"} ${o}` })));
        });
        const labels = boxes.map((b, i) => h("label", { class: "mvh-choice" }, [b, h("span", { text: options[i] })]));
        return h("fieldset", { class: "mvh-field", "aria-describedby": described }, [
          h("legend", { text: f.label }),
          help,
          h("div", { class: "mvh-checklist" }, labels),
          paper2
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
            onchange: () => setField(f.id, { ...asObject(current2(f.id)), [row]: o })
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
        const v = asObject(current2(f.id));
        for (const [ri, row] of f.rows.entries()) {
          for (const [i, el] of grid[ri].entries()) {
            el.checked = own(v, row) === el.value;
            marks[ri][i].textContent = el.checked ? "✕" : "";
          }
        }
      });
      const wrap2 = h("div", { class: "mvh-matrix-wrap" }, [table]);
      fitMatrix(wrap2, table);
      return h("div", { class: "mvh-field mvh-matrix-field" }, [
        h("p", { id: captionId, class: "mvh-matrix-label", text: f.label }),
        help,
        wrap2,
        ...names
      ]);
    }
    function fitMatrix(wrap2, table) {
      if (typeof ResizeObserver === "undefined") return;
      let width = -1;
      new ResizeObserver(() => {
        if (wrap2.clientWidth === width) return;
        width = wrap2.clientWidth;
        wrap2.classList.remove(CARDS);
        if (table.scrollWidth > wrap2.clientWidth + 1) wrap2.classList.add(CARDS);
      }).observe(wrap2);
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
  var progressText = (def, answers) => kindOf(def).progress(def, asObject(answers));
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
  function mergeMeasurements(stored2, incoming) {
    const byId = /* @__PURE__ */ new Map();
    for (const m of [...stored2, ...incoming]) byId.set(field(m, "id"), m);
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
  var WORKBOOK_FIELDS = { format: "text", exported: "text", instruments: "list" };
  var ENTRY_FIELDS = {
    instrument: "text",
    version: "version",
    title: "text",
    response: "response",
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
  function replacedCount(current2, incoming) {
    const now = leaves(current2, "", /* @__PURE__ */ new Map());
    const next = leaves(incoming, "", /* @__PURE__ */ new Map());
    let count2 = 0;
    for (const [k, v] of now) if (next.get(k) !== v) count2 += 1;
    return count2;
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
  function workbookData(entries) {
    return {
      format: WORKBOOK_FORMAT,
      exported: (/* @__PURE__ */ new Date()).toISOString(),
      instruments: entries.map(({ def, answers, response, measurements = [] }) => {
        const entry2 = { instrument: def.id, version: def.version, title: def.title, response, answers };
        return measurements.length ? { ...entry2, measurements: forFile(measurements) } : entry2;
      })
    };
  }
  function parseWorkbook(defs, raw, name = "") {
    let data;
    try {
      data = JSON.parse(raw);
    } catch {
      throw refused(name, "Filen er ikke en gyldig JSON-fil.");
    }
    if (!isObject(data) || data.format !== WORKBOOK_FORMAT || !Array.isArray(data.instruments)) {
      const single = isObject(data) && data.format === EXPORT_FORMAT;
      throw refused(
        name,
        single ? "Dette er en eksport fra én øvelse. Importer den på siden der øvelsen står." : "Filen ser ikke ut som en arbeidsbok fra Metodeveilederhåndboka."
      );
    }
    if (nesting(data) > MAX_DEPTH) {
      throw refused(name, "Filen har for mange nivåer inni hverandre og kan ikke være en arbeidsbok fra boka.");
    }
    const top = checkFields(data, WORKBOOK_FIELDS, ["format", "instruments"]);
    if (top) throw refused(name, `Filen ${top}`);
    const byId = new Map(defs.map((d) => [d.id, d]));
    return data.instruments.map((entry2, i) => {
      if (!isObject(entry2) || typeof entry2.instrument !== "string") {
        throw refused(name, `Oppføring ${i + 1} i filen har feil format.`);
      }
      const def = byId.get(entry2.instrument);
      if (!def) {
        throw refused(name, `Filen har svar til en øvelse boka ikke kjenner («${echo(entry2.instrument)}»).`);
      }
      const wrong = checkFields(entry2, ENTRY_FIELDS, REQUIRED);
      if (wrong) throw refused(name, `Oppføring ${i + 1} i filen («${def.title}») ${wrong}`);
      const err = checkAnswers(def, entry2.answers);
      if (err) throw refused(name, `Svarene til «${def.title}» har feil format: ${err}.`);
      const measurements = entry2.measurements || [];
      const bad = checkMeasurements(def, measurements, ` til «${def.title}»`);
      if (bad) throw refused(name, bad);
      return {
        def,
        answers: entry2.answers,
        response: typeof entry2.response === "string" && entry2.response ? entry2.response : newResponseId(),
        measurements
      };
    });
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

  // js/core/team.js
  var MIN_TEAM_RESPONSES = 3;
  var FEWER = `fewer than ${MIN_TEAM_RESPONSES} responses`;
  var TEAM_KINDS = ["evaluation", "likert", "rating"];
  var isTeamKind = (def) => TEAM_KINDS.includes(def.kind);
  var HIDDEN = () => ({ shown: false, why: FEWER });
  function itemsOf(def) {
    if (def.kind === "likert") return def.dimensions.flatMap((d) => d.items);
    if (def.kind === "evaluation") return def.statements;
    if (def.kind === "rating") return def.parts.flatMap((p) => p.themes.flatMap((t) => t.items));
    throw new Error(`no team view for kind ${def.kind}`);
  }
  function answered(def, a) {
    const ratings = isObject(a) && isObject(a.ratings) ? a.ratings : {};
    const out = /* @__PURE__ */ new Map();
    const valid = def.kind === "likert" || def.kind === "evaluation" ? (v) => wholeNumber(v) && v >= def.scale.min && v <= def.scale.max : def.kind === "rating" ? (v) => typeof v === "string" && def.scale.some((s) => s.id === v) : null;
    if (!valid) throw new Error(`no team view for kind ${def.kind}`);
    for (const item of itemsOf(def)) {
      const v = own(ratings, item.id);
      if (valid(v)) out.set(
        item.id,
        /** @type {number|string} */
        v
      );
    }
    if (def.kind === "evaluation") {
      const responses = isObject(a) && isObject(a.responses) ? a.responses : {};
      for (const q of def.questions) {
        const written = text(own(responses, q.id));
        if (written) out.set(q.id, written);
      }
    }
    return out;
  }
  function answerKey(def, a) {
    const got = answered(def, a);
    return got.size ? JSON.stringify([...got].sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0)) : "";
  }
  function scaleItem(values, min, max, reverse = false) {
    if (values.length < MIN_TEAM_RESPONSES) return [HIDDEN(), null];
    const counts = {};
    for (let v = min; v <= max; v++) counts[String(v)] = 0;
    for (const v of values) counts[String(v)] += 1;
    const n = values.length;
    const scored = values.map((v) => reverse ? min + max - v : v);
    const sum = scored.reduce((x, y) => x + y, 0);
    const spreadN2 = n * scored.reduce((x, y) => x + y * y, 0) - sum * sum;
    const entry2 = {
      shown: true,
      n,
      mean: mean(values),
      scored_mean: sum / n,
      spread: Math.sqrt(spreadN2 / (n * n)),
      counts
    };
    return [entry2, { n, sum, spreadN2 }];
  }
  var numbersOf = (id, sets) => sets.map((s) => s.get(id)).filter((v) => typeof v === "number");
  function evaluationTeam(def, sets) {
    const { min, max } = def.scale;
    const items = {};
    const questions = {};
    const hidden = { items: [], questions: [] };
    for (const st of def.statements) {
      const [entry2, sums] = scaleItem(numbersOf(st.id, sets), min, max);
      put(items, st.id, entry2);
      if (!sums) hidden.items.push(st.id);
    }
    for (const q of def.questions) {
      const written = sets.map((s) => s.get(q.id)).filter((v) => typeof v === "string");
      if (written.length < MIN_TEAM_RESPONSES) {
        put(questions, q.id, HIDDEN());
        hidden.questions.push(q.id);
      } else {
        put(questions, q.id, { shown: true, n: written.length, answers: written.sort() });
      }
    }
    return { items, questions, hidden };
  }
  function likertTeam(def, sets) {
    const { min, max } = def.scale;
    const items = {};
    const dimensions = {};
    const hidden = { items: [], dimensions: [] };
    const exact = [];
    for (const dim of def.dimensions) {
      const shownItems = [];
      for (const item of dim.items) {
        const [entry2, sums] = scaleItem(numbersOf(item.id, sets), min, max, Boolean(item.reverse));
        put(items, item.id, entry2);
        if (!sums) hidden.items.push(item.id);
        else {
          shownItems.push(item);
          exact.push({ id: item.id, ...sums });
        }
      }
      const means = [];
      for (const s of sets) {
        const scores = [];
        for (const item of shownItems) {
          const v = s.get(item.id);
          if (typeof v === "number") scores.push(item.reverse ? min + max - v : v);
        }
        const m = mean(scores);
        if (m !== null) means.push(m);
      }
      if (means.length < MIN_TEAM_RESPONSES) {
        dimensions[dim.id] = HIDDEN();
        hidden.dimensions.push(dim.id);
      } else {
        const m = (
          /** @type {number} */
          mean(means)
        );
        const band = (dim.bands || []).findIndex((b) => m <= b.max);
        dimensions[dim.id] = {
          shown: true,
          n: means.length,
          mean: m,
          left_out: dim.items.length - shownItems.length,
          band: band < 0 ? null : band
        };
      }
    }
    const lowest = extremes(exact, (a, b) => b.sum * a.n - a.sum * b.n);
    const widest = extremes(
      exact,
      (a, b) => a.spreadN2 * b.n * b.n - b.spreadN2 * a.n * a.n,
      (e) => e.spreadN2 > 0
    );
    return { dimensions, items, hidden, lowest, widest };
  }
  function extremes(list, order, worth = () => true) {
    let best = (
      /** @type {Exact[]} */
      []
    );
    for (const e of list) {
      const c = best.length ? order(e, best[0]) : 1;
      if (c > 0) best = [e];
      else if (c === 0) best.push(e);
    }
    if (!best.length || best.length === list.length || !worth(best[0])) return [];
    return best.map((e) => e.id);
  }
  function ratingTeam(def, sets) {
    const keys = [...def.scale.map((x) => x.id), UNANSWERED];
    const zero = () => Object.fromEntries(keys.map((k) => [k, 0]));
    const items = {};
    const hidden = { items: [], themes: [], parts: [], total: false };
    for (const item of itemsOf(def)) {
      const counts = zero();
      for (const s of sets) counts[
        /** @type {string} */
        s.get(item.id) ?? UNANSWERED
      ] += 1;
      const n = sets.length - counts[UNANSWERED];
      if (n < MIN_TEAM_RESPONSES) {
        put(items, item.id, HIDDEN());
        hidden.items.push(item.id);
      } else {
        put(items, item.id, { shown: true, n, counts });
      }
    }
    const sum = (group) => {
      const shown = group.filter((it) => items[it.id].shown);
      if (!shown.length) return null;
      const counts = zero();
      for (const it of shown) for (const k of keys) counts[k] += own(items, it.id).counts[k];
      const n = sets.filter((s) => shown.some((it) => s.has(it.id))).length;
      return { shown: true, n, counts, left_out: group.length - shown.length };
    };
    const entry2 = (group, list, id) => {
      const s = sum(group);
      if (s) return s;
      list.push(id);
      return HIDDEN();
    };
    const themes = def.parts.flatMap((p) => p.themes);
    const totalSum = sum(itemsOf(def));
    hidden.total = !totalSum;
    return {
      total: totalSum || HIDDEN(),
      parts: Object.fromEntries(
        def.parts.map((p) => [
          p.id,
          entry2(
            p.themes.flatMap((t) => t.items),
            hidden.parts,
            p.id
          )
        ])
      ),
      themes: Object.fromEntries(themes.map((t) => [t.id, entry2(t.items, hidden.themes, t.id)])),
      items,
      hidden
    };
  }
  function aggregate(def, answersList) {
    if (!isTeamKind(def)) throw new Error(`no team view for kind ${def.kind}`);
    const sets = answersList.map((a) => answered(def, a)).filter((s) => s.size > 0);
    const n = sets.length;
    const base = { instrument: def.id, n, empty: answersList.length - n };
    if (n < MIN_TEAM_RESPONSES) return { ...base, shown: false, why: FEWER };
    const numbers = def.kind === "likert" ? likertTeam(def, sets) : def.kind === "evaluation" ? evaluationTeam(def, sets) : ratingTeam(
      /** @type {RatingDef} */
      def,
      sets
    );
    return { ...base, shown: true, ...numbers };
  }
  var TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/;
  function exportTime(value) {
    const m = typeof value === "string" ? TIME.exec(value) : null;
    if (!m) return null;
    const [y, mo, d, hh, mm, ss] = m.slice(1, 7).map(Number);
    const ms = Number((m[7] || "").slice(0, 3).padEnd(3, "0"));
    const offH = m[9] ? Number(m[10]) : 0;
    const offM = m[9] ? Number(m[11]) : 0;
    if (y < 1e3 || offH > 23 || offM > 59) return null;
    const date = new Date(Date.UTC(y, mo - 1, d, hh, mm, ss, ms));
    const same2 = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === hh && date.getUTCMinutes() === mm && date.getUTCSeconds() === ss;
    if (!same2) return null;
    const offset = (m[9] === "-" ? -1 : 1) * (offH * 60 + offM) * 6e4;
    return date.getTime() - offset;
  }
  function replaces(earlier, later) {
    const a = exportTime(earlier.exported);
    const b = exportTime(later.exported);
    return a === null || b === null || a === b || b > a;
  }
  function mergeFiles(def, files, options = {}) {
    const byId = /* @__PURE__ */ new Map();
    const out = { counted: [], answers: [], duplicates: [], replaced: [], copies: [], empty: [] };
    for (const f of files) {
      const key = answerKey(def, f.answers);
      const before = byId.get(f.response);
      if (before && before.key === key) {
        out.duplicates.push(f.name);
        continue;
      }
      if (before && !replaces(before, f)) {
        out.replaced.push({ name: before.name, replaced: f.name });
        continue;
      }
      if (before) out.replaced.push({ name: f.name, replaced: before.name });
      byId.set(f.response, { name: f.name, answers: f.answers, key, exported: f.exported });
    }
    const groups = /* @__PURE__ */ new Map();
    for (const r of byId.values()) {
      if (!r.key) {
        out.empty.push(r.name);
        continue;
      }
      const group = groups.get(r.key);
      if (group) group.push(r.name);
      else groups.set(r.key, [r.name]);
      if (!group || options.countCopies) {
        out.counted.push(r.name);
        out.answers.push(r.answers);
      }
    }
    out.copies = [...groups.values()].filter((g) => g.length > 1);
    return out;
  }
  function scalePoints(def) {
    const ranked = def.scale.filter((s) => (
      /** @type {{ranked?: boolean}} */
      s.ranked !== false
    ));
    return new Map(ranked.map((s, i) => [s.id, ranked.length - 1 - i]));
  }
  function groupMeans(def, agg) {
    const out = {};
    if (def.kind === "likert") {
      for (const d of def.dimensions) {
        const dim = own(agg.dimensions, d.id);
        out[d.id] = dim.shown ? { n: dim.n, mean: dim.mean } : null;
      }
      return out;
    }
    if (def.kind === "evaluation") {
      for (const st of def.statements) {
        const item = own(agg.items, st.id);
        out[st.id] = item.shown ? { n: item.n, mean: item.mean } : null;
      }
      return out;
    }
    if (def.kind !== "rating") throw new Error(`no team view for kind ${def.kind}`);
    const points = scalePoints(def);
    for (const t of def.parts.flatMap((p) => p.themes)) {
      const theme = own(agg.themes, t.id);
      if (!theme.shown) {
        out[t.id] = null;
        continue;
      }
      let sum = 0;
      let k = 0;
      for (const [id, p] of points) {
        sum += theme.counts[id] * p;
        k += theme.counts[id];
      }
      out[t.id] = { n: theme.n, mean: k ? sum / k : null };
    }
    return out;
  }
  function compareRounds(def, filesA, filesB, options = {}) {
    if (!isTeamKind(def)) throw new Error(`no team view for kind ${def.kind}`);
    const groups = [filesA, filesB].map((files) => {
      const merged = mergeFiles(def, files, options);
      return aggregate(def, [...merged.answers, ...merged.empty.map(() => ({}))]);
    });
    const means = groups.map((agg) => agg.shown ? groupMeans(def, agg) : null);
    const rowsOf = def.kind === "likert" ? def.dimensions : def.kind === "evaluation" ? def.statements : (
      /** @type {RatingDef} */
      def.parts.flatMap((p) => p.themes)
    );
    const rows = rowsOf.map((r) => {
      const [a, b] = means.map((m) => m ? m[r.id] : null);
      const am = a ? a.mean : null;
      const bm = b ? b.mean : null;
      return {
        id: r.id,
        a: am,
        b: bm,
        n_a: a ? a.n : null,
        n_b: b ? b.n : null,
        delta: am !== null && bm !== null ? bm - am : null
      };
    });
    const scale = def.kind === "likert" || def.kind === "evaluation" ? { min: def.scale.min, max: def.scale.max } : { min: 0, max: scalePoints(
      /** @type {RatingDef} */
      def
    ).size - 1 };
    return {
      instrument: def.id,
      kind: def.kind,
      scale,
      groups: groups.map(
        (g) => g.shown ? { n: g.n, empty: g.empty, shown: true } : { n: g.n, empty: g.empty, shown: false, why: FEWER }
      ),
      rows
    };
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
    const current2 = () => {
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
      const failed = store([...current2(), m]);
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
        const failed = store(current2().filter((x) => x.id !== m.id));
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
        const failed = store(current2().map((x) => x.id === m.id ? { ...x, label } : x));
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
      const all = current2();
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
        ...current2().slice().reverse().map((m) => h("option", { value: m.id, text: `${m.label} (${norwegianDate(m.date)})` })),
        h("option", { value: NOW, text: "Svarene nå" })
      ];
      sel.replaceChildren(...options);
      sel.value = options.some((o) => o.getAttribute("value") === value) ? value : NOW;
    }
    function defaults() {
      const all = current2();
      if (all.length >= 2) return [all[all.length - 2].id, all[all.length - 1].id];
      return [all.length ? all[0].id : NOW, NOW];
    }
    function side(value) {
      const m = current2().find((x) => x.id === value);
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
      const enough = current2().length > 0;
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
      compareBox.hidden = current2().length === 0;
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
      list: current2,
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
    function exportCsv2() {
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
        const count2 = incoming.length ? ` ${incoming.length === 1 ? "1 måling" : `${incoming.length} målinger`} er med.` : "";
        say(`Svarene er importert fra «${file.name}».${count2}${other}`, "ok");
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
      button({ class: "mvh-btn", "data-action": "export-csv", onclick: exportCsv2 }, "Eksporter (CSV)"),
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

  // js/host/record.js
  var BOOK = "metodeveilederhandboka";
  var storageKey = (def) => `${BOOK}:${def.id}:v${def.version}`;
  var versionPrefix = (def) => `${BOOK}:${def.id}:v`;
  var measurementsKey = (def) => `${BOOK}:${def.id}:malinger`;
  var serializeMeasurements = (def, measurements) => JSON.stringify({ instrument: def.id, measurements });
  var backupKey = (def) => `${storageKey(def)}:sikkerhetskopi`;
  function serializeRecord(def, answers, response) {
    return JSON.stringify({
      instrument: def.id,
      version: def.version,
      answers,
      response,
      saved: (/* @__PURE__ */ new Date()).toISOString()
    });
  }
  function parseRecord(raw) {
    if (raw === null) return null;
    try {
      const saved = JSON.parse(raw);
      return isObject(saved) ? saved : null;
    } catch {
      return null;
    }
  }
  function usableRecord(raw) {
    const record = parseRecord(raw);
    return record && typeof record.answers === "object" && record.answers !== null ? record : null;
  }
  var instrumentPrefix = (def) => `${BOOK}:${def.id}:`;
  var DELETED_KEY = `${BOOK}:slettet`;
  function readMarks(storage) {
    const marks = parseRecord(storage.getItem(DELETED_KEY));
    const out = {};
    for (const [k, v] of Object.entries(marks || {})) if (typeof v === "string") out[k] = v;
    return out;
  }
  function deletionMark(storage, def) {
    const marks = readMarks(storage);
    return JSON.stringify([marks["*"] ?? null, Object.hasOwn(marks, def.id) ? marks[def.id] : null]);
  }
  var newStamp = () => {
    const bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  };
  function keysUnder(storage, prefix) {
    const keys = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(prefix)) keys.push(k);
    }
    return keys;
  }
  function forgetInstrument(storage, def, { keepMeasurements = false } = {}) {
    const kept = measurementsKey(def);
    const keys = keysUnder(storage, instrumentPrefix(def)).filter(
      (k) => !keepMeasurements || k !== kept && !k.startsWith(`${kept}:`)
    );
    for (const k of keys) storage.removeItem(k);
    try {
      storage.setItem(DELETED_KEY, JSON.stringify({ ...readMarks(storage), [def.id]: newStamp() }));
    } catch {
    }
    return keys;
  }
  function forgetAll(storage) {
    const keys = keysUnder(storage, `${BOOK}:`);
    for (const k of keys) storage.removeItem(k);
    try {
      storage.setItem(DELETED_KEY, JSON.stringify({ "*": newStamp() }));
    } catch {
    }
    return keys.filter((k) => k !== DELETED_KEY);
  }

  // js/kinds/status.js
  var STATUS_LABELS = { "not-started": "Ikke startet", started: "Påbegynt", done: "Ferdig" };
  var DONE = {
    rating: (s) => s.items > 0 && s.answered === s.items,
    likert: (s) => s.items > 0 && s.answered === s.items,
    reflection: (s) => s.prompts > 0 && s.answered === s.prompts,
    quiz: (s) => s.units > 0 && s.answered === s.units,
    scenario: (s) => s.finished === true,
    template: (s) => s.fields > 0 && s.filled === s.fields,
    evaluation: (s) => s.rated === s.statements && s.answered === s.questions
  };
  var STARTED = { scenario: (s) => s.steps > 0 };
  function status(def, answers) {
    const a = asObject(answers);
    const done = Object.hasOwn(DONE, def.kind) ? DONE[def.kind] : void 0;
    if (!done) throw new Error(`no status for kind ${def.kind}`);
    const s = summarize8(def, a);
    if (done(s)) return "done";
    const started = Object.hasOwn(STARTED, def.kind) ? STARTED[def.kind](s) : hasContent(a);
    return started ? "started" : "not-started";
  }

  // js/views/common.js
  var MARKS = { "not-started": "○", started: "◐", done: "●" };
  var placeLink = (p, cls = "mvh-toolbox-place") => h("a", { href: p.anchor || p.href, class: cls }, [p.section ? `${p.title}: ${p.section}` : p.title]);
  function statuses(defs, read) {
    return new Map(defs.map((d) => [d.id, status(d, read(d))]));
  }
  function countStatuses(sts) {
    const c = { done: 0, started: 0, "not-started": 0, all: 0 };
    for (const s of sts) {
      c[s] += 1;
      c.all += 1;
    }
    return c;
  }
  var totalText = (c) => `Du er ferdig med ${c.done} av ${c.all} øvelser${c.started ? ` og har begynt på ${c.started}.` : "."}`;
  function onBookStorage(refresh) {
    window.addEventListener("storage", (e) => {
      if (e.key === null || e.key.startsWith(`${BOOK}:`)) refresh();
    });
    window.addEventListener("pageshow", (e) => {
      if (e.persisted) refresh();
    });
  }

  // js/views/overview.js
  var NO_PART = "Står ikke i boka ennå";
  var MEASURED_KINDS = ["rating", "likert"];
  function byPart(index, sts) {
    const groups = /* @__PURE__ */ new Map();
    const add = (part, def, place) => {
      const members = groups.get(part) || [];
      if (!members.some((m) => m.def.id === def.id)) groups.set(part, [...members, { def, place }]);
    };
    const unplaced = [];
    for (const def of index.instruments) {
      const places = index.pages[def.id] || [];
      if (!places.length) unplaced.push(def);
      for (const p of places) add(p.part || NO_PART, def, p);
    }
    for (const def of unplaced) add(NO_PART, def, null);
    const order = index.parts || [];
    const rank = (part) => part === NO_PART ? order.length + 1 : order.includes(part) ? order.indexOf(part) : order.length;
    return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([part, members]) => ({
      part,
      members,
      counts: countStatuses(members.map((m) => sts.get(m.def.id) || "not-started"))
    }));
  }
  var isMeasurement = (m) => isObject(m) && isString(m.label) && m.label.trim() !== "" && isString(m.date) && /^\d{4}-\d{2}-\d{2}$/.test(m.date);
  var measurementsKey2 = (def) => `${instrumentPrefix(def)}malinger`;
  function listMeasurements(defs, raw) {
    const out = [];
    for (const def of defs) {
      let stored2;
      try {
        stored2 = JSON.parse(raw(measurementsKey2(def)) || "null");
      } catch {
        continue;
      }
      if (!isObject(stored2) || !Array.isArray(stored2.measurements)) continue;
      for (const m of stored2.measurements.filter(isMeasurement)) {
        out.push({
          def,
          id: isString(m.id) ? m.id : "",
          label: m.label.trim(),
          date: m.date,
          saved: isString(m.saved) ? m.saved : ""
        });
      }
    }
    return out.sort((a, b) => a.date.localeCompare(b.date) || a.saved.localeCompare(b.saved));
  }
  function progressLine2(c) {
    if (!c.done && !c.started) return "";
    return `Din fremdrift: ferdig med ${c.done} av ${c.all} øvelser${c.started ? `, ${c.started} påbegynt` : ""}`;
  }
  var partCountText = (c) => `${c.done} av ${c.all} ferdig${c.started ? `, ${c.started} påbegynt` : ""}`;
  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  function follow(own2, refresh) {
    onBookStorage(refresh);
    let due = false;
    const observer = new MutationObserver(() => {
      if (due) return;
      due = true;
      queueMicrotask(() => {
        due = false;
        refresh();
      });
    });
    for (const other of Array.from(document.querySelectorAll(".mvh-widget"))) {
      if (!other.contains(own2)) observer.observe(other, { childList: true, subtree: true, characterData: true });
    }
  }
  function renderOverview(el, index, store) {
    const defs = index.instruments;
    const total = h("p", { class: "mvh-overview-total", role: "status" });
    const parts = h("div", { class: "mvh-overview-parts" });
    const measured = h("section", { class: "mvh-overview-measurements", "aria-labelledby": "mvh-ov-malinger" });
    const open = {};
    function row(def, place, st) {
      return h("li", { class: "mvh-overview-item", "data-instrument": def.id, "data-status": st }, [
        place ? h("a", { href: place.anchor || place.href, class: "mvh-overview-name" }, [def.title]) : h("span", { class: "mvh-overview-name", text: def.title }),
        " ",
        h("span", { class: `mvh-status mvh-status-${st}` }, [
          h("span", { "aria-hidden": "true", text: `${MARKS[st]} ` }),
          STATUS_LABELS[st]
        ]),
        place?.section ? h("span", { class: "mvh-overview-where", text: `${place.title}: ${place.section}` }) : place ? h("span", { class: "mvh-overview-where", text: place.title }) : h("span", { class: "mvh-overview-where", text: "Står ikke i boka ennå" })
      ]);
    }
    function measurementsSection() {
      const list = listMeasurements(defs, stored);
      const heading = h("h3", { id: "mvh-ov-malinger", text: "Målingene dine" });
      if (!list.length) {
        const places = [];
        for (const d of defs.filter((x) => MEASURED_KINDS.includes(x.kind))) {
          const p = index.pages[d.id]?.[0];
          if (p && !places.some((q) => q.href === p.href)) places.push({ ...p, anchor: p.href, section: "" });
        }
        return [
          heading,
          h("p", { class: "mvh-overview-none" }, [
            "Du har ingen målinger ennå. En måling er en datert kopi av svarene dine i en selvvurdering, så du senere kan se hva som har endret seg. Du lagrer den under «Målinger» i selvvurderingen" + (places.length ? ", i " : "."),
            ...places.flatMap((p, i) => [i ? i === places.length - 1 ? " og " : ", " : "", placeLink(p, "")]),
            places.length ? "." : ""
          ])
        ];
      }
      return [
        heading,
        h("ul", { class: "mvh-overview-measurement-list" }, [
          ...list.map((m) => {
            const p = index.pages[m.def.id]?.[0];
            return h("li", { "data-instrument": m.def.id }, [
              h("span", { class: "mvh-overview-date", text: norwegianDate(m.date) }),
              " ",
              h("strong", { text: m.label }),
              " – ",
              p ? h("a", { href: p.anchor || p.href, text: m.def.title }) : m.def.title
            ]);
          })
        ])
      ];
    }
    function refresh() {
      const sts = statuses(defs, (d) => store.read(d)?.answers);
      const counts = countStatuses(sts.values());
      total.textContent = totalText(counts);
      for (const d of Array.from(parts.querySelectorAll("details"))) {
        open[d.dataset.part || ""] = /** @type {HTMLDetailsElement} */
        d.open;
      }
      parts.replaceChildren(
        ...byPart(index, sts).map(
          ({ part, members, counts: c }) => h("details", { class: "mvh-overview-part", "data-part": part, open: open[part] || false }, [
            h("summary", {}, [
              h("span", { class: "mvh-overview-part-title", text: part }),
              h("span", { class: "mvh-overview-count", text: ` – ${partCountText(c)}` })
            ]),
            h(
              "ul",
              { class: "mvh-overview-list" },
              members.map((m) => row(m.def, m.place, sts.get(m.def.id) || "not-started"))
            )
          ])
        )
      );
      measured.replaceChildren(...measurementsSection());
    }
    el.replaceChildren(
      h("section", { class: "mvh mvh-overview", "aria-label": "Hvor langt du har kommet" }, [
        h("p", {
          class: "mvh-privacy",
          text: "Oversikten leses fra svarene som er lagret i denne nettleseren. Ingenting sendes noe sted."
        }),
        store.available() ? null : h("p", {
          class: "mvh-notice",
          text: "Nettleseren lar ikke boka lagre svar, så oversikten kan ikke vise hvor langt du har kommet."
        }),
        total,
        h("p", {
          class: "mvh-hint",
          text: "Åpne en del for å se øvelsene i den, med lenke til der de står. En øvelse som står flere steder i boka, er med i hver del den står i."
        }),
        parts,
        measured
      ])
    );
    follow(el, refresh);
    refresh();
  }
  function renderProgress(el, index, store) {
    const holder = el.closest(".mvh-widget");
    function refresh() {
      const line = progressLine2(countStatuses(statuses(index.instruments, (d) => store.read(d)?.answers).values()));
      holder?.classList.toggle("mvh-has-progress", line !== "");
      el.replaceChildren(
        ...line ? [
          h("p", { class: "mvh-book-progress" }, [
            `${line} · `,
            index.workbook ? h("a", { href: index.workbook, text: "Mine svar" }) : "Mine svar"
          ])
        ] : []
      );
    }
    follow(el, refresh);
    refresh();
  }

  // js/ui/team-chart.js
  var PAD = 4;
  var CHAR2 = 7.6;
  var chartWidth = (pageWidth) => Math.round(Math.max(320, Math.min(640, pageWidth || 480)));
  var teamClass = (chart) => {
    chart.setAttribute("class", "mvh-chart-svg mvh-team-chart");
    return chart;
  };
  function wrap(text2, chars, most) {
    const lines = [];
    let line = "";
    for (const word of text2.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > chars) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    if (lines.length <= most) return lines;
    const kept = lines.slice(0, most);
    const last = kept[most - 1];
    kept[most - 1] = `${last.length > chars - 1 ? last.slice(0, chars - 1) : last}…`;
    return kept;
  }
  function textLines(attrs, lines, x, y) {
    return lines.map((line, i) => chartText({ ...attrs, x, y: y + i * 16 }, line));
  }
  function dimensionChart({ rows, min, max, title, hiddenText, width = 480 }) {
    const track = width - 2 * PAD;
    const at = (v) => PAD + track * (v - min) / (max - min);
    const withBands = rows.some((r) => r.bands?.length);
    const tooNarrow = (z) => nameWidth(z.label) > at(z.to) - at(z.from) - 4;
    const crowded = rows.some((r) => zones(r.bands || [], min, max).some(tooNarrow));
    const rowH = withBands ? crowded ? 92 : 80 : 62;
    const chart = teamClass(chartSvg(width, rows.length * rowH + 18, title));
    rows.forEach((row, i) => {
      const y = i * rowH;
      const g = svg("g", { "data-row": row.id, "data-value": row.mean === null ? "" : formatMean(row.mean) });
      g.append(chartText({ x: PAD, y: y + 14, class: "mvh-team-label" }, row.label, Math.floor(track / CHAR2)));
      const value = row.mean === null ? hiddenText : formatMean(row.mean) + (row.band ? ` · ${row.band}` : "");
      g.append(chartText({ x: PAD, y: y + 31, class: "mvh-team-value mvh-team-value-strong" }, value));
      zones(row.bands || [], min, max).forEach((z, k) => {
        const x = at(z.from);
        const w = at(z.to) - x;
        g.append(svg("rect", { x, y: y + 38, width: w, height: 18, class: `mvh-team-zone mvh-team-zone-${k % 2}` }));
        if (z.label) {
          const low = crowded && k % 2 === 1 ? 13 : 0;
          const attrs = { x: x + w / 2, y: y + 70 + low, "text-anchor": "middle", class: "mvh-team-zone-name" };
          g.append(chartText(attrs, z.label));
        }
      });
      g.append(svg("rect", { x: PAD, y: y + 38, width: track, height: 18, class: "mvh-team-track" }));
      if (row.mean !== null) {
        const w = Math.max(at(row.mean) - PAD, 1);
        g.append(svg("rect", { x: PAD, y: y + 42, width: w, height: 10, class: "mvh-team-bar" }));
      }
      chart.append(g);
    });
    axis(chart, rows.length * rowH + 10, min, max, at);
    return chart;
  }
  function zones(bands, min, max) {
    const out = [];
    let from = min;
    for (const b of bands) {
      const to = Math.min(b.max, max);
      if (to > from) out.push({ from, to, label: b.label || "" });
      from = Math.max(from, to);
    }
    return out;
  }
  var nameWidth = (text2) => text2.length * 6;
  function itemChart({ rows, min, max, title, hiddenText, width = 480 }) {
    const track = width - 2 * PAD;
    const at = (v) => PAD + track * (v - min) / (max - min);
    const chars = Math.floor(track / CHAR2);
    const labels = rows.map((row) => wrap(row.label, chars, 2));
    const heights = labels.map((lines, i) => lines.length * 16 + 38 + (rows[i].group ? 22 : 0));
    const total = heights.reduce((a, b) => a + b, 0);
    const chart = teamClass(chartSvg(width, total + 18, title));
    let y = 0;
    rows.forEach((row, i) => {
      const marked = row.marks.length > 0;
      const g = svg("g", {
        "data-row": row.id,
        "data-value": row.mean === null ? "" : formatMean(row.mean),
        class: marked ? "mvh-team-marked" : ""
      });
      if (row.group) {
        g.append(chartText({ x: PAD, y: y + 16, class: "mvh-chart-part" }, row.group, Math.floor(track / CHAR2)));
        y += 22;
      }
      g.append(...textLines({ class: "mvh-team-label" }, labels[i], PAD, y + 14));
      const top = y + labels[i].length * 16;
      const value = row.mean === null ? hiddenText : `${formatMean(row.mean)} ± ${formatMean(row.spread)}${marked ? ` · ${row.marks.join(", ")}` : ""}`;
      g.append(chartText({ x: PAD, y: top + 30, class: "mvh-team-value" }, value));
      g.append(svg("rect", { x: PAD, y: top + 4, width: track, height: 6, class: "mvh-team-track" }));
      if (row.mean !== null && row.spread !== null) {
        const lo = at(Math.max(min, row.mean - row.spread));
        const hi = at(Math.min(max, row.mean + row.spread));
        g.append(svg("rect", { x: lo, y: top + 1, width: Math.max(hi - lo, 1), height: 12, class: "mvh-team-spread" }));
        g.append(svg("circle", { cx: at(row.mean), cy: top + 7, r: 5, class: "mvh-team-dot" }));
      }
      chart.append(g);
      y += heights[i] - (row.group ? 22 : 0);
    });
    axis(chart, total + 10, min, max, at);
    return chart;
  }
  function axis(chart, y, min, max, at) {
    for (let v = min; v <= max; v++) {
      const anchor = v === min ? "start" : v === max ? "end" : "middle";
      chart.append(chartText({ x: at(v), y: y + 4, "text-anchor": anchor, class: "mvh-team-axis" }, String(v)));
    }
  }
  function countChart({ rows, keys, keyLabel, title, hiddenText, width = 480 }) {
    const track = width - 2 * PAD;
    const rowH = 40;
    const perRow = width >= 420 ? keys.length : 3;
    const keyRows = Math.ceil(keys.length / perRow);
    const height = rows.length * rowH + keyRows * 20 + 8;
    const chart = teamClass(chartSvg(width, height, title));
    const chars = Math.floor(track / CHAR2);
    rows.forEach((row, i) => {
      const y = i * rowH;
      const counts = row.counts;
      const g = svg("g", { "data-row": row.id, "data-value": counts ? keys.map((k) => counts[k]).join(" ") : "" });
      const labelClass = row.part ? "mvh-chart-part" : "mvh-team-label";
      g.append(chartText({ x: PAD, y: y + 14, class: labelClass }, row.label, chars));
      if (!counts) {
        g.append(chartText({ x: PAD, y: y + 32, class: "mvh-team-value" }, hiddenText));
      } else {
        const n = keys.reduce((sum, k) => sum + counts[k], 0) || 1;
        let x = PAD;
        for (const k of keys) {
          const w = track * counts[k] / n;
          if (w > 0) {
            g.append(svg("rect", { x, y: y + 19, width: w, height: 16, class: `mvh-bar mvh-v-${k}` }));
            if (w >= 18) {
              const attrs = { x: x + w / 2, y: y + 31, "text-anchor": "middle", class: `mvh-bar-num mvh-n-${k}` };
              g.append(chartText(attrs, String(counts[k])));
            }
          }
          x += w;
        }
      }
      chart.append(g);
    });
    const step = track / perRow;
    keys.forEach((k, i) => {
      const kx = PAD + i % perRow * step;
      const ky = rows.length * rowH + 6 + Math.floor(i / perRow) * 20;
      chart.append(svg("rect", { x: kx, y: ky, width: 12, height: 12, class: `mvh-bar mvh-v-${k}` }));
      chart.append(chartText({ x: kx + 16, y: ky + 10 }, keyLabel(k)));
    });
    return chart;
  }
  function roundsChart({ rows, groups, min, max, title, width = 480 }) {
    const track = width - 2 * PAD;
    const at = (v) => PAD + track * (v - min) / (max - min);
    const chars = Math.floor(track / CHAR2);
    const barH = 32;
    const rowH = 22 + groups.length * barH + 8;
    const chart = teamClass(chartSvg(width, rows.length * rowH + 18, title));
    rows.forEach((row, i) => {
      const y = i * rowH;
      const g = svg("g", { "data-row": row.id });
      g.append(chartText({ x: PAD, y: y + 14, class: "mvh-team-label mvh-team-value-strong" }, row.label, chars));
      groups.forEach((name, k) => {
        const v = row.values[k];
        const top = y + 22 + k * barH;
        const bar = svg("g", { "data-group": String(k), "data-value": v === null ? "" : formatMean(v) });
        const text2 = `${name}: ${v === null ? row.hidden[k] : formatMean(v)}`;
        bar.append(chartText({ x: PAD, y: top + 12, class: "mvh-team-value" }, text2, chars));
        bar.append(svg("rect", { x: PAD, y: top + 17, width: track, height: 12, class: "mvh-team-track" }));
        if (v !== null) {
          const w = Math.max(at(v) - PAD, 1);
          bar.append(
            svg("rect", { x: PAD, y: top + 17, width: w, height: 12, class: `mvh-team-bar mvh-team-round-${k}` })
          );
        }
        g.append(bar);
      });
      chart.append(g);
    });
    axis(chart, rows.length * rowH + 10, min, max, at);
    return chart;
  }

  // js/views/team.js
  var FEWER_TEXT = `færre enn ${MIN_TEAM_RESPONSES} svar`;
  var hiddenCell = (span) => h("td", { class: "mvh-team-hidden", colspan: String(span), text: FEWER_TEXT });
  var count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  var MARKS2 = { lowest: "lavest snitt", widest: "størst spredning" };
  var marksOf = (agg, id) => [agg.lowest.includes(id) ? MARKS2.lowest : "", agg.widest.includes(id) ? MARKS2.widest : ""].filter(Boolean);
  var figure = (chart, kind) => h("figure", { class: "mvh-team-figure", "data-team-chart": kind }, [
    chart,
    h("figcaption", { text: "De samme tallene står i tabellen under." })
  ]);
  function likertTables(def, agg, width) {
    const scale = def.scale;
    const { min, max } = scale;
    const points = scale.labels.map((_, i) => min + i);
    const bandLabel = (d, dim) => dim.shown && dim.band !== null ? d.bands[dim.band]?.label || "" : "";
    const hasBands = def.dimensions.some((d) => d.bands?.some((b) => b.label));
    const allItems = def.dimensions.flatMap((d) => d.items);
    const textOf2 = (id) => allItems.find((it) => it.id === id)?.text || id;
    const dimRows = def.dimensions.map((d) => {
      const dim = own(agg.dimensions, d.id);
      return { id: d.id, label: d.title, mean: dim.shown ? dim.mean : null, band: bandLabel(d, dim), bands: d.bands };
    });
    const dimTitle = `Teamets snitt per dimensjon på en skala fra ${min} til ${max}: ` + dimRows.map((r) => `${r.label} ${r.mean === null ? FEWER_TEXT : formatMean(r.mean)}${r.band ? ` (${r.band})` : ""}`).join(", ") + ". Tallene står også i tabellen under.";
    const dimTable = h("table", { class: "mvh-table", "data-team-table": "dimensions" }, [
      h("caption", { text: `Snitt per dimensjon (skala ${min}–${max}, n = ${agg.n})` }),
      h("thead", {}, [headRow(["Dimensjon", "Svar", "Snitt", ...hasBands ? ["Nivå"] : []])]),
      h(
        "tbody",
        {},
        def.dimensions.map((d) => {
          const dim = own(agg.dimensions, d.id);
          return h("tr", { "data-dimension": d.id }, [
            h("th", { scope: "row", text: d.title }),
            ...dim.shown ? [
              h("td", { text: String(dim.n) }),
              h("td", { text: formatMean(dim.mean) }),
              ...hasBands ? [h("td", { class: "mvh-team-band", text: bandLabel(d, dim) })] : []
            ] : [hiddenCell(hasBands ? 3 : 2)]
          ]);
        })
      )
    ]);
    const grouped2 = def.dimensions.length > 1;
    const itemRows = def.dimensions.flatMap(
      (d) => d.items.map((it, k) => {
        const item = agg.items[it.id];
        return {
          id: it.id,
          label: it.text,
          mean: item.shown ? item.scored_mean : null,
          spread: item.shown ? item.spread : null,
          marks: item.shown ? marksOf(agg, it.id) : [],
          group: grouped2 && k === 0 ? d.title : void 0
        };
      })
    );
    const itemTitle = `Snitt og spredning per utsagn, i samme retning som dimensjonen (høyt er alltid bra): ` + itemRows.map(
      (r) => `${r.label} ${r.mean === null ? FEWER_TEXT : `${formatMean(r.mean)} pluss/minus ${formatMean(r.spread)}`}${r.marks.length ? `, ${r.marks.join(" og ")}` : ""}`
    ).join("; ") + ". Tallene står også i tabellen under.";
    const reversed = allItems.some((it) => it.reverse);
    const itemHow = "Bildet viser snittet per utsagn (prikken) og spredningen rundt det (feltet): jo bredere felt, jo mer spriker svarene. Tabellen viser i tillegg hvor mange som valgte hvert punkt på skalaen, slik svarene ble gitt. Spredning er standardavviket. " + (reversed ? `Snittet står i samme retning som dimensjonen: For omvendte utsagn er det snudd (${min} regnes som ${max}), så et lavt snitt betyr det samme for alle utsagnene.` : "");
    const itemTable = h("table", { class: "mvh-table", "data-team-table": "items" }, [
      h("caption", { text: `Fordeling, snitt og spredning per utsagn (n = ${agg.n})` }),
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: "Utsagn" }),
          ...points.map((p) => h("th", { scope: "col", title: scale.labels[p - min], text: String(p) })),
          h("th", { scope: "col", text: "Snitt" }),
          h("th", { scope: "col", text: "Spredning" })
        ])
      ]),
      h(
        "tbody",
        {},
        allItems.map((it) => {
          const item = agg.items[it.id];
          const marks = item.shown ? marksOf(agg, it.id) : [];
          return h("tr", { "data-item": it.id, class: marks.length ? "mvh-team-marked" : "" }, [
            h("th", { scope: "row" }, [
              it.text + (it.reverse ? " (omvendt, snittet er snudd)" : ""),
              ...marks.map((m) => h("span", { class: "mvh-team-mark", text: m }))
            ]),
            ...item.shown ? [
              ...points.map((p) => h("td", { text: String(item.counts[String(p)]) })),
              h("td", { text: formatMean(item.scored_mean) }),
              h("td", { text: formatMean(item.spread) })
            ] : [hiddenCell(points.length + 2)]
          ]);
        })
      )
    ]);
    const named = (ids, value) => ids.map((id) => `«${textOf2(id)}» (${value(agg.items[id])})`).join(", ");
    const look = [];
    if (agg.lowest.length)
      look.push(h("li", { text: `Lavest snitt: ${named(agg.lowest, (e) => formatMean(e.scored_mean))}.` }));
    if (agg.widest.length)
      look.push(h("li", { text: `Størst spredning: ${named(agg.widest, (e) => formatMean(e.spread))}.` }));
    const out = [
      h("h4", { text: "Snitt per dimensjon" }),
      figure(dimensionChart({ rows: dimRows, min, max, title: dimTitle, hiddenText: FEWER_TEXT, width }), "dimensions"),
      scrollBox(dimTable, "Tabell: snitt per dimensjon"),
      h("h4", { text: "Utsagnene" }),
      look.length ? h("div", { class: "mvh-team-look" }, [h("p", { text: "Se særlig på disse utsagnene:" }), h("ul", {}, look)]) : h("p", {
        class: "mvh-team-look",
        text: "Ingen utsagn skiller seg ut med lavest snitt eller størst spredning."
      }),
      h("p", { class: "mvh-team-how", text: itemHow }),
      figure(itemChart({ rows: itemRows, min, max, title: itemTitle, hiddenText: FEWER_TEXT, width }), "items"),
      scrollBox(itemTable, "Tabell: fordeling, snitt og spredning per utsagn")
    ];
    const hidden = agg.hidden.items.length;
    if (hidden) {
      const text2 = `${count(hidden, "utsagn", "utsagn")} har ${FEWER_TEXT} og vises ikke. De er heller ikke med i snittet per dimensjon, så ingen kan regne seg fram til dem.`;
      out.push(h("p", { class: "mvh-team-note", text: text2 }));
    }
    return out;
  }
  function evaluationTables(def, agg, width) {
    const { min, max, labels } = def.scale;
    const points = labels.map((_, i) => min + i);
    const rows = def.statements.map((st) => {
      const item = agg.items[st.id];
      return {
        id: st.id,
        label: st.text,
        mean: item.shown ? item.mean : null,
        spread: item.shown ? item.spread : null,
        marks: []
      };
    });
    const title = `Snitt og spredning per påstand på en skala fra ${min} (${labels[0]}) til ${max} (${labels[labels.length - 1]}): ` + rows.map(
      (r) => `${r.label} ${r.mean === null ? FEWER_TEXT : `${formatMean(r.mean)} pluss/minus ${formatMean(r.spread)}`}`
    ).join("; ") + ". Tallene står også i tabellen under.";
    const table = h("table", { class: "mvh-table", "data-team-table": "statements" }, [
      h("caption", { text: `Fordeling, snitt og spredning per påstand (n = ${agg.n})` }),
      h("thead", {}, [
        h("tr", {}, [
          h("th", { scope: "col", text: "Påstand" }),
          ...points.map((p) => h("th", { scope: "col", title: labels[p - min], text: String(p) })),
          h("th", { scope: "col", text: "Snitt" }),
          h("th", { scope: "col", text: "Spredning" })
        ])
      ]),
      h(
        "tbody",
        {},
        def.statements.map((st) => {
          const item = agg.items[st.id];
          return h("tr", { "data-item": st.id }, [
            h("th", { scope: "row", text: st.text }),
            ...item.shown ? [
              ...points.map((p) => h("td", { text: String(item.counts[String(p)]) })),
              h("td", { text: formatMean(item.mean) }),
              h("td", { text: formatMean(item.spread) })
            ] : [hiddenCell(points.length + 2)]
          ]);
        })
      )
    ]);
    const scaleWords = points.map((p) => `${p} = ${labels[p - min]}`).join(", ");
    const questions = def.questions.map((q) => {
      const entry2 = agg.questions[q.id];
      return h("section", { class: "mvh-team-question", "data-question": q.id }, [
        h("h5", { text: q.text }),
        entry2.shown ? h(
          "ul",
          { class: "mvh-team-answers" },
          entry2.answers.map((t) => h("li", { text: t }))
        ) : h("p", { class: "mvh-team-hidden", text: FEWER_TEXT })
      ]);
    });
    const out = [
      h("h4", { text: "Påstandene" }),
      h("p", {
        class: "mvh-team-how",
        text: `Bildet viser snittet per påstand (prikken) og spredningen rundt det (feltet). Tabellen viser hvor mange som valgte hvert punkt på skalaen: ${scaleWords}. Spredning er standardavviket.`
      }),
      figure(itemChart({ rows, min, max, title, hiddenText: FEWER_TEXT, width }), "statements"),
      scrollBox(table, "Tabell: fordeling, snitt og spredning per påstand"),
      h("h4", { text: "De skrevne svarene" }),
      h("p", {
        class: "mvh-team-how",
        text: `Hvert spørsmål for seg, sortert etter teksten og ikke etter hvem som svarte, så svarene til én person ikke står samlet. Et spørsmål vises først når minst ${MIN_TEAM_RESPONSES} har skrevet noe.`
      }),
      ...questions
    ];
    const hiddenWords = [
      agg.hidden.items.length ? count(agg.hidden.items.length, "påstand", "påstander") : "",
      agg.hidden.questions.length ? count(agg.hidden.questions.length, "spørsmål", "spørsmål") : ""
    ].filter(Boolean);
    if (hiddenWords.length) {
      const text2 = `${hiddenWords.join(" og ")} har ${FEWER_TEXT} og vises ikke.`;
      out.push(h("p", { class: "mvh-team-note", text: text2 }));
    }
    return out;
  }
  function ratingTables(def, agg, width) {
    const keys = [...def.scale.map((x) => x.id), UNANSWERED];
    const label = (k) => k === UNANSWERED ? "Ikke vurdert" : def.scale.find((x) => x.id === k)?.label || k;
    const themes = def.parts.flatMap((p) => p.themes);
    const cells = (entry2) => entry2.shown ? keys.map((k) => h("td", { text: String(entry2.counts[k]) })) : [hiddenCell(keys.length)];
    const rows = themes.map((t) => {
      const e = own(agg.themes, t.id);
      return { id: t.id, label: `${t.id}. ${t.title}`, counts: e.shown ? e.counts : null };
    });
    const title = "Antall vurderinger per tema og farge: " + rows.map((r) => `${r.label}: ${r.counts ? keys.map((k) => `${label(k)} ${r.counts?.[k]}`).join(", ") : FEWER_TEXT}`).join("; ") + ". Tallene står også i tabellen under.";
    const themeTable = h("table", { class: "mvh-table", "data-team-table": "themes" }, [
      h("caption", { text: `Antall vurderinger per tema og farge (n = ${agg.n})` }),
      h("thead", {}, [headRow(["Tema", ...keys.map(label)])]),
      h("tbody", {}, [
        ...themes.map(
          (t) => h("tr", { "data-theme": t.id }, [
            h("th", { scope: "row", text: `${t.id}. ${t.title}` }),
            ...cells(own(agg.themes, t.id))
          ])
        ),
        h("tr", { class: "mvh-row-total" }, [h("th", { scope: "row", text: "Totalt" }), ...cells(agg.total)])
      ])
    ]);
    const goals = themes.reduce((n, t) => n + t.items.length, 0);
    const goalTable = h("table", { class: "mvh-table mvh-team-goals", "data-team-table": "goals" }, [
      h("caption", { text: `Antall vurderinger per mål og farge (n = ${agg.n})` }),
      h("thead", {}, [headRow(["Mål", ...keys.map(label)])]),
      ...themes.map(
        (t) => h("tbody", { "data-theme": t.id }, [
          h("tr", { class: "mvh-row-part" }, [
            h("th", { scope: "colgroup", colspan: String(keys.length + 1), text: `${t.id}. ${t.title}` })
          ]),
          ...t.items.map(
            (it) => h("tr", { "data-item": it.id }, [
              h("th", { scope: "row", text: `${it.id} ${it.text}` }),
              ...cells(own(agg.items, it.id))
            ])
          )
        ])
      )
    ]);
    const out = [
      h("h4", { text: "Per tema" }),
      figure(countChart({ rows, keys, keyLabel: label, title, hiddenText: FEWER_TEXT, width }), "themes"),
      scrollBox(themeTable, "Tabell: vurderinger per tema"),
      h("details", { class: "mvh-team-per-goal" }, [
        h("summary", { text: `Per mål (alle ${goals} mål)` }),
        scrollBox(goalTable, "Tabell: vurderinger per mål")
      ])
    ];
    const hidden = agg.hidden.items.length;
    if (hidden) {
      const text2 = `${count(hidden, "mål", "mål")} har ${FEWER_TEXT} og er ikke med i tallene for tema og totalt, så ingen kan regne seg fram til dem.`;
      out.push(h("p", { class: "mvh-team-note", text: text2 }));
    }
    return out;
  }
  var signed2 = (d) => {
    const text2 = formatMean(Math.abs(d));
    return text2 === "0,00" ? text2 : `${d > 0 ? "+" : "−"}${text2}`;
  };
  var roundHiddenText = (label, n) => `${label} har ${n ? `svar fra ${count(n, "person", "personer")}` : "ingen svar ennå"}. Gruppen vises først når minst ${MIN_TEAM_RESPONSES} har svart, så ingen kan kjennes igjen.`;
  var ROW_WORD = { likert: "Dimensjon", evaluation: "Påstand", rating: "Tema" };
  var ROW_ATTRIBUTE = { likert: "data-dimension", evaluation: "data-item", rating: "data-theme" };
  function roundsResults(def, cmp, labels, width) {
    const out = [];
    cmp.groups.forEach((g, k) => {
      if (!g.shown)
        out.push(h("p", { class: "mvh-notice", "data-round-hidden": String(k), text: roundHiddenText(labels[k], g.n) }));
    });
    const shown = cmp.groups.map((g, k) => g.shown ? k : -1).filter((k) => k >= 0);
    if (!shown.length) return out;
    const both = shown.length === 2;
    const what = def.kind === "likert" ? "dimensjon" : def.kind === "evaluation" ? "påstand" : "tema";
    const titles2 = def.kind === "likert" ? def.dimensions.map((d) => ({ id: d.id, label: d.title })) : def.kind === "evaluation" ? def.statements.map((st) => ({ id: st.id, label: st.text })) : def.parts.flatMap((p) => p.themes.map((t) => ({ id: t.id, label: `${t.id}. ${t.title}` })));
    const missing = (r, k) => {
      if ((k === 0 ? r.n_a : r.n_b) === null || def.kind !== "rating") return FEWER_TEXT;
      const unranked = def.scale.filter((x) => (
        /** @type {any} */
        x.ranked === false
      ));
      return `bare «${unranked.map((x) => x.label).join("», «")}»`;
    };
    const rows = cmp.rows.map((r, i) => ({
      id: r.id,
      label: titles2[i].label,
      values: shown.map((k) => k === 0 ? r.a : r.b),
      hidden: shown.map((k) => missing(r, k))
    }));
    const names = shown.map((k) => labels[k]);
    const { min, max } = cmp.scale;
    let how = `Snittet per ${what} på en skala fra ${min} til ${max}.`;
    if (def.kind === "rating") {
      const points = scalePoints(def);
      const given = def.scale.filter((x) => points.has(x.id)).map((x) => `${x.label} ${points.get(x.id)}`).join(", ");
      const out2 = def.scale.filter((x) => !points.has(x.id)).map((x) => `«${x.label}»`);
      how = `Snittet er poeng per vurdering: ${given}.` + (out2.length ? ` ${out2.join(" og ")} er ikke med i snittet.` : "") + ` Bare mål som minst ${MIN_TEAM_RESPONSES} har vurdert i runden, er med.`;
    }
    const title = `Snitt per ${what}, ${names.join(" og ")}: ` + rows.map(
      (r) => `${r.label}: ${r.values.map((v, j) => `${names[j]} ${v === null ? r.hidden[j] : formatMean(v)}`).join(", ")}`
    ).join("; ") + ". Tallene står også i tabellen under.";
    const caption = `Snitt per ${what} (skala ${min}–${max}): ` + shown.map((k) => `${labels[k]} (n = ${cmp.groups[k].n})`).join(" og ");
    const table = h("table", { class: "mvh-table", "data-team-table": "rounds" }, [
      h("caption", { text: caption }),
      h("thead", {}, [headRow([ROW_WORD[def.kind], ...names, ...both ? ["Endring"] : []])]),
      h(
        "tbody",
        {},
        cmp.rows.map(
          (r, i) => h("tr", { [ROW_ATTRIBUTE[def.kind]]: r.id }, [
            h("th", { scope: "row", text: titles2[i].label }),
            ...shown.map((k, j) => {
              const v = rows[i].values[j];
              return h("td", {
                "data-group": String(k),
                class: v === null ? "mvh-team-hidden" : "",
                text: v === null ? rows[i].hidden[j] : formatMean(v)
              });
            }),
            ...both ? [h("td", { "data-change": "", text: r.delta === null ? "–" : signed2(r.delta) })] : []
          ])
        )
      )
    ]);
    out.push(
      h("h3", { text: `Snitt per ${what}, runde for runde` }),
      h("p", { class: "mvh-team-how", text: how }),
      h("figure", { class: "mvh-team-figure", "data-team-chart": "rounds" }, [
        roundsChart({ rows, groups: names, min, max, title, width }),
        h("figcaption", { text: "De samme tallene står i tabellen under." })
      ]),
      scrollBox(table, `Tabell: snitt per ${what} i hver runde`)
    );
    if (both) {
      out.push(
        h("p", {
          class: "mvh-hint",
          text: "Endring er snittet i den andre gruppen minus snittet i den første. Gruppene telles hver for seg: ingen følges fra den ene runden til den andre, og det kan være andre personer som har svart."
        })
      );
    }
    return out;
  }
  var ROUND_NAMES = ["Runde 1", "Runde 2"];
  var freshRounds = () => ({
    groups: ROUND_NAMES.map((label) => ({ label, files: [], log: [] })),
    visible: false,
    seen: false,
    changedAfterSeen: false
  });
  var freshSet = () => ({
    files: [],
    log: [],
    countCopies: false,
    // Whether the numbers are on the page now, and whether they have been for this set of files.
    visible: false,
    seen: false,
    // Whether files were added (or counted otherwise) after the numbers had been seen.
    changedAfterSeen: false,
    // Two rounds compared as two groups, apart from the files above.
    rounds: freshRounds()
  });
  function current(def, files, response) {
    let win;
    for (const f of files) {
      if (f.response !== response) continue;
      if (!win || answerKey(def, f.answers) !== answerKey(def, win.answers) && replaces(win, f)) win = f;
    }
    return win;
  }
  function renderTeam(el, index) {
    const defs = index.instruments;
    let def = defs[0];
    let mode = "one";
    const sets = new Map(defs.map((d) => [d.id, freshSet()]));
    let set = (
      /** @type {TeamSet} */
      sets.get(def.id)
    );
    const selectId = uid("team");
    const options = defs.map((d) => (
      /** @type {HTMLOptionElement} */
      h("option", { value: d.id, text: d.title })
    ));
    const choice = select({ id: selectId, "data-action": "team-instrument" }, options);
    const status2 = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
    const logTitle = h("p", { class: "mvh-team-log-title", text: "Filene du har lagt til:" });
    const log = h("ul", { class: "mvh-team-log", "aria-live": "polite" });
    const copies = h("div", { class: "mvh-team-copies", "aria-live": "polite" });
    const warning = h("div", { class: "mvh-team-warning", "aria-live": "polite" });
    const results = h("div", { class: "mvh-team-results" });
    const copiesId = uid("team-copies");
    const copiesBox = input({ type: "checkbox", id: copiesId, "data-action": "team-count-copies" });
    copiesBox.addEventListener("change", () => {
      set.countCopies = copiesBox.checked;
      changed();
    });
    function reset() {
      sets.set(def.id, { ...freshSet(), rounds: set.rounds });
      show(def.id);
    }
    function show(id) {
      def = defs.find((d) => d.id === id) || defs[0];
      set = /** @type {TeamSet} */
      sets.get(def.id);
      copiesBox.checked = set.countCopies;
      log.replaceChildren(...set.log.map(logLine));
      render2();
      renderRounds();
    }
    choice.addEventListener("change", () => show(choice.value));
    const logLine = (line) => h("li", { class: line.first ? "mvh-team-log-batch" : "", text: line.text });
    function changed(s = set) {
      if (s.seen) s.changedAfterSeen = true;
      s.visible = false;
      if (s === set) render2();
    }
    async function addFile(d, s, file) {
      if (file.size === 0) return `«${file.name}»: filen er tom.`;
      if (file.size > MAX_IMPORT_BYTES) return `«${file.name}»: filen er større enn 1 MB.`;
      let data;
      try {
        data = parseImport(d, await file.text());
      } catch (err) {
        return `«${file.name}»: ${/** @type {Error} */
        err.message}`;
      }
      const response = typeof data.response === "string" && data.response ? data.response : null;
      if (!response) return `«${file.name}»: filen mangler svar-id og kan ikke telles trygt. Be om en ny eksport.`;
      const key = answerKey(d, data.answers);
      const before = current(d, s.files, response);
      const added = { name: file.name, response, answers: data.answers, exported: data.exported };
      s.files.push(added);
      if (before && answerKey(d, before.answers) === key) {
        return `«${file.name}»: samme besvarelse er lagt til før. Den telles bare én gang.`;
      }
      const empty = key ? "" : " Den har ingen besvarte utsagn og telles ikke.";
      if (before) {
        const same2 = `«${file.name}»: samme svar-id som «${before.name}», men andre svar`;
        const a = exportTime(before.exported);
        const b = exportTime(added.exported);
        if (a === null || b === null || a === b) return `${same2}. Den nye filen erstatter den gamle.${empty}`;
        if (b > a) {
          return `${same2} og en nyere eksport. Den nyeste eksporten teller, så den nye filen erstatter den gamle.${empty}`;
        }
        return `${same2} og en eldre eksport. Den nyeste eksporten teller, så denne filen telles ikke.`;
      }
      return empty ? `«${file.name}»: lest.${empty}` : `«${file.name}»: lagt til.`;
    }
    const fileInput = fileButton({
      multiple: true,
      onFiles: async (chosen) => {
        const d = def;
        const s = set;
        const lines = [];
        for (const f of chosen) lines.push(await addFile(d, s, f));
        const batch = lines.map((text2, i) => ({ text: text2, first: i === 0 && s.log.length > 0 }));
        s.log.push(...batch);
        if (s === set) log.append(...batch.map(logLine));
        changed(s);
      }
    });
    function render2() {
      const merged = mergeFiles(def, set.files, { countCopies: set.countCopies });
      const n = merged.counted.length;
      status2.textContent = `${count(n, "besvarelse", "besvarelser")} lagt til.` + (merged.empty.length ? ` ${count(merged.empty.length, "fil", "filer")} uten svar telles ikke.` : "");
      defs.forEach((d, i) => {
        const s = (
          /** @type {TeamSet} */
          sets.get(d.id)
        );
        const k = s.files.length + s.rounds.groups.reduce((n2, g) => n2 + g.files.length, 0);
        options[i].textContent = k ? `${d.title} (${count(k, "fil", "filer")} lagt til)` : d.title;
      });
      logTitle.hidden = mode !== "one" || set.log.length === 0;
      copies.replaceChildren();
      if (merged.copies.length) {
        const groups = merged.copies.map((g) => g.map((name) => `«${name}»`).join(" og "));
        const text2 = `${groups.join("; ")} har nøyaktig de samme svarene, men ulik svar-id. Det kan være kopier av én fil, og da ville én person telle flere ganger. ` + (set.countCopies ? "Nå telles de hver for seg." : "Derfor telles de som én besvarelse.");
        copies.append(
          h("p", { class: "mvh-notice", role: "alert", text: text2 }),
          h("p", {}, [
            copiesBox,
            " ",
            h("label", {
              for: copiesId,
              text: "Jeg vet at dette er ulike personer som har svart likt: tell filene hver for seg"
            })
          ])
        );
      }
      warning.replaceChildren();
      if (set.changedAfterSeen) {
        const text2 = "Du har allerede sett teamresultatet. Viser du det igjen nå, kan forskjellen i tallene avsløre hva den eller de nye filene svarte, og med én ny fil er det én persons svar. Det tryggeste er å begynne på nytt og legge inn alle filene samlet før du viser resultatet.";
        warning.append(
          h("p", { class: "mvh-notice", role: "alert", text: text2 }),
          button({ class: "mvh-btn", "data-action": "team-restart", onclick: reset }, "Begynn på nytt")
        );
      }
      showButton.disabled = set.files.length === 0;
      if (!set.visible) {
        const text2 = set.files.length ? "Legg til alle filene først. Trykk «Vis teamresultat» når alle er med." : "Legg til filene fra teamet. Tallene vises først når du trykker «Vis teamresultat».";
        results.replaceChildren(h("p", { class: "mvh-notice", text: text2 }));
        return;
      }
      const agg = aggregate(def, [...merged.answers, ...merged.empty.map(() => ({}))]);
      if (!agg.shown) {
        const text2 = `Teamresultatet vises bare når minst ${MIN_TEAM_RESPONSES} besvarelser har svar. Nå er det ${agg.n}. Det beskytter den enkelte: med færre kan hver enkelts svar leses ut av tallene.`;
        results.replaceChildren(h("p", { class: "mvh-notice", text: text2 }));
        return;
      }
      const width = chartWidth(results.clientWidth);
      const tables = def.kind === "likert" ? likertTables(def, agg, width) : def.kind === "evaluation" ? evaluationTables(def, agg, width) : ratingTables(
        /** @type {RatingDef} */
        def,
        agg,
        width
      );
      results.replaceChildren(...tables);
    }
    const reveal = () => {
      set.visible = true;
      set.seen = true;
      set.changedAfterSeen = false;
      render2();
    };
    const showButton = (
      /** @type {HTMLButtonElement} */
      button({ class: "mvh-btn", "data-action": "team-show", onclick: reveal }, "Vis teamresultat")
    );
    const privacy = "Filene leses bare her i nettleseren. Ingenting lagres eller sendes, og ingen navn vises. Lukker du siden, er oversikten borte.";
    const truth = `Den som legger inn filene, kan åpne hver fil og se hva den enkelte svarte. Skal svarene være anonyme også for den personen, må en nøytral innsamler ta imot filene og legge dem inn. Tallene her beskytter den enkelte når de vises for teamet: alt som har ${FEWER_TEXT}, skjules.`;
    const perExercise = "Hver øvelse har sine egne filer. Velger du en annen øvelse, ligger filene du har lagt til, her når du kommer tilbake. «Tøm oversikten» tømmer bare øvelsen som er valgt.";
    const roundsStatus = h("p", { class: "mvh-progress", role: "status", "aria-live": "polite" });
    const roundsWarning = h("div", { class: "mvh-team-rounds-warning", "aria-live": "polite" });
    const roundsOut = h("div", { class: "mvh-team-rounds-results" });
    const groupParts = [0, 1].map((k) => {
      const nameId = uid("team-round");
      const name = (
        /** @type {HTMLInputElement} */
        input({ type: "text", id: nameId, maxlength: "40", autocomplete: "off", "data-action": `team-round-name-${k}` })
      );
      const addButton = button({ class: "mvh-btn", "data-action": `team-round-add-${k}` }, "");
      const groupStatus = h("p", { class: "mvh-team-round-count", "data-round-count": String(k) });
      const groupLog = h("ul", { class: "mvh-team-round-log", "aria-live": "polite" });
      const picker = fileButton({
        multiple: true,
        onFiles: async (chosen) => {
          const d = def;
          const r = set.rounds;
          const g = r.groups[k];
          const lines = [];
          for (const f of chosen) lines.push(await addFile(d, g, f));
          const batch = lines.map((text2, i) => ({ text: text2, first: i === 0 && g.log.length > 0 }));
          g.log.push(...batch);
          if (r === set.rounds) groupLog.append(...batch.map(logLine));
          if (r.seen) r.changedAfterSeen = true;
          r.visible = false;
          if (r === set.rounds) renderRounds();
          render2();
        }
      });
      picker.el.className = "mvh-team-round-file";
      addButton.addEventListener("click", picker.open);
      name.addEventListener("input", () => {
        set.rounds.groups[k].label = name.value;
        renderRounds();
      });
      const legend = h("legend", { text: `Gruppe ${k + 1}` });
      const box = h("fieldset", { class: "mvh-team-round", "data-round": String(k) }, [
        legend,
        h("label", { for: nameId, text: "Navn på gruppen" }),
        name,
        h("div", { class: "mvh-toolbar" }, [addButton, picker.el]),
        groupStatus,
        groupLog
      ]);
      return { box, name, addButton, groupStatus, groupLog };
    });
    const roundLabel = (k) => set.rounds.groups[k].label.trim() || ROUND_NAMES[k];
    const restartRounds = () => {
      set.rounds = freshRounds();
      show(def.id);
    };
    const showRounds = (
      /** @type {HTMLButtonElement} */
      button(
        {
          class: "mvh-btn",
          "data-action": "team-rounds-show",
          onclick: () => {
            Object.assign(set.rounds, { visible: true, seen: true, changedAfterSeen: false });
            renderRounds();
          }
        },
        "Vis sammenligning"
      )
    );
    function renderRounds() {
      const r = set.rounds;
      const merged = r.groups.map((g) => mergeFiles(def, g.files));
      groupParts.forEach((part, k) => {
        const g = r.groups[k];
        if (part.name.value !== g.label) part.name.value = g.label;
        part.addButton.textContent = `Legg til filer i ${roundLabel(k)}`;
        const n = merged[k].counted.length;
        const copies2 = merged[k].copies.length ? " Noen filer har nøyaktig de samme svarene under ulik svar-id og telles som én." : "";
        part.groupStatus.textContent = `${roundLabel(k)}: ${count(n, "besvarelse", "besvarelser")}.${copies2}`;
        if (part.groupLog.childElementCount !== g.log.length) part.groupLog.replaceChildren(...g.log.map(logLine));
      });
      roundsStatus.textContent = `${roundLabel(0)}: ${merged[0].counted.length}, ${roundLabel(1)}: ${merged[1].counted.length} besvarelser lagt til.`;
      roundsWarning.replaceChildren();
      if (r.changedAfterSeen) {
        const text2 = "Du har allerede sett sammenligningen. Viser du den igjen nå, kan forskjellen i tallene avsløre hva de nye filene svarte. Det tryggeste er å begynne på nytt og legge inn alle filene samlet.";
        roundsWarning.append(
          h("p", { class: "mvh-notice", role: "alert", text: text2 }),
          button({ class: "mvh-btn", "data-action": "team-rounds-restart", onclick: restartRounds }, "Begynn på nytt")
        );
      }
      showRounds.disabled = r.groups.every((g) => g.files.length === 0);
      if (!r.visible) {
        const text2 = `Legg filene fra hver runde i sin gruppe. Trykk «Vis sammenligning» når alle filene er med. Hver gruppe vises bare når minst ${MIN_TEAM_RESPONSES} har svart.`;
        roundsOut.replaceChildren(h("p", { class: "mvh-notice", text: text2 }));
        return;
      }
      const cmp = compareRounds(def, r.groups[0].files, r.groups[1].files);
      const width = chartWidth(roundsOut.clientWidth || results.clientWidth);
      roundsOut.replaceChildren(...roundsResults(def, cmp, [roundLabel(0), roundLabel(1)], width));
    }
    const roundsIntro = "Her kan du sammenligne to runder av samme øvelse, for eksempel før og etter et halvår. Filene fra hver runde legges i hver sin gruppe og telles hver for seg. Ingen svar kobles mellom gruppene, så ingen kan følges fra den ene runden til den andre.";
    const roundsPanel = h("div", { class: "mvh-team-rounds", "data-team-mode-panel": "rounds" }, [
      h("p", { class: "mvh-hint", text: roundsIntro }),
      h(
        "div",
        { class: "mvh-team-round-groups" },
        groupParts.map((p) => p.box)
      ),
      h("div", { class: "mvh-toolbar" }, [
        showRounds,
        button({ class: "mvh-btn", "data-action": "team-rounds-clear", onclick: restartRounds }, "Tøm begge gruppene")
      ]),
      roundsStatus,
      roundsWarning,
      roundsOut
    ]);
    const modeName = uid("team-mode");
    const modes = [
      { value: "one", text: "Ett teamresultat" },
      { value: "rounds", text: "Sammenligne to runder" }
    ].map((m, i) => {
      const id = `${modeName}-${m.value}`;
      const radio = (
        /** @type {HTMLInputElement} */
        input({ type: "radio", name: modeName, id, value: m.value, "data-action": `team-mode-${m.value}` })
      );
      radio.checked = i === 0;
      radio.addEventListener("change", () => setMode(m.value));
      return { radio, el: h("div", { class: "mvh-team-mode" }, [h("label", { class: "mvh-choice" }, [radio, m.text])]) };
    });
    const modeBox = h("fieldset", { class: "mvh-team-modes" }, [
      h("legend", { text: "Hva vil du se?" }),
      ...modes.map((m) => m.el)
    ]);
    function setMode(chosen) {
      mode = chosen;
      for (const part of onePanel) part.hidden = mode !== "one";
      roundsPanel.hidden = mode !== "rounds";
      if (mode === "rounds") renderRounds();
      else render2();
    }
    const onePanel = [
      h("div", { class: "mvh-toolbar" }, [
        button({ class: "mvh-btn", "data-action": "team-add", onclick: fileInput.open }, "Legg til filer"),
        showButton,
        button({ class: "mvh-btn", "data-action": "team-clear", onclick: reset }, "Tøm oversikten"),
        fileInput.el
      ]),
      status2,
      logTitle,
      log,
      copies,
      warning,
      results
    ];
    el.replaceChildren(
      h("section", { class: "mvh mvh-team", "aria-label": "Teamoversikt" }, [
        h("p", { class: "mvh-privacy", text: privacy }),
        h("p", { class: "mvh-privacy mvh-team-truth", text: truth }),
        h("label", { for: selectId, text: "Hvilken øvelse gjelder det?" }),
        choice,
        h("p", { class: "mvh-hint mvh-team-sets", text: perExercise }),
        modeBox,
        ...onePanel,
        roundsPanel
      ])
    );
    roundsPanel.hidden = true;
    render2();
    renderRounds();
  }

  // js/views/toolbox.js
  function renderToolbox(el, index, store) {
    const defs = index.instruments;
    const total = h("p", { class: "mvh-toolbox-total", role: "status" });
    const body = h("div", { class: "mvh-toolbox-groups" });
    function row(def) {
      const answers = store.read(def)?.answers;
      const st = status(def, answers);
      const places = index.pages[def.id] || [];
      return h("li", { class: "mvh-toolbox-item", "data-instrument": def.id, "data-status": st }, [
        h("span", { class: "mvh-toolbox-name", text: def.title }),
        h("span", { class: `mvh-status mvh-status-${st}` }, [
          h("span", { "aria-hidden": "true", text: `${MARKS[st]} ` }),
          STATUS_LABELS[st],
          st === "started" ? h("span", { class: "mvh-toolbox-progress", text: ` (${progressText(def, answers)})` }) : null
        ]),
        h(
          "span",
          { class: "mvh-toolbox-where" },
          places.length ? ["Står i ", ...places.flatMap((p, i) => [i ? " og " : "", placeLink(p)])] : ["Står ikke i boka ennå"]
        )
      ]);
    }
    function refresh() {
      const all = [];
      const groups = index.groups.map((g) => ({ g, members: defs.filter((d) => g.kinds.includes(d.kind)) })).filter(({ members }) => members.length);
      body.replaceChildren(
        ...groups.map(({ g, members }) => {
          const rows = members.map(row);
          for (const r of rows) all.push(
            /** @type {any} */
            r.dataset.status || "not-started"
          );
          const done = rows.filter((r) => r.dataset.status === "done").length;
          return h("section", { class: "mvh-toolbox-group", "data-group": g.id, "aria-labelledby": `mvh-tb-${g.id}` }, [
            h("h3", { id: `mvh-tb-${g.id}` }, [
              g.title,
              h("span", { class: "mvh-toolbox-count", text: ` – ${done} av ${members.length} ferdig` })
            ]),
            h("ul", { class: "mvh-toolbox-list" }, rows)
          ]);
        })
      );
      total.textContent = totalText(countStatuses(all));
    }
    el.replaceChildren(
      h("section", { class: "mvh mvh-toolbox", "aria-label": "Alle øvelsene i boka" }, [
        h("p", {
          class: "mvh-privacy",
          text: "Hvor langt du har kommet, leses fra svarene som er lagret i denne nettleseren. Ingenting sendes noe sted."
        }),
        store.available() ? null : h("p", {
          class: "mvh-notice",
          text: "Nettleseren lar ikke boka lagre svar, så lista kan ikke vise hvor langt du har kommet."
        }),
        total,
        body
      ])
    );
    onBookStorage(refresh);
    refresh();
  }

  // js/views/paper.js
  function columns(table) {
    const [head = [], ...body] = table;
    const names = head.map(String);
    const get = (row, column) => {
      const i = names.indexOf(column);
      const v = i < 0 ? "" : row[i];
      return v == null ? "" : String(v).trim();
    };
    return { head: names, body, get };
  }
  function entry(question, answers) {
    return h("div", { class: "mvh-paper-entry" }, [
      h("p", { class: "mvh-paper-q", text: question }),
      ...answers.filter(([, value]) => value !== "").map(
        ([label, value]) => h("p", { class: "mvh-paper-a" }, [h("b", { text: `${label}: ` }), norwegianDate(value)])
      )
    ]);
  }
  function runs(picked, ids) {
    const out = [];
    let start2 = -1;
    for (let i = 0; i <= ids.length; i++) {
      if (i < ids.length && picked[i]) {
        if (start2 < 0) start2 = i;
      } else if (start2 >= 0) {
        out.push(i - 1 > start2 ? `${ids[start2]}–${ids[i - 1]}` : ids[start2]);
        start2 = -1;
      }
    }
    return out.join(", ");
  }
  function grouped(rows, groupOf, show) {
    const groups = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const g = groupOf(row);
      const list = groups.get(g) || [];
      list.push(show(row));
      groups.set(g, list);
    }
    return [...groups].flatMap(([title, nodes]) => [title ? h("h5", { text: title }) : null, ...nodes]);
  }
  function paperTable(heads, rows) {
    return h("table", { class: "mvh-paper-table" }, [
      h("thead", {}, [
        h(
          "tr",
          {},
          heads.map((x) => h("th", { scope: "col", text: x }))
        )
      ]),
      h(
        "tbody",
        {},
        rows.map(
          (r) => h(
            "tr",
            {},
            r.map((x) => h("td", { text: x }))
          )
        )
      )
    ]);
  }
  var PAPER = {
    rating({ body, get }) {
      const goals = body.filter((r) => get(r, "type") === "mål");
      const shown = goals.filter((r) => get(r, "vurdering") || get(r, "notat"));
      const plan = body.filter((r) => get(r, "type") === "tiltak");
      const unrated = goals.map((r) => !get(r, "vurdering"));
      const left = unrated.filter(Boolean).length;
      return [
        ...grouped(
          shown,
          (r) => get(r, "tema"),
          (r) => entry(`${get(r, "nummer")} ${get(r, "tekst")}`, [
            ["Vurdering", get(r, "vurdering") || "ikke vurdert"],
            ["Notat", get(r, "notat")]
          ])
        ),
        // What is not rated yet: one line, not a page per theme.
        left ? h("p", {
          class: "mvh-paper-rest",
          text: `Ikke vurdert (${left} av ${goals.length} mål): ${runs(
            unrated,
            goals.map((r) => get(r, "nummer"))
          )}.`
        }) : null,
        ...plan.length ? [
          h("h5", { text: "Handlingsplan" }),
          paperTable(
            ["Tema", "Tiltak", "Hvem", "Innen"],
            plan.map((r) => [
              // A theme the book does not know (or none) reads as the widget shows it, not as a raw id.
              get(r, "tema") ? [get(r, "nummer"), get(r, "tema")].filter(Boolean).join(". ") : "ikke valgt",
              get(r, "tekst"),
              get(r, "hvem"),
              norwegianDate(get(r, "innen"))
            ])
          )
        ] : []
      ];
    },
    likert({ body, get }) {
      const items = body.filter((r) => get(r, "type") === "utsagn");
      const means = new Map(
        body.filter((r) => get(r, "type") === "snitt").map((r) => [get(r, "dimensjon"), get(r, "snitt")])
      );
      const answered2 = items.filter((r) => get(r, "svar"));
      return grouped(
        answered2,
        (r) => {
          const m = means.get(get(r, "dimensjon"));
          return m ? `${get(r, "dimensjon")} (snitt ${m})` : get(r, "dimensjon");
        },
        (r) => entry(get(r, "utsagn"), [["Svar", get(r, "svar")]])
      );
    },
    quiz({ body, get }) {
      const answered2 = body.filter((r) => get(r, "ditt svar"));
      const verdict = (r) => get(r, "riktig?") === "ja" ? " (riktig)" : get(r, "riktig?") === "nei" ? " (ikke riktig)" : "";
      return grouped(
        answered2,
        (r) => get(r, "utsagn") ? get(r, "spørsmål") : "",
        (r) => entry(get(r, "utsagn") || get(r, "spørsmål"), [
          ["Ditt svar", `${get(r, "ditt svar")}${verdict(r)}`],
          ["Riktig svar", get(r, "riktig?") === "nei" ? get(r, "riktig svar") : ""]
        ])
      );
    },
    scenario({ body, get }) {
      return body.map((r) => entry(`${get(r, "steg")}. ${get(r, "situasjon")}`, [["Ditt valg", get(r, "valg")]]));
    },
    reflection({ body, get }) {
      const answered2 = body.filter((r) => get(r, "svar"));
      return answered2.map((r) => entry(get(r, "spørsmål"), [["Svar", get(r, "svar")]]));
    },
    template({ body, get }) {
      const filled = body.filter((r) => get(r, "svar"));
      return grouped(
        filled,
        (r) => get(r, "del"),
        (r) => entry(get(r, "felt"), [["Svar", get(r, "svar")]])
      );
    }
  };
  var anyKind = ({ head, body, get }) => body.map((r) => {
    const [first, ...others] = head;
    return entry(
      get(r, first),
      others.map((c) => (
        /** @type {[string, string]} */
        [c, get(r, c)]
      ))
    );
  });
  function paper(def, answers) {
    const table = columns(answerTable(def, answers));
    return Object.hasOwn(PAPER, def.kind) ? PAPER[def.kind](table) : anyKind(table);
  }
  function measurementsOnPaper(def, measurements) {
    if (!measurements.length) return [];
    return [
      h("div", { class: "mvh-paper-measurements" }, [
        h("h5", { text: measurements.length === 1 ? "Måling" : `Målinger (${measurements.length})` }),
        h(
          "ul",
          {},
          measurements.map(
            (m) => h("li", { "data-measurement": String(m.id) }, [
              h("b", { text: `${norwegianDate(String(m.date))} ${String(m.label)}: ` }),
              measurementSummary(def, m)
            ])
          )
        )
      ])
    ];
  }

  // js/views/workbook.js
  var FILE_NOTE = "Du har åpnet boka fra en fil på maskinen. Noen nettlesere (som Firefox) lagrer da svar for hver side for seg, så denne oversikten ser bare svar fra denne siden. Eksporter svarene fra hver øvelse, eller herfra, for å være sikker på å ta vare på dem.";
  var two = (n) => String(n).padStart(2, "0");
  function savedAt2(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "–";
    const day = norwegianDate(`${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`);
    return `${day} kl. ${two(d.getHours())}.${two(d.getMinutes())}`;
  }
  function bookOrder() {
    const order = /* @__PURE__ */ new Map();
    const plain = (href) => {
      const url = new URL(href, location.href);
      url.hash = "";
      return url.href;
    };
    for (const a of Array.from(document.querySelectorAll(".bd-docs-nav a[href]"))) {
      const href = plain(
        /** @type {HTMLAnchorElement} */
        a.href
      );
      if (!order.has(href)) order.set(href, order.size);
    }
    return (href) => order.get(plain(href)) ?? Number.MAX_SAFE_INTEGER;
  }
  function renderWorkbook(el, index, store) {
    const defs = index.instruments;
    const list = h("div", { class: "mvh-workbook-list", tabindex: "-1" });
    const { message: message2, alert, say } = messageLine();
    const printDoc = h("div", { class: "mvh-print-doc", hidden: true });
    const place = bookOrder();
    const firstPage = (def) => Math.min(Number.MAX_SAFE_INTEGER, ...(index.pages[def.id] || []).map((p) => place(p.href)));
    const inBookOrder = defs.map((def, i) => ({ def, at: firstPage(def), i })).sort((a, b) => a.at - b.at || a.i - b.i).map(({ def }) => def);
    const saved = () => inBookOrder.map((def) => ({ def, rec: store.read(def), measurements: store.readMeasurements(def) })).flatMap(
      ({ def, rec, measurements }) => rec && hasContent(rec.answers) || measurements.length ? [
        {
          def,
          rec: rec && hasContent(rec.answers) ? rec : { answers: {}, response: "", saved: null },
          measurements
        }
      ] : []
    );
    function responseOf(def, rec) {
      let response = typeof rec.response === "string" && rec.response ? rec.response : "";
      if (!response) {
        response = newResponseId();
        if (hasContent(rec.answers)) store.write(def, rec.answers, response);
      }
      return response;
    }
    const measurementCount = (n) => n === 1 ? "1 måling" : `${n} målinger`;
    function exportOne(def) {
      const found = saved().find((r) => r.def.id === def.id);
      if (!found) return say(`Det er ingen svar å eksportere fra «${def.title}».`, "error");
      const { rec, measurements } = found;
      const data = exportData(def, rec.answers, responseOf(def, rec), measurements);
      download(`${def.id}-${fileStamp(/* @__PURE__ */ new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
      say(`Svarene fra «${def.title}» er lastet ned. Filen kan importeres igjen på siden der øvelsen står.`, "ok");
    }
    function deleteOne(def) {
      try {
        forgetInstrument(window.localStorage, def);
      } catch {
        return say("Nettleseren lot ikke boka slette svarene. Ingenting er endret.", "error");
      }
      refresh();
      list.focus();
      say(`Svarene fra «${def.title}» er slettet i denne nettleseren.`, "ok");
    }
    function row(def, rec, measurements, boxes) {
      const also = measurements.length ? ` Målingene (${measurementCount(measurements.length)}) slettes også.` : "";
      const del = confirmAction({
        label: "Slett",
        action: "delete-one",
        yes: "Ja, slett svarene",
        groupLabel: `Bekreft sletting av «${def.title}»`,
        question: `Vil du slette svarene i «${def.title}» i denne nettleseren?${also} Det kan ikke angres.`,
        onYes: () => deleteOne(def)
      });
      del.trigger.setAttribute("aria-label", `Slett svarene i «${def.title}»`);
      boxes.push(del.box);
      return [
        h("tr", { "data-instrument": def.id }, [
          h("th", { scope: "row", text: def.title }),
          h("td", {
            text: `${progressText(def, rec.answers)}${measurements.length ? ` · ${measurementCount(measurements.length)}` : ""}`
          }),
          h("td", { text: rec.saved ? savedAt2(rec.saved) : "–" }),
          h(
            "td",
            {},
            (index.pages[def.id] || []).flatMap((p, i) => [i ? ", " : "", h("a", { href: p.href, text: p.title })])
          ),
          h("td", { class: "mvh-row-actions" }, [
            button(
              {
                class: "mvh-btn mvh-btn-small",
                "data-action": "export-one",
                "aria-label": `Eksporter svarene i «${def.title}»`,
                onclick: () => exportOne(def)
              },
              "Eksporter"
            ),
            del.trigger
          ])
        ])
      ];
    }
    function refresh() {
      if (!store.available()) return list.replaceChildren();
      const rows = saved();
      const boxes = [];
      const table = h("table", { class: "mvh-table mvh-workbook-table" }, [
        h("caption", { text: "Øvelser med lagrede svar i denne nettleseren" }),
        h("thead", {}, [headRow(["Øvelse", "Framdrift", "Sist lagret", "Finnes på", "Handlinger"])]),
        h(
          "tbody",
          {},
          rows.flatMap(({ def, rec, measurements }) => row(def, rec, measurements, boxes))
        )
      ]);
      list.replaceChildren(
        ...rows.length ? [scrollBox(table, "Øvelser med lagrede svar"), ...boxes] : [
          h("p", {
            text: "Du har ingen lagrede svar i denne nettleseren ennå. Svarene dine dukker opp her når du har gjort en øvelse."
          })
        ]
      );
    }
    const deleteAll = confirmAction({
      label: "Slett alle svarene mine",
      action: "delete-all",
      yes: "Ja, slett alt",
      groupLabel: "Bekreft sletting",
      question: "Vil du slette alle svar og målinger fra alle øvelsene i boka i denne nettleseren? Det kan ikke angres. Eksporter først hvis du vil ta vare på dem.",
      onYes: () => {
        const count2 = store.clear();
        refresh();
        say(count2 ? "Alle svarene dine i denne nettleseren er slettet." : "Det var ingen lagrede svar å slette.", "ok");
      }
    });
    function exportAll() {
      const rows = saved();
      if (!rows.length) return say("Det er ingen svar å eksportere ennå.", "error");
      const entries = rows.map(({ def, rec, measurements }) => ({
        def,
        answers: rec.answers,
        response: responseOf(def, rec),
        measurements
      }));
      const data = workbookData(entries);
      download(`mine-svar-${fileStamp(/* @__PURE__ */ new Date())}.json`, JSON.stringify(data, null, 2), "application/json");
      say(`Svarene fra ${rows.length} øvelser er lastet ned i én fil.`, "ok");
    }
    function importText(file, raw) {
      let entries;
      try {
        entries = parseWorkbook(defs, raw, file.name);
      } catch (err) {
        return say(`${/** @type {Error} */
        err.message} Ingenting er endret.`, "error");
      }
      const withMeasurements = entries.map(
        (e) => e.measurements.length ? { ...e, measurements: mergeMeasurements(store.readMeasurements(e.def), e.measurements) } : e
      );
      const measured = entries.reduce((n, e) => n + e.measurements.length, 0);
      try {
        store.writeAll(withMeasurements);
      } catch {
        return say(
          "Nettleseren lot ikke boka lagre svarene (lagring er blokkert eller full). Ingenting er endret.",
          "error"
        );
      }
      refresh();
      const also = measured ? `, med ${measurementCount(measured)}` : "";
      say(`Svarene til ${entries.length} øvelser er importert fra «${file.name}»${also}.`, "ok");
    }
    const tooBig = "Filen er større enn 5 MB og kan ikke være en arbeidsbok fra boka. Ingenting er endret.";
    const refuse = (text2) => say(text2, "error");
    const fileInput = fileButton({
      onFiles: ([file]) => readFile(file, 5 * MAX_IMPORT_BYTES, tooBig, refuse, (raw) => importText(file, raw))
    });
    function printAll() {
      const rows = saved();
      if (!rows.length) return say("Det er ingen svar å skrive ut ennå.", "error");
      const today2 = savedAt2((/* @__PURE__ */ new Date()).toISOString()).split(" ")[0];
      printDoc.replaceChildren(
        h("h3", { text: "Mine svar fra Metodeveilederhåndboka" }),
        h("p", { text: `Skrevet ut ${today2}. Svarene er lagret i denne nettleseren.` }),
        ...rows.map(
          ({ def, rec, measurements }) => h("section", { class: "mvh-print-instrument", "data-instrument": def.id }, [
            h("h4", { text: def.title }),
            h("p", {
              class: "mvh-muted",
              text: `${progressText(def, rec.answers)}${rec.saved ? ` · sist lagret ${savedAt2(rec.saved)}` : ""}`
            }),
            ...paper(def, rec.answers),
            ...measurementsOnPaper(def, measurements)
          ])
        )
      );
      printDoc.hidden = false;
      printSection(printDoc);
    }
    const unavailable = "Nettleseren lar ikke boka lagre svar, så det er ingen lagrede svar å vise.";
    el.replaceChildren(
      h("section", { class: "mvh mvh-workbook", "aria-label": "Mine svar" }, [
        h("p", {
          class: "mvh-privacy",
          text: "Oversikten leser bare svar som er lagret i denne nettleseren. Ingenting sendes noe sted."
        }),
        store.available() ? null : h("p", { class: "mvh-notice", text: unavailable }),
        location.protocol === "file:" ? h("p", { class: "mvh-info", text: FILE_NOTE }) : null,
        list,
        h("div", { class: "mvh-toolbar", role: "group", "aria-label": "Alle svar" }, [
          button({ class: "mvh-btn", "data-action": "export-all", onclick: exportAll }, "Eksporter alle"),
          button({ class: "mvh-btn", "data-action": "import-all", onclick: fileInput.open }, "Importer alle"),
          button({ class: "mvh-btn", "data-action": "print-all", onclick: printAll }, "Skriv ut alle"),
          deleteAll.trigger,
          fileInput.el
        ]),
        deleteAll.box,
        message2,
        alert,
        printDoc
      ])
    );
    window.addEventListener("afterprint", () => {
      printDoc.hidden = true;
    });
    window.addEventListener("storage", (e) => {
      if (e.key === null || e.key.startsWith(`${BOOK}:`)) refresh();
    });
    window.addEventListener("pageshow", (e) => {
      if (e.persisted) refresh();
    });
    refresh();
  }

  // js/views/index.js
  function renderView({ el, index, store }) {
    if (index.role === "workbook") return renderWorkbook(el, index, store);
    if (index.role === "team") return renderTeam(el, index);
    if (index.role === "toolbox") return renderToolbox(el, index, store);
    if (index.role === "overview") return renderOverview(el, index, store);
    if (index.role === "progress") return renderProgress(el, index, store);
    el.replaceChildren(h("p", { class: "mvh-alert", text: `Ukjent visning: ${index.role}` }));
  }

  // js/host/static-host.js
  function getStorage() {
    try {
      const s = window.localStorage;
      s.getItem(`${BOOK}:probe`);
      return s;
    } catch {
      return null;
    }
  }
  function loadRecord(storage, def) {
    let raw = storage.getItem(storageKey(def));
    let migratedFrom = null;
    if (raw === null) {
      const prefix = versionPrefix(def);
      const older = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        const v = k?.startsWith(prefix) ? Number(k.slice(prefix.length)) : Number.NaN;
        if (Number.isInteger(v) && v !== def.version) older.push(v);
      }
      if (older.length) {
        migratedFrom = Math.max(...older);
        raw = storage.getItem(`${prefix}${migratedFrom}`);
      }
    }
    if (raw === null) return { answers: {}, response: "", recovery: null, migratedFrom: null, raw: null, saved: null };
    const record = parseRecord(raw);
    const salvaged = salvageAnswers(def, record ? record.answers : void 0);
    const damaged = !record || salvaged.dropped > 0;
    let backedUp = false;
    if (damaged) {
      const first = backupKey(def);
      const existing = storage.getItem(first);
      try {
        if (existing === null || existing === raw) storage.setItem(first, raw);
        else storage.setItem(`${first}:${Date.now()}`, raw);
        backedUp = true;
      } catch {
        backedUp = false;
      }
    }
    return {
      answers: salvaged.answers,
      response: record && typeof record.response === "string" ? record.response : "",
      recovery: damaged ? { raw, readable: !!record, dropped: salvaged.dropped, backedUp, released: backedUp } : null,
      migratedFrom,
      raw,
      saved: record ? savedTime(record) : null
    };
  }
  function savedTime(record) {
    if (typeof record.saved !== "string") return null;
    const t = Date.parse(record.saved);
    return Number.isNaN(t) ? null : record.saved;
  }
  function usableMeasurement(m) {
    return isObject(m) && typeof m.id === "string" && m.id.length > 0 && m.id.length <= 64 && typeof m.label === "string" && typeof m.date === "string" && isDate(m.date) && Number.isInteger(m.version) && isObject(m.answers);
  }
  function measurementsIn(raw) {
    if (raw === null) return null;
    const record = parseRecord(raw);
    if (!record || !Array.isArray(record.measurements)) return { list: [], dropped: 1 };
    const list = record.measurements.filter(usableMeasurement);
    return { list: sortMeasurements(list), dropped: record.measurements.length - list.length };
  }
  function loadMeasurements(storage, def) {
    const key = measurementsKey(def);
    const raw = storage.getItem(key);
    const found = measurementsIn(raw);
    if (!found || raw === null) return { list: [], raw: null, damaged: null };
    if (found.dropped === 0) return { list: found.list, raw, damaged: null };
    let backedUp = false;
    try {
      const first = `${key}:sikkerhetskopi`;
      const existing = storage.getItem(first);
      if (existing === null || existing === raw) storage.setItem(first, raw);
      else storage.setItem(`${first}:${Date.now()}`, raw);
      backedUp = true;
    } catch {
      backedUp = false;
    }
    return { list: found.list, raw, damaged: { dropped: found.dropped, backedUp } };
  }
  function mergeMeasurementLists(base, other, mine) {
    const byId = (list) => new Map(list.map((m2) => [m2.id, m2]));
    const b = byId(base);
    const o = byId(other);
    const m = byId(mine);
    const out = [];
    for (const id of /* @__PURE__ */ new Set([...o.keys(), ...m.keys()])) {
      const inBase = b.has(id);
      const ours = m.get(id);
      const theirs = o.get(id);
      if (ours && theirs) out.push(JSON.stringify(ours) !== JSON.stringify(b.get(id)) ? ours : theirs);
      else if (theirs && !inBase) out.push(theirs);
      else if (ours && !inBase) out.push(ours);
    }
    return sortMeasurements(out);
  }
  var models = /* @__PURE__ */ new Map();
  function modelFor(def) {
    const key = storageKey(def);
    let model = models.get(key);
    if (!model) {
      model = createModel(def, getStorage());
      models.set(key, model);
    }
    return model;
  }
  function createModel(def, storage) {
    const key = storageKey(def);
    const state = {
      definition: def,
      host: "book",
      answers: {},
      response_id: "",
      storage: storage ? { ok: true } : { ok: false, reason: "unavailable" },
      recovery: null,
      migrated_from: null,
      deleted: null,
      // When the answers read at load were saved: a returning reader is told (frame.js).
      saved_at: null,
      // The instrument's measurements (oldest first), and what loading them found when they were damaged.
      measurements: [],
      measurements_recovery: null,
      // Why the measurements could not be written at the last save ("quota", "unavailable", "held"), or null.
      measurements_failed: null
    };
    const mkey = measurementsKey(def);
    let measBase = (
      /** @type {Record<string, any>[]} */
      []
    );
    let measRaw = (
      /** @type {string|null} */
      null
    );
    let measHeld = false;
    let base = {};
    let lastRaw = (
      /** @type {string|null} */
      null
    );
    let seen = "";
    if (storage) {
      try {
        seen = deletionMark(storage, def);
        const loaded = loadRecord(storage, def);
        state.answers = loaded.answers;
        state.response_id = loaded.response;
        state.recovery = loaded.recovery;
        state.migrated_from = loaded.migratedFrom;
        state.saved_at = loaded.saved;
        base = loaded.answers;
        lastRaw = loaded.migratedFrom === null ? loaded.raw : null;
        const meas = loadMeasurements(storage, def);
        state.measurements = meas.list;
        state.measurements_recovery = meas.damaged;
        measBase = meas.list;
        measRaw = meas.raw;
        measHeld = !!meas.damaged && !meas.damaged.backedUp;
      } catch {
        state.storage = { ok: false, reason: "unavailable" };
      }
    }
    const listeners = /* @__PURE__ */ new Map();
    const emit = (name) => {
      for (const cb of listeners.get(`change:${name}`) || []) cb({ name, new: state[name] });
    };
    const put2 = (name, value) => {
      if (state[name] === value) return;
      state[name] = value;
      emit(name);
    };
    const answersIn = (raw) => {
      const record = raw === null ? null : usableRecord(raw);
      return record ? salvageAnswers(def, record.answers).answers : null;
    };
    function adoptMeasurements(s) {
      const raw = s.getItem(mkey);
      const found = measurementsIn(raw);
      measRaw = raw;
      measBase = found ? found.list : [];
      state.measurements = measBase;
      emit("measurements");
    }
    function mergeStoredMeasurements(s) {
      const raw = s.getItem(mkey);
      if (raw === measRaw) return false;
      const found = measurementsIn(raw);
      if (found?.dropped) return false;
      const other = found ? found.list : [];
      const merged = mergeMeasurementLists(measBase, other, state.measurements);
      measBase = other;
      measRaw = raw;
      if (JSON.stringify(merged) !== JSON.stringify(state.measurements)) {
        state.measurements = merged;
        emit("measurements");
      }
      return true;
    }
    function saveMeasurements(s) {
      if (JSON.stringify(state.measurements) === JSON.stringify(measBase)) return null;
      if (measHeld) return "held";
      try {
        mergeStoredMeasurements(s);
        const list = state.measurements;
        if (list.length) {
          const text2 = serializeMeasurements(def, list);
          s.setItem(mkey, text2);
          measRaw = text2;
        } else {
          s.removeItem(mkey);
          measRaw = null;
        }
        measBase = list;
        return null;
      } catch (e) {
        return e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22) ? "quota" : "unavailable";
      }
    }
    function adoptDeletion(s, dropped) {
      const mark = deletionMark(s, def);
      const raw = s.getItem(key);
      const gone = mark !== seen || raw === null && lastRaw !== null;
      if (!gone) return false;
      const had = hasContent(state.answers);
      const now = answersIn(raw) || {};
      const record = raw === null ? null : usableRecord(raw);
      seen = mark;
      lastRaw = raw;
      base = now;
      state.saved_at = record ? savedTime(record) : null;
      put2("recovery", null);
      put2("migrated_from", null);
      state.response_id = record && typeof record.response === "string" ? record.response : "";
      if (state.storage.reason === "held") put2("storage", { ok: true });
      state.answers = now;
      emit("answers");
      adoptMeasurements(s);
      if (had) put2("deleted", { at: Date.now(), dropped });
      return true;
    }
    function refresh() {
      if (!storage) return;
      try {
        if (adoptDeletion(storage, false)) return;
        mergeStoredMeasurements(storage);
        const raw = storage.getItem(key);
        if (raw === null || raw === lastRaw) return;
        const other = answersIn(raw);
        if (!other) return;
        state.answers = mergeAnswers(base, other, state.answers);
        base = other;
        lastRaw = raw;
        emit("answers");
      } catch {
      }
    }
    const model = {
      get: (name) => state[name],
      set: put2,
      save_changes() {
        state.measurements_failed = storage ? null : "unavailable";
        if (!storage) return;
        try {
          if (adoptDeletion(storage, true)) return;
        } catch {
        }
        const measFailed = saveMeasurements(storage);
        state.measurements_failed = measFailed;
        if (state.recovery && !state.recovery.released) {
          if (state.storage.reason !== "held") put2("storage", { ok: false, reason: "held" });
          return;
        }
        try {
          const raw = storage.getItem(key);
          const other = raw === lastRaw ? null : answersIn(raw);
          const merged = other ? mergeAnswers(base, other, state.answers) : state.answers;
          const text2 = serializeRecord(def, merged, state.response_id);
          storage.setItem(key, text2);
          lastRaw = text2;
          base = merged;
          if (merged !== state.answers && JSON.stringify(merged) !== JSON.stringify(state.answers)) {
            state.answers = merged;
            emit("answers");
          }
          if (measFailed) {
            if (state.storage.reason !== measFailed) put2("storage", { ok: false, reason: measFailed });
          } else if (!state.storage.ok) put2("storage", { ok: true });
        } catch (e) {
          const quota = e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);
          state.storage = { ok: false, reason: quota ? "quota" : "unavailable" };
          emit("storage");
        }
      },
      forget(keys = true) {
        if (storage) {
          try {
            if (keys) forgetInstrument(storage, def, { keepMeasurements: true });
            seen = deletionMark(storage, def);
          } catch {
          }
        }
        lastRaw = null;
        base = {};
        state.response_id = "";
        state.saved_at = null;
        put2("recovery", null);
        put2("migrated_from", null);
        if (storage && state.storage.reason === "held") put2("storage", { ok: true });
        state.answers = {};
        emit("answers");
        if (!keys) {
          measBase = [];
          measRaw = null;
          measHeld = false;
          put2("measurements_recovery", null);
          state.measurements = [];
          emit("measurements");
        }
      },
      refresh,
      on(event, cb) {
        const set = listeners.get(event) || /* @__PURE__ */ new Set();
        listeners.set(event, set);
        set.add(cb);
      },
      off(event, cb) {
        if (!cb) listeners.delete(event);
        else listeners.get(event)?.delete(cb);
      }
    };
    return model;
  }
  if (typeof window !== "undefined") {
    window.addEventListener("storage", (e) => {
      if (e.key !== null && !e.key.startsWith(`${BOOK}:`)) return;
      for (const model of models.values()) model.refresh();
    });
    window.addEventListener("pageshow", (e) => {
      if (e.persisted) for (const model of models.values()) model.refresh();
    });
  }
  var STORE = {
    available: () => getStorage() !== null,
    /** @param {Definition} def @returns {Record<string, any>|null} */
    read(def) {
      const storage = getStorage();
      if (!storage) return null;
      try {
        return usableRecord(storage.getItem(storageKey(def)));
      } catch {
        return null;
      }
    },
    /**
     * An instrument's usable stored measurements (oldest first); none when there are none or storage is blocked.
     * @param {Definition} def @returns {Record<string, any>[]}
     */
    readMeasurements(def) {
      const storage = getStorage();
      if (!storage) return [];
      try {
        return measurementsIn(storage.getItem(measurementsKey(def)))?.list || [];
      } catch {
        return [];
      }
    },
    /**
     * Write several instruments' answers (and, for an entry that has them, its measurements: the
     * whole list to keep) as one step: if storage fills up part way, everything written is put back
     * as it was and the error is passed on.
     * @param {{def: Definition, answers: any, response: string, measurements?: Record<string, any>[]}[]} entries
     */
    writeAll(entries) {
      const storage = getStorage();
      if (!storage) throw new Error("storage unavailable");
      const keys = entries.flatMap((e) => [storageKey(e.def), ...e.measurements ? [measurementsKey(e.def)] : []]);
      const before = keys.map((k) => (
        /** @type {[string, string|null]} */
        [k, storage.getItem(k)]
      ));
      try {
        for (const e of entries) {
          storage.setItem(storageKey(e.def), serializeRecord(e.def, e.answers, e.response));
          if (e.measurements?.length)
            storage.setItem(measurementsKey(e.def), serializeMeasurements(e.def, e.measurements));
        }
      } catch (err) {
        for (const [k, v] of before) {
          try {
            if (v === null) storage.removeItem(k);
            else storage.setItem(k, v);
          } catch {
          }
        }
        throw err;
      }
      for (const e of entries) {
        showIn(e.def, e.answers, e.response);
        if (e.measurements?.length) models.get(storageKey(e.def))?.set("measurements", e.measurements);
      }
    },
    /** @param {Definition} def @param {any} answers @param {string} response */
    write(def, answers, response) {
      const storage = getStorage();
      if (!storage) throw new Error("storage unavailable");
      storage.setItem(storageKey(def), serializeRecord(def, answers, response));
      showIn(def, answers, response);
    },
    /**
     * Delete every key this book has in this browser (answers, backups, older versions) and
     * clear every instrument on this page. Returns how many keys held something.
     */
    clear() {
      const storage = getStorage();
      let count2 = 0;
      if (storage) {
        try {
          count2 = forgetAll(storage).length;
        } catch {
        }
      }
      for (const model of models.values()) model.forget(false);
      return count2;
    }
  };
  function showIn(def, answers, response) {
    const model = models.get(storageKey(def));
    if (model) {
      model.set("response_id", response);
      model.set("answers", answers);
    }
  }

  // js/host/mount.js
  function mountAll() {
    for (const holder of Array.from(document.querySelectorAll(".mvh-widget:not(.mvh-ready)"))) {
      const script = holder.querySelector("script.mvh-definition");
      if (!script) continue;
      let def;
      try {
        def = JSON.parse(script.textContent || "");
      } catch {
        continue;
      }
      const mount = document.createElement("div");
      mount.className = "mvh-mount";
      holder.append(mount);
      performance.mark(`mvh-mount-start:${def.id}`);
      if (def.role) {
        renderView({ el: mount, index: def, store: STORE });
        holder.classList.add("mvh-ready");
        continue;
      }
      render({ model: modelFor(def), el: mount });
      performance.mark(`mvh-mount-end:${def.id}`);
      performance.measure(`mvh-mount:${def.id}`, `mvh-mount-start:${def.id}`, `mvh-mount-end:${def.id}`);
      holder.classList.add("mvh-ready");
    }
  }
  function start() {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
    else mountAll();
  }

  // js/book.js
  var exportCsv = (def, answers) => toCsv(answerTable(def, answers));
  var book_default = { render };
  start();
  return __toCommonJS(book_exports);
})();
