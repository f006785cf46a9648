"""Privacy before storage: no e-mail address or phone number leaves a page in a claim."""

from __future__ import annotations

import dataclasses
import re

from crawler.items import PageRead

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+\s*(?:\[at\]|\(at\))\s*[\w.-]+", re.I)
# International or national numbers: 8+ digits with the usual separators.
PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d(?:[\s.()-]*\d){7,}(?![\w/])")
REDACTED = "[redacted]"
# Eight digits that are a span of years ("2015-2019", "1998 - 2002"), not a phone number.
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-.]\s*(?:19|20)\d\d")
# What an e-mail address must contain ("@", "[at]", "(at)"): most text has none of it, and
# looking for it is a fraction of the cost of running EMAIL over the text.
_EMAIL_MARK = re.compile(r"@|at[\])]", re.I)
_DIGITS = "0123456789"


def may_hold_email(text: str) -> bool:
    return _EMAIL_MARK.search(text) is not None


def redact(text: str) -> str:
    if may_hold_email(text):
        text = EMAIL.sub(REDACTED, text)
    # A phone number has eight digits; counting them is cheaper than PHONE's scan.
    if sum(text.count(digit) for digit in _DIGITS) >= 8:
        text = PHONE.sub(_phone_redacted, text)
    return text


def _phone_redacted(match: re.Match) -> str:
    return match.group(0) if YEAR_SPAN.fullmatch(match.group(0)) else REDACTED


class RedactContactsPipeline:
    """Blank contact details in evidence; drop claims whose parties are contact details.

    Claims of one page often share their evidence (every co-author pair of a publication
    quotes the same entry), so each distinct evidence text is redacted once per page.
    """

    def process_item(self, item):
        if not isinstance(item, PageRead) or not item.claims:
            return item
        kept = []
        redacted: dict[str, str] = {}
        for claim in item.claims:
            if (may_hold_email(claim.subject) and EMAIL.search(claim.subject)) or (
                may_hold_email(claim.object) and EMAIL.search(claim.object)
            ):
                continue
            evidence = redacted.get(claim.evidence)
            if evidence is None:
                evidence = redacted[claim.evidence] = redact(claim.evidence)
            if evidence != claim.evidence:
                claim = dataclasses.replace(claim, evidence=evidence)
            kept.append(claim)
        item.claims = kept
        return item
