"""The vocabulary shared by every part of upheaval-radar. A leaf module: it imports nothing."""

# Event kinds
MERGER_ACQUISITION = "merger_acquisition"
EXECUTIVE_DEPARTURE = "executive_departure"
LAYOFFS = "layoffs"  # job cuts, closures with job losses, WARN notices
BANKRUPTCY = "bankruptcy"  # a filing, a warning that one is coming, or emergence from one
EVENT_KINDS = (MERGER_ACQUISITION, EXECUTIVE_DEPARTURE, LAYOFFS, BANKRUPTCY)

# The company's role in a merger/acquisition
ROLE_TARGET = "target"  # being acquired: the strongest signal
ROLE_ACQUIRER = "acquirer"
ROLE_MERGER = "merger"  # merger of equals
ROLE_UNSPECIFIED = "unspecified"  # the deal is certain, the company's role in it was not read
DEAL_ROLES = (ROLE_TARGET, ROLE_ACQUIRER, ROLE_MERGER, ROLE_UNSPECIFIED)

# Deal stages
STAGE_RUMORED = "rumored"
STAGE_ANNOUNCED = "announced"
STAGE_COMPLETED = "completed"
STAGE_TERMINATED = "terminated"
DEAL_STAGES = (STAGE_RUMORED, STAGE_ANNOUNCED, STAGE_COMPLETED, STAGE_TERMINATED)

# Bankruptcy stages (event field `stage`, as deals use it)
BANKRUPTCY_WARNING = "warning"  # going-concern doubt, preparing / considering a filing, missed payment
BANKRUPTCY_FILED = "filed"  # Chapter 11 / 7 / 15, administration, receivership, insolvency
BANKRUPTCY_EMERGED = "emerged"  # plan confirmed, exits Chapter 11
BANKRUPTCY_STAGES = (BANKRUPTCY_WARNING, BANKRUPTCY_FILED, BANKRUPTCY_EMERGED)

# Layoff event fields: `jobs` (int, number of jobs cut, None when the text gives none), `share`
# (float in (0, 1], the fraction of staff, None when not given) and `site` (where, as a WARN notice names
# it: "Fresno, CA"; None for news and filings).
LAYOFF_JOBS_FIELD = "jobs"
LAYOFF_SHARE_FIELD = "share"
LAYOFF_SITE_FIELD = "site"
LAYOFF_FIELDS = (LAYOFF_JOBS_FIELD, LAYOFF_SHARE_FIELD, LAYOFF_SITE_FIELD)
# A layoff counts as large (a `warning`, not a `watch`) at or above either of these
LARGE_LAYOFF_JOBS = 1000
LARGE_LAYOFF_SHARE = 0.10

# Seniority of a departing person
SENIORITY_C_SUITE = "c_suite"
SENIORITY_FOUNDER = "founder"
SENIORITY_PRESIDENT = "president"
SENIORITY_BOARD_CHAIR = "board_chair"
SENIORITY_VP = "vp"
SENIORITY_DIRECTOR_BOARD = "director_board"
SENIORITIES = (
    SENIORITY_C_SUITE,
    SENIORITY_FOUNDER,
    SENIORITY_PRESIDENT,
    SENIORITY_BOARD_CHAIR,
    SENIORITY_VP,
    SENIORITY_DIRECTOR_BOARD,
)

# Alert levels
LEVEL_WARNING = "warning"
LEVEL_WATCH = "watch"
LEVEL_NONE = "none"  # we know the company and found nothing in the window
LEVEL_UNKNOWN = "unknown"  # we do not recognise the company: never shown as clean
LEVELS = (LEVEL_WARNING, LEVEL_WATCH, LEVEL_NONE, LEVEL_UNKNOWN)

# Why an alert is `unknown` (its `reason`)
REASON_NOT_FOUND = "not_found"  # no company matched the name (`candidates`, when present: it was ambiguous)
REASON_NO_DATA = "no_data"  # no successful crawl yet: we have read no news, so cannot say "nothing found"
REASON_STALE = "stale"  # the newest successful crawl is too old for "nothing found" (pipeline/freshness.py)
UNKNOWN_REASONS = (REASON_NOT_FOUND, REASON_NO_DATA, REASON_STALE)

# Source kinds in sources.toml
SOURCE_FEED = "feed"
SOURCE_EDGAR = "edgar"
SOURCE_PAGE = "page"
SOURCE_WARN = "warn"  # state WARN Act notices, read through warn-scraper
SOURCE_KINDS = (SOURCE_FEED, SOURCE_EDGAR, SOURCE_PAGE, SOURCE_WARN)

# How a query was matched to a company
MATCHED_EXACT = "exact"
MATCHED_ALIAS = "alias"
MATCHED_FUZZY = "fuzzy"

# Limits on text we store and serve
MAX_TITLE_CHARS = 500
MAX_SUMMARY_CHARS = 5000
MAX_BODY_CHARS = 100_000
MAX_QUERY_CHARS = 200
