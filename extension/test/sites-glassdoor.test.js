import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const SEARCH_URL = "https://www.glassdoor.com/Job/austin-widget-engineer-jobs-SRCH_IL.0,6_IC1139761_KO7,22.htm";
const LISTING_URL = "https://www.glassdoor.de/job-listing/widget-engineer-margies-travel-JV_IC4990924_KO0,15_KE16,31.htm?jl=1009000000077";

test("glassdoor claims job listings and searches on country hosts, nothing else", () => {
  const { adapter, window } = loadFixture("glassdoor", "glassdoor-empty.html", "https://www.glassdoor.co.uk/Job/index.htm");
  const at = (href) => adapter.matches(new window.URL(href));
  for (const href of [SEARCH_URL, LISTING_URL, "https://www.glassdoor.fr/Emploi/paris-emplois-SRCH_IL.0,5_IC2881970.htm", "https://www.glassdoor.co.uk/Job/index.htm"]) {
    assert.equal(at(href), true, href);
  }
  for (const href of ["https://www.glassdoor.com/Reviews/index.htm", "https://glassdoor.example.com/Job/x.htm"]) {
    assert.equal(at(href), false, href);
  }
});

test("search: the pane heading first (hashed class matched by prefix), then each card, placeholders skipped", () => {
  const { run, document } = loadFixture("glassdoor", "glassdoor-search.html", SEARCH_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Tailspin Toys", "Tailspin Toys", "Fourth Coffee", "Alpine Ski House"]);
  assert.equal(jobs[0].anchor, document.querySelector('[class^="EmployerProfile_employerNameHeading"]'));
  assert.ok(jobs.every((j) => j.source === "visible"));
});

test("search: new hash suffixes after a Glassdoor deploy still match", () => {
  const { run, document } = loadFixture("glassdoor", "glassdoor-search.html", SEARCH_URL);
  for (const el of document.querySelectorAll("[class]")) el.className = el.className.replace(/__[A-Za-z0-9_-]{4,6}\b/g, "__zz9Q1");
  assert.deepEqual(companies(run()), ["Tailspin Toys", "Tailspin Toys", "Fourth Coffee", "Alpine Ski House"]);
});

test("search: without the heading, the profile link is read and its rating dropped", () => {
  const { run, document } = loadFixture("glassdoor", "glassdoor-search.html", SEARCH_URL);
  document.querySelector('[class^="EmployerProfile_employerNameHeading"]').remove();
  assert.equal(run()[0].company, "Tailspin Toys");
});

test("job listing: the visible heading wins over the title pattern and the JSON-LD legal entity", () => {
  const { run } = loadFixture("glassdoor", "glassdoor-job.html", LISTING_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Margie's Travel"]);
  assert.equal(jobs[0].source, "visible");
});

test("job listing without the header: German title pattern, with the JSON-LD domain as a hint", () => {
  const { run, document } = loadFixture("glassdoor", "glassdoor-job.html", LISTING_URL);
  document.querySelector("header").remove();
  let jobs = run();
  assert.deepEqual(companies(jobs), ["Margie's Travel"]);
  assert.equal(jobs[0].source, "title");
  assert.deepEqual(plain(jobs[0].hints), { domain: "margies-travel.example" });

  document.title = "Glassdoor";
  jobs = run();
  assert.deepEqual(companies(jobs), ["Margie's Travel"], "JSON-LD's 'Margie's Travel GmbH', trimmed to the brand");
  assert.equal(jobs[0].source, "jsonld");
});

test("job listing with only a logo in the employer block: the title's 'Job at Company', not the strip of other jobs", () => {
  const html = `<title>Data Analyst, Revenue at Quillmere Analytics | Glassdoor</title>
    <aside><ul><li data-test="jobListing"><span data-test="employer-short-name">Ferrow Systems</span><a>Analyst</a></li></ul></aside>
    <main><div><img alt="Quillmere Analytics Logo" src="https://media.glassdoor.com/sql/1/logo.png"></div>
    <h1 id="jd-job-title-1">Data Analyst, Revenue</h1></main>`;
  const url = "https://www.glassdoor.com/job-listing/data-analyst-quillmere-analytics-JV_IC1_KO0,12_KE13,31.htm?jl=1009";
  const jobs = loadSite("glassdoor", html, url).run();
  assert.equal(companies(jobs)[0], "Quillmere Analytics");
  assert.equal(jobs[0].source, "title");
});

test("the empty landing shell returns nothing, despite [employerName] template keys", () => {
  const { run } = loadFixture("glassdoor", "glassdoor-empty.html", "https://www.glassdoor.co.uk/Job/index.htm");
  assert.deepEqual(companies(run()), []);
});


test("job listing whose logo link shares the name's class prefix: the name is read, not the empty logo link", () => {
  // "EmployerProfile_employerName" also prefixes "EmployerProfile_employerNameLink", the logo's link, first in the page
  const html = `<title>Tessery Labs hiring Lab Technician Job in Austin, TX | Glassdoor</title>
    <main><div class="JobDetails_jobDetailsContainer__a1B2c" data-test="job-details"><header>
      <a class="EmployerProfile_employerNameLink__q1W2e" href="/Overview/Working-at-Tessery-Labs-EI_IE1.htm"><img alt="Tessery Labs Logo" src="x.png"></a>
      <a class="EmployerProfile_employerNameLink__q1W2e" href="/Overview/Working-at-Tessery-Labs-EI_IE1.htm"><h4 class="EmployerProfile_employerName__z9Y8x">Tessery Labs</h4></a>
      <h1 id="jd-job-title-7">Lab Technician</h1></header></div>
    <aside><ul><li data-test="jobListing"><div class="EmployerProfile_compactEmployerName__k3L4m">Ferrow Systems</div></li></ul></aside></main>`;
  const url = "https://www.glassdoor.com/job-listing/lab-technician-tessery-labs-JV_IC1_KO0,14_KE15,27.htm?jl=1010";
  const jobs = loadSite("glassdoor", html, url).run();
  assert.deepEqual(companies(jobs), ["Tessery Labs", "Ferrow Systems"]);
  assert.equal(jobs[0].source, "visible");
});
