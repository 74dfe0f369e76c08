"""Sphinx extension: the widgets' assets and build-time checks.

- Validates every instrument when the build starts, so bad data fails the
  build with the file, item and field in the message.
- Registers the shared JS/CSS once, for HTML builds only (builder-inited): the
  widgets' bundles in the build's language, one for pages with exercises and one
  for pages with whole-book views (a page holds one or the other, bundle_for).
- Drops the ipywidgets state/CDN scripts myst-nb would add to pages whose
  notebooks created widgets: our pages are kernel-free and offline.
- Adds the Content-Security-Policy, with a hash for each page's own inline
  code once the pages are written (csp.py).
- Gives bibliography entries a list-item role, so the list is accessible.
- Writes every instrument's definition, in the build's language, once into
  ``_static/mvh-instruments.js`` for the whole-book views, which name them by id
  (js/host/instruments.js); a page with an exercise carries that one inline.
- Renders every widget's HTML from the current YAML when a page is written.
  Executed cells are cached by their code, not by the instrument files, so
  the cell output only marks where a widget goes; the definition inline in
  the page is always the one on disk. Pages whose instruments changed are
  rebuilt, and the whole-book pages (workbook, team view) learn here which
  pages hold which instruments.
- The download links (offline zip, course PDF) are downloads.py's.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path

from docutils import nodes

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging

from . import __version__
from . import assets, csp, page_diet, static_html
from . import bibstyle, downloads, figures, footer, glossary_popovers, nynorsk, page_toc, search_excerpts
from .definitions import INSTRUMENT_DIR, InstrumentError, instrument_ids, load, load_all
from .kinds import kind_of

logger = logging.getLogger(__name__)

# Reader-facing features, one module each, each with its own setup(app) (and SOURCES: the files that,
# when changed, rebuild every page).
FEATURES = (figures, page_toc, search_excerpts, glossary_popovers, bibstyle, downloads, footer, nynorsk)

# Defence in depth for privacy: no page may open a connection or load code or
# styles from anywhere but the book, and no inline code runs but the page's own
# (see csp.py: the base policy goes in here, each page's hashes after the build).
CSP = csp.policy()
SEARCH_JS = "mvh-search.js"
BOOK_CSS = "mvh-book.css"
JS_NAME = "mvh-widgets.js"
VIEWS_JS = "mvh-views.js"
CSS_NAME = "mvh-widgets.css"
INSTRUMENTS_JS = "mvh-instruments.js"
STATIC_DIR = Path(__file__).resolve().parent / "static"
# Built from js/ by `make js` and committed (tests/test_bundle_fresh.py), so the build needs no Node. One
# for pages with exercises and one for pages with whole-book views, each in every language (a page speaks
# one, and the other's catalogue is 37 KB a phone need not load) (issue 16).
BOOK_JS = {
    (name, lang): STATIC_DIR / "built" / name.replace(".js", suffix)
    for name in (JS_NAME, VIEWS_JS)
    for lang, suffix in (("nb", ".js"), ("nn", ".nn.js"))
}
EXERCISE = 'class="mvh-widget" data-mvh-id='
VIEW_ROLE = re.compile(r'class="mvh-widget" data-mvh-role="([a-z]+)"')
SEARCH_NAV_JS = STATIC_DIR / "search-nav.js"


def _validate_instruments(app: Sphinx, config) -> None:
    try:
        load_all()
    except InstrumentError as exc:
        raise ExtensionError(f"invalid instrument: {exc}") from exc


def _register_assets(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    static_dir = assets.static_out(app)
    lang = "nn" if nynorsk.is_nynorsk(app.config.language) else "nb"
    for name in (JS_NAME, VIEWS_JS):
        (static_dir / name).write_text(BOOK_JS[name, lang].read_text(encoding="utf-8"), encoding="utf-8")
    instruments = instruments_script()
    (static_dir / INSTRUMENTS_JS).write_text(instruments, encoding="utf-8")
    app.mvh_instruments_version = hashlib.sha256(instruments.encode("utf-8")).hexdigest()[:8]
    (static_dir / CSS_NAME).write_text(assets.widget_css(), encoding="utf-8")
    (static_dir / SEARCH_JS).write_text(SEARCH_NAV_JS.read_text(encoding="utf-8"), encoding="utf-8")
    (static_dir / BOOK_CSS).write_text(assets.book_css(), encoding="utf-8")
    app.config.html_static_path.append(str(static_dir))
    # On every page: search without a form submit, and the icon styles.
    app.add_js_file(SEARCH_JS)
    app.add_css_file(BOOK_CSS)


def instruments_script() -> str:
    """Every instrument's definition, by id, in the language ``load`` uses: the script that sets
    ``MVHInstruments`` for the whole-book views (js/host/instruments.js)."""
    definitions = {i: load(i) for i in instrument_ids()}
    return (
        "/* The book's exercises, for its whole-book views (written by widgets/sphinx_ext.py). */\n"
        f"globalThis.MVHInstruments={static_html.inline_json(definitions)};\n"
    )


def _instruments_src(app: Sphinx, docname: str) -> str:
    """The link from a page to the definitions' script, with its version (a changed book is fetched anew)."""
    path = posixpath.relpath(f"_static/{INSTRUMENTS_JS}", posixpath.dirname(docname) or ".")
    return f"{path}?v={getattr(app, 'mvh_instruments_version', '')}"


