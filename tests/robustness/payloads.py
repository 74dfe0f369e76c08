"""Hostile text for the XSS checks. Every payload that could run sets
``window.__pwned`` or opens a dialog, and names "pwned" somewhere, so the tests
can tell if anything ran or if any element was made from it."""

from __future__ import annotations

LONG = "Æøå «lang tekst» " * 3000 + "<img src=x onerror=\"window.__pwned='long'\">"

PAYLOADS: list[str] = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "<img src=x onerror=alert('pwned3')>",
    '"><svg onload="window.__pwned=4">',
    "'><svg/onload=window.__pwned=5>",
    "<svg><script>window.__pwned=6</script></svg>",
    "<svg><animate onbegin=window.__pwned=7 attributeName=x dur=1s>",
    "javascript:window.__pwned=8",
    '<a href="javascript:window.__pwned=9">klikk her</a>',
    "<a href=javascript:alert('pwned10')>lenke</a>",
    "${window.__pwned=11}",
    "`${alert('pwned12')}`",
    "{{constructor.constructor('window.__pwned=13')()}}",
    "</script><script>window.__pwned=14</script>",
    '{"a":"</script><script>window.__pwned=15</script>"}',
    "</textarea><img src=x onerror=window.__pwned=16>",
    '<iframe srcdoc="<script>parent.__pwned=17</script>"></iframe>',
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=18>",
    "<math href=javascript:window.__pwned=19>klikk</math>",
    "&lt;img src=x onerror=window.__pwned=20&gt;",
    "&#60;script&#62;window.__pwned=21&#60;/script&#62;",
    "%3Cscript%3Ewindow.__pwned=22%3C/script%3E",
    '<div style="width:expression(window.__pwned=23)">css</div>',
    "<style>@import 'javascript:window.__pwned=24';</style>",
    "<body onload=window.__pwned=25>",
    "<input autofocus onfocus=window.__pwned=26>",
    "<details open ontoggle=window.__pwned=27>",
    '<video><source onerror="window.__pwned=28">',
    '<object data="javascript:window.__pwned=29"></object>',
    '<embed src="javascript:window.__pwned=30">',
    "<scr\x00ipt>window.__pwned=31</scr\x00ipt>\x00",
    "\u202e>tpircs/<;23=denwp__.wodniw>tpircs<\u202c \u202eexe.gnp",
    '<!--<img src="--><img src=x onerror=window.__pwned=33//">',
    "<![CDATA[<script>window.__pwned=34</script>]]>",
    '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=35">',
    '<base href="javascript:window.__pwned=36//">',
    "<form><button formaction=javascript:window.__pwned=37>send</button></form>",
    "'-alert('pwned38')-'",
    "\uff1cscript\uff1ewindow.__pwned=39\uff1c/script\uff1e",
    "linje 1\nlinje 2\n<img src=x onerror=window.__pwned=40>\n\tinnrykk",
    "a\u2028b\u2029<script>window.__pwned=41</script>",
    "<marquee onstart=window.__pwned=42>rulle</marquee>",
    '=HYPERLINK("javascript:window.__pwned=43")',
    LONG,
]


def file_safe(payload: str) -> bool:
    """Whether a payload can be part of a file name here (no '/', no NUL, at most 255 bytes)."""
    return (
        "/" not in payload
        and "\x00" not in payload
        and "\n" not in payload
        and len((payload + ".json").encode()) <= 255
    )


FILE_NAME_PAYLOADS = [p for p in PAYLOADS if file_safe(p)] + [
    "<img src=x onerror=window.__pwned=101>.svar",
    "\"><svg onload=alert('pwned102')>",
    "<iframe srcdoc=&lt;script&gt;parent.__pwned=103&lt;\u2215script&gt;>",
    "\u202egnp.<img src=x onerror=window.__pwned=104>",
]


def shown(value: str, single_line: bool, typed: bool = False) -> str:
    """What a form control holds after `value` is put in it: a textarea turns CR LF and CR
    into LF; a one-line <input> drops line breaks when set by script, and (in Chromium)
    turns them into spaces when they are typed or pasted."""
    if single_line:
        return (
            value.replace("\r\n", " " if typed else "")
            .replace("\r", " " if typed else "")
            .replace("\n", " " if typed else "")
        )
    return value.replace("\r\n", "\n").replace("\r", "\n")


INERT = """() => {
  const attrs = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (/pwned/i.test(a.name) || /pwned/i.test(a.value)) attrs.push(el.outerHTML.slice(0, 160));
    }
  }
  const injected = Array.from(document.querySelectorAll(
    ".mvh [onerror], .mvh [onload], .mvh [srcdoc], .mvh [onfocus], .mvh [ontoggle], .mvh [onbegin], .mvh [onstart]," +
    ".mvh script, .mvh iframe, .mvh img, .mvh object, .mvh embed, .mvh math, .mvh video, .mvh style, .mvh base," +
    ".mvh meta, .mvh form, .mvh marquee, .mvh body, .mvh svg:not(.mvh-chart-svg), .mvh a[href^='javascript' i]," +
    " a[href^='javascript' i], base"
  )).map((el) => el.outerHTML.slice(0, 160));
  return { pwned: window.__pwned === undefined ? null : String(window.__pwned), attrs, injected,
           polluted: ({}).polluted === undefined ? null : String(({}).polluted) };
}"""


def assert_inert(page, dialogs: list, tried: str) -> None:
    """Nothing ran, no dialog opened, and no element was made from reader text."""
    state = page.evaluate(INERT)
    assert state == {"pwned": None, "attrs": [], "injected": [], "polluted": None} and dialogs == [], (
        f"after {tried}: {state}, dialogs: {dialogs}"
    )


def watch_dialogs(page) -> list:
    dialogs: list = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return dialogs
