// @ts-check
/**
 * The instrument definitions, one typedef per kind (the YAML files under
 * widgets/instruments, validated by widgets/schemas/<kind>.schema.json).
 * This file holds types only.
 */

/**
 * @typedef {{id: string, version: number, title: string, intro?: string, source?: string}} Common
 */

/** @typedef {{id: string, label: string, description?: string, ranked?: boolean}} ScaleValue */
/** @typedef {{id: string, text: string}} RatingItem */
/** @typedef {{id: string, title: string, intention?: string, items: RatingItem[]}} Theme */
/** @typedef {{id: string, title: string, intro?: string, themes: Theme[]}} Part */
/**
 * @typedef {Common & {kind: "rating", scale: ScaleValue[], parts: Part[],
 *   plan?: {max_themes: number, intro?: string}}} RatingDef
 */

/** @typedef {Common & {kind: "reflection", prompts: {id: string, text: string}[]}} ReflectionDef */

/** @typedef {{id: string, text: string, reverse?: boolean}} LikertItem */
/** @typedef {{max: number, label?: string, text: string}} Band */
/**
 * @typedef {{id: string, title: string, description?: string, chapter?: string,
 *   items: LikertItem[], bands: Band[]}} Dimension
 */
/**
 * @typedef {Common & {kind: "likert", scale: {min: number, max: number, labels: string[]},
 *   dimensions: Dimension[]}} LikertDef
 */

/** @typedef {{id: string, text: string, correct?: boolean, feedback?: string}} QuizOption */
/** @typedef {{id: string, text: string, category: string, explanation: string}} Statement */
/**
 * @typedef {{id: string, text: string, explanation?: string} & (
 *   {type: "single", options: QuizOption[]}
 *   | {type: "classify", categories: {id: string, label: string}[], statements: Statement[]})} Question
 */
/** @typedef {Common & {kind: "quiz", questions: Question[]}} QuizDef */

/** @typedef {{text: string, next: string}} Choice */
/**
 * @typedef {{id: string, title?: string, text: string, choices?: Choice[],
 *   ending?: "god" | "blandet" | "svak", chapter?: string}} ScenarioNode
 */
/** @typedef {Common & {kind: "scenario", start: string, nodes: ScenarioNode[]}} ScenarioDef */

/** @typedef {{id: string, label: string, help?: string, type: "text" | "longtext" | "date"}} TextField */
/** @typedef {{id: string, label: string, help?: string, type: "choice", options: string[]}} ChoiceField */
/** @typedef {{id: string, label: string, help?: string, type: "checklist", options: string[]}} ChecklistField */
/**
 * @typedef {{id: string, label: string, help?: string, type: "matrix", rows: string[], options: string[]}} MatrixField
 */
/** @typedef {TextField | ChoiceField | ChecklistField | MatrixField} Field */
/** @typedef {{title: string, intro?: string, fields: Field[]}} Section */
/** @typedef {Common & {kind: "template", sections: Section[]}} TemplateDef */

/**
 * @typedef {Common & {kind: "evaluation", scale: {min: number, max: number, labels: string[]},
 *   statements: {id: string, text: string}[], questions: {id: string, text: string}[]}} EvaluationDef
 */

/**
 * @typedef {RatingDef | ReflectionDef | LikertDef | QuizDef | ScenarioDef | TemplateDef | EvaluationDef} Definition
 */

/** Answers come from storage and files: anything may be in them. */
/** @typedef {Record<string, any>} Answers */

/**
 * The model a widget talks to: anywidget's in Jupyter, static-host.js's in the book.
 * @typedef {{get(name: string): any, set(name: string, value: any): void, save_changes(): void,
 *   on(event: string, cb: Function): void, off(event: string, cb?: Function): void}} Model
 */

/** @typedef {{inBook: boolean}} Host */

/**
 * A kind's view: its DOM, and a function that shows the current answers in it.
 * @typedef {{root: HTMLElement, apply: () => void}} Body
 */

/**
 * What every kind module exports.
 * @template {Definition} D
 * @typedef {{
 *   summarize: (def: D, answers: Answers) => any,
 *   tableRows: (def: D, answers: Answers) => unknown[][],
 *   progress: (def: D, answers: Answers) => string,
 *   View: (def: D, getAnswers: () => Answers, setAnswers: (next: Answers) => void, host: Host) => Body,
 * }} Kind
 */

export {};
