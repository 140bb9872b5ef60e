// Dev-only: runs every site adapter on the real saved job pages in shared/corpus/jobs and prints, per
// page, the company a person reads (from the corpus's SOURCES.md) next to what the adapter found.
// Not part of `make test`: the corpus is not in this repo. Usage:
//   node bench/adapters_on_corpus.mjs [CORPUS_DIR]      (default ../shared/corpus/jobs)
import { createRequire } from "node:module";
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const require = createRequire(new URL("../extension/package.json", import.meta.url));
const { JSDOM, VirtualConsole } = require("jsdom");
const EXTENSION = new URL("../extension/", import.meta.url);
const corpus = process.argv[2] || new URL("../../shared/corpus/jobs/", import.meta.url).pathname;

// From SOURCES.md: page, the adapter a browser would inject there, the URL it was saved from, the open
// job's company (null: none) and the first list cards' companies.
const PAGES = [
  ["indeed__serp-us-data-analyst-portland", "indeed", "https://www.indeed.com/jobs?q=data+analyst&l=Portland%2C+OR&vjk=1", "Oregon Health & Science University", ["Oregon Health & Science University", "Moda Health", "Creative Safety Supply"]],
  ["indeed__serp-mx-software-ciudad-juarez", "indeed", "https://mx.indeed.com/jobs?q=software&vjk=9e1f706da53ce2db", null, ["Border Express de México", "BEPC Inc", "Grupo Ei", "Grupo TECMA"]],
  ["indeed__viewjob-jp-warner-bros-studio", "indeed", "https://jp.indeed.com/viewjob?jk=660c6639c9f1aedd", "ワーナーブラザーススタジオジャパン合同会社", []],
  ["indeed__serp-jp-seishain-tokyo", "indeed", "https://jp.indeed.com/jobs?q=%E6%AD%A3%E7%A4%BE%E5%93%A1&vjk=954470f8394319d7", "エスペランサ株式会社", ["エスペランサ株式会社", "一般社団法人カウンセリング・キャリア推進協会", "ワーナーブラザーススタジオジャパン合同会社"]],
  ["indeed__serp-in-python-bengaluru", "indeed", "https://in.indeed.com/jobs?q=python+developer&l=Bengaluru&vjk=1", "Mobile Programming LLC", []],
  ["indeed__serp-us-usa-source", "indeed", "https://www.indeed.com/q-usa-jobs.html", null, ["Colonial Buick GMC", "Comfort Keepers - Hudson WI", "Y-tec Keylex Toyotetsu Alabama (YKTA)", "Sibanye Stillwater", "Home Instead"]],
  ["indeed__serp-eg-frontend", "indeed", "https://www.indeed.com/jobs?q=frontend&l=Egypt%2C+AR&vjk=1", "AceOne Technologies", ["AceOne Technologies", "AceOne Technologies", "Non Profit Foundation"]],
  ["glassdoor__search-fr-data-scientist-intern", "glassdoor", "https://www.glassdoor.fr/Emploi/paris-data-scientist-intern-emplois-SRCH_IL.0,5_IC2881970_KO6,27.htm", "PwC", ["PwC", "Withings", "Nexialog"]],
  ["glassdoor__job-listing-de-comlet", "glassdoor", "https://www.glassdoor.de/job-listing/embedded-software-engineer-comlet-JV_IC4990924_KO0,40_KE41,47.htm?jl=1009855008857", "Comlet Verteilte Systeme GmbH", []],
  ["glassdoor__recommended-uk", "glassdoor", "https://www.glassdoor.co.uk/Job/index.htm", null, []],
  ["lever__highspot-principal-swe-applied-ai", "lever", "https://jobs.lever.co/highspot/f222ad5c-0000-4000-8000-000000000000/apply", "Highspot", []],
  ["ashby__ramp-ai-partnerships-manager", "ashby", "https://jobs.ashbyhq.com/ramp/cc0af88a-0000-4000-8000-000000000000", "Ramp", []],
  ["greenhouse__gitlab-backend-engineer-ruby", "greenhouse", "https://job-boards.greenhouse.io/gitlab/jobs/8620720002", "GitLab", []],
  ["greenhouse__sonatus-staff-ai-engineer", "greenhouse", "https://job-boards.greenhouse.io/sonatus/jobs/5071418007", "Sonatus", []],
  ["workday__senior-test-engineer-autonomous-driving", "workday", "https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1", "NVIDIA", []],
  ["linkedin__jobs-view-guest-it-rai", "linkedin", "https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763", "Rai - Radiotelevisione Italiana", []],
  ["linkedin__jobs-view-guest-it-mindpal", "linkedin", "https://it.linkedin.com/jobs/view/python-developer-at-mindpal-3707037202", "MindPal", []],
  ["linkedin__jobs-view-guest-il-onyxia-cyber", "linkedin", "https://il.linkedin.com/jobs/view/back-end-developer-at-onyxia-cyber-3365660566", "Onyxia Cyber", []],
  ["linkedin__jobs-view-loggedin-source-tbi", "linkedin", "https://www.linkedin.com/jobs/view/4217039106/", "Tony Blair Institute for Global Change", []],
  ["linkedin__jobs-search-loggedin-data-analyst", "linkedin", "https://www.linkedin.com/jobs/search/?currentJobId=4205971663&f_WT=2&keywords=data%20analyst", "Odiin.", ["Odiin.", "HiCareer", "Aptendo", "5CA", "5CA", "Deel"]],
  ["linkedin__jobs-search-guest-it-python", "linkedin", "https://it.linkedin.com/jobs/python-offerte-di-lavoro", null, ["Rai - Radiotelevisione Italiana", "Ferrari", "Converger SpA", "Croce Rossa Italiana"]],
  ["linkedin__jobs-search-guest-us-data-engineer-ny", "linkedin", "https://www.linkedin.com/jobs/data-engineer-jobs-new-york", null, ["TickPick", "Auxilius", "Experfy", "STARK BANK"]],
  ["linkedin__jobs-search-guest-us-rust-sf-1result", "linkedin", "https://www.linkedin.com/jobs/rust-developer-jobs-san-francisco-bay-area", null, ["Hightouch"]],
  ["linkedin__jobs-search-guest-ma-zero-results", "linkedin", "https://ma.linkedin.com/jobs/data-internship-jobs", null, []],
  // Sites without an adapter of their own: only the generic JSON-LD reader could run there.
  ["ziprecruiter__serp-staff-platform-architect", "generic", "https://www.ziprecruiter.com/jobs-search?search=platform+architect", "Anchorage Digital", []],
  ["googlejobs__data-engineer", "generic", "https://www.google.com/search?q=data+engineer+jobs&ibp=htl;jobs", "HCLTech", []],
  ["googlejobs__job-opening-denver", "generic", "https://www.google.com/search?q=job+opening+city+denver&ibp=htl;jobs", "City and County of Denver", []],
];

