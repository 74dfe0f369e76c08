"""What the theme's scripts add after load is Norwegian too, and the download link downloads the zip."""

from __future__ import annotations

import pytest

from tests.test_norwegian import english_problems
from widgets.offline_zip import ZIP_NAME

from .pages import open_page


def test_accessible_names_stay_norwegian_once_the_scripts_have_run(page, site):
    for path in ["book/intro.html", "book/kvalitet.html", "search.html?q=veiledning", "book/referanser.html"]:
        open_page(page, site, path)
        page.wait_for_load_state("networkidle")
        assert english_problems(page.content()) == [], path
    page.recorder.assert_clean()


@pytest.mark.parametrize("site", ["http"], indirect=True)
def test_the_landing_pages_link_downloads_the_offline_zip(page, site):
    open_page(page, site, "book/intro.html")
    with page.expect_download() as info:
        page.get_by_role("link", name="Last ned boka for bruk uten nett (zip)").click()
    assert info.value.suggested_filename == ZIP_NAME
    assert info.value.failure() is None
    page.recorder.assert_clean()
