// Never clean without evidence (docs/scoring.md, "Fresh data"): when the server's news is stale or missing,
// the popup and the popover say so, the options page's Check says "degraded", and an unreachable server
// comes with a next step.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { contentWindow } from "./support/dom.js";
import { fakeChrome, alertFor } from "./support/fake-chrome.js";
import { healthSummary, unreachableHelp, degradedText } from "../lib/server-status.js";
import { matchLocally } from "../background/snapshot.js";
import { readFresh, remember } from "../background/cache.js";

const GENERATED = "2026-11-25T19:00:00Z";
const FIVE_DAYS_BEFORE = "2026-11-20T18:00:00Z";
const STALE = { state: "stale", newest_crawl: FIVE_DAYS_BEFORE };
const NO_DATA = { state: "no_data", newest_crawl: null };

beforeEach(() => {
  globalThis.chrome = fakeChrome();
});

function badgeApi() {
  return contentWindow().UpheavalRadar.badge;
}

test("the popup's line for a company unknown for want of fresh news says how old the news is", () => {
  const { unknownText } = badgeApi();
  const stale = alertFor("Apple Inc.", "none", { level: "unknown", reason: "stale", freshness: STALE });
  assert.equal(unknownText("Apple", stale),
    "No fresh news: the server's newest crawl is 5 days old, so upheaval-radar cannot say whether \u201cApple\u201d is "
    + "in upheaval (not a clean bill of health).");
  const never = alertFor("Apple Inc.", "none", { level: "unknown", reason: "no_data", freshness: NO_DATA });
  assert.match(unknownText("Apple", never), /^The server has not crawled any news yet, so upheaval-radar cannot say/);
});

test("an unrecognised name and a corrected match keep their own lines", () => {
  const { unknownText } = badgeApi();
  const notFound = alertFor("Zzyzx", "unknown", { reason: "not_found", freshness: STALE });
  assert.match(unknownText("Zzyzx", notFound), /company not recognised/);
  assert.match(unknownText("Zzyzx", { ...notFound, reason: "stale", corrected: true }), /you marked the match as wrong/);
});

test("a flagged company with stale news keeps its level, and the popover says how old the news is", () => {
  const win = contentWindow();
  const alert = alertFor("Globex Corporation", "warning", {
    freshness: STALE,
    events: [{ kind: "merger_acquisition", role: "target", date: "2026-11-18", summary: "Initech to acquire Globex", evidence: [] }],
  });
  const box = win.document.createElement("div");
  win.UpheavalRadar.badge.renderDetails(win.document, box, alert);
  assert.match(box.querySelector(".level").textContent, /^Warning/);
  assert.equal(box.querySelector(".freshness").textContent,
    "No fresh news: the server's newest crawl is 5 days old. What is shown is what it had read by then.");
  const fresh = win.document.createElement("div");
  win.UpheavalRadar.badge.renderDetails(win.document, fresh, { ...alert, freshness: { state: "fresh", newest_crawl: GENERATED } });
  assert.equal(fresh.querySelector(".freshness"), null);
});

test("the options page's Check says degraded plainly, with the age or the absence of crawls", () => {
  const server = "http://127.0.0.1:8080";
  const stale = healthSummary({ ok: true, serverUrl: server, health: {
    status: "degraded", reason: "stale", newest_crawl: FIVE_DAYS_BEFORE, newest_crawl_age_seconds: 5 * 86400 + 60 } });
  assert.match(stale, /^http:\/\/127\.0\.0\.1:8080 answers, but is degraded: no fresh news: its newest crawl is 5 days old/);
  assert.match(stale, /make run/);
  const never = healthSummary({ ok: true, serverUrl: server, health: { status: "degraded", reason: "no_data", newest_crawl: null } });
  assert.match(never, /degraded: it has not crawled any news yet/);
  const ok = healthSummary({ ok: true, serverUrl: server, health: { status: "ok", newest_crawl: GENERATED } });
  assert.equal(ok, `${server} answers; newest crawl ${GENERATED}.`);
  assert.equal(degradedText({ status: "ok" }), null);
  assert.match(healthSummary({ ok: false, serverUrl: server }), /is unreachable\. Start it with `make run`/);
});

test("an unreachable server comes with how to start it, or private mode", () => {
  const help = unreachableHelp("http://127.0.0.1:8080");
  assert.match(help, /^Server: http:\/\/127\.0\.0\.1:8080\. Start it with `make run`/);
  assert.match(help, /`upheaval serve`/);
  assert.match(help, /private mode/);
});

test("private mode: a name missing from a stale snapshot is unknown for that reason; a flagged one keeps its level", () => {
  const snapshot = { data: { generated_at: GENERATED, window_days: 365, freshness: STALE, companies: [
    { company_id: 7, name: "Globex Corporation", keys: ["globex"], level: "warning", score: 7, events: [] }] } };
  const [flagged, other] = matchLocally(snapshot, [{ name: "Globex Corporation" }, { name: "Apple" }]);
  assert.equal(flagged.level, "warning");
  assert.deepEqual(flagged.freshness, STALE);
  assert.equal(other.level, "unknown");
  assert.equal(other.reason, "stale");
  const fresh = matchLocally({ data: { ...snapshot.data, freshness: { state: "fresh", newest_crawl: GENERATED } } }, [{ name: "Apple" }]);
  assert.equal(fresh[0].reason, undefined);
});

test("an answer unknown for want of fresh news is not cached: the next crawl may answer it", async () => {
  const server = "http://127.0.0.1:8080";
  const companies = [{ name: "Apple" }, { name: "Globex" }];
  await remember(server, companies, [
    alertFor("Apple Inc.", "unknown", { reason: "no_data", freshness: NO_DATA }),
    alertFor("Globex", "warning", { freshness: NO_DATA }),
  ], { now: 1000 });
  const cached = await readFresh(server, companies, { now: 2000 });
  assert.equal(cached[0], null);
  assert.equal(cached[1].level, "warning");
});
