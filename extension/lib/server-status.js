// What the extension's own pages (popup, options) say about the server: whether it answers, whether its
// news is fresh (GET /healthz, docs/api.md, "Health"), and what to do when it cannot be reached.
// Pure: the background's health reply in, sentences out.

export const START_SERVER =
  "Start it with `make run` in the upheaval-radar folder (it crawls and serves), or `upheaval serve` for the API alone";

export const KEEP_CRAWLING =
  "Keep `make run` (or `upheaval run`) running to crawl on schedule; `upheaval sources` shows why a source fails";

// The same wording as the badge's popover (content/shared/badge.js), which this module cannot import:
// content scripts are classic scripts, and the options page does not load them.
export function describeAge(seconds) {
  for (const [unit, size] of [["day", 86400], ["hour", 3600], ["minute", 60]]) {
    const count = Math.floor(seconds / size);
    if (count >= 1) return `${count} ${unit}${count === 1 ? "" : "s"}`;
  }
  return "less than a minute";
}

// The next step when the server does not answer.
export function unreachableHelp(serverUrl) {
  return `Server: ${serverUrl || "not set"}. ${START_SERVER}; check its address in the options; or switch to `
    + "private mode there, which works from a copy of the server's list once it has fetched one.";
}

// Why a degraded server's answers say "unknown", or null when it is healthy.
export function degradedText(health) {
  if (!health || health.status !== "degraded") return null;
  if (health.reason === "no_data" || !health.newest_crawl) {
    return "it has not crawled any news yet, so it answers \u201cunknown\u201d, never \u201cnothing found\u201d, until it does";
  }
  const age = Number.isFinite(health.newest_crawl_age_seconds) ? ` is ${describeAge(health.newest_crawl_age_seconds)} old` : " is old";
  return `no fresh news: its newest crawl${age}, so companies with nothing found are \u201cunknown\u201d until it crawls again`;
}

export const PUBLISH_FOLDER =
  "Write one with `upheaval publish DIR` and serve DIR from any web server; the URL is the folder that holds index.json";

// The options page's "Check" for a published folder (background/published.js: publishedHealth).
function publicationSummary(reply) {
  const folder = reply.serverUrl || "The folder";
  if (!reply.ok) return `${folder}: no publication could be read (${reply.error || "unreachable"}). ${PUBLISH_FOLDER}.`;
  const health = reply.health || {};
  const what = `${folder} is a publication of ${health.companies ?? "?"} flagged companies, published ${health.published_at || "at an unknown time"}`;
  const degraded = degradedText(health);
  return degraded ? `${what}, from news that is not fresh: ${degraded}. Publish again after a crawl.` : `${what}; newest crawl ${health.newest_crawl}.`;
}

// The options page's "Check": answers or not, and degraded said plainly.
export function healthSummary(reply) {
  if (reply && reply.serverKind === "static") return publicationSummary(reply);
  const server = (reply && reply.serverUrl) || "The server";
  if (!reply || !reply.ok) return `${server} is unreachable. ${START_SERVER}.`;
  const health = reply.health || {};
  const degraded = degradedText(health);
  if (degraded) return `${server} answers, but is degraded: ${degraded}. ${KEEP_CRAWLING}.`;
  return `${server} answers; newest crawl ${health.newest_crawl || "unknown"}.`;
}
