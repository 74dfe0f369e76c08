"""The book works offline: no request leaves it, over http or from disk."""

from __future__ import annotations

import zipfile

import pytest

from widgets.offline_zip import TOP, write_zip

from .pages import book_pages, open_page, wait_ready


@pytest.mark.http
def test_every_page_makes_no_outside_request_and_no_error(page, site, book):
    pages = book_pages(book.html)
    assert "book/kvalitet.html" in pages and "book/intro.html" in pages
    for path in pages:
        open_page(page, site, path)
        page.wait_for_load_state("networkidle")
    page.recorder.assert_clean()


def test_search_uses_norwegian_stemming(page, site):
    # "introduksjonen" (definite form) must find the page that says "introduksjon".
    open_page(page, site, "search.html?q=introduksjonen")
    results = page.locator("#search-results ul.search li a")
    results.first.wait_for()
    hrefs = results.evaluate_all("els => els.map(a => a.getAttribute('href'))")
    assert any("book/intro.html" in h for h in hrefs), hrefs
    assert "Søket er ferdig" in page.locator("#search-results").inner_text()
    page.recorder.assert_clean()


def test_pages_are_in_norwegian(page, site):
    open_page(page, site, "book/kvalitet.html")
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.get_by_text("Gå til hovedinnholdet").count() == 1
    assert page.locator(".search-button-field").first.inner_text().startswith("Søk")


def test_unzipped_offline_copy_works_from_disk(context, book, tmp_path):
    archive = tmp_path / "metodeveilederhandboka.zip"
    write_zip(book.html, archive)
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert not [n for n in names if n.endswith(".map") or ".doctrees" in n]
        zf.extractall(tmp_path / "ut")
    root = (tmp_path / "ut" / TOP).as_uri() + "/"
    page = context.new_page()
    outside, failed, errors = [], [], []
    page.on(
        "request", lambda r: r.url.startswith(root) or r.url.startswith(("data:", "blob:")) or outside.append(r.url)
    )
    page.on("requestfailed", lambda r: failed.append(f"{r.url} ({r.failure})"))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(root + "index.html")
    page.wait_for_url("**/book/intro.html")
    page.get_by_role("link", name="Kvalitet og etterlevelse").first.click()
    w = wait_ready(page)
    w.locator('li.mvh-item[data-item="6.1"] label.mvh-v-gronn').click()
    assert w.locator(".mvh-progress").first.inner_text() == "Du har vurdert 1 av 58 mål."
    page.reload()
    w = wait_ready(page)
    assert w.locator('li.mvh-item[data-item="6.1"] input[value="gronn"]').is_checked()
    # The zip leaves out what the pages no longer load (css_purge.superseded): a page of each kind still
    # finds everything it asks for, the whole-book views their shared definitions too.
    for path, ready in [
        ("book/mine-svar.html", '[data-mvh-role="workbook"].mvh-ready'),
        ("book/teamoversikt.html", '[data-mvh-role="team"].mvh-ready'),
        ("book/ordliste.html", "dl.glossary"),
        ("search.html?q=veiledning", "#search-results li"),
    ]:
        page.goto(root + path)
        page.locator(ready).first.wait_for()
        page.wait_for_load_state("load")
    assert outside == [] and failed == [] and errors == []
