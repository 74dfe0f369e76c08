// @ts-check
// Glossary terms and citations that explain themselves in place: a popover with the definition (or
// the reference) on hover, keyboard focus and tap. The text is in the page already: the build puts
// each linked term's definition in a hidden element the link names in aria-describedby (see
// widgets/glossary_popovers.py), and a citation's reference is in its `title`. Screen readers get
// the same text as the link's description. WCAG 1.4.13: Escape closes the popover, the pointer may
// move onto it, and it stays until the pointer or focus leaves or the reader closes it.
// The links still lead to Ordliste and Referanser; on a touch screen the first tap shows the
// popover (with a link there) and a second tap on the same link follows it.
(() => {
  const OPEN_DELAY = 150; // ms a mouse rests on a link before it opens: passing over text stays calm
  const CLOSE_DELAY = 300; // ms to cross from the link to the popover
  const GAP = 6;

  /** @type {HTMLElement | null} */
  let pop = null;
  /** @type {HTMLAnchorElement | null} */
  let current = null;
  let openTimer = 0;
  let closeTimer = 0;
  /** The link a finger last touched: its click opens the popover instead of leaving the page. */
  /** @type {Element | null} */
  let touched = null;

  /**
   * The popover's text for a link, or null when it has none.
   * @param {HTMLAnchorElement} link
   * @returns {{term: string, text: string, more: string} | null}
   */
  const contentOf = (link) => {
    const id = (link.getAttribute("aria-describedby") || "").split(/\s+/)[0];
    const source = id ? document.getElementById(id) : null;
    if (!source) return null;
    if (link.hasAttribute("data-mvh-term")) {
      return { term: source.dataset.term || "", text: source.textContent || "", more: "Les mer i Ordliste" };
    }
    return { term: "", text: source.textContent || "", more: "Se kilden i Referanser" };
  };

  /** Citations: move the `title` preview into a described-by element, so focus and touch get it too. */
  const describeCitations = () => {
    const links = document.querySelectorAll(".bibtex-citation a.reference.internal[title]");
    if (!links.length) return;
    const holder = document.createElement("div");
    holder.className = "mvh-cite-defs";
    holder.hidden = true;
    /** @type {Map<string, string>} */
    const ids = new Map();
    links.forEach((link) => {
      const text = link.getAttribute("title") || "";
      let id = ids.get(text);
      if (!id) {
        id = `mvh-cite-${ids.size + 1}`;
        ids.set(text, id);
        const item = holder.appendChild(document.createElement("span"));
        item.id = id;
        item.textContent = text;
      }
      link.setAttribute("aria-describedby", id);
      link.setAttribute("data-mvh-cite", "");
      // The browser's own tooltip would show the same text a second time, over the popover.
      link.removeAttribute("title");
    });
    document.body.appendChild(holder);
  };

  const build = () => {
    const el = document.createElement("div");
    el.className = "mvh-pop";
    el.id = "mvh-pop";
    el.hidden = true;
    // The link's description already carries this text for screen readers; the popover is for the eye.
    el.setAttribute("role", "tooltip");
    el.addEventListener("pointerenter", () => window.clearTimeout(closeTimer));
    el.addEventListener("pointerleave", (event) => {
      if (event.pointerType !== "touch") scheduleClose();
    });
    document.body.appendChild(el);
    return el;
  };

  /** @param {HTMLAnchorElement} link */
  const place = (link) => {
    if (!pop) return;
    const rect = link.getClientRects()[0] || link.getBoundingClientRect();
    const parent = /** @type {HTMLElement | null} */ (pop.offsetParent);
    const base = parent ? parent.getBoundingClientRect() : { left: -window.scrollX, top: -window.scrollY };
    const width = pop.offsetWidth;
    const height = pop.offsetHeight;
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(8, Math.min(rect.left, viewport - width - 8));
    const below = rect.bottom + GAP + height <= window.innerHeight || rect.top - GAP - height < 0;
    const top = below ? rect.bottom + GAP : rect.top - GAP - height;
    pop.classList.toggle("mvh-pop-above", !below);
    // Set through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
    pop.style.left = `${left - base.left}px`;
    pop.style.top = `${top - base.top}px`;
  };

  /** @param {HTMLAnchorElement} link */
  const open = (link) => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    const content = contentOf(link);
    if (!content) return;
    if (!pop) pop = build();
    pop.replaceChildren();
    if (content.term) pop.appendChild(document.createElement("p")).className = "mvh-pop-term";
    const term = pop.querySelector(".mvh-pop-term");
    if (term) term.textContent = content.term;
    const text = pop.appendChild(document.createElement("p"));
    text.className = "mvh-pop-text";
    text.textContent = content.text;
    const more = pop.appendChild(document.createElement("a"));
    more.className = "mvh-pop-more";
    more.href = link.href;
    more.textContent = content.more;
    // Not a second tab stop after every term: the term itself is the link there.
    more.tabIndex = -1;
    current = link;
    pop.hidden = false;
    place(link);
  };

  const close = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    if (pop) pop.hidden = true;
    current = null;
    touched = null;
  };

  const scheduleClose = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, CLOSE_DELAY);
  };

  /** @param {EventTarget | null} target */
  const linkFrom = (target) =>
    target instanceof Element
      ? /** @type {HTMLAnchorElement | null} */ (target.closest("a[data-mvh-term], a[data-mvh-cite]"))
      : null;

  const start = () => {
    describeCitations();

    document.addEventListener("pointerover", (event) => {
      const link = linkFrom(event.target);
      if (!link || event.pointerType === "touch") return;
      window.clearTimeout(closeTimer);
      if (link === current) return;
      window.clearTimeout(openTimer);
      openTimer = window.setTimeout(() => open(link), OPEN_DELAY);
    });
    document.addEventListener("pointerout", (event) => {
      const link = linkFrom(event.target);
      if (!link || event.pointerType === "touch") return;
      if (link.contains(/** @type {Node | null} */ (event.relatedTarget))) return;
      window.clearTimeout(openTimer);
      if (link === current && document.activeElement !== link) scheduleClose();
    });
    document.addEventListener("focusin", (event) => {
      const link = linkFrom(event.target);
      // A tap focuses the link before its click: the click decides (see below).
      if (link && link !== touched) open(link);
      else if (!link && current && !pop?.contains(/** @type {Node} */ (event.target))) close();
    });
    document.addEventListener("focusout", (event) => {
      const link = linkFrom(event.target);
      if (link && link === current && !touched) scheduleClose();
    });
    document.addEventListener("pointerdown", (event) => {
      const link = linkFrom(event.target);
      if (event.pointerType === "touch") touched = link;
      // A tap or click elsewhere closes it; on the popover itself it stays.
      if (!link && current && !pop?.contains(/** @type {Node} */ (event.target))) close();
    });
    document.addEventListener("click", (event) => {
      const link = linkFrom(event.target);
      if (!link || touched !== link) return;
      // First tap: show the definition. A second tap on the same link follows it.
      if (current !== link || pop?.hidden) {
        event.preventDefault();
        open(link);
        touched = link;
      } else {
        touched = null;
      }
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && current) {
        close();
      }
    });
    window.addEventListener("resize", () => {
      if (current) place(current);
    });
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
