// Dev-only: runs the content script a browser would inject (chosen by the manifest's match patterns, the
// generic reader where no site's pattern matches) on each real saved job page in shared/corpus/jobs and
// prints what it found next to the company a person reads there (bench/corpus_jobs.json, from the
// corpus's SOURCES.md). Figures per fold: 'test' pages were kept unseen while the adapters were written.
// Not part of `make test`: the corpus is not in this repo. The browser version of the same figure is
// tests/browser/test_corpus_figures.py. Usage:
//   node bench/adapters_on_corpus.mjs [CORPUS_DIR] [--fold fit|test] [--quiet]
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { runContentScript } from "./injected.mjs";

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : null; };
const onlyFold = flag("--fold");
const quiet = args.includes("--quiet") ? (args.splice(args.indexOf("--quiet"), 1), true) : false;
const corpus = args[0] || new URL("../../shared/corpus/jobs/", import.meta.url).pathname;
const { pages } = JSON.parse(readFileSync(new URL("corpus_jobs.json", import.meta.url), "utf8"));

function read(name) {
  const plain = `${corpus}/${name}.html`;
  return existsSync(plain) ? readFileSync(plain, "utf8") : gunzipSync(readFileSync(`${plain}.gz`)).toString("utf8");
}

function run(html, url) {
  return runContentScript(html, url, (j) => ({ company: j.company, source: j.source, hints: { ...j.hints }, anchored: !!j.anchor }));
}

const norm = (s) => String(s).normalize("NFKC").replace(/[\s\u200e\u200f]+/g, " ").trim().toLowerCase();
const spellings = (want) => [].concat(want).map(norm);
const figures = {};
const add = (key, ok, n = 1) => { figures[key] = figures[key] || [0, 0]; figures[key][0] += ok; figures[key][1] += n; };

for (const row of pages) {
  if (onlyFold && row.fold !== onlyFold) continue;
  if (!existsSync(`${corpus}/${row.file}.html`) && !existsSync(`${corpus}/${row.file}.html.gz`)) continue;
  const { site, matches, jobs, ms } = run(read(row.file), row.url);
  const found = new Set(jobs.map((j) => norm(j.company)));
  const expected = [row.company, ...row.cards].filter((x) => x !== null);
  const known = new Set(expected.flatMap(spellings));
  const generic = site === "generic";
  let ok;
  if (row.company !== null) {
    const right = spellings(row.company).some((s) => found.has(s));
    // A job page (no cards expected) must name nobody else; a list page's extra cards may be real ones.
    const wrong = row.cards.length ? [] : [...found].filter((c) => !known.has(c));
    ok = right && wrong.length === 0;
    add(`${row.fold} ${row.cards.length ? "list pages: open job named" : generic ? "job pages, other sites" : "job pages, supported sites"}`, ok ? 1 : 0);
  } else if (!row.cards.length) {
    ok = jobs.length === 0;
    add(`${row.fold} negative pages: nothing found`, ok ? 1 : 0);
  } else ok = true;
  if (row.cards.length) {
    const hits = row.cards.filter((c) => spellings(c).some((s) => found.has(s))).length;
    add(`${row.fold} list cards named${/^(linkedin|indeed)__/.test(row.file) ? " (LinkedIn, Indeed)" : " (other sites)"}`, hits, row.cards.length);
    ok = ok && hits === row.cards.length;
  }
  if (quiet && ok) continue;
  console.log(`${ok ? "HIT " : "MISS"} [${row.fold}] ${row.file} [${site}${matches ? "" : ", url not matched"}] ${ms.toFixed(1)} ms`);
  console.log(`     expected: ${row.company === null ? "(no open job)" : JSON.stringify(row.company)}${row.cards.length ? ` cards ${JSON.stringify(row.cards)}` : ""}`);
  console.log(`     found:    ${JSON.stringify(jobs.slice(0, process.env.ALL ? 999 : 12).map((j) => `${j.company} (${j.source})`))}${jobs.length > 12 && !process.env.ALL ? ` (+${jobs.length - 12})` : ""}`);
}
console.log("");
for (const key of Object.keys(figures).sort()) {
  const [ok, n] = figures[key];
  console.log(`${key}: ${ok}/${n} (${((100 * ok) / n).toFixed(0)}%)`);
}
