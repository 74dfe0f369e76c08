"""The Nynorsk build's own pieces (widgets/nynorsk.py), without building: the derived configuration and
the note an untranslated chapter gets."""

from __future__ import annotations

import yaml

from widgets import nynorsk
from widgets.norwegian import norwegian_labels

from tests.conftest import ROOT


def test_the_nynorsk_config_is_the_books_with_language_nn(tmp_path):
    written = nynorsk.write_config(ROOT / "_config.yml", tmp_path / "nn" / "_config.yml")
    nb = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    nn = yaml.safe_load(written.read_text(encoding="utf-8"))
    assert nb["sphinx"]["config"]["language"] == "nb"
    assert nn["sphinx"]["config"].pop("language") == "nn"
    nb["sphinx"]["config"].pop("language")
    assert nn == nb


def test_an_untranslated_chapter_says_so_and_marks_its_text_as_bokmal():
    body = '<h1>Kvalitet</h1>\n<div class="mvh-widget" data-mvh-id="kvalitetsveileder"></div>'
    out = nynorsk.untranslated(body)
    assert out.startswith(f'<p class="{nynorsk.NOTE_CLASS}" role="note">{nynorsk.NOTE}</p>')
    assert '<div lang="nb">\n<h1>Kvalitet</h1>' in out
    assert '<div lang="nn" class="mvh-widget" data-mvh-id="kvalitetsveileder">' in out


def test_only_nynorsk_is_nynorsk():
    assert [nynorsk.is_nynorsk(x) for x in ("nn", "nn_NO", "nn-NO", "nb", "no", "", None)] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]


def test_the_themes_hard_coded_labels_follow_the_language():
    theme = '<button title="Toggle primary sidebar" aria-label="Toggle primary sidebar"></button>'
    assert norwegian_labels(theme) == (
        '<button title="Vis eller skjul innholdsfortegnelsen" aria-label="Vis eller skjul innholdsfortegnelsen"></button>'
    )
    assert norwegian_labels(theme, "nn") == (
        '<button title="Vis eller skjul innhaldslista" aria-label="Vis eller skjul innhaldslista"></button>'
    )


def test_the_nynorsk_catalogues_have_every_bokmal_entry():
    import re

    for name in ("sphinx.po", "booktheme.po"):
        ids = {
            lang: re.findall(
                r'^msgid "(.+)"$', (ROOT / "locale" / lang / "LC_MESSAGES" / name).read_text("utf-8"), re.M
            )
            for lang in ("nb", "nn")
        }
        assert ids["nn"] == ids["nb"], name
    js = (ROOT / "locale" / "nn" / "LC_MESSAGES" / "sphinx.js").read_text(encoding="utf-8")
    assert '"Skip to main content": "Gå til hovudinnhaldet"' in js
