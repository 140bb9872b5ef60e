import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const JOB_URL = "https://litware.wd3.myworkdayjobs.com/en-US/LitwareExternalCareers/job/Austin-TX/Test-Engineer---Autonomous-Forklifts_JR100200";
const EMPTY_URL = "https://contoso.wd1.myworkdayjobs.com/en-US/External/job/Remote/Robotics-Engineer_R-5521";

test("workday claims job pages on tenant hosts, not the search page or other hosts", () => {
  const { adapter, window } = loadFixture("workday", "workday-job.html", JOB_URL);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(adapter.spa, true, "Workday fills its body by script");
  assert.equal(at(JOB_URL), true);
  assert.equal(at("https://acme.wd1.myworkdayjobs.com/External/job/Remote/Engineer_JR-100"), true);
  assert.equal(at("https://litware.wd3.myworkdayjobs.com/en-US/LitwareExternalCareers"), false);
  assert.equal(at("https://www.workday.com/en-us/company/careers/job/1"), false);
});

test("the 'CAREERS AT X' header names the company; the tenant is the ats hint", () => {
  const { run, document } = loadFixture("workday", "workday-job.html", JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["LITWARE"]);
  assert.equal(jobs[0].source, "visible");
  assert.deepEqual(plain(jobs[0].hints), { ats: "workday:litware" });
  assert.equal(jobs[0].anchor, document.querySelector('[data-automation-id="headerTitle"] h1'));
});

test("other header wordings", () => {
  for (const [header, expected] of [["Careers at Fabrikam Group", "Fabrikam Group"], ["Fabrikam Careers", "Fabrikam"], ["Karriere bei Fabrikam", "Fabrikam"], ["Join us", null]]) {
    const html = `<div data-automation-id="headerTitle"><h1>${header}</h1></div><h2 data-automation-id="jobPostingHeader">Engineer</h2>`;
    const { run } = loadSite("workday", html, "https://zz.wd1.myworkdayjobs.com/en-US/Site/job/X/Engineer_R1");
    const found = run();
    if (expected) assert.deepEqual(companies(found), [expected], header);
    else assert.equal(found[0].source, "url", header);
  }
});

test("without a header: the site id's leading run spells the tenant", () => {
  const { run, document } = loadFixture("workday", "workday-job.html", JOB_URL);
  document.querySelector('[data-automation-id="headerTitle"]').remove();
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Litware"]);
  assert.equal(jobs[0].source, "url");
});

test("empty body (before Workday's script runs): the tenant as og:description spells it", () => {
  const { run } = loadFixture("workday", "workday-job-empty.html", EMPTY_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso"]);
  assert.equal(jobs[0].source, "url");
  assert.deepEqual(plain(jobs[0].hints), { ats: "workday:contoso" });
});

test("empty body filled later: the next read uses the rendered header", () => {
  const { run, document } = loadFixture("workday", "workday-job-empty.html", EMPTY_URL);
  document.getElementById("root").innerHTML = '<div data-automation-id="headerTitle"><h1>Careers at Contoso Robotics</h1></div><h2 data-automation-id="jobPostingHeader">Robotics Engineer</h2>';
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso Robotics"]);
  assert.equal(jobs[0].source, "visible");
});

test("with nothing but the host, the raw tenant is still offered, marked as from the URL", () => {
  const { run } = loadSite("workday", "<title>Workday</title><body></body>", "https://quietco.wd5.myworkdayjobs.com/Careers/job/X/Y_R1");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["quietco"]);
  assert.equal(jobs[0].source, "url");
});
