"""An extractor whose import waits for a gate file (``GENEALOGY_TEST_IMPORT_GATE``): a
slow-loading extractor, for the test that starting workers does not hold up the crawl."""

import os
import time
from pathlib import Path

from localsite import read_marked_claims  # noqa: F401  (the extractor the tests name)

_gate = os.environ.get("GENEALOGY_TEST_IMPORT_GATE")
for _ in range(600):  # bounded: 60 s at most
    if not _gate or Path(_gate).exists():
        break
    time.sleep(0.1)
