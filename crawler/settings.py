"""Scrapy settings of the genealogy crawler: a polite, resumable, size-capped crawl.

`scrapy crawl homepage` reads this module through scrapy.cfg; `genealogy crawl` starts from
it too and overrides per run (workspace paths, limits, frontier) in `crawler.run`.
"""

import os

BOT_NAME = "academic-genealogy"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Who we are and how to reach the operator; set GENEALOGY_CONTACT for your own deployment.
CONTACT = os.environ.get(
    "GENEALOGY_CONTACT", "https://github.com/academic-genealogy/academic-genealogy"
)
USER_AGENT = f"academic-genealogy/0.1 (+{CONTACT}; research crawler of public homepages)"

# Politeness: robots.txt, a per-host delay, few concurrent requests per host, AutoThrottle.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bad input: a size cap, a timeout, few retries, a bounded redirect chain.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 1
REDIRECT_MAX_TIMES = 10
# Every status reaches the spider's errback, where it is recorded per URL.
HTTPERROR_ALLOWED_CODES: list[int] = []

# Depth is counted by the spider itself (per site, reset when following a person).
DEPTH_LIMIT = 0
# Breadth-first: pages near the seeds first, so --max-pages keeps the most useful ones.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# Freshness: cache every page and revalidate it with ETag/Last-Modified on the next crawl.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "crawler.freshness.RevalidatePolicy"
HTTPCACHE_STORAGE = "crawler.freshness.SqliteCacheStorage"
HTTPCACHE_DIR = "genealogy-data/crawl/httpcache"
HTTPCACHE_IGNORE_HTTP_CODES = list(range(300, 600))

DOWNLOADER_MIDDLEWARES = {
    "crawler.redirect_loops.RedirectLoopMiddleware": 650,
}

# A page yields one item and a few links: Scrapy starts this many tasks per response.
CONCURRENT_ITEMS = 4

ITEM_PIPELINES = {
    "crawler.pipelines.redact_contacts.RedactContactsPipeline": 100,
    "crawler.pipelines.count_claims.CountClaimsPipeline": 200,
    "crawler.pipelines.store_claims.StoreClaimsPipeline": 300,
}

EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

# Genealogy-specific knobs (overridden by `genealogy crawl` options).
GENEALOGY_WORKSPACE = "genealogy-data"
GENEALOGY_MAX_LINKS_PER_PAGE = 2000
# Extraction runs in this many worker processes beside the crawl ("auto": one per core;
# 0: in the crawl process).  Extraction costs more CPU per page than fetching does.
GENEALOGY_EXTRACT_WORKERS = "auto"
# The function that reads claims from one document (dotted path).
GENEALOGY_EXTRACTOR = os.environ.get("GENEALOGY_EXTRACTOR", "crawler.extract.extract_document")
# Pages written to the claims store per transaction, and the longest a page waits for its
# commit (a kill -9 loses at most that; the resumed crawl reads those pages again).
GENEALOGY_STORE_BATCH_PAGES = 50
GENEALOGY_STORE_COMMIT_S = 1.0