function read(name) {
  const plain = `${corpus}/${name}.html`;
  return existsSync(plain) ? readFileSync(plain, "utf8") : gunzipSync(readFileSync(`${plain}.gz`)).toString("utf8");
}

function run(site, html, url) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", virtualConsole: new VirtualConsole() });
  const { window } = dom;
  window.eval("globalThis.__adapters = []; globalThis.UpheavalRadar = { registerSite(a) { globalThis.__adapters.push(a); } };");
  const shared = new URL("content/shared/", EXTENSION);
  for (const file of ["jsonld.js", "page.js"]) window.eval(readFileSync(new URL(file, shared), "utf8"));
  window.eval(readFileSync(new URL(`content/sites/${site}.js`, EXTENSION), "utf8"));
  const adapter = window.__adapters[0];
  const started = performance.now();
  const jobs = adapter.findJobs(window.document, window.location);
  const ms = performance.now() - started;
  const out = { matches: adapter.matches(window.location), jobs: Array.from(jobs, (j) => ({ company: j.company, source: j.source, hints: { ...j.hints } })), ms };
  window.close();
  return out;
}

let pagesOk = 0, pagesCovered = 0, cardsOk = 0, cardsTotal = 0;
for (const [name, site, url, company, cards] of PAGES) {
  if (!existsSync(`${corpus}/${name}.html`) && !existsSync(`${corpus}/${name}.html.gz`)) continue;
  const { matches, jobs, ms } = run(site, read(name), url);
  const pane = company === null ? null : jobs[0];
  const listed = jobs.slice(company === null ? 0 : 1).map((j) => j.company);
  const paneOk = company === null ? cards.length ? true : jobs.length === 0 : !!pane && pane.company === company;
  const cardHits = cards.filter((c, i) => listed[i] === c).length;
  const ok = paneOk && cardHits === cards.length;
  if (site !== "generic") {
    pagesCovered++;
    if (ok) pagesOk++;
    cardsOk += cardHits;
    cardsTotal += cards.length;
  }
  console.log(`${ok ? "HIT " : "MISS"} ${name} [${site}${matches ? "" : ", url not matched"}] ${ms.toFixed(1)} ms`);
  console.log(`     expected: ${company === null ? "(no open job)" : JSON.stringify(company)}${cards.length ? ` cards ${JSON.stringify(cards)}` : ""}`);
  console.log(`     found:    ${pane ? `${JSON.stringify(pane.company)} (${pane.source}, ${JSON.stringify(pane.hints)})` : company === null ? "-" : "nothing"}${listed.length || cards.length ? ` cards ${JSON.stringify(listed.slice(0, Math.max(cards.length, 3)))}${listed.length > 3 ? ` (+${listed.length - Math.max(cards.length, 3)})` : ""}` : ""}`);
}
console.log(`\npages with a site adapter: ${pagesOk}/${pagesCovered} fully right; list cards checked: ${cardsOk}/${cardsTotal}`);