def bundle_for(body: str) -> str | None:
    """The widgets' bundle a page loads: the exercises' where it has an exercise, the views' where it has a
    whole-book view, none without a widget. Each bundle carries only its own code (issue 16), so a page
    holding both is refused: a view goes on a page of its own."""
    exercise, view = EXERCISE in body, VIEW_ROLE.search(body) is not None
    if exercise and view:
        raise ValueError("holds both an exercise and a whole-book view: put the view on a page of its own")
    return JS_NAME if exercise else VIEWS_JS if view else None


def _widget_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    # The widgets' JS and CSS only on pages that have a widget, and the definitions' script before the
    # views' bundle (both deferred, so it runs first) where a view needs them as the page opens.
    body = context.get("body", "")
    try:
        bundle = bundle_for(body)
    except ValueError as exc:
        raise ExtensionError(f"{pagename}: {exc}") from exc
    if bundle is None:
        return
    # Every view but the landing page's progress line, which loads them once there are answers.
    if set(VIEW_ROLE.findall(body)) - {"progress"}:
        app.add_js_file(INSTRUMENTS_JS, defer="defer")
    app.add_js_file(bundle)
    app.add_css_file(CSS_NAME)


def _page_diet(app: Sphinx, exception) -> None:
    if exception is None and app.builder.format == "html":
        page_diet.rewrite_site(Path(app.outdir))
        # Last, so the hashes are of the inline code the pages finally carry.
        csp.rewrite_site(Path(app.outdir))


def _drop_ipywidgets_scripts(app: Sphinx, doctree) -> None:
    # Executing a cell that shows an anywidget stores ipywidgets state in the
    # notebook; myst-nb then adds that state plus require.js/html-manager from
    # a CDN. The static book mounts the widget itself, so neither is wanted.
    metadata = getattr(app.env, "nb_metadata", {}).get(app.env.docname, {})
    js_files = metadata.get("js_files", {})
    for key in [k for k in js_files if k.startswith("ipywidgets")]:
        del js_files[key]


def _add_csp(app: Sphinx, pagename, templatename, context, doctree) -> None:
    # First in <head> (metatags comes right after the charset), so it covers everything after it.
    # Until _page_diet adds the page's hashes it allows no inline code at all.
    context["metatags"] = csp.meta(CSP) + "\n" + context.get("metatags", "")


def _fix_citation_roles(app: Sphinx, pagename, templatename, context, doctree) -> None:
    # docutils writes the bibliography as role="list" holding role="doc-biblioentry"
    # items; a list must hold listitems, or screen readers (and axe) see a broken list.
    body = context.get("body")
    if body and 'class="citation-list"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


def _assets_version() -> int:
    # Sphinx writes nothing when no page is outdated, so an edit to the widget's
    # JS or CSS alone would never reach _build. Tying env_version to the assets'
    # content makes such an edit rebuild the pages, and so copy the new files.
    files = [*BOOK_JS.values(), SEARCH_NAV_JS, *assets.sources(), *page_diet.SOURCES]
    files += [f for m in FEATURES for f in getattr(m, "SOURCES", ())]
    parts = [CSP] + [f.read_text(encoding="utf-8") for f in files]
    digest = hashlib.sha256("".join(parts).encode()).digest()
    return int.from_bytes(digest[:4], "big")


