import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const SEARCH_URL = "https://www.indeed.com/jobs?q=widget&l=Austin%2C+TX&vjk=aa11bb22cc33dd44";
const VIEW_URL = "https://www.indeed.com/viewjob?jk=0123456789abcdef";

test("indeed claims viewjob and search pages on every country host, nothing else", () => {
  const { adapter, window } = loadFixture("indeed", "indeed-viewjob.html", VIEW_URL);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(adapter.spa, true);
  for (const href of [VIEW_URL, SEARCH_URL, "https://jp.indeed.com/viewjob?jk=1", "https://mx.indeed.com/jobs?q=software", "https://www.indeed.com/q-usa-jobs.html", "https://uk.indeed.com/m/viewjob?jk=2"]) {
    assert.equal(at(href), true, href);
  }
  for (const href of ["https://www.indeed.com/career-advice/resumes", "https://indeed.example.com/viewjob?jk=1", "https://www.notindeed.com/viewjob?jk=1"]) {
    assert.equal(at(href), false, href);
  }
});

test("search: the pane's company is read from its link, not the CSS of the inline <style> before it", () => {
  const { run, document } = loadFixture("indeed", "indeed-search.html", SEARCH_URL);
  const jobs = run();
  assert.equal(jobs[0].company, "Tailspin Toys");
  assert.equal(jobs[0].source, "visible");
  assert.equal(jobs[0].anchor, document.querySelector('[data-testid="inlineHeader-companyName"] a'));
});

test("search: the pane container without a link still yields the name, not CSS", () => {
  const { run, document } = loadFixture("indeed", "indeed-search.html", SEARCH_URL);
  const link = document.querySelector('[data-testid="inlineHeader-companyName"] a');
  link.replaceWith(document.createTextNode("Tailspin Toys"));
  assert.equal(run()[0].company, "Tailspin Toys");
});

test("search: one job per card, cards with a placeholder employer skipped, emotion styles ignored", () => {
  const { run } = loadFixture("indeed", "indeed-search.html", SEARCH_URL);
  assert.deepEqual(companies(run()), ["Tailspin Toys", "Tailspin Toys", "Fourth Coffee", "Alpine Ski House"]);
});

test("search: a hidden employer ('Confidencial') in the pane is reported as nothing, not a guess", () => {
  const { run } = loadFixture("indeed", "indeed-search-hidden-employer.html", "https://mx.indeed.com/jobs?q=software&vjk=bb11cc22dd33ee44");
  assert.deepEqual(companies(run()), ["Grupo Contoso", "Wide World Importers"]);
});

test("search: switching the pane to another job reports the new company", () => {
  const { run, document } = loadFixture("indeed", "indeed-search.html", SEARCH_URL);
  document.querySelector('[data-testid="inlineHeader-companyName"] a').firstChild.nodeValue = "Fourth Coffee";
  assert.equal(run()[0].company, "Fourth Coffee");
});

test("search without an open pane lists the cards only", () => {
  const { run, document } = loadFixture("indeed", "indeed-search.html", "https://www.indeed.com/jobs?q=widget");
  document.querySelector("#jobsearch-ViewjobPaneWrapper").remove();
  assert.deepEqual(companies(run()), ["Tailspin Toys", "Fourth Coffee", "Alpine Ski House"]);
});

