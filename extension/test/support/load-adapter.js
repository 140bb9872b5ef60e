// Loads the classic content scripts into a jsdom window the way the manifest injects them
// (content/shared/*.js, then one site file) and captures the adapter the site registers.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const EXTENSION = new URL("../../", import.meta.url);
const SHARED = new URL("content/shared/", EXTENSION);
// The adapters' own helpers, in manifest order; the badge and runtime are tested by the browser tests.
const HELPERS = ["jsonld.js", "page.js", "employer.js"];

export function readFixture(file) {
  return readFileSync(new URL(`test/fixtures/${file}`, EXTENSION), "utf8");
}

export function fixtureIndex() {
  return JSON.parse(readFixture("index.json"));
}

function source(url) {
  return readFileSync(url, "utf8");
}

// Returns {adapter, window, document, location, run()} for `site` on a page built from `html` at `url`.
export function loadSite(site, html, url) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  const { window } = dom;
  window.eval("globalThis.__registered = []; globalThis.UpheavalRadar = { registerSite(adapter) { globalThis.__registered.push(adapter); } };");
  for (const file of HELPERS) {
    window.eval(source(new URL(file, SHARED)));
  }
  window.eval(source(new URL(`content/sites/${site}.js`, EXTENSION)));
  const adapter = window.__registered[0];
  return {
    adapter,
    window,
    document: window.document,
    location: window.location,
    run: () => adapter.findJobs(window.document, window.location),
  };
}

// Loads `site` on the fixture file, at `url`.
export function loadFixture(site, file, url) {
  return loadSite(site, readFixture(file), url);
}

// Loads only the shared scripts, for testing UpheavalRadar.page and UpheavalRadar.jsonld directly.
export function loadShared(html = "<!DOCTYPE html><html><head></head><body></body></html>", url = "https://example.com/") {
  const dom = new JSDOM(html, { url, runScripts: "outside-only" });
  dom.window.eval("globalThis.UpheavalRadar = { registerSite() {} };");
  for (const file of HELPERS) {
    dom.window.eval(source(new URL(file, SHARED)));
  }
  return { window: dom.window, document: dom.window.document, UR: dom.window.UpheavalRadar };
}

// Results come from the jsdom realm; copy them into this realm so deepEqual compares values only.
export const companies = (jobs) => Array.from(jobs, (job) => job.company);
export const plain = (value) => JSON.parse(JSON.stringify(value));