MARKER = re.compile(
    r'<div class="mvh-widget" data-mvh-(id|role)="([a-z0-9-]+)"(?: data-mvh-instruments="([a-z0-9 -]*)")?'
)


def _instrument_hashes(app: Sphinx) -> dict[str, str]:
    """Content hash of every instrument file, read once per build."""
    if not hasattr(app, "_mvh_hashes"):
        app._mvh_hashes = {
            p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(INSTRUMENT_DIR.glob("*.yaml"))
        }
    return app._mvh_hashes


def _widget_nodes(doctree):
    for node in doctree.findall(nodes.raw):
        if "html" in node.get("format", "").split() and 'class="mvh-widget"' in node.astext():
            yield node


def _note_usage(app: Sphinx, doctree) -> None:
    """Remember which instruments (and whole-book views) each page holds."""
    env = app.env
    usage = {"ids": set(), "roles": set()}
    for node in _widget_nodes(doctree):
        for kind, value, _ in MARKER.findall(node.astext()):
            usage["ids" if kind == "id" else "roles"].add(value)
    if usage["ids"] or usage["roles"]:
        env.mvh_usage = getattr(env, "mvh_usage", {})
        env.mvh_usage[env.docname] = usage
        hashes = _instrument_hashes(app)
        env.mvh_hashes = {**getattr(env, "mvh_hashes", {}), **{i: hashes.get(i) for i in usage["ids"]}}


def _purge(app: Sphinx, env, docname: str) -> None:
    getattr(env, "mvh_usage", {}).pop(docname, None)


def _merge(app: Sphinx, env, docnames, other) -> None:
    env.mvh_usage = getattr(env, "mvh_usage", {})
    for docname in docnames:
        if docname in getattr(other, "mvh_usage", {}):
            env.mvh_usage[docname] = other.mvh_usage[docname]
    env.mvh_hashes = {**getattr(env, "mvh_hashes", {}), **getattr(other, "mvh_hashes", {})}


def _outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    """Pages to rebuild although their source is unchanged."""
    usage = getattr(env, "mvh_usage", {})
    hashes, seen = _instrument_hashes(app), getattr(env, "mvh_hashes", {})
    stale = {i for i in seen if seen[i] != hashes.get(i)}
    # Whole-book views list every page's instruments, so they are always rebuilt.
    return sorted(d for d, u in usage.items() if u["ids"] & stale or u["roles"])


def _book_order(app: Sphinx) -> list[str]:
    """Every page in the order the table of contents gives them (the reader's order)."""
    env, order = app.env, []

    def walk(doc: str) -> None:
        if doc in order:
            return
        order.append(doc)
        for child in env.toctree_includes.get(doc, []):
            walk(child)

    walk(app.config.root_doc)
    return order + sorted(set(getattr(env, "mvh_usage", {})) - set(order))


def _widget_sections(app: Sphinx, docname: str) -> list[tuple[str, str, str]]:
    """(instrument id, section id, section title) for every widget on a page, in page order: the
    section a widget sits in is where a link to that exercise should land."""
    out = []
    for node in _widget_nodes(app.env.get_doctree(docname)):
        section = node.parent
        while section is not None and not isinstance(section, nodes.section):
            section = section.parent
        ids = section["ids"] if section is not None else []
        title = section.next_node(nodes.title) if section is not None else None
        for kind, value, _ in MARKER.findall(node.astext()):
            if kind == "id":
                out.append((value, ids[0] if ids else "", title.astext() if title is not None else ""))
    return out


def _parts(app: Sphinx) -> dict[str, str]:
    """Page -> the caption of the part of the book it is in (``_toc.yml``; the root page is in none)."""
    from .course_pdf import read_toc

    toc = Path(app.srcdir) / "_toc.yml"
    if not toc.is_file():
        return {}
    return {ch.docname: p.caption for p in read_toc(toc) if p.caption for ch in p.chapters}


