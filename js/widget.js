// @ts-check
/**
 * Entry point for Jupyter (built to widgets/static/built/widget.js, anywidget's _esm):
 * the instrument UI in anywidget's shape. The book-only views and host are left out.
 */
import { render } from "./ui/frame.js";

export default { render };
