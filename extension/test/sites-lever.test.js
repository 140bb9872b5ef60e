import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const URL_APPLY = "https://jobs.lever.co/wingtip/5a1b2c3d-0000-4000-8000-00000000abcd/apply";

test("lever claims postings, apply pages and the employer's board, not other hosts", () => {
  const { adapter, window } = loadFixture("lever", "lever-job.html", URL_APPLY);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(at(URL_APPLY), true);
  assert.equal(at("https://jobs.lever.co/wingtip/5a1b2c3d-0000-4000-8000-00000000abcd"), true);
  assert.equal(at("https://jobs.eu.lever.co/wingtip/5a1b2c3d-0000-4000-8000-00000000abcd"), true);
  assert.equal(at("https://jobs.lever.co/wingtip"), true);
  assert.equal(at("https://jobs.lever.co/"), false);
  assert.equal(at("https://www.lever.co/wingtip/123"), false);
});

test("the employer's board gets one badge, by its logo, whatever its postings' titles name", () => {
  const html = '<title>Nordvik Logistics</title><div class="main-header"><a class="main-header-logo" href="https://nordvik.example">' +
    '<img alt="Nordvik Logistics logo" src="/logo.png"></a></div><div class="postings-group">' +
    '<div class="posting"><h5>Key Account Manager (Kessler Automotive)</h5></div>' +
    '<div class="posting"><h5>Warehouse Lead - Brightmere Foods account</h5></div></div>' +
    '<div class="main-footer"><a href="https://www.lever.co" class="image-link"><img alt="Lever logo"></a></div>';
  const { run, document } = loadSite("lever", html, "https://jobs.lever.co/nordviklogistics");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Nordvik Logistics"]);
  assert.equal(jobs[0].anchor, document.querySelector(".main-header-logo img"));
  document.querySelector(".main-header").remove();
  assert.deepEqual(companies(run()), ["Nordvik Logistics"], "the board's title is the employer's name");
});

test("the logo alt names the company, with the org slug and the company site as hints", () => {
  const { run, document } = loadFixture("lever", "lever-job.html", URL_APPLY);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Wingtip - Aero Labs"]);
  assert.equal(jobs[0].source, "visible");
  assert.deepEqual(plain(jobs[0].hints), { ats: "lever:wingtip", domain: "wingtip-aero.example" });
  assert.equal(jobs[0].anchor, document.querySelector(".posting-header h2"));
});

test("without a logo: the footer's 'Home Page' link, then the title minus the job title", () => {
  const { run, document } = loadFixture("lever", "lever-job.html", URL_APPLY);
  document.querySelector(".main-header-logo img").remove();
  let jobs = run();
  assert.deepEqual(companies(jobs), ["Wingtip - Aero Labs"]);
  assert.equal(jobs[0].source, "visible");

  document.querySelector(".main-footer-text").remove();
  jobs = run();
  assert.deepEqual(companies(jobs), ["Wingtip - Aero Labs"], "a ' - ' inside the company name survives");
  assert.equal(jobs[0].source, "title");
});

test("title without a known job title splits at the first ' - '", () => {
  const { run } = loadSite("lever", "<title>Northwind - Senior Buyer</title><body></body>", "https://jobs.lever.co/northwind/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
  assert.deepEqual(companies(run()), ["Northwind"]);
});

test("an empty page falls back to the org slug, marked as read from the URL", () => {
  const { run } = loadSite("lever", "<title></title><body></body>", "https://jobs.lever.co/quietco/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["quietco"]);
  assert.equal(jobs[0].source, "url");
});

const NO_TITLE_URL = "https://jobs.lever.co/fabrikam-robotics/7c1d2e3f-0000-4000-8000-00000000beef";

test("a page saved without its <title>: the logo alt wins over the slug it differs from", () => {
  const { run, document } = loadFixture("lever", "lever-job-no-title.html", NO_TITLE_URL);
  assert.equal(document.title, "");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Fabrikam"]);
  assert.equal(jobs[0].source, "visible");
  assert.deepEqual(plain(jobs[0].hints), { ats: "lever:fabrikam-robotics", domain: "fabrikam.example" });
  assert.equal(jobs[0].anchor, document.querySelector(".posting-headline h2"));
});

test("without the logo image: the header link's text, then the footer; the Lever footer logo is never the company", () => {
  const { run, document } = loadFixture("lever", "lever-job-no-title.html", NO_TITLE_URL);
  const link = document.querySelector(".main-header-logo");
  link.innerHTML = "Fabrikam Robotics";
  assert.deepEqual(companies(run()), ["Fabrikam Robotics"]);
  link.remove();
  assert.deepEqual(companies(run()), ["Fabrikam"], "'Fabrikam Home Page'");
  document.querySelector(".main-footer-text p").remove();
  const jobs = run();
  assert.deepEqual(companies(jobs), ["fabrikam-robotics"], "the slug, last");
  assert.equal(jobs[0].source, "url");
});

test("a JSON-LD legal entity is trimmed to its brand", () => {
  const html = '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Northwind Traders GmbH"}}</script><body></body>';
  const jobs = loadSite("lever", html, "https://jobs.eu.lever.co/northwind/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0").run();
  assert.deepEqual(companies(jobs), ["Northwind Traders"]);
  assert.equal(jobs[0].source, "jsonld");
});
