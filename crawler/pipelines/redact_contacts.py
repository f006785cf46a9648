"""Privacy before storage: no e-mail address or phone number leaves a page in a claim."""

from __future__ import annotations

import dataclasses
import re

from crawler.items import PageRead

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+\s*(?:\[at\]|\(at\))\s*[\w.-]+", re.I)
# International or national numbers: 8+ digits with the usual separators.
PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d(?:[\s.()-]*\d){7,}(?![\w/])")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return PHONE.sub(REDACTED, EMAIL.sub(REDACTED, text))


class RedactContactsPipeline:
    """Blank contact details in evidence; drop claims whose parties are contact details."""

    def process_item(self, item):
        if not isinstance(item, PageRead) or not item.claims:
            return item
        kept = []
        for claim in item.claims:
            if EMAIL.search(claim.subject) or EMAIL.search(claim.object):
                continue
            evidence = redact(claim.evidence)
            if evidence != claim.evidence:
                claim = dataclasses.replace(claim, evidence=evidence)
            kept.append(claim)
        item.claims = kept
        return item
