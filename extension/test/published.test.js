import { test, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { fakeChrome, fakeFetch } from "./support/fake-chrome.js";
import { lookupCompanies } from "../background/lookup.js";
import { refreshSnapshot } from "../background/snapshot.js";
import { publishedHealth, fetchPublishedAlerts, INDEX_MAX_AGE_MS } from "../background/published.js";
import { handleMessage } from "../background/router.js";
import { watchCompany, checkWatchlist } from "../background/watchlist.js";
import { saveSettings, loadPublished, loadWatchlist } from "../lib/storage.js";
import { normalizeServerUrl } from "../lib/settings.js";
import { healthSummary } from "../lib/server-status.js";

// A folder as `upheaval publish` writes it (pipeline/publish.py), served by a plain static server that
// knows Last-Modified only (python -m http.server) or also an ETag (nginx, object stores).
const FOLDER = "https://cdn.example.com/radar";
const POPUP = { id: "upheavalradartestid", url: "chrome-extension://upheavalradartestid/popup/popup.html" };
const FRESH = { state: "fresh", newest_crawl: "2026-11-25T08:40:12Z" };
const GLOBEX_ALERT = {
  query: "Globex Corporation", match: { company_id: 17, name: "Globex Corporation", matched_on: "exact", confidence: 1 },
  level: "warning", score: 6.2, window_days: 365,
  events: [{ kind: "merger_acquisition", role: "target", summary: "Initech to acquire Globex", date: "2026-11-20", evidence: [] }],
  generated_at: "2026-11-25T09:00:00Z",
};
const SNAPSHOT = {
  generated_at: "2026-11-25T09:00:00Z", window_days: 365,
  companies: [{ company_id: 17, name: "Globex Corporation", keys: ["globex"], level: "warning", score: 6.2, events: GLOBEX_ALERT.events }],
};

function publication(generation = 1, freshness = FRESH) {
  const keysFile = `keys/${String(generation).padStart(16, "a")}.json`;
  return {
    index: { format: "upheaval-radar publication", version: 1, generated_at: "2026-11-25T09:00:00Z", window_days: 365,
             freshness, companies: 1, snapshot: `snapshot/${String(generation).padStart(16, "b")}.json`, keys: keysFile },
    files: {
      [keysFile]: { globex: "alerts/cccccccccccccccc.json" },
      [`snapshot/${String(generation).padStart(16, "b")}.json`]: SNAPSHOT,
      "alerts/cccccccccccccccc.json": GLOBEX_ALERT,
    },
  };
}

const realFetch = globalThis.fetch;
let site;
let served;

function staticServer({ etag = null } = {}) {
  return fakeFetch((url, init) => {
    const path = url.slice(FOLDER.length + 1);
    if (path === "index.json") {
      const headers = { "Last-Modified": `Wed, 25 Nov 2026 09:00:0${served.generation} GMT`, ...(etag ? { ETag: `"g${served.generation}"` } : {}) };
      const sent = init.headers || {};
      if (sent["If-Modified-Since"] === headers["Last-Modified"] || (etag && sent["If-None-Match"] === headers.ETag)) {
        return { status: 304, headers };
      }
      return { headers, body: served.index };
    }
    if (Object.hasOwn(served.files, path)) return { body: served.files[path] };
    return { status: 404, body: "<html>not found</html>" };
  });
}

beforeEach(() => {
  globalThis.chrome = fakeChrome();
  served = { generation: 1, ...publication(1) };
  site = staticServer();
  globalThis.fetch = site.fetch;
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

const paths = () => site.calls.map((c) => c.url.slice(FOLDER.length + 1));

test("static: a flagged name is found through the index and the keys file, each file fetched once", async () => {
  const settings = await saveSettings({ serverUrl: FOLDER, serverKind: "static" });
  const results = await lookupCompanies([{ name: "GLOBEX CORP." }, { name: "Globex" }, { name: "Initech" }], settings, { now: 1000 });
  assert.deepEqual(results.map((r) => r.level), ["warning", "warning", "unknown"]);
  assert.equal(results[0].match.name, "Globex Corporation");
  assert.equal(results[0].query, "GLOBEX CORP.");
  assert.deepEqual(results[0].freshness, FRESH, "freshness comes from the index, which moves with every crawl");
  assert.equal(results[2].reason, undefined, "fresh news: a name not listed is unknown, never clean");
  assert.deepEqual(paths(), ["index.json", "keys/aaaaaaaaaaaaaaa1.json", "alerts/cccccccccccccccc.json"]);
  await lookupCompanies([{ name: "Globex" }, { name: "Initech" }], settings, { now: 2000 });
  assert.equal(site.calls.length, 3, "within the hour: answered from chrome.storage, no request");
});

test("static: the index is revalidated with If-Modified-Since, and a 304 keeps the keys without a fetch", async () => {
  const settings = await saveSettings({ serverUrl: FOLDER, serverKind: "static" });
  await lookupCompanies([{ name: "Globex" }], settings, { now: 1000 });
  await lookupCompanies([{ name: "Vandelay" }], settings, { now: 1000 + INDEX_MAX_AGE_MS + 1 });
  const again = site.calls[3];
  assert.equal(paths()[3], "index.json");
  assert.equal(again.init.headers["If-Modified-Since"], "Wed, 25 Nov 2026 09:00:01 GMT");
  assert.equal(site.calls.length, 4, "304: neither the keys file nor an alert is fetched again");
  assert.equal((await loadPublished()).fetchedAt, 1000 + INDEX_MAX_AGE_MS + 1);
});

test("static: an ETag is sent back as If-None-Match when the server gives one", async () => {
  site = staticServer({ etag: true });
  globalThis.fetch = site.fetch;
  await fetchPublishedAlerts(FOLDER, [{ name: "Globex" }], { now: 1000 });
  await fetchPublishedAlerts(FOLDER, [{ name: "Globex" }], { now: 1001, maxAgeMs: 0 });
  assert.equal(site.calls[3].init.headers["If-None-Match"], '"g1"');
});

test("static: a new publication is read at the next revalidation, past answers cached from the old one", async () => {
  const settings = await saveSettings({ serverUrl: FOLDER, serverKind: "static" });
  const first = await lookupCompanies([{ name: "Globex" }], settings, { now: 1000 });
  assert.equal(first[0].level, "warning");
  served = { generation: 2, ...publication(2) };
  served.files["keys/aaaaaaaaaaaaaaa2.json"] = {};  // Globex no longer flagged
  const later = await lookupCompanies([{ name: "Globex" }], settings, { now: 1000 + INDEX_MAX_AGE_MS + 1 });
  assert.equal(later[0].level, "unknown");
  assert.ok(paths().includes("keys/aaaaaaaaaaaaaaa2.json"));
});

test("static: stale news makes an unlisted name unknown with its reason, as the server would", async () => {
  served = { generation: 1, ...publication(1, { state: "stale", newest_crawl: "2026-11-01T00:00:00Z" }) };
  const [alert] = await fetchPublishedAlerts(FOLDER, [{ name: "Initech" }], { now: 1000 });
  assert.equal(alert.level, "unknown");
  assert.equal(alert.reason, "stale");
});

test("private over a published folder: the index and the snapshot it names, the snapshot only when renamed", async () => {
  const first = await refreshSnapshot(FOLDER, { now: 1000, serverKind: "static" });
  assert.deepEqual(paths(), ["index.json", "snapshot/bbbbbbbbbbbbbbb1.json"]);
  assert.equal(first.data.companies[0].name, "Globex Corporation");
  assert.deepEqual(first.data.freshness, FRESH);
  await refreshSnapshot(FOLDER, { now: 2000, serverKind: "static" });
  assert.deepEqual(paths().slice(2), ["index.json"], "304: the snapshot is not fetched again");
  const settings = await saveSettings({ serverUrl: FOLDER, serverKind: "static", privateMode: true });
  const results = await lookupCompanies([{ name: "Globex Corp" }, { name: "Initech" }], settings, { now: 3000 });
  assert.deepEqual(results.map((r) => r.level), ["warning", "unknown"]);
  assert.ok(!paths().some((p) => p.startsWith("keys/") || p.startsWith("alerts/")), "private: no file depends on a name");
});

test("a folder that is not a publication, or an index naming odd files, is an error, not an answer", async () => {
  served = { generation: 1, index: { hello: "world" }, files: {} };
  await assert.rejects(fetchPublishedAlerts(FOLDER, [{ name: "Globex" }], { now: 1 }), /not an upheaval-radar publication/);
  globalThis.chrome = fakeChrome();
  served = { generation: 1, ...publication(1) };
  served.index = { ...served.index, keys: "../../elsewhere.json" };
  await assert.rejects(fetchPublishedAlerts(FOLDER, [{ name: "Globex" }], { now: 1 }), /odd file/);
  globalThis.chrome = fakeChrome();
  site = fakeFetch(() => ({ status: 404, body: "<html></html>" }));
  globalThis.fetch = site.fetch;
  await assert.rejects(fetchPublishedAlerts(FOLDER, [{ name: "Globex" }], { now: 1 }), /index.json answered 404/);
});

test("Check on a published folder reads its index: what it holds and how fresh", async () => {
  await saveSettings({ serverUrl: FOLDER, serverKind: "static" });
  const reply = await handleMessage({ type: "health" }, POPUP);
  assert.equal(reply.ok, true);
  assert.equal(reply.serverKind, "static");
  assert.equal(reply.health.status, "ok");
  assert.match(healthSummary(reply), /is a publication of 1 flagged companies, published 2026-11-25T09:00:00Z; newest crawl/);
  const stale = publishedHealth({ freshness: { state: "stale", newest_crawl: "2026-11-20T00:00:00Z" } }, Date.parse("2026-11-25T00:00:00Z"));
  assert.equal(stale.status, "degraded");
  assert.equal(stale.newest_crawl_age_seconds, 5 * 86400);
  assert.match(healthSummary({ ok: false, serverKind: "static", serverUrl: FOLDER, error: "server unreachable" }), /upheaval publish DIR/);
});

test("a published folder takes no corrections: nothing is posted even with consent", async () => {
  await saveSettings({ serverUrl: FOLDER, serverKind: "static", sendCorrections: true });
  const reply = await handleMessage({ type: "correction", query: "Globex", company_id: 17, name: "Globex Corporation" }, POPUP);
  assert.deepEqual(reply, { ok: true, sent: false });
  assert.equal(site.calls.length, 0);
});

test("a published folder's URL may be given by its index's address", () => {
  assert.equal(normalizeServerUrl("https://cdn.example.com/radar/index.json", "static"), FOLDER);
  assert.equal(normalizeServerUrl("https://cdn.example.com/radar/", "static"), FOLDER);
  assert.equal(normalizeServerUrl("http://127.0.0.1:8080/", "api"), "http://127.0.0.1:8080");
});

test("the watchlist's check over a folder revalidates the index first, then reads the watched company's alert", async () => {
  const settings = await saveSettings({ serverUrl: FOLDER, serverKind: "static" });
  await watchCompany({ name: "Globex" }, settings);
  const before = site.calls.length;
  const shown = [];
  await checkWatchlist(settings, { notify: async (id, notification) => { shown.push(notification); } });
  const during = site.calls.slice(before).map((c) => c.url.slice(FOLDER.length + 1));
  assert.equal(during[0], "index.json", "within the hour still: a check is about news since the last one");
  assert.ok(site.calls[before].init.headers["If-Modified-Since"]);
  const [entry] = await loadWatchlist();
  assert.equal(entry.name, "Globex Corporation");
  assert.equal(entry.level, "warning");
});
