import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const JOB_URL = "https://jobs.smartrecruiters.com/AdventureWorks/744000012345678-senior-bicycle-frame-engineer";

test("smartrecruiters claims job ads, one-click apply pages and an employer's careers page only", () => {
  const { adapter, window } = loadFixture("smartrecruiters", "smartrecruiters-job.html", JOB_URL);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(at(JOB_URL), true);
  assert.equal(at("https://jobs.smartrecruiters.com/oneclick-ui/company/AdventureWorks/publication/3f1c0e3a-0000-4000-8000-000000000000"), true);
  assert.equal(at("https://careers.smartrecruiters.com/AdventureWorks"), true);
  assert.equal(at("https://careers.smartrecruiters.com/AdventureWorks/about/team"), false);
  assert.equal(at("https://www.smartrecruiters.com/AdventureWorks/744000012345678-x"), false);
});

test("an employer's careers page, whose openings name no company, gets one badge: its hero's name", () => {
  const opening = (title, id) => `<li class="opening-job"><a href="https://jobs.smartrecruiters.com/LarkmoorInns/${id}-x">` +
    `<h4 class="job-title">${title}</h4><ul><li>Porto, Portugal</li></ul></a></li>`;
  const html = "<title>Larkmoor Inns Careers and Current Employment Opportunities | SmartRecruiters</title>" +
    '<section><h1 class="company-hero-title">Larkmoor Inns</h1><p>Our hotels are owned by Atlantico Real Estate Fund.</p></section>' +
    `<ul class="opening-jobs">${opening("Front Office Supervisor – The Kestrel Porto", 744000063768643)}` +
    `${opening("Sous Chef – Tasca do Largo", 744000063768644)}</ul>`;
  const jobs = loadSite("smartrecruiters", html, "https://careers.smartrecruiters.com/LarkmoorInns").run();
  assert.deepEqual(companies(jobs), ["Larkmoor Inns"]);
  // with no hero, the tab's title before "Careers"
  const bare = html.replace('<h1 class="company-hero-title">Larkmoor Inns</h1>', "");
  assert.deepEqual(companies(loadSite("smartrecruiters", bare, "https://careers.smartrecruiters.com/LarkmoorInns").run()),
    ["Larkmoor Inns"]);
});

test("the header logo names the company, over the microdata legal entity; slug and site as hints", () => {
  const { run } = loadFixture("smartrecruiters", "smartrecruiters-job.html", JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Adventure Works"]);
  assert.equal(jobs[0].source, "visible");
  assert.deepEqual(plain(jobs[0].hints), { ats: "smartrecruiters:adventureworks", domain: "adventure-works.example" });
});

test("without the logo: schema.org microdata, then the URL's company slug", () => {
  const { run, document } = loadFixture("smartrecruiters", "smartrecruiters-job.html", JOB_URL);
  document.querySelector(".header-logo img").remove();
  let jobs = run();
  assert.deepEqual(companies(jobs), ["Adventure Works Cycles"], "microdata's 'Adventure Works Cycles Ltd', trimmed to the brand");
  assert.equal(jobs[0].source, "jsonld");

  document.querySelector('[itemprop="hiringOrganization"]').remove();
  jobs = run();
  assert.deepEqual(companies(jobs), ["AdventureWorks"]);
  assert.equal(jobs[0].source, "url");
});

test("one-click apply page: the company slug comes from the path", () => {
  const { run } = loadSite("smartrecruiters", "<title>Apply</title><body></body>", "https://jobs.smartrecruiters.com/oneclick-ui/company/Fabrikam/publication/3f1c0e3a");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Fabrikam"]);
  assert.deepEqual(plain(jobs[0].hints), { ats: "smartrecruiters:fabrikam" });
});

test("microdata and JSON-LD name the legal entity: trimmed to the brand", () => {
  const micro = '<div itemprop="hiringOrganization" itemscope><meta itemprop="name" content="Adventure Works UK Limited"></div><h1 class="job-title">Frame Engineer</h1>';
  let jobs = loadSite("smartrecruiters", `<title>Frame Engineer</title><body>${micro}</body>`, JOB_URL).run();
  assert.deepEqual(companies(jobs), ["Adventure Works"]);
  assert.equal(jobs[0].source, "jsonld");
  const ld = '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Adventure Works Deutschland GmbH"}}</script>';
  jobs = loadSite("smartrecruiters", `<title>Frame Engineer</title>${ld}<body></body>`, JOB_URL).run();
  assert.deepEqual(companies(jobs), ["Adventure Works"]);
});

test("a careers page's greeting heading gives its name, in full where the tab's title writes it out", () => {
  const html = (heading) => `<title>Larkmoor Inns &amp; Resorts Careers and Jobs</title><h1>${heading}</h1>`
    + '<ul><li><a href="https://jobs.smartrecruiters.com/LarkmoorInns/7443">Night Auditor</a></li></ul>';
  const url = "https://careers.smartrecruiters.com/LarkmoorInns";
  assert.deepEqual(companies(loadSite("smartrecruiters", html("Welcome to Larkmoor"), url).run()), ["Larkmoor Inns & Resorts"]);
  assert.deepEqual(companies(loadSite("smartrecruiters", html("Life at Larkmoor Inns"), url).run()), ["Larkmoor Inns & Resorts"]);
  // (a guard: a heading that is the name stays the name)
  assert.deepEqual(companies(loadSite("smartrecruiters", html("Larkmoor Inns & Resorts"), url).run()), ["Larkmoor Inns & Resorts"]);
});
