// index.json drives the browser tests too, so every row must say what the adapter really reads.
import test from "node:test";
import assert from "node:assert/strict";
import { fixtureIndex, loadFixture, loadSite, companies } from "./support/load-adapter.js";

for (const row of fixtureIndex()) {
  test(`index.json: ${row.file} on ${row.site}`, () => {
    const { adapter, run, location } = loadFixture(row.site, row.file, row.url);
    assert.ok(adapter, `${row.site}.js registered no adapter`);
    const jobs = run();
    if (row.cards) {
      const expected = row.company ? [row.company, ...row.cards] : row.cards;
      assert.deepEqual(companies(jobs), expected);
    } else if (row.company === null) {
      assert.deepEqual(companies(jobs), []);
    } else {
      assert.equal(adapter.matches(location), true, "adapter should claim its own URL");
      assert.deepEqual(companies(jobs), [row.company]);
    }
  });
}

test("index.json lists every fixture page, once", async () => {
  const { readdirSync } = await import("node:fs");
  const pages = readdirSync(new URL("./fixtures/", import.meta.url)).filter((f) => f.endsWith(".html")).sort();
  const listed = fixtureIndex().map((row) => row.file).sort();
  assert.deepEqual(listed, pages);
});

test("no adapter throws on another site's page, an empty document or an odd location", () => {
  const sites = [...new Set(fixtureIndex().map((row) => row.site))];
  for (const site of sites) {
    for (const row of fixtureIndex()) {
      const { adapter, document, location } = loadFixture(site, row.file, row.url);
      assert.doesNotThrow(() => adapter.findJobs(document, location), `${site} on ${row.file}`);
      assert.doesNotThrow(() => adapter.matches(location), `${site} matches ${row.url}`);
    }
    const { adapter, document } = loadSite(site, "", "https://example.com/");
    assert.ok(Array.isArray(Array.from(adapter.findJobs(document, { href: "not a url" }))));
    assert.equal(adapter.matches({ href: "not a url" }), false);
  }
});
