// @ts-check
/** Mount one exercise on a book page: its stored model (static-host.js) and the UI, timed for `make bench`. */
import { render } from "../ui/frame.js";
import { modelFor } from "./static-host.js";

/** @param {Element} holder @param {HTMLElement} mount @param {import("../core/types.js").Definition} def */
export function mountExercise(holder, mount, def) {
  performance.mark(`mvh-mount-start:${def.id}`);
  render({ model: modelFor(def), el: mount });
  performance.mark(`mvh-mount-end:${def.id}`);
  performance.measure(`mvh-mount:${def.id}`, `mvh-mount-start:${def.id}`, `mvh-mount-end:${def.id}`);
  holder.classList.add("mvh-ready");
}
