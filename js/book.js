// @ts-check
/**
 * Entry point for the static book's pages with an exercise (built to widgets/static/built/mvh-widgets.js as
 * a classic script, because browsers refuse module scripts from file://). It mounts every exercise on the
 * page; the global `MVHWidget` holds the pure functions for tests and the console (book-api.js). Pages with
 * whole-book views load book-views.js instead, and a page holds one or the other (widgets/sphinx_ext.py).
 */
import { start } from "./host/mount.js";
import { mountExercise } from "./host/mount-exercise.js";
import { render } from "./ui/frame.js";

export * from "./book-api.js";
export default { render };

start({ exercise: mountExercise });
