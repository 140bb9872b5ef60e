// Dev-only: runs the content script a browser would inject (chosen by the manifest's match patterns) on the
// written probe pages in bench/probes/pages-*/ (bench/probes/README.md: invented employers, site markup written
// from memory by helpers who had read none of our code) and prints, per page, whether the employer a person
// reads there was found. A job page is right when its employer is found and no other company is found outside
// a card of its own; a list page counts the cards whose employer is found; a negative page must give nothing.
//   node bench/probe_pages.mjs [bench/probes/pages-other ...]
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(new URL("../extension/package.json", import.meta.url));
const { JSDOM, VirtualConsole } = require("jsdom");
const EXTENSION = new URL("../extension/", import.meta.url);
const args = process.argv.slice(2);
const folders = args.length ? args : ["pages-other", "pages-supported"].map((f) => new URL(`probes/${f}/`, import.meta.url).pathname);
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


function run(html, url) {
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
  const out = { site, matches, jobs: jobs.map((j) => ({ company: j.company, source: j.source, inCard: !!(j.anchor && j.anchor.closest(CARD)) })), ms };
  window.close();
  return out;
}


// Where a list's card ends: a job page's "jobs you might like" cards are each their own company's.
const CARD = "li, article, [role='listitem'], [data-testid*='card' i], [class*='card' i], [class*='job_seen' i]";
const core = (s) => String(s).normalize("NFKC").toLowerCase().replace(/[,.]/g, "").replace(/\s+/g, " ").trim()
  .replace(/\s+(inc|llc|ltd|gmbh|corp|co|plc|ag|sa)$/, "");
const figures = {};
const add = (key, ok, n = 1) => { figures[key] = figures[key] || [0, 0]; figures[key][0] += ok; figures[key][1] += n; };
for (const folder of folders) {
  const pages = JSON.parse(readFileSync(`${folder}/manifest.json`, "utf8"));
  const group = folder.replace(/\/$/, "").split("/").pop();
  for (const row of pages) {
    const { site, matches, jobs } = run(readFileSync(`${folder}/${row.file}`, "utf8"), row.url);
    const found = jobs.map((j) => core(j.company));
    let ok;
    if (row.kind === "list") {
      const want = [].concat(row.expected || []);
      const hits = want.filter((w) => found.includes(core(w))).length;
      add(`${group}: list cards named`, hits, want.length);
      ok = hits === want.length;
    } else if (row.expected === null) {
      ok = jobs.length === 0;
      add(`${group}: negative pages, nothing found`, ok ? 1 : 0);
    } else {
      const want = core(row.expected);
      ok = found.includes(want) && jobs.every((j) => core(j.company) === want || j.inCard);
      add(`${group}: job pages right`, ok ? 1 : 0);
    }
    console.log(`${ok ? "HIT " : "MISS"} ${group}/${row.file} [${site}${matches ? "" : ", url not matched"}] ` +
      `expected ${JSON.stringify(row.expected)}, found ${JSON.stringify(jobs.map((j) => j.company))}`);
  }
}
console.log("");
for (const key of Object.keys(figures).sort()) console.log(`${key}: ${figures[key][0]}/${figures[key][1]}`);
