"""Figures on a phone: every figure opens full size (owner: phone layout).

A diagram drawn 800 px wide is shown some 340 px wide on a phone, its labels about 5 px high. So each
figure's image becomes a link to the image file itself: a tap opens it alone, where the reader can zoom
(and a desktop reader can open it in a new tab). Sphinx links scaled images the same way
(``html_scaled_image_link``), but only those with a width or scale set, and setting one would write an
inline ``style=`` the book's Content-Security-Policy forbids.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from docutils import nodes
from sphinx.util.osutil import relative_uri

# Files that, when changed, rebuild every page (see sphinx_ext._assets_version).
SOURCES: tuple[Path, ...] = (Path(__file__),)

LINK_CLASS = "mvh-figure-link"
LINK_TITLE = "Åpne figuren i full størrelse"


def _image_href(app, docname: str, uri: str) -> str | None:
    """Where the builder copies `uri` (in _images/), relative to the page; None if it is not copied."""
    if "://" in uri or uri.startswith("data:"):
        return uri
    entry = app.env.images.get(uri)
    if entry is None:
        return None
    images_dir = relative_uri(app.builder.get_target_uri(docname), app.builder.imagedir)
    return posixpath.join(images_dir, entry[1])


def link_figures(app, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html":
        return
    for figure in doctree.findall(nodes.figure):
        for image in list(figure.findall(nodes.image)):
            if isinstance(image.parent, nodes.reference):
                continue  # already a link (a figure with :target:)
            href = _image_href(app, docname, image["uri"])
            if href is None:
                continue
            link = nodes.reference("", "", refuri=href, internal=True, reftitle=LINK_TITLE, classes=[LINK_CLASS])
            image.replace_self(link)
            link.append(image)


def setup(app) -> None:
    app.connect("doctree-resolved", link_figures)
