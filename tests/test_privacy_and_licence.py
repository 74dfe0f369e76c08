"""Privacy and licence, as a reader and a reuser find them (issue 15, parts 3 and 4).

- Every page's footer names both licences, with links, and links to the privacy page, by a link that
  resolves from that page (pages sit in book/ and at the root: search.html, genindex.html).
- The repository's LICENSE names MIT and CC BY 4.0 (with the legal code's address) and says the cited
  material is not relicensed; README and the landing page say so too.

Each check is a function that returns what is wrong; a planted-error test shows once that it catches it.
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.util.osutil import relative_uri

from tests.browser.pages import book_pages
from tests.test_integrity import PageParser, check_ref
from widgets import footer

ROOT = Path(__file__).resolve().parent.parent
PRIVACY_PAGE = "book/personvern.html"
STATEMENT_PAGE = "book/tilgjengelighet.html"
FOOTER_PAGES = {"privacy": PRIVACY_PAGE, "accessibility statement": STATEMENT_PAGE}
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
FOOTER = re.compile(r'<footer class="bd-footer-content.*?</footer>', re.S)


def footer_problems(html_dir: Path, path: str, page: str) -> list[str]:
    """What a reader of `path` would miss in its footer: a licence not named, or no working link to the privacy
    page or the accessibility statement."""
    found = FOOTER.search(page)
    if not found:
        return [f"{path}: no footer"]
    text = " ".join(re.sub(r"<[^>]+>", " ", found.group(0)).split())
    parser = PageParser()
    parser.feed(found.group(0))
    links = [v for tag, attr, v in parser.refs if tag == "a" and attr == "href"]
    out = [f"{path}: the footer does not name {name}" for name in ("CC BY 4.0", "MIT-lisensen") if name not in text]
    if not any(v.startswith(CC_BY) for v in links):
        out.append(f"{path}: the footer does not link to CC BY 4.0")
    if not any("opensource.org/license/mit" in v for v in links):
        out.append(f"{path}: the footer does not link to the MIT License")
    relative = [v for v in links if not re.match(r"[a-z]+:", v)]
    for what, page_path in FOOTER_PAGES.items():
        out += _link_problems(html_dir, path, what, page_path, relative)
    return out


def _link_problems(html_dir: Path, path: str, what: str, page_path: str, relative: list[str]) -> list[str]:
    """The footer's link to `page_path` (the one named like it): missing, broken, or leading elsewhere."""
    name = page_path.rsplit("/", 1)[-1]
    # On the page itself Sphinx writes the link as "#".
    link = next(
        (v for v in relative if v.partition("#")[0].rsplit("/", 1)[-1] == name or (v == "#" and path == page_path)),
        None,
    )
    if link is None:
        return [f"{path}: the footer has no link to the {what} page"]
    target = link.partition("#")[0]
    resolved = (html_dir / path).parent / target if target else html_dir / path
    if problem := check_ref(html_dir, html_dir / path, link):
        return [f"{path}: the {what} link {link!r}: {problem}"]
    if resolved.resolve() != (html_dir / page_path).resolve():
        return [f"{path}: the {what} link {link!r} leads to {resolved.resolve().relative_to(html_dir)}"]
    return []


def site_footer_problems(html_dir: Path, pages: dict[str, str]) -> list[str]:
    # index.html is only the redirect to the landing page.
    return [p for path, page in pages.items() if path != "index.html" for p in footer_problems(html_dir, path, page)]


def test_every_footer_names_both_licences_and_links_the_privacy_page_and_the_statement(book):
    pages = {p: (book.html / p).read_text(encoding="utf-8") for p in book_pages(book.html)}
    assert {"search.html", "genindex.html", "book/intro.html", PRIVACY_PAGE, STATEMENT_PAGE} <= set(pages)
    assert site_footer_problems(book.html, pages) == []


