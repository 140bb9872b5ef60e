// Dev-only: runs the content script a browser would inject (chosen by the manifest's match patterns) on the
// written probe pages in bench/probes/pages-*/ (bench/probes/README.md: invented employers, site markup written
// from memory by helpers who had read none of our code) and prints, per page, whether the employer a person
// reads there was found. A job page is right when its employer is found and no other company is found outside
// a card of its own; a list page counts the cards whose employer is found (a card written null, its company not
// shown yet, is not counted); a negative page must give nothing.
//   node bench/probe_pages.mjs [bench/probes/pages-other ...]
import { readdirSync, readFileSync } from "node:fs";
import { runContentScript } from "./injected.mjs";

const args = process.argv.slice(2);
// Every round in bench/probes (pages-*/), in name order, unless folders are named.
const PROBES = new URL("probes/", import.meta.url).pathname;
const folders = args.length ? args : readdirSync(PROBES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith("pages-")).map((entry) => entry.name).sort()
  .map((name) => `${PROBES}${name}/`);

function run(html, url) {
  return runContentScript(html, url, (j) => ({ company: j.company, source: j.source, inCard: !!(j.anchor && j.anchor.closest(CARD)) }));
}

// Where a list's card ends: a job page's "jobs you might like" cards are each their own company's.
const CARD = "li, article, [role='listitem'], [data-testid*='card' i], [class*='card' i], [class*='job_seen' i]";
const core = (s) => String(s).normalize("NFKC").toLowerCase().replace(/[,.]/g, "").replace(/\s+/g, " ").trim()
  // legal forms, as the readers trim them for display (page.brandName): "S.L.", "Pvt Ltd", "Sdn Bhd", "S.A. de C.V.",
  // "GmbH & Co. KG"
  .replace(/\s+(inc|llc|llp|ltd|gmbh|gmbh & co kg|corp|co|plc|ag|sa|sl|sa de cv|pvt ltd|private limited|sdn bhd|berhad|bhd|ltda|a\/s|sp z oo)$/, "");
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
      // (a card whose company is not shown yet, a lazy placeholder, is written null: no badge is right for it)
      const want = [].concat(row.expected || []).filter((w) => w !== null);
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
