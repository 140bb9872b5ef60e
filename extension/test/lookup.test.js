import { test, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { fakeChrome, fakeFetch, alertFor } from "./support/fake-chrome.js";
import { lookupCompanies } from "../background/lookup.js";
import { handleMessage, cleanCompanies } from "../background/router.js";

// Message senders as Chrome describes them: a content script in a tab, and the extension's popup.
const PAGE = { id: "upheavalradartestid", tab: { id: 7 }, url: "https://jobs.example.com/jobs/1" };
const POPUP = { id: "upheavalradartestid", url: "chrome-extension://upheavalradartestid/popup/popup.html" };
import { saveSettings, loadSettings, loadCorrections } from "../lib/storage.js";

const SERVER = "http://127.0.0.1:8080";
const realFetch = globalThis.fetch;
let server;

const SNAPSHOT = {
  generated_at: "2026-11-25T19:00:00Z",
  window_days: 365,
  companies: [{ company_id: 17, name: "Globex Corporation", keys: ["globex corporation", "globex"], level: "warning", score: 6,
                events: [{ kind: "merger_acquisition", role: "target", summary: "Initech to acquire Globex", date: "2026-11-20", evidence: [] }] }],
};

beforeEach(() => {
  globalThis.chrome = fakeChrome();
  server = fakeFetch((url, init) => {
    if (url.endsWith("/api/v1/snapshot")) return { headers: { ETag: '"s1"' }, body: SNAPSHOT };
    if (url.endsWith("/api/v1/corrections")) return { status: 201, body: { ok: true } };
    const { companies } = JSON.parse(init.body);
    return { body: { results: companies.map((c) => alertFor(c.name, c.name.startsWith("Globex") ? "warning" : "none")) } };
  });
  globalThis.fetch = server.fetch;
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

const asked = () => server.calls.filter((c) => c.url.includes("/alerts")).flatMap((c) => JSON.parse(c.init.body).companies.map((x) => x.name));

test("online: a company is asked about once per cache period, however many pages show it", async () => {
  const settings = await loadSettings();
  await lookupCompanies([{ name: "Globex" }, { name: "Initech" }], settings, { now: 1000 });
  await lookupCompanies([{ name: "Globex" }, { name: "GLOBEX" }, { name: "Umbrella" }], settings, { now: 2000 });
  await lookupCompanies([{ name: "Umbrella" }, { name: "Initech" }], settings, { now: 3000 });
  assert.deepEqual(asked(), ["Globex", "Initech", "Umbrella"]);
});

test("online: the same company twice on one list page is one name in the batch", async () => {
  const results = await lookupCompanies([{ name: "Globex" }, { name: "Acme" }, { name: "Globex" }], await loadSettings());
  assert.deepEqual(asked(), ["Globex", "Acme"]);
  assert.deepEqual(results.map((r) => r.level), ["warning", "none", "warning"]);
});

test("private: only the snapshot is fetched; names are matched here with the shared normaliser", async () => {
  const settings = await saveSettings({ privateMode: true });
  const results = await lookupCompanies([{ name: "GLOBEX CORP." }, { name: "Globex" }, { name: "Initech" }], settings);
  await lookupCompanies([{ name: "Umbrella" }], settings);
  assert.deepEqual(server.calls.map((c) => c.url), [`${SERVER}/api/v1/snapshot`]);
  assert.deepEqual(results.map((r) => r.level), ["warning", "warning", "unknown"]);
  assert.equal(results[0].match.name, "Globex Corporation");
  assert.equal(results[0].events[0].summary, "Initech to acquire Globex");
});

test("a lookup from a site the user turned off is refused without a request", async () => {
  await saveSettings({ sites: { indeed: false } });
  const reply = await handleMessage({ type: "lookup", site: "indeed", companies: [{ name: "Globex" }] }, PAGE);
  assert.deepEqual(reply, { ok: false, error: "site disabled" });
  assert.equal(server.calls.length, 0);
});

test("the lookup reply says which levels to show, from the sensitivity and checked-marks options", async () => {
  await saveSettings({ sensitivity: "warning", showChecked: true });
  const reply = await handleMessage({ type: "lookup", site: "greenhouse", companies: [{ name: "Globex", domain: "globex.com" }] }, PAGE);
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.display.levels, ["warning", "none"]);
  assert.equal(reply.results[0].level, "warning");
});

test("malformed lookups are refused", async () => {
  for (const companies of [[], [{ name: "" }], [{ name: 42 }], "Globex", Array(201).fill({ name: "x" })]) {
    assert.equal((await handleMessage({ type: "lookup", site: "greenhouse", companies }, PAGE)).ok, false);
  }
  assert.equal((await handleMessage({ type: "no-such-thing" }, PAGE)).error, "unknown message");
  assert.equal(server.calls.length, 0);
});

test("an unreachable server is reported as such to the page", async () => {
  globalThis.fetch = async () => { throw new TypeError("Failed to fetch"); };
  const reply = await lookupCompanies([{ name: "Globex" }], await loadSettings(), { apiOptions: { sleep: async () => {} } })
    .then(() => null, (error) => error.message);
  assert.equal(reply, "server unreachable");
});

test("a correction is kept locally, not sent without consent, and hides that match from then on", async () => {
  const reply = await handleMessage({ type: "correction", site: "greenhouse", query: "Globex", company_id: "Globex".length, name: "Globex" }, POPUP);
  assert.deepEqual(reply, { ok: true, sent: false });
  assert.equal(server.calls.length, 0);
  const [stored] = await loadCorrections();
  assert.equal(stored.key, "globex");
  const [alert] = await lookupCompanies([{ name: "Globex" }], await loadSettings());
  assert.equal(alert.level, "unknown");
  assert.equal(alert.corrected, true);
});

test("with consent, a correction is also sent to the server, without the page address", async () => {
  await saveSettings({ sendCorrections: true });
  const reply = await handleMessage({ type: "correction", site: "lever", query: "Acme", company_id: 4, name: "Acme Corp" }, POPUP);
  assert.equal(reply.sent, true);
  const sent = server.calls.find((c) => c.url.endsWith("/api/v1/corrections"));
  assert.deepEqual(Object.keys(JSON.parse(sent.init.body)).sort(), ["at", "company_id", "name", "query", "site"]);
});

test("names and hints are cleaned to what the server accepts, so one odd card cannot fail a batch", () => {
  assert.deepEqual(cleanCompanies([
    { name: "  Acme\u0000 Widgets\n", domain: "acme.com", ats: "greenhouse:acme" },
    { name: "Globex", domain: "not a domain", ats: "Greenhouse: globex" },
    { name: "x".repeat(300) },
  ]), [
    { name: "Acme Widgets", domain: "acme.com", ats: "greenhouse:acme" },
    { name: "Globex", domain: null, ats: null },
    { name: "x".repeat(200), domain: null, ats: null },
  ]);
  assert.equal(cleanCompanies([{ name: "\u0001\u0002" }]), null);
});

test("private: a name two flagged companies share is matched to neither; exact names beat aliases", async () => {
  const { matchLocally } = await import("../background/snapshot.js");
  const company = (id, name, keys, level = "warning") => ({ company_id: id, name, keys, level, score: 5, events: [] });
  const snapshot = { data: { companies: [
    company(1, "Apex Bank", ["apex bank", "apex"]),
    company(2, "Apex Mining", ["apex mining", "apex"]),
    company(3, "Meta Platforms", ["meta platforms", "facebook"], "watch"),
    company(4, "Facebook", ["facebook"], "warning"),
  ] } };
  const levels = matchLocally(snapshot, [{ name: "Apex" }, { name: "APEX BANK" }, { name: "Facebook, Inc." }])
    .map((r) => [r.level, r.match && r.match.company_id]);
  assert.deepEqual(levels, [["unknown", null], ["warning", 1], ["warning", 4]]);
});

test("private: a display name's brand and a possessive a headline left off match as the server matches them", async () => {
  const { matchLocally } = await import("../background/snapshot.js");
  const company = (id, name) => ({ company_id: id, name, keys: [name.toLowerCase()], level: "warning", score: 5, events: [] });
  const snapshot = { data: { companies: [company(1, "Fenwick Radio"), company(2, "Giga"), company(3, "Harlow"),
    company(4, "Tallis - Brook Partners")] } };
  const ids = matchLocally(snapshot, ["Fenwick Radio - Radio Nord", "Giga (giga.example)", "Harlow's", "Harlows",
    "Tallis - Brook Partners", "Quorra - Radio Nord"].map((name) => ({ name }))).map((r) => r.match && r.match.company_id);
  assert.deepEqual(ids, [1, 2, 3, null, 4, null]);
});

test("a content script may only ask for lookups: corrections and settings-side messages need the extension's own pages", async () => {
  const asPage = await handleMessage({ type: "correction", site: "lever", query: "Acme", company_id: 4, name: "Acme Corp" }, PAGE);
  assert.deepEqual({ ...asPage }, { ok: false, error: "not allowed from this sender" });
  assert.equal((await loadCorrections()).length, 0);
  assert.equal((await handleMessage({ type: "refresh-snapshot" }, PAGE)).ok, false);
  const stranger = { id: "someotherextension", url: "chrome-extension://someotherextension/x.html" };
  assert.equal((await handleMessage({ type: "lookup", site: "indeed", companies: [{ name: "Globex" }] }, stranger)).error, "not allowed from this sender");
  assert.equal((await handleMessage({ type: "lookup", site: "indeed", companies: [{ name: "Globex" }] }, undefined)).error, "not allowed from this sender");
});
