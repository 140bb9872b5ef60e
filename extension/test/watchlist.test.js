import { test, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { fakeChrome, fakeFetch, alertFor } from "./support/fake-chrome.js";
import { handleMessage } from "../background/router.js";
import { checkWatchlist, watchCompany, exportWatchlist, importWatchlist, parseWatchlistFile, notificationUrl, WATCH_ALARM } from "../background/watchlist.js";
import { saveSettings, loadSettings, loadWatchlist, loadNotificationLog } from "../lib/storage.js";

const PAGE = { id: "upheavalradartestid", tab: { id: 7 }, url: "https://jobs.example.com/jobs/1" };
const POPUP = { id: "upheavalradartestid", url: "chrome-extension://upheavalradartestid/popup/popup.html" };
const realFetch = globalThis.fetch;

const DEAL = { kind: "merger_acquisition", role: "target", stage: "announced", summary: "Initech to acquire Globex", date: "2026-11-20",
               abrupt: false, evidence: [{ title: "Initech to acquire Globex", url: "https://news.example.com/globex.html", publisher: "Wire" }] };
const LAYOFFS = { kind: "layoffs", role: null, stage: null, summary: "Globex to cut 900 jobs", date: "2026-11-27",
                  abrupt: false, evidence: [{ title: "Globex to cut 900 jobs", url: "https://news.example.com/globex-cuts.html", publisher: "Wire" }] };

// What the server says about each name now; tests change it between checks.
let world;
let server;
const notifications = [];
const notify = async (id, shown) => { notifications.push(shown); };

function answer(name) {
  const now = world[name] || { level: "none", events: [] };
  return alertFor(name, now.level, { events: now.events, match: { company_id: 17, name: "Globex Corporation", matched_on: "exact", confidence: 1 } });
}

beforeEach(() => {
  globalThis.chrome = fakeChrome();
  notifications.length = 0;
  world = { Globex: { level: "watch", events: [DEAL] }, "Globex Corporation": { level: "watch", events: [DEAL] } };
  server = fakeFetch((url, init) => {
    if (url.endsWith("/api/v1/snapshot")) {
      const now = world["Globex Corporation"];
      const companies = now.level === "none" ? [] : [{ company_id: 17, name: "Globex Corporation", keys: ["globex corporation", "globex"], level: now.level, score: 5, events: now.events }];
      return { headers: { ETag: `"${JSON.stringify(now).length}"` }, body: { generated_at: "2026-11-28T00:00:00Z", window_days: 365, companies } };
    }
    const { companies } = JSON.parse(init.body);
    return { body: { results: companies.map((c) => answer(c.name)) } };
  });
  globalThis.fetch = server.fetch;
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

const batches = () => server.calls.filter((c) => c.url.endsWith("/alerts/batch")).map((c) => JSON.parse(c.init.body).companies.map((x) => x.name));

test("watching stores the company the lookup resolved, with its level and latest event, and schedules the check", async () => {
  const reply = await handleMessage({ type: "watch", company: { name: "Globex" } }, POPUP);
  assert.equal(reply.ok, true);
  const [entry] = await loadWatchlist();
  assert.equal(entry.company_id, 17);
  assert.equal(entry.name, "Globex Corporation");
  assert.equal(entry.level, "watch");
  assert.deepEqual(entry.latest, { kind: "merger_acquisition", summary: "Initech to acquire Globex", date: "2026-11-20", url: "https://news.example.com/globex.html" });
  assert.ok(globalThis.chrome.alarms.all.has(WATCH_ALARM));
  assert.equal((await handleMessage({ type: "watch", company: { name: "GLOBEX" } }, POPUP)).already, true);
  assert.equal((await loadWatchlist()).length, 1);
});

test("a content script may add to the watchlist but never remove, list, check or import", async () => {
  assert.equal((await handleMessage({ type: "watch", site: "greenhouse", company: { name: "Globex" } }, PAGE)).ok, true);
  for (const message of [{ type: "unwatch", company_id: 17 }, { type: "watchlist" }, { type: "check-watchlist" },
                         { type: "import-watchlist", text: "{}" }, { type: "export-watchlist" }]) {
    assert.deepEqual(await handleMessage(message, PAGE), { ok: false, error: "not allowed from this sender" }, message.type);
  }
  assert.equal((await loadWatchlist()).length, 1);
  assert.equal((await handleMessage({ type: "unwatch", company_id: 17 }, POPUP)).removed, 1);
  assert.deepEqual(await loadWatchlist(), []);
  assert.ok(!globalThis.chrome.alarms.all.has(WATCH_ALARM), "nothing watched, nothing scheduled");
});

test("an unrecognised company is not watched", async () => {
  server = fakeFetch((url, init) => ({ body: { results: JSON.parse(init.body).companies.map((c) => alertFor(c.name, "unknown")) } }));
  globalThis.fetch = server.fetch;
  const reply = await handleMessage({ type: "watch", company: { name: "Nonesuch" } }, POPUP);
  assert.deepEqual(reply, { ok: false, error: "company not recognised" });
});

test("the check asks the server in one batch, past the cache, and stays quiet when nothing changed", async () => {
  await watchCompany({ name: "Globex" }, await loadSettings());
  server.calls.length = 0;
  const result = await checkWatchlist(await loadSettings(), { notify, now: Date.parse("2026-11-28T12:00:00Z") });
  assert.deepEqual(batches(), [["Globex Corporation"]]);
  assert.equal(result.checked, 1);
  assert.deepEqual(notifications, []);
  assert.equal((await loadWatchlist())[0].checkedAt, "2026-11-28T12:00:00.000Z");
});

test("a new event notifies with the company's name and the headline; a click opens its evidence", async () => {
  await watchCompany({ name: "Globex" }, await loadSettings());
  world["Globex Corporation"] = { level: "watch", events: [LAYOFFS, DEAL] };
  await checkWatchlist(await loadSettings(), { notify });
  assert.equal(notifications.length, 1);
  assert.equal(notifications[0].title, "Globex Corporation: new event");
  assert.equal(notifications[0].message, "Globex to cut 900 jobs");
  assert.equal(await notificationUrl(notifications[0].id), "https://news.example.com/globex-cuts.html");
  assert.equal((await loadNotificationLog()).length, 1);
  const [entry] = await loadWatchlist();
  assert.equal(entry.latest.summary, "Globex to cut 900 jobs");
  await checkWatchlist(await loadSettings(), { notify });
  assert.equal(notifications.length, 1, "the same event is news once");
});

test("a rise in level notifies; a fall does not", async () => {
  await watchCompany({ name: "Globex" }, await loadSettings());
  world["Globex Corporation"] = { level: "warning", events: [DEAL] };
  await checkWatchlist(await loadSettings(), { notify });
  assert.deepEqual(notifications.map((n) => [n.title, n.message]), [["Globex Corporation: now Warning", "Initech to acquire Globex"]]);
  world["Globex Corporation"] = { level: "none", events: [] };
  await checkWatchlist(await loadSettings(), { notify });
  assert.equal(notifications.length, 1);
  assert.equal((await loadWatchlist())[0].level, "none");
});

test("private mode reads the snapshot and sends no watched name", async () => {
  await watchCompany({ name: "Globex" }, await loadSettings());
  await saveSettings({ privateMode: true });
  server.calls.length = 0;
  world["Globex Corporation"] = { level: "warning", events: [LAYOFFS, DEAL] };
  await checkWatchlist(await loadSettings(), { notify });
  assert.deepEqual(server.calls.map((c) => c.url), ["http://127.0.0.1:8080/api/v1/snapshot"]);
  assert.equal(notifications.length, 1);
  assert.equal(notifications[0].title, "Globex Corporation: now Warning");
  assert.equal(notifications[0].message, "Globex to cut 900 jobs");
});

test("export and import round-trip; imported companies get a baseline first, then news", async () => {
  await watchCompany({ name: "Globex" }, await loadSettings());
  const { file } = await handleMessage({ type: "export-watchlist" }, POPUP);
  assert.equal(file.format, "upheaval-radar watchlist");
  assert.deepEqual(file.companies.map((c) => [c.company_id, c.name]), [[17, "Globex Corporation"]]);
  globalThis.chrome = fakeChrome();
  const reply = await handleMessage({ type: "import-watchlist", text: JSON.stringify(file) }, POPUP);
  assert.deepEqual(reply, { ok: true, added: 1, skipped: 0 });
  assert.deepEqual((await handleMessage({ type: "import-watchlist", text: JSON.stringify(file) }, POPUP)), { ok: true, added: 0, skipped: 1 });
  assert.equal((await loadWatchlist())[0].seen, null);
  await checkWatchlist(await loadSettings(), { notify });
  assert.deepEqual(notifications, [], "the first check of an imported company only records where it stands");
  world["Globex Corporation"] = { level: "warning", events: [LAYOFFS, DEAL] };
  await checkWatchlist(await loadSettings(), { notify });
  assert.equal(notifications.length, 1);
});

test("bad import files are refused with a reason and change nothing", async () => {
  const good = { format: "upheaval-radar watchlist", version: 1, companies: [{ company_id: 17, name: "Globex" }] };
  const bad = [
    ["not json", "{"],
    ["another file", JSON.stringify({ companies: [] })],
    ["a future version", JSON.stringify({ ...good, version: 2 })],
    ["no id", JSON.stringify({ ...good, companies: [{ name: "Globex" }] })],
    ["a string id", JSON.stringify({ ...good, companies: [{ company_id: "17", name: "Globex" }] })],
    ["no name", JSON.stringify({ ...good, companies: [{ company_id: 17, name: "\u0007 " }] })],
    ["too many", JSON.stringify({ ...good, companies: Array.from({ length: 201 }, (_, i) => ({ company_id: i + 1, name: `C${i}` })) })],
    ["too large", " ".repeat(1024 * 1024 + 1)],
    ["not text", 42],
  ];
  for (const [why, text] of bad) {
    assert.ok(parseWatchlistFile(text) instanceof Error, why);
    const reply = await importWatchlist(text);
    assert.equal(reply.ok, false, why);
    assert.equal(typeof reply.error, "string", why);
  }
  assert.deepEqual(await loadWatchlist(), []);
  assert.deepEqual(await exportWatchlist().then((f) => f.companies), []);
});
