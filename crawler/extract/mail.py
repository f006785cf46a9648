"""E-mail messages saved as text (mailing-list announcements): headers, quotes, signatures.

A list message ("Objet : [labo-info] Soutenance de thèse de Mme X") is not written by its
subject: the sender (a secretariat, a school's address) owns nothing it announces.  The
header block goes, its subject line becoming the page title (the list's ``[tag]`` and
``Re:``/``Fwd:`` marks dropped); quoted lines lose their ``>`` marks, and the signature
block after ``--`` and the list's footer go, so a secretary signing the message is not read
as the person the message is about.
"""

from __future__ import annotations

import re

_HEADER = re.compile(
    r"(?im)^(?:de|from|à|a|to|cc|objet|subject|sujet|date|envoyé|sent|"
    r"répondre à|reply-to|expéditeur|destinataire)\s*:\s*\S.*$"
)
_SUBJECT = re.compile(r"(?im)^(?:objet|subject|sujet)\s*:\s*(.+)$")
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:re|tr|fwd?|réf)\s*:\s*|\s*\[[^\]\n]{1,40}\]\s*)+", re.I)
_QUOTE = re.compile(r"(?m)^[ \t]*>[ \t]?")
_SIGNATURE = re.compile(r"(?m)^--[ \t]*$")
_LIST_FOOTER = re.compile(r"(?m)^_{20,}[ \t]*$")
_REPLY_INTRO = re.compile(r"(?im)^(?:le .{4,60} a écrit|on .{4,60} wrote)\s*:\s*$")


def is_mail(text: str) -> bool:
    """Does the text open on a message's header block (a subject and another header)?"""
    head = text[:1500]
    if ":" not in head:
        return False
    headers = _HEADER.findall(head)
    return len(headers) >= 2 and bool(_SUBJECT.search(head))


def mail_subject(text: str) -> str:
    """The message's subject without the list's tag and reply marks: the page's title."""
    subject = _SUBJECT.search(text[:1500])
    return _SUBJECT_MARKS.sub("", subject.group(1)).strip() if subject else ""


def mail_to_markdown(text: str) -> str:
    """The message as Markdown: its subject as title, its body without the mail's chrome.

    >>> message = "De : B <b@x.fr>\\nObjet : [liste] Soutenance de A\\n\\nBonjour"
    >>> print(mail_to_markdown(message).strip())
    # Soutenance de A
    <BLANKLINE>
    Bonjour
    """
    footer = _LIST_FOOTER.search(text)
    if footer:
        text = text[: footer.start()]
    title = mail_subject(text)
    lines, kept, in_signature = text.split("\n"), [], False
    for line in lines[:40]:
        if line.strip() and not _HEADER.match(line):
            break
        lines = lines[1:]
    for line in lines:
        if _SIGNATURE.match(line) or _SIGNATURE.match(_QUOTE.sub("", line)):
            in_signature = True  # up to the next blank line: the sender's name and office
            continue
        line = _QUOTE.sub("", line)
        if in_signature:
            in_signature = bool(line.strip())
            continue
        if _REPLY_INTRO.match(line):
            continue
        kept.append(line)
    body = "\n".join(kept).strip()
    return f"# {title}\n\n{body}\n" if title else f"{body}\n"
