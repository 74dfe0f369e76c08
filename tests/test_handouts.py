"""The handouts' logic (widgets/handouts.py) without a browser: finding the course sessions in the
built chapter, naming each session's form by its title, and the errors that name the session."""

from __future__ import annotations

import pytest

from widgets.definitions import load_all
from widgets.handouts import HandoutError, attach_forms, check_pages, find_sessions, handout_html


def section(
    title: str, form: str = "Refleksjon: kulturen i teamet ditt", level: int = 2, drop: tuple[str, ...] = ()
) -> str:
    """One session as the built chapter has it (headerlink, bold leads, a table, lists, a Kursarket line),
    without the parts named in `drop`."""
    parts = {
        "aim": '<p><strong>Mål:</strong> Deltakerne har øvd. <strong>Kapitler:</strong> <a class="reference internal"'
        ' href="teamkultur.html"><span class="doc">Teamkultur</span></a>.</p>',
        "plan": '<div class="pst-scrollable-table-container"><table class="table"><thead><tr><th><p>Tid</p></th>'
        "<th><p>Innhold</p></th></tr></thead><tbody><tr><td><p>0:00–0:20</p></td><td><p>Runde</p></td></tr>"
        "</tbody></table></div>",
        "messages": '<p><strong>Kjernebudskap:</strong></p>\n<ul class="simple"><li><p>Snakk om mønstre '
        '<span class="bibtex-citation">(<a class="reference internal" href="referanser.html#id1">Vigsø</a>)</span>.'
        "</p></li></ul>",
        "exercises": '<p><strong>Øvelser i boka:</strong></p>\n<ul class="simple"><li><p>Noe annet</p></li></ul>',
        "form": '<p><strong>Kursarket</strong> har tidsplanen, kjernebudskapene og skjemaet <a class="reference internal"'
        f' href="teamkultur.html"><span class="doc">{form}</span></a> til å fylle ut for hånd.</p>',
        "homework": "<p><strong>Hjemmeoppgave:</strong> Prøv tiltaket.</p>",
    }
    body = "\n".join(v for k, v in parts.items() if k not in drop)
    anchor = title.lower().replace(" ", "-").replace(":", "")
    return (
        f'<section id="{anchor}">\n<h{level}>{title}<a class="headerlink" href="#{anchor}" title="Lenke">#</a>'
        f"</h{level}>\n{body}\n</section>\n"
    )


def chapter(*sections: str) -> str:
    intro = '<section id="kursopplegg"><h1>Kursopplegg</h1><section id="plan"><h2>Slik leser du planene</h2><p>x</p></section>'
    return f'<html><body><article class="bd-article" role="main">{intro}{"".join(sections)}</section></article></body></html>'


@pytest.fixture(scope="module")
def instruments():
    return load_all()


def test_sessions_are_found_in_order_with_their_parts(instruments):
    page = chapter(
        section("Dag 1: Rollen", form="Refleksjon: din rolle som metodeveileder", drop=("homework",)),
        '<section id="oppf"><h2>Oppfølgingsmøtene</h2><p>Alle møtene …</p>',
        section("Oppfølging 1: Porteføljegjennomgang", level=3) + "</section>",
    )
    sessions = attach_forms(find_sessions(page), instruments)
    assert [(s.title, s.slug) for s in sessions] == [
        ("Dag 1: Rollen", "dag-1"),
        ("Oppfølging 1: Porteføljegjennomgang", "oppfolging-1"),
    ]
    first, second = sessions
    assert first.document_title == "Kursark – Dag 1: Rollen"
    assert first.form["id"] == "refleksjon-rollen" and second.form["id"] == "refleksjon-teamkultur"
    assert "Deltakerne har øvd." in first.aim and "<a " not in first.aim, "links print as their text"
    assert "0:00–0:20" in first.plan and "Snakk om mønstre" in first.messages and "(Vigsø)" in first.messages
    assert "Noe annet" not in first.messages, "the exercises list is the course leader's, not the sheet's"
    assert first.homework == "" and second.homework == "Prøv tiltaket."
    sheet = handout_html(second, [], "Boka")
    assert "<script" not in sheet and "script-src 'none'" in sheet
    assert '<html lang="nb"' in sheet and "<title>Kursark – Oppfølging 1: Porteføljegjennomgang</title>" in sheet
    assert "<h2>Refleksjon: kulturen i teamet ditt</h2>" in sheet, "the form's title sits beside the sheet's parts"


def test_a_form_title_no_instrument_has_fails_naming_the_session(instruments):
    page = chapter(section("Dag 1: Rollen"), section("Dag 2: Teamet", form="Mal: Porteføljegjennomgangen"))
    with pytest.raises(HandoutError, match=r"^Dag 2: Teamet: .*'Mal: Porteføljegjennomgangen'.*no instrument"):
        attach_forms(find_sessions(page), instruments)


def test_a_session_without_its_kursarket_line_or_plan_fails_naming_it():
    with pytest.raises(HandoutError, match=r"^Dag 2: Teamet: missing the line naming the form"):
        find_sessions(chapter(section("Dag 1: Rollen"), section("Dag 2: Teamet", drop=("form",))))
    with pytest.raises(HandoutError, match=r"^Oppfølging 3: Kvalitet: missing the timed plan"):
        find_sessions(chapter(section("Oppfølging 3: Kvalitet", drop=("plan",))))
    with pytest.raises(HandoutError, match="no sessions"):
        find_sessions(chapter())


def test_a_sheet_longer_than_two_pages_fails_naming_the_session(instruments):
    (session,) = attach_forms(find_sessions(chapter(section("Dag 1: Rollen"))), instruments)
    check_pages(session, 2)
    with pytest.raises(HandoutError, match=r"^Dag 1: Rollen: the sheet is 3 pages; at most 2"):
        check_pages(session, 3)
