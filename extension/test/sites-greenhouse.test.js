import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const JOB_URL = "https://job-boards.greenhouse.io/acmewidgets/jobs/4012345";

test("greenhouse claims job pages and boards on both board hosts, not other hosts", () => {
  const { adapter, window } = loadFixture("greenhouse", "greenhouse-job.html", JOB_URL);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(at(JOB_URL), true);
  assert.equal(at("https://boards.greenhouse.io/acmewidgets/jobs/4012345?gh_src=abc"), true);
  assert.equal(at("https://job-boards.eu.greenhouse.io/acmewidgets/jobs/4012345"), true);
  assert.equal(at("https://boards.greenhouse.io/embed/job_app?for=acmewidgets&token=4012345"), true);
  assert.equal(at("https://job-boards.greenhouse.io/acmewidgets"), true, "the employer's board");
  assert.equal(at("https://job-boards.greenhouse.io/"), false);
  assert.equal(at("https://www.greenhouse.io/jobs/4012345"), false);
  assert.equal(at("https://greenhouse.example.com/acmewidgets/jobs/4012345"), false);
});

test("new job board: company from the title pattern, board token as the ats hint", () => {
  const { run, document } = loadFixture("greenhouse", "greenhouse-job.html", JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Acme Widgets"]);
  assert.equal(jobs[0].source, "title");
  assert.deepEqual(plain(jobs[0].hints), { ats: "greenhouse:acmewidgets" });
  assert.equal(jobs[0].anchor, document.querySelector(".job__title h1"));
});

test("new job board without the company in the title falls back to the logo alt, then the Remix state", () => {
  const { run, document } = loadFixture("greenhouse", "greenhouse-job.html", JOB_URL);
  document.title = "Senior Widget Engineer";
  let jobs = run();
  assert.deepEqual(companies(jobs), ["Acme Widgets"]);
  assert.equal(jobs[0].source, "visible");

  document.querySelector(".logo img").setAttribute("alt", "Logo");
  jobs = run();
  assert.deepEqual(companies(jobs), ["Acme Widgets"]);
  assert.equal(jobs[0].source, "jsonld");
});

test("a company whose name contains ' at ' in the job title keeps the last ' at '", () => {
  const html = "<title>Job Application for Engineer at Scale at Tern &amp; Co</title><h1>Engineer at Scale</h1>";
  const { run } = loadSite("greenhouse", html, "https://boards.greenhouse.io/tern/jobs/1");
  assert.deepEqual(companies(run()), ["Tern & Co"]);
});

test("legacy board: the visible 'at Company' line wins over the JSON-LD legal entity", () => {
  const { run, document } = loadFixture("greenhouse", "greenhouse-legacy.html", "https://boards.greenhouse.io/northwindtraders/jobs/7700123");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Northwind Traders"]);
  assert.equal(jobs[0].source, "visible");
  assert.equal(jobs[0].anchor, document.querySelector(".company-name"));
  assert.deepEqual(plain(jobs[0].hints), { ats: "greenhouse:northwindtraders", domain: "northwind-traders.example" });
});

test("legacy board without the visible line uses the JSON-LD organisation", () => {
  const { run, document } = loadFixture("greenhouse", "greenhouse-legacy.html", "https://boards.greenhouse.io/northwindtraders/jobs/7700123");
  document.querySelector(".company-name").remove();
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Northwind Traders"], "the JSON-LD entity 'Northwind Traders Holdings LLC', trimmed to the brand");
  assert.equal(jobs[0].source, "jsonld");
});

test("an empty job page yields only the board token, marked as read from the URL", () => {
  const { run } = loadSite("greenhouse", "<title>Greenhouse</title><body></body>", "https://job-boards.greenhouse.io/quietco/jobs/55");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["quietco"]);
  assert.equal(jobs[0].source, "url");
});

test("a board names its employer once, by its heading; the postings' titles are not read", () => {
  const html = `<title>Jobs at Acme Widgets</title><main><h1>Current openings at Acme Widgets</h1>
    <table><tr class="job-post"><td><a href="/acmewidgets/jobs/1"><p>Account Executive (Globex partner team)</p></a></td></tr>
    <tr class="job-post"><td><a href="/acmewidgets/jobs/2"><p>Data Engineer</p></a></td></tr></table></main>`;
  const { run, document } = loadSite("greenhouse", html, "https://job-boards.greenhouse.io/acmewidgets");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Acme Widgets"]);
  assert.equal(jobs[0].anchor, document.querySelector("h1"));
});

test("a placeholder company in the legacy line is never reported", () => {
  const html = '<title>Job Application for Analyst at Confidential</title><div id="header"><h1 class="app-title">Analyst</h1><span class="company-name">at Confidential</span></div>';
  const { run } = loadSite("greenhouse", html, "https://boards.greenhouse.io/embed/job_app?for=&token=9");
  assert.deepEqual(companies(run()), []);
});

test("a JSON-LD legal entity is trimmed to its brand; the board's own display name still comes first", () => {
  const ld = '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Acme Widgets UK Limited"}}</script>';
  let jobs = loadSite("greenhouse", `<title>Greenhouse</title>${ld}<body></body>`, JOB_URL).run();
  assert.deepEqual(companies(jobs), ["Acme Widgets"]);
  assert.equal(jobs[0].source, "jsonld");
  const remix = '<script>window.__remixContext = {"state":{"loaderData":{"jobPost":{"company_name":"Acme Widgets Europe"}}}};</script>';
  jobs = loadSite("greenhouse", `<title>Greenhouse</title>${ld}${remix}<body></body>`, JOB_URL).run();
  assert.deepEqual(companies(jobs), ["Acme Widgets Europe"], "company_name is what the board shows");
});
