import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const JOB_URL = "https://careers.humongous-insurance.example/jobs/R0042-claims-analyst";

test("a careers page's JSON-LD legal entity becomes the shorter name the page shows", () => {
  const { run, document } = loadFixture("generic", "generic-job.html", JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Humongous Insurance"]);
  assert.equal(jobs[0].source, "title");
  assert.deepEqual(plain(jobs[0].hints), { domain: "humongous-insurance.example" });
  assert.equal(jobs[0].anchor, document.querySelector("h1"));
});

test("the legal entity stays when the page shows no shorter name", () => {
  const { run, document } = loadFixture("generic", "generic-job.html", JOB_URL);
  document.title = "Claims Analyst";
  document.querySelector('meta[property="og:site_name"]').remove();
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Humongous Insurance UK Limited"]);
  assert.equal(jobs[0].source, "jsonld");
});

test("a shorter name is used only when the dropped words are legal or regional suffixes", () => {
  const html = '<title>Payments Engineer | Global careers</title><script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Global Payments Inc."}}</script><h1>Payments Engineer</h1>';
  const { run } = loadSite("generic", html, "https://jobs.example.org/1");
  assert.deepEqual(companies(run()), ["Global Payments Inc."]);
});

test("a page that is not a job posting returns nothing, even with an Organization in its JSON-LD", () => {
  const { run } = loadFixture("generic", "generic-not-a-job.html", "https://blog.litware.example/2026/11/ten-years");
  assert.deepEqual(companies(run()), []);
});

test("a placeholder employer in JSON-LD is not reported", () => {
  const html = '<title>Analyst</title><script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Confidential"}}</script>';
  const { run } = loadSite("generic", html, "https://jobs.example.org/2");
  assert.deepEqual(companies(run()), []);
});

test("several different employers on one page are not guessed between", () => {
  const html = '<title>Jobs</title><script type="application/ld+json">[{"@type":"JobPosting","hiringOrganization":"Litware"},{"@type":"JobPosting","hiringOrganization":"Fabrikam"}]</script>';
  const { run } = loadSite("generic", html, "https://jobs.example.org/list");
  assert.deepEqual(companies(run()), []);
});