def test_the_footer_check_catches_a_missing_licence_or_a_link_that_does_not_resolve(book):
    pages = {p: (book.html / p).read_text(encoding="utf-8") for p in ("search.html", "book/kvalitet.html")}
    # Planted: on search.html the link as a page in book/ would write it (no such file at the root); on
    # kvalitet.html the CC BY licence gone from the footer.
    pages["search.html"] = pages["search.html"].replace('href="book/personvern.html"', 'href="personvern.html"')
    pages["book/kvalitet.html"] = pages["book/kvalitet.html"].replace("CC BY 4.0</a>", "en fri lisens</a>")
    found = site_footer_problems(book.html, pages)
    assert found == [
        "search.html: the privacy link 'personvern.html': missing file personvern.html",
        "book/kvalitet.html: the footer does not name CC BY 4.0",
    ], found


def test_the_footer_check_catches_a_missing_or_wrong_link_to_the_statement(book):
    pages = {p: (book.html / p).read_text(encoding="utf-8") for p in ("genindex.html", "book/maler.html")}
    # Planted: genindex.html without the link; maler.html's link pointing at the privacy page's folder twice.
    pages["genindex.html"] = re.sub(r'<a href="[^"]*tilgjengelighet.html">[^<]*</a>', "", pages["genindex.html"])
    pages["book/maler.html"] = pages["book/maler.html"].replace(
        'href="tilgjengelighet.html"', 'href="../tilgjengelighet.html"'
    )
    found = site_footer_problems(book.html, pages)
    assert found == [
        "genindex.html: the footer has no link to the accessibility statement page",
        "book/maler.html: the accessibility statement link '../tilgjengelighet.html': missing file tilgjengelighet.html",
    ], found


def test_footer_links_to_the_books_pages_are_made_relative_to_each_page():
    html = '<a href="https://example.org/x">x</a> <a href="book/personvern.html">Personvern</a> <a href="#top">t</a>'

    def pathto(page: str):
        return lambda other, resource=0: relative_uri(page, other)

    assert footer.from_page(html, pathto("book/kvalitet.html")) == html.replace(
        "book/personvern.html", "personvern.html"
    )
    assert footer.from_page(html, pathto("search.html")) == html


# ------------------------------------------------------------------ the licence


def licence_problems(license_text: str, readme: str, intro: str) -> list[str]:
    """What someone who wants to reuse the book could not find out."""
    out = []
    if "MIT License" not in license_text or "Permission is hereby granted, free of charge" not in license_text:
        out.append("LICENSE: no MIT License text")
    if "CC BY 4.0" not in license_text or f"{CC_BY}legalcode" not in license_text:
        out.append("LICENSE: no CC BY 4.0 with the legal code's address")
    if "not relicensed" not in license_text or "Kvalitetsveileder" not in license_text:
        out.append("LICENSE: does not say that Nav's documents and the thesis are cited, not relicensed")
    if "CC BY 4.0" not in readme or "MIT" not in readme or "LICENSE" not in readme:
        out.append("README.md: does not name both licences and LICENSE")
    if not re.search(r"^## Lisens$", intro, re.M) or "CC BY 4.0" not in intro or "MIT-lisensen" not in intro:
        out.append("book/intro.md: no section on the licence naming both")
    return out


def _licence_files() -> tuple[str, str, str]:
    assert (ROOT / "LICENSE").is_file(), "there is no LICENSE file at the root"
    return tuple((ROOT / f).read_text(encoding="utf-8") for f in ("LICENSE", "README.md", "book/intro.md"))


def test_the_licence_is_stated_in_license_readme_and_on_the_landing_page():
    assert licence_problems(*_licence_files()) == []


def test_the_licence_check_catches_a_licence_left_out():
    license_text, readme, intro = _licence_files()
    # Planted: LICENSE without the CC BY part's legal code, and a landing page without its section.
    found = licence_problems(license_text.replace(f"{CC_BY}legalcode", ""), readme, intro.replace("## Lisens", ""))
    assert found == [
        "LICENSE: no CC BY 4.0 with the legal code's address",
        "book/intro.md: no section on the licence naming both",
    ], found
