"""Language checks on glossary links and terminology.

Two kinds of error the content reviews found by the dozen, and that come back
easily because the source text looks right:

* A `{term}` role shows the glossary headword as written, so ``{term}`Fagmøte` ``
  in the middle of a sentence prints «Fagmøte» with a capital. Norwegian does not
  capitalise common nouns; the fix is the alias form ``{term}`fagmøtet <Fagmøte>` ``.
* One concept, several words (deltaker / jobbsøker / arbeidssøker). The words to
  use, the variants to avoid and why are in tests/spelling/termer.yaml.

Both checks read the MyST sources (prose only, no code); the terminology check also
reads every reader-facing string of the instruments and the string literals of the
widget UI in js/.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.test_integrity import INSTRUMENTS, ROOT, TERM_ROLE, chapter_sources, instrument_texts, prose_lines

TERMS_FILE = Path(__file__).resolve().parent / "spelling" / "termer.yaml"

# What may stand before a role that starts a sentence: nothing, a list marker, a
# heading, a quote marker or a table cell, each with opening markup.
LINE_START = re.compile(r"^\s*(?:[-*+]|\d+[.)]|#+|>|\|)?\s*$")
OPENING_MARKUP = "*_«\"'([ \t"


def load_terms() -> dict:
    return yaml.safe_load(TERMS_FILE.read_text(encoding="utf-8"))


def _target_and_shown(role_text: str) -> tuple[str, str]:
    m = re.match(r"^(.*?)\s*<([^<>]+)>\s*$", role_text, re.S)
    if m:
        return m.group(2).strip(), m.group(1).strip()
    return role_text.strip(), role_text.strip()


def _starts_sentence(before: str) -> bool:
    stripped = before.rstrip(OPENING_MARKUP)
    if LINE_START.match(stripped):
        return True
    # After a full stop, question or exclamation mark (also when closed by bold,
    # a quote or a citation role). Not after a colon: Norwegian goes on in lower case.
    stripped = re.sub(r"\{cite(?::[\w-]+)?\}`[^`]*`$", "", stripped).rstrip(OPENING_MARKUP + "»)")
    return stripped.endswith((".", "!", "?", "…"))


def _is_proper(target: str, shown: str, proper: set[str]) -> bool:
    if target.lower() in proper:
        return True
    return bool(re.match(r"^[A-ZÆØÅ]{2,}", shown))  # an abbreviation: IPS, MI, SEQF


def capitalised_terms(text: str, proper_nouns: list[str]) -> list[tuple[int, str]]:
    """(line number, role) for every {term} that shows a capital mid-sentence."""
    proper = {p.lower() for p in proper_nouns}
    found = []
    for no, line in prose_lines(text):
        for m in TERM_ROLE.finditer(line):
            target, shown = _target_and_shown(m.group(1))
            if not shown[:1].isupper() or _is_proper(target, shown, proper):
                continue
            if _starts_sentence(line[: m.start()]):
                continue
            found.append((no, m.group(0)))
    return found


def _variant_patterns(terms: dict) -> list[tuple[re.Pattern, dict]]:
    out = []
    for entry in terms["termer"]:
        for variant in entry["unngå"]:
            out.append((re.compile(rf"(?<!\w){variant}(?!\w)", re.I), entry))
    return out


def variant_hits(text: str, where: str, terms: dict, unit: str = "") -> list[str]:
    """A message for every variant to avoid in `text`, naming the word to use.

    `text` is lines of prose (a chapter, line numbers kept) or an instrument's
    texts one per line (`unit="tekst "` then numbers the texts, not file lines).
    """
    hits = []
    for no, line in enumerate(text.split("\n"), start=1):
        for pattern, entry in _variant_patterns(terms):
            for m in pattern.finditer(line):
                if any(e["fil"] == where and e["tekst"] in line for e in entry.get("unntak", [])):
                    continue
                context = line[max(0, m.start() - 30) : m.end() + 30].strip()
                hits.append(f"{where}:{unit}{no}: «{m.group(0)}» → «{entry['term']}»  … {context} …")
    return hits


def _reasons(terms: dict) -> str:
    return "\n".join(f"  {e['term']}: {' '.join(e['hvorfor'].split())}" for e in terms["termer"])


def _chapter_prose(path: Path) -> str:
    """Prose lines of a chapter at their own line numbers, code lines blanked."""
    text = path.read_text(encoding="utf-8")
    lines = [""] * (text.count("\n") + 1)
    for no, line in prose_lines(text):
        lines[no - 1] = line
    return "\n".join(lines)


# --------------------------------------------------------------------- the book


def test_no_glossary_link_prints_a_capital_mid_sentence():
    proper = load_terms()["egennavn"]
    problems = [
        f"{path.relative_to(ROOT)}:{no}: {role}"
        for path in chapter_sources()
        for no, role in capitalised_terms(path.read_text(encoding="utf-8"), proper)
    ]
    assert not problems, (
        "These {term} links print a capital letter mid-sentence. Use the alias form, "
        "e.g. {term}`fagmøtet <Fagmøte>`, or add a proper noun to egennavn in "
        "tests/spelling/termer.yaml:\n" + "\n".join(problems)
    )


def test_one_word_per_concept_in_the_chapters():
    terms = load_terms()
    problems = [
        hit
        for path in chapter_sources()
        for hit in variant_hits(_chapter_prose(path), str(path.relative_to(ROOT)), terms)
    ]
    assert not problems, (
        "Variants to avoid (tests/spelling/termer.yaml):\n" + "\n".join(problems) + "\n" + _reasons(terms)
    )


def test_one_word_per_concept_in_the_instruments():
    terms = load_terms()
    problems = [
        hit
        for path in sorted(INSTRUMENTS.glob("*.yaml"))
        for hit in variant_hits(
            "\n".join(t.replace("\n", " ") for t in instrument_texts(path)),
            str(path.relative_to(ROOT)),
            terms,
            "tekst ",
        )
    ]
    assert not problems, (
        "Variants to avoid (tests/spelling/termer.yaml):\n" + "\n".join(problems) + "\n" + _reasons(terms)
    )


JS_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\'(?:[^\'\\\n]|\\.)*\'')


def js_strings(text: str) -> str:
    """The string literals of a JS source, one line each, at their source line numbers."""
    lines = [""] * (text.count("\n") + 1)
    for m in JS_STRING.finditer(text):
        no = text.count("\n", 0, m.start())
        lines[no] += " " + m.group(0)[1:-1].replace("\n", " ")
    return "\n".join(lines)


def test_one_word_per_concept_in_the_widget_ui():
    terms = load_terms()
    sources = sorted((ROOT / "js").rglob("*.js"))
    assert sources, "no JS sources found under js/"
    problems = [
        hit
        for path in sources
        for hit in variant_hits(js_strings(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)), terms)
    ]
    assert not problems, (
        "Variants to avoid (tests/spelling/termer.yaml):\n" + "\n".join(problems) + "\n" + _reasons(terms)
    )


def test_every_listed_proper_noun_is_a_glossary_headword():
    """A stale egennavn entry would let a capitalised common noun through unnoticed."""
    from tests.test_integrity import glossary_terms

    headwords = glossary_terms()
    stale = [p for p in load_terms()["egennavn"] if p.lower() not in headwords]
    assert not stale, f"egennavn lists names that are not glossary headwords: {stale}"


# ------------------------------------------------- the checks catch planted errors


def test_capital_check_catches_a_planted_capital_and_spares_correct_uses():
    proper = load_terms()["egennavn"]
    planted = "\n".join(
        [
            "Teamet har et ukentlig {term}`Fagmøte`.",  # 1: wrong
            "{term}`Fagmøte` holdes hver uke.",  # 2: starts the line
            "Det er viktig. {term}`Fagmøte` er stedet.",  # 3: after a full stop
            "Vi møtes i {term}`fagmøtet <Fagmøte>` hver uke.",  # 4: alias form
            "Tjenesten heter {term}`Arbeid med støtte`.",  # 5: a proper noun
            "Se {term}`IPS <IPS (Individuell jobbstøtte)>` og {term}`MI <Motiverende samtale (MI)>`.",  # 6
            "- {term}`Feltveiledning` hver måned",  # 7: a list item
            "Tre arenaer: {term}`Fagmøte`, {term}`Feltveiledning` og sparring.",  # 8: two wrong
            "**Overfor teamet.** {term}`Empowerment` betyr her …",  # 9: after a bold sentence
        ]
    )
    found = capitalised_terms(planted, proper)
    assert [no for no, _ in found] == [1, 8, 8]
    assert found[0][1] == "{term}`Fagmøte`"


def test_ui_string_scan_finds_a_planted_variant_in_a_string_but_not_in_code():
    source = 'const a = 1; // jobbsøker in a comment is not shown\nconst HINT = "Ikke skriv om en jobbsøker.";\n'
    hits = variant_hits(js_strings(source), "js/x.js", load_terms())
    assert len(hits) == 1 and hits[0].startswith("js/x.js:2: «jobbsøker»")


def test_terminology_check_catches_planted_variants_and_honours_exceptions():
    terms = load_terms()
    planted = "Jobbsøkeren velger selv.\nDeltakeren velger selv.\nDet var status quo-snakk og troskap."
    hits = variant_hits(planted, "book/x.md", terms)
    assert [h.split(": «")[0] for h in hits] == ["book/x.md:1", "book/x.md:3", "book/x.md:3"]
    assert "→ «deltaker»" in hits[0] and "→ «opprettholdelsessnakk»" in hits[1] and "→ «modelltrohet»" in hits[2]
    # the glossary entry that names the variants once is allowed, elsewhere the same line is not
    line = "Deltaker\n  Personen i tjenesten. I andre tekster står det arbeidssøker eller jobbsøker."
    assert variant_hits(line, "book/ordliste.md", terms) == []
    assert len(variant_hits(line, "book/rollen.md", terms)) == 2
