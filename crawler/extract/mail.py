"""E-mail messages saved as text (a list archive's text view, a forwarded announcement).

A message opens with its header lines ("From:", "Subject:", "De :", "Objet :") and its
subject is its headline: "[dept-announce] PhD Defense: A, Friday …", "Objet : [labo-info]
Soutenance de thèse de Mme X".  The sender (a secretariat, a school's address) owns nothing
the message announces.  The announcement is often quoted under a reply ("> Advisor: …"):
quoted lines are read as the text they quote.  The headers, the "On … wrote:" / "Le … a
écrit :" attribution lines, the list's footer and the sender's signature say nothing about
the person announced and are left out.
"""

from __future__ import annotations

import re

_HEADER = re.compile(
    r"(?im)^(?P<name>de|from|à|a|to|cc|objet|subject|sujet|date|envoyé|sent|sender|"
    r"répondre à|reply-to|expéditeur|destinataire|return-path|received)[ \t]*:[ \t]*"
    r"(?P<value>\S.*)$"
)
_SUBJECTS = ("subject", "objet", "sujet")
_SENDERS = ("from", "de", "expéditeur")
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:(?:re|fwd?|aw|tr|réf)\s*:)|\s*\[[^\]\n]{1,40}\])+\s*", re.I)
_ATTRIBUTION = re.compile(r"(?i)^\s*(?:On\s.{4,120}\bwrote|Le\s.{4,120}\ba\s+écrit)\s*:\s*$")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
# Mailman's footer ("____…" then "dept-announce mailing list"), a signature's "-- " line.
_FOOTER = re.compile(r"^_{10,}\s*$")
_SIGNATURE = re.compile(r"^--[ \t]?$")


def _headers(text: str) -> dict[str, str]:
    """The header block's fields (lower-case names), up to the first blank line."""
    head = text[:3000].split("\n\n", 1)[0]
    fields: dict[str, str] = {}
    for match in _HEADER.finditer(head):
        fields.setdefault(match.group("name").lower(), match.group("value").strip())
    return fields


def is_mail(text: str) -> bool:
    """A saved message: it opens on a header block holding a subject and another header."""
    if ":" not in text[:200]:
        return False
    text = text.lstrip()
    if not _HEADER.match(text):  # (its first line a header: the pattern reads one line)
        return False
    fields = _headers(text)
    return len(fields) >= 2 and any(name in fields for name in _SUBJECTS)


def subject_of(text: str) -> str:
    """The subject without its reply marks and list tag.

    >>> subject_of("From: A <a@x.org>\\nSubject: Re: [cs-announce] PhD Defense: Ada Quill\\n\\n")
    'PhD Defense: Ada Quill'
    >>> subject_of("De : B <b@x.fr>\\nObjet : [liste] Soutenance de A\\n\\nBonjour")
    'Soutenance de A'
    """
    fields = _headers(text.lstrip())
    subject = next((fields[name] for name in _SUBJECTS if name in fields), "")
    return _SUBJECT_MARKS.sub("", subject).strip()


# "From: Prof. Ada Quill <aq@…>": the sender, when the display name is a person's.
_DISPLAY_NAME = re.compile(r'^"?([^"<>@,]{4,60}?)"?\s*<[^<>]+>\s*$')
# "co-supervised by Dr. B and myself": the sender is the one who says "myself".
_MYSELF = re.compile(r"\b(?:and|&)\s+myself\b|\bmyself\s+(?=and\b)")


def sender(text: str) -> str | None:
    """The sender's name, or None when the display name is an office's or a list's."""
    from crawler.names import clean_name

    fields = _headers(text.lstrip())
    value = next((fields[name] for name in _SENDERS if name in fields), "")
    display = _DISPLAY_NAME.match(value)
    return clean_name(display.group(1)) if display else None


def mail_to_text(text: str) -> str:
    """The message's subject as its first line over the body it says (quotes unquoted),
    read on as a plain text."""
    subject = subject_of(text)
    _, _, body = text.lstrip().partition("\n\n")
    lines: list[str] = []
    signature = None  # the quote depth a signature started at: it runs until that changes
    for line in body.split("\n"):
        quoted = _QUOTE.match(line)
        depth = quoted.group(0).count(">") if quoted else 0
        line = line[quoted.end() :] if quoted else line
        if _FOOTER.match(line):
            break
        if signature is not None and depth == signature and not _ATTRIBUTION.match(line):
            continue
        signature = depth if _SIGNATURE.match(line) else None
        if signature is not None or _ATTRIBUTION.match(line):
            lines.append("")
            continue
        lines.append(line.rstrip())
    body = "\n".join(lines)
    if "myself" in body and (name := sender(text)):
        body = _MYSELF.sub(
            lambda m: f"and {name}" if m.group().startswith(("and", "&")) else f"{name} ", body
        )
    title = f"# {subject}\n\n" if subject else ""
    return title + re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
