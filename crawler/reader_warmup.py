"""Imported once by the reader's fork server: the extractor's first call (lexicons,
compiled patterns) is paid there, and every worker forked from it starts warm.

Without it each worker process paid that first call itself (~1 s of CPU each, on a
machine whose two cores the crawl needs).

What that call built (lexicons, compiled patterns, name caches) lives as long as the
process, so it is then frozen out of the garbage collector's reach: full collections stop
re-scanning it for every page (about 4% of a page's instructions), and forked workers stop
copying the memory pages the collector would have touched.
"""

import gc

from crawler.reader import DEFAULT_EXTRACTOR, WARM_UP_PAGE, read_document

try:
    read_document(WARM_UP_PAGE, "http://warm-up.invalid/", "text/html", DEFAULT_EXTRACTOR)
except Exception:  # the first real page will say what is wrong
    pass
gc.freeze()