def _page_index(app: Sphinx, docname: str, sections: bool = False) -> dict[str, list[dict]]:
    """For each instrument id, the pages that hold it, as links from `docname`.

    With ``sections`` (the toolbox, the overview), pages come in book order and each link also carries
    ``anchor`` (the link to the section the exercise sits in), ``section`` (that section's title) and
    ``part`` (the caption of the part of the book the page is in, "" for none); the instruments are then
    listed in the order a reader meets them.
    """
    pages: dict[str, list[dict]] = {}
    env = app.env
    parts = _parts(app) if sections else {}
    usage = getattr(env, "mvh_usage", {})
    others = _book_order(app) if sections else sorted(usage, key=lambda d: env.all_docs.get(d, 0))
    for other in others:
        if other not in usage:
            continue
        title = env.titles[other].astext() if other in env.titles else other
        href = app.builder.get_relative_uri(docname, other)
        if not sections:
            for i in sorted(usage[other]["ids"]):
                pages.setdefault(i, []).append({"title": title, "href": href})
            continue
        for i, section_id, section_title in _widget_sections(app, other):
            if any(p["href"] == href for p in pages.get(i, [])):
                continue
            top = section_title == title or not section_id
            anchor = href if top else f"{href}#{section_id}"
            pages.setdefault(i, []).append(
                {
                    "title": title,
                    "href": href,
                    "anchor": anchor,
                    "section": "" if top else section_title,
                    "part": parts.get(other, ""),
                }
            )
    return pages


def _render_widgets(app: Sphinx, doctree, docname: str) -> None:
    if app.builder.format != "html":
        return
    for node in list(_widget_nodes(doctree)):
        match = MARKER.search(node.astext())
        if not match:
            continue
        kind, value, listed = match.groups()
        if kind == "id":
            html = static_html.render(load(value))
        elif value in ("toolbox", "overview", "progress"):
            # Every instrument in widgets/instruments, the ones a reader meets first first; one that no
            # page holds comes last, and the view says so rather than leaving it out. The overview and
            # the progress line (views/overview.js) count them by the same index; the progress line
            # links to the page that holds the overview.
            pages = _page_index(app, docname, sections=True)
            ids = list(pages) + [i for i in instrument_ids() if i not in pages]
            holders = sorted(d for d, u in getattr(app.env, "mvh_usage", {}).items() if "overview" in u["roles"])
            workbook = app.builder.get_relative_uri(docname, holders[0]) if value == "progress" and holders else ""
            parts = list(dict.fromkeys(_parts(app).values()))
            html = static_html.render_view(
                value,
                [load(i) for i in ids],
                pages,
                workbook=workbook,
                parts=parts,
                source=_instruments_src(app, docname),
            )
        else:
            pages = _page_index(app, docname)
            default = static_html.TEAM_INSTRUMENTS if value == "team" else sorted(pages)
            ids = listed.split() if listed else list(default)
            html = static_html.render_view(value, [load(i) for i in ids], pages, source=_instruments_src(app, docname))
        node.replace_self(nodes.raw("", html, format="html"))


def _check_chapter_links(app: Sphinx, env) -> None:
    # A feedback link to a chapter that is not in the book would be a dead link.
    for definition in load_all().values():
        for item, chapter in kind_of(definition).chapters(definition):
            if f"book/{chapter}" not in env.found_docs:
                logger.warning(
                    f"{definition['id']}.yaml: item '{item}', field 'chapter': '{chapter}' is not a chapter in book/",
                    type="mvh",
                    subtype="chapter",
                )


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", _validate_instruments)
    app.connect("builder-inited", _register_assets)
    app.connect("doctree-read", _drop_ipywidgets_scripts)
    app.connect("html-page-context", _fix_citation_roles)
    app.connect("html-page-context", _add_csp)
    app.connect("html-page-context", _widget_assets)
    app.connect("build-finished", _page_diet)
    app.connect("doctree-read", _note_usage)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _outdated)
    app.connect("doctree-resolved", _render_widgets)
    app.connect("env-check-consistency", _check_chapter_links)
    for feature in FEATURES:
        feature.setup(app)
    return {
        "version": __version__,
        "env_version": _assets_version(),
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
