import { test } from "node:test";
import assert from "node:assert/strict";
import { fakeFetch, alertFor } from "./support/fake-chrome.js";
import { fetchAlerts, fetchSnapshot, fetchWithRetry, backoffDelay, BATCH_LIMIT } from "../background/api.js";

const SERVER = "http://127.0.0.1:8080";
const noJitter = { random: () => 1 };

function recordingSleep() {
  const delays = [];
  return { delays, sleep: async (ms) => { delays.push(ms); } };
}

function batchServer() {
  return fakeFetch((url, init) => {
    const { companies } = JSON.parse(init.body);
    return { body: { results: companies.map((c) => alertFor(c.name, "warning")), generated_at: "x" } };
  });
}

test("a page's companies go out as one batch, in chunks of 50, answers kept in order", async () => {
  const { fetch, calls } = batchServer();
  const companies = Array.from({ length: 120 }, (_, i) => ({ name: `Company ${i}` }));
  const results = await fetchAlerts(SERVER, companies, { fetch });
  assert.equal(calls.length, 3);
  assert.deepEqual(calls.map((c) => JSON.parse(c.init.body).companies.length), [BATCH_LIMIT, BATCH_LIMIT, 20]);
  assert.ok(calls.every((c) => c.url === `${SERVER}/api/v1/alerts/batch` && c.init.method === "POST"));
  assert.deepEqual(results.map((r) => r.query), companies.map((c) => c.name));
});

test("hints travel with the name; empty hints are left out", async () => {
  const { fetch, calls } = batchServer();
  await fetchAlerts(SERVER, [{ name: "GitLab", domain: "gitlab.com", ats: "greenhouse:gitlab" }, { name: "Acme", domain: null }], { fetch });
  assert.deepEqual(JSON.parse(calls[0].init.body).companies, [
    { name: "GitLab", domain: "gitlab.com", ats: "greenhouse:gitlab" },
    { name: "Acme" },
  ]);
});

test("a 503 is retried with growing delays, then the answer is used", async () => {
  const { delays, sleep } = recordingSleep();
  const { fetch, calls } = fakeFetch((url, init, n) => (n < 3 ? { status: 503, body: { code: 503, message: "busy" } }
    : { body: { results: [alertFor("Acme", "watch")] } }));
  const [alert] = await fetchAlerts(SERVER, [{ name: "Acme" }], { fetch, sleep, baseDelayMs: 100, ...noJitter });
  assert.equal(alert.level, "watch");
  assert.equal(calls.length, 3);
  assert.deepEqual(delays, [100, 200]);
});

test("Retry-After from the server sets the wait", async () => {
  const { delays, sleep } = recordingSleep();
  const { fetch } = fakeFetch((url, init, n) => (n === 1 ? { status: 429, headers: { "Retry-After": "2" }, body: {} }
    : { body: { results: [alertFor("Acme")] } }));
  await fetchAlerts(SERVER, [{ name: "Acme" }], { fetch, sleep });
  assert.deepEqual(delays, [2000]);
});

test("an unreachable server is tried a bounded number of times, then reported as unreachable", async () => {
  const { delays, sleep } = recordingSleep();
  const { fetch, calls } = fakeFetch(() => new TypeError("Failed to fetch"));
  await assert.rejects(fetchAlerts(SERVER, [{ name: "Acme" }], { fetch, sleep, retries: 3, baseDelayMs: 50, ...noJitter }),
    { message: "server unreachable" });
  assert.equal(calls.length, 4);
  assert.deepEqual(delays, [50, 100, 200]);
});

test("a 400 is not retried and carries the server's message", async () => {
  const { fetch, calls } = fakeFetch(() => ({ status: 400, body: { code: 400, message: "company is too long" } }));
  await assert.rejects(fetchAlerts(SERVER, [{ name: "x".repeat(10) }], { fetch }), { message: "company is too long" });
  assert.equal(calls.length, 1);
});

test("a server without the batch endpoint is asked one company at a time", async () => {
  const { fetch, calls } = fakeFetch((url) => (url.endsWith("/batch") ? { status: 404, body: { code: 404, message: "not found" } }
    : { body: alertFor(new URL(url).searchParams.get("company"), "warning") }));
  const results = await fetchAlerts(SERVER, [{ name: "Acme & Co", ats: "lever:acme" }, { name: "Globex" }], { fetch });
  assert.deepEqual(results.map((r) => r.query), ["Acme & Co", "Globex"]);
  assert.equal(calls[1].url, `${SERVER}/api/v1/alerts?company=Acme+%26+Co&ats=lever%3Aacme`);
});

test("a batch answer of the wrong length is refused rather than misattributed", async () => {
  const { fetch } = fakeFetch(() => ({ body: { results: [alertFor("A")] } }));
  await assert.rejects(fetchAlerts(SERVER, [{ name: "A" }, { name: "B" }], { fetch }), /does not match/);
});

test("the snapshot is fetched conditionally: the stored ETag goes out, a 304 means keep the copy", async () => {
  const { fetch, calls } = fakeFetch((url, init) => (init.headers["If-None-Match"] === '"v1"' ? { status: 304, body: "" }
    : { headers: { ETag: '"v1"' }, body: { companies: [] } }));
  const first = await fetchSnapshot(SERVER, null, { fetch });
  assert.equal(first.etag, '"v1"');
  assert.deepEqual(await fetchSnapshot(SERVER, first.etag, { fetch }), { notModified: true });
  assert.equal(calls[1].url, `${SERVER}/api/v1/snapshot`);
});

test("backoff grows exponentially, stays under the cap, and is jittered", () => {
  const opts = { baseDelayMs: 300, maxDelayMs: 8000, random: () => 0 };
  assert.deepEqual([0, 1, 2, 10].map((a) => backoffDelay(a, opts)), [150, 300, 600, 4000]);
  assert.equal(backoffDelay(10, { ...opts, random: () => 1 }), 8000);
});

test("fetchWithRetry returns non-retryable answers as they are", async () => {
  const { fetch } = fakeFetch(() => ({ status: 404, body: {} }));
  const response = await fetchWithRetry(`${SERVER}/nowhere`, {}, { fetch });
  assert.equal(response.status, 404);
});