test("viewjob: the visible company wins over the JSON-LD legal entity", () => {
  const { run } = loadFixture("indeed", "indeed-viewjob.html", VIEW_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso Pharma"]);
  assert.equal(jobs[0].source, "visible");
});

test("viewjob without the company header falls back to JSON-LD, shortened to the name the page shows", () => {
  const { run, document } = loadFixture("indeed", "indeed-viewjob.html", VIEW_URL);
  document.querySelector('[data-testid="inlineHeader-companyName"]').remove();
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso Pharma"]);
  assert.equal(jobs[0].source, "title");
  assert.deepEqual(plain(jobs[0].hints), { domain: "contoso-pharma.example" });

  document.querySelector('meta[property="og:description"]').remove();
  assert.deepEqual(companies(run()), ["Contoso Pharma K.K."]);
});

test("a page with no company anywhere returns nothing", () => {
  const { run } = loadSite("indeed", "<title>Indeed</title><h1>Find jobs</h1>", "https://www.indeed.com/jobs?q=");
  assert.deepEqual(companies(run()), []);
});

const RESTYLED_URL = "https://www.indeed.com/jobs?q=welder&l=Denver%2C+CO&vjk=aa00bb11cc22dd33";

test("restyled search: cards found by their job links when the card classes are gone, one job per card", () => {
  const { run } = loadFixture("indeed", "indeed-search-restyled.html", RESTYLED_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Fabrikam Metals", "Fabrikam Metals", "Litware", "Woodgrove Bank"]);
  const cards = Array.from(jobs.slice(1), (job) => job.anchor.closest("li").querySelector("a[data-jk]").getAttribute("data-jk"));
  assert.deepEqual(cards, ["aa00bb11cc22dd33", "bb11cc22dd33ee44", "dd33ee44ff556677"]);
  assert.ok(!jobs[0].anchor.closest("li"), "the pane's company is not a card");
});

test("restyled search: a card named only by its /cmp/ link, and 'Confidencial' skipped", () => {
  const { run, document } = loadFixture("indeed", "indeed-search-restyled.html", RESTYLED_URL);
  assert.ok(companies(run()).includes("Litware"));
  assert.ok(!companies(run()).includes("Confidencial"));
  document.querySelector('a[href="/cmp/Litware"]').remove();
  assert.ok(!companies(run()).includes("Litware"), "no company, no guess");
});

test("restyled search: cards appended on the next page load are read; the pane's links are not cards", () => {
  const { run, document } = loadFixture("indeed", "indeed-search-restyled.html", RESTYLED_URL);
  const list = document.querySelector("ul");
  list.insertAdjacentHTML("beforeend", list.lastElementChild.outerHTML.replaceAll("dd33ee44ff556677", "ee44ff5566778899").replace("Woodgrove Bank", "Proseware"));
  document.querySelector("#jobsearch-ViewjobPaneWrapper").insertAdjacentHTML("beforeend", '<a href="/viewjob?jk=ff55667788990011">Similar job</a><span data-testid="company-name">Litware</span>');
  assert.deepEqual(companies(run()), ["Fabrikam Metals", "Fabrikam Metals", "Litware", "Woodgrove Bank", "Proseware"]);
});

test("a company's jobs page (/cmp/<name>/jobs): one job, the header's company, when it is the URL's", () => {
  const url = "https://www.indeed.com/cmp/Brightmoor-Kitchenware/jobs";
  const { run, document } = loadFixture("indeed", "indeed-company-jobs.html", url);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Brightmoor Kitchenware"]);
  assert.equal(jobs[0].anchor, document.querySelector('[data-testid="companyInfo-name"]'));
});

test("a company's jobs page whose header names another company than the URL gives nothing", () => {
  const { run } = loadFixture("indeed", "indeed-company-jobs.html", "https://www.indeed.com/cmp/Larchfield-Home/jobs");
  assert.deepEqual(companies(run()), []);
  // and a company's reviews page is no job page at all
  const reviews = loadFixture("indeed", "indeed-company-jobs.html", "https://www.indeed.com/cmp/Brightmoor-Kitchenware/reviews");
  assert.equal(reviews.adapter.matches(new reviews.window.URL("https://www.indeed.com/cmp/Brightmoor-Kitchenware/reviews")), false);
});

test("search: a card whose company has no mark of its own is read from the company-and-location block, not its rating", () => {
  const card = (company) => `<li><div class="job_seen_beacon"><h2 class="jobTitle"><a class="jcs-JobTitle" data-jk="a1" href="/rc/clk?jk=a1">Planner</a></h2>
    <div class="company_location"><div><span class="x1">${company}</span><div data-testid="text-location">Leeds</div></div></div></div></li>`;
  const marked = `<span data-testid="company-name">Quillon Freight</span>`;
  const unmarked = `<span>Marrow Hill Dairy<span aria-hidden="true">3.7</span><svg></svg><span class="sr">3.7 out of 5 stars.</span></span>`;
  const { run } = loadSite("indeed", `<ul id="mosaic-jobResults">${card(marked)}${card(unmarked)}</ul>`, "https://uk.indeed.com/jobs?q=planner");
  assert.deepEqual(companies(run()), ["Quillon Freight", "Marrow Hill Dairy"]);
  // the name as a bare text node of the block's div, before the location's div
  const bare = `<li><div class="job_seen_beacon"><h2 class="jobTitle"><a class="jcs-JobTitle" data-jk="a2" href="/rc/clk?jk=a2">Planner</a></h2>
    <div class="company_location"><div class="c1">Tallis Street Dental<div data-testid="text-location">Leeds</div></div></div></div></li>`;
  const second = loadSite("indeed", `<ul id="mosaic-jobResults">${card(marked)}${bare}</ul>`, "https://uk.indeed.com/jobs?q=planner");
  assert.deepEqual(companies(second.run()), ["Quillon Freight", "Tallis Street Dental"]);
});
