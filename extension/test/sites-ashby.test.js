import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const JOB_URL = "https://jobs.ashbyhq.com/proseware/1f2e3d4c-0000-4000-8000-000000000001";

test("ashby claims postings, their application tab and the organisation's board", () => {
  const { adapter, window } = loadFixture("ashby", "ashby-job.html", JOB_URL);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(at(JOB_URL), true);
  assert.equal(at(JOB_URL + "/application"), true);
  assert.equal(at("https://jobs.ashbyhq.com/proseware"), true, "the board");
  assert.equal(at("https://jobs.ashbyhq.com/"), false);
  assert.equal(at("https://www.ashbyhq.com/customers"), false);
});

test("the nav logo (hashed class, matched by prefix) names the company; org slug and site are hints", () => {
  const { run, document } = loadFixture("ashby", "ashby-job.html", JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Proseware"]);
  assert.equal(jobs[0].source, "visible");
  assert.deepEqual(plain(jobs[0].hints), { ats: "ashby:proseware", domain: "proseware.example" });
  assert.equal(jobs[0].anchor, document.querySelector("h1.ashby-job-posting-heading"));
});

test("without the logo: 'Title @ Company' from the title, then from meta[name=title]", () => {
  const { run, document } = loadFixture("ashby", "ashby-job.html", JOB_URL);
  document.querySelector("nav").remove();
  let jobs = run();
  assert.deepEqual(companies(jobs), ["Proseware"]);
  assert.equal(jobs[0].source, "title");
  document.title = "Jobs";
  assert.deepEqual(companies(run()), ["Proseware"]);
});

test("a job title containing '@' keeps the part after the last ' @ '", () => {
  const { run } = loadSite("ashby", "<title>Engineer @ Scale @ Tern Labs</title><h1>Engineer @ Scale</h1>", "https://jobs.ashbyhq.com/tern/1");
  assert.deepEqual(companies(run()), ["Tern Labs"]);
});

test("the app state names the organisation when the DOM is not rendered yet", () => {
  const html = '<title>Jobs</title><div id="root"></div><script>window.__appData = {"organization":{"name":"Proseware","hostedJobsPageSlug":"proseware"},"posting":{"title":"Lead"}};</script>';
  const { run } = loadSite("ashby", html, JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Proseware"]);
  assert.equal(jobs[0].source, "jsonld");
});

test("app state: the organisation's own name and website, whatever nests before them", () => {
  const html = '<title>Jobs</title><div id="root"></div><script>window.__appData = {"posting":{"organization":"x"},' +
    '"organization":{"theme":{"colors":{"primary":"#123"},"name":"Dark theme"},"activeFeatureFlags":["A","B"],"name":"Tailspin \\"Toys\\"","publicWebsite":"https://www.tailspin.example"},' +
    '"name":"not the organisation"};</script>';
  const jobs = loadSite("ashby", html, "https://jobs.ashbyhq.com/tailspin/1f2e3d4c-0000-4000-8000-000000000009").run();
  assert.deepEqual(companies(jobs), ['Tailspin "Toys"']);
  assert.equal(jobs[0].source, "jsonld");
  assert.deepEqual(plain(jobs[0].hints), { ats: "ashby:tailspin", domain: "tailspin.example" });
});

test("a JSON-LD legal entity is trimmed to its brand", () => {
  const html = '<title>Jobs</title><script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Proseware Deutschland GmbH"}}</script>';
  const jobs = loadSite("ashby", html, "https://jobs.ashbyhq.com/proseware/1f2e3d4c-0000-4000-8000-000000000001").run();
  assert.deepEqual(companies(jobs), ["Proseware"]);
  assert.equal(jobs[0].source, "jsonld");
});

test("the board's title names its employer, by the logo; no posting title is read as a company", () => {
  const html = `<title>Jobs at Proseware</title><nav><a href="https://proseware.example"><img alt="Proseware"></a></nav>
    <h2>Engineering</h2><a href="/proseware/1"><h3>Platform Engineer, Fabrikam integrations</h3></a>`;
  const { run } = loadSite("ashby", html, "https://jobs.ashbyhq.com/proseware");
  assert.deepEqual(companies(run()), ["Proseware"]);
  const untitled = loadSite("ashby", "<title>Jobs at Proseware</title><h1>Open roles</h1>", "https://jobs.ashbyhq.com/proseware");
  assert.deepEqual(companies(untitled.run()), ["Proseware"], "the board's title, when no logo");
});

test("a wordmark logo's link (its own hashed class, outside any nav) names the company as the logo writes it", () => {
  const html = '<title>Founding Account Executive</title><div class="_navRoot_1fy6n_29">' +
    '<a class="_navLogoWordmarkLink_1fy6n_79" href="/tallowfish"><img alt="Tallowfish" src="w.png"></a></div>' +
    '<h1 class="ashby-job-posting-heading">Founding Account Executive</h1><p>Backed by Halyard Ventures.</p>';
  const jobs = loadSite("ashby", html, "https://jobs.ashbyhq.com/tallowfish/6f1c2d3e").run();
  assert.deepEqual(companies(jobs), ["Tallowfish"]);
  assert.equal(jobs[0].source, "visible");
});
