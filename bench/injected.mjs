// Dev-only (bench/): the content script a browser would inject into a page, run in jsdom. The manifest's match
// patterns choose the scripts (the generic reader where no site's pattern matches), the runtime is left out,
// and the site adapter's findJobs reads the page once. Used by adapters_on_corpus.mjs and probe_pages.mjs.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(new URL("../extension/package.json", import.meta.url));
const { JSDOM, VirtualConsole } = require("jsdom");
const EXTENSION = new URL("../extension/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", EXTENSION), "utf8"));

// Chrome match patterns ("https://*.indeed.com/*") as regular expressions over the whole URL.
function patternRegex(pattern) {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]*)(\/.*)$/.exec(pattern);
  const esc = (s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  const hostRe = host === "*" ? "[^/]+" : host.startsWith("*.") ? `([^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  return new RegExp(`^${scheme === "*" ? "https?" : scheme}://${hostRe}(:\\d+)?${esc(path).replace(/\\\*|\*/g, ".*")}$`);
}

function scriptsFor(url) {
  for (const entry of manifest.content_scripts || []) {
    const hit = entry.matches.some((p) => patternRegex(p).test(url));
    const excluded = (entry.exclude_matches || []).some((p) => patternRegex(p).test(url));
    if (hit && !excluded) return entry.js;
  }
  return ["content/shared/badge.js", "content/shared/jsonld.js", "content/shared/page.js", "content/sites/generic.js"];
}

// `describe(job)` turns each job into what the caller keeps, before the window closes.
export function runContentScript(html, url, describe) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
  const { window } = dom;
  window.eval("globalThis.__adapters = []; globalThis.UpheavalRadar = { registerSite(a) { globalThis.__adapters.push(a); } };");
  const files = scriptsFor(url).filter((f) => !/runtime\.js$/.test(f));
  for (const file of files) window.eval(readFileSync(new URL(file, EXTENSION), "utf8"));
  const adapter = window.__adapters[0];
  const site = files[files.length - 1].replace(/^.*\/|\.js$/g, "");
  const started = performance.now();
  const matches = adapter.matches(window.location);
  const jobs = matches ? Array.from(adapter.findJobs(window.document, window.location) || []) : [];
  const ms = performance.now() - started;
  const out = { site, matches, jobs: jobs.map(describe), ms };
  window.close();
  return out;
}
