import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { fakeChrome, alertFor } from "./support/fake-chrome.js";
import { cacheKey, readFresh, remember, purge } from "../background/cache.js";
import { CACHE_TTL_MS } from "../lib/settings.js";

const SERVER = "http://127.0.0.1:8080";

beforeEach(() => {
  globalThis.chrome = fakeChrome();
});

test("names that normalise alike share a cache entry; hints and servers do not", () => {
  assert.equal(cacheKey(SERVER, { name: "Acme Corp." }), cacheKey(SERVER, { name: "ACME CORP" }));
  assert.notEqual(cacheKey(SERVER, { name: "Acme" }), cacheKey(SERVER, { name: "Acme", ats: "greenhouse:acme" }));
  assert.notEqual(cacheKey(SERVER, { name: "Acme" }), cacheKey("http://other:1", { name: "Acme" }));
});

test("an answer is served within its TTL and not after", async () => {
  const companies = [{ name: "Acme" }, { name: "Globex" }];
  await remember(SERVER, companies.slice(0, 1), [alertFor("Acme", "warning")], { now: 1000 });
  const inside = await readFresh(SERVER, companies, { now: 1000 + CACHE_TTL_MS - 1 });
  assert.equal(inside[0].level, "warning");
  assert.equal(inside[1], null);
  const after = await readFresh(SERVER, companies, { now: 1000 + CACHE_TTL_MS });
  assert.deepEqual(after, [null, null]);
});

test("a cached answer carries the name as asked this time", async () => {
  await remember(SERVER, [{ name: "Acme Corp" }], [alertFor("Acme Corp", "watch")], { now: 0 });
  const [hit] = await readFresh(SERVER, [{ name: "ACME CORP." }], { now: 5 });
  assert.equal(hit.query, "ACME CORP.");
  assert.equal(hit.level, "watch");
});

test("an entry stamped in the future (clock moved back) is not trusted", async () => {
  await remember(SERVER, [{ name: "Acme" }], [alertFor("Acme", "warning")], { now: 10_000 });
  assert.deepEqual(await readFresh(SERVER, [{ name: "Acme" }], { now: 5_000 }), [null]);
});

test("purge drops expired entries, or all of them when the server changes", async () => {
  await remember(SERVER, [{ name: "Old" }], [alertFor("Old")], { now: 0 });
  await remember(SERVER, [{ name: "New" }], [alertFor("New")], { now: CACHE_TTL_MS });
  assert.equal(await purge({ now: CACHE_TTL_MS + 1 }), 1);
  assert.deepEqual(await readFresh(SERVER, [{ name: "New" }], { now: CACHE_TTL_MS + 1 }).then((r) => r[0].query), "New");
  assert.equal(await purge({ now: CACHE_TTL_MS + 1, everything: true }), 1);
  assert.deepEqual(await readFresh(SERVER, [{ name: "New" }], { now: CACHE_TTL_MS + 1 }), [null]);
});
