import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies } from "./support/load-adapter.js";

const SEARCH_URL = "https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=analyst";
const VIEW_URL = "https://it.linkedin.com/jobs/view/sound-engineer-at-fabrikam-radio-nord-3900000001";

test("linkedin claims job views, searches, collections and guest lists, nothing else", () => {
  const { adapter, window } = loadFixture("linkedin", "linkedin-search-empty.html", "https://www.linkedin.com/jobs/data-internship-jobs-casablanca");
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(adapter.spa, true);
  for (const href of [VIEW_URL, SEARCH_URL, "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1", "https://www.linkedin.com/jobs/view/4100000099/", "https://www.linkedin.com/jobs/widget-engineer-jobs-boston"]) {
    assert.equal(at(href), true, href);
  }
  for (const href of ["https://www.linkedin.com/feed/", "https://www.linkedin.com/in/someone/", "https://www.linkedin.com.evil.example/jobs/view/1", "https://example.com/jobs/view/1"]) {
    assert.equal(at(href), false, href);
  }
});

test("guest job view: the top-card company keeps its ' - ' and wins over the JSON-LD legal entity", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-job-guest.html", VIEW_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Fabrikam - Radio Nord"]);
  assert.equal(jobs[0].source, "visible");
  assert.equal(jobs[0].anchor, document.querySelector(".topcard__org-name-link"));
});

test("guest job view without the top card: localised title pattern, then JSON-LD", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-job-guest.html", VIEW_URL);
  document.querySelector(".topcard__org-name-link").remove();
  document.querySelector(".top-card-layout__card").remove();
  let jobs = run();
  assert.deepEqual(companies(jobs), ["Fabrikam - Radio Nord"]);
  assert.equal(jobs[0].source, "title");

  document.title = "LinkedIn";
  jobs = run();
  assert.deepEqual(companies(jobs), ["Fabrikam - Radio Nord S.p.A."]);
  assert.equal(jobs[0].source, "jsonld");
});

test("English guest title pattern", () => {
  const html = "<title>Tailspin Toys hiring Toy Designer in Leeds, England, United Kingdom | LinkedIn</title><h1 class='top-card-layout__title'>Toy Designer</h1>";
  const { run } = loadSite("linkedin", html, "https://uk.linkedin.com/jobs/view/toy-designer-at-tailspin-toys-3900000002");
  assert.deepEqual(companies(run()), ["Tailspin Toys"]);
});

test("job view ignores the similar-jobs cards below the job", () => {
  const { run } = loadFixture("linkedin", "linkedin-job-guest.html", VIEW_URL);
  assert.ok(!companies(run()).includes("Litware"));
});

test("logged-in page source: the company comes from the embedded job data, matched by job id", () => {
  const { run } = loadFixture("linkedin", "linkedin-job-loggedin-source.html", "https://www.linkedin.com/jobs/view/4100000099/");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Woodgrove Policy Lab"]);
  assert.equal(jobs[0].source, "jsonld");

  const other = loadFixture("linkedin", "linkedin-job-loggedin-source.html", "https://www.linkedin.com/jobs/view/4100000555/");
  assert.deepEqual(companies(other.run()), ["Tailspin Toys"]);

  const unknown = loadFixture("linkedin", "linkedin-job-loggedin-source.html", "https://www.linkedin.com/jobs/view/4100000123/");
  assert.deepEqual(companies(unknown.run()), []);
});

test("logged-in split view: the pane first, then one job per card, placeholders skipped", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-loggedin.html", SEARCH_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Brightlane.", "Brightlane.", "Northwind Traders", "Rai - Radio Nord"]);
  assert.equal(jobs[0].anchor, document.querySelector(".job-details-jobs-unified-top-card__company-name a"));
  const cardAnchors = Array.from(jobs.slice(1), (j) => j.anchor.closest("[data-job-id]").getAttribute("data-job-id"));
  assert.deepEqual(cardAnchors, ["4100000001", "4100000002", "4100000004"]);
  assert.ok(!companies(jobs).some((c) => /followers/.test(c)), "the pane's company box is not a card");
});

test("split view: when the pane changes in place, the next read reports the new company only", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-loggedin.html", SEARCH_URL);
  const link = document.querySelector(".job-details-jobs-unified-top-card__company-name a");
  link.textContent = "Northwind Traders";
  const jobs = run();
  assert.equal(jobs[0].company, "Northwind Traders");
  assert.ok(!companies(jobs).slice(0, 1).includes("Brightlane."));
});

test("split view: the pane still loading (no company yet) reports only the cards", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-loggedin.html", SEARCH_URL);
  document.querySelector(".jobs-search__job-details--container").innerHTML = "<div class='jobs-ghost-fadein-placeholder'></div>";
  assert.deepEqual(companies(run()), ["Brightlane.", "Northwind Traders", "Rai - Radio Nord"]);
});

test("newer top card without the BEM company class: the company link inside the top card", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-loggedin.html", SEARCH_URL);
  const box = document.querySelector(".job-details-jobs-unified-top-card__company-name");
  box.className = "kLmNoPqRsTuV";
  assert.equal(run()[0].company, "Brightlane.");
});

test("guest search list: one job per card, in page order", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-guest.html", "https://www.linkedin.com/jobs/widget-engineer-jobs-boston");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Tailspin Toys", "Odiin.", "Fourth Coffee - Roastery"]);
  assert.ok(jobs.every((j) => j.source === "visible"));
  assert.equal(jobs[0].anchor, document.querySelector(".base-search-card__subtitle"));
});

test("infinite scroll: cards appended later are read on the next pass", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-guest.html", "https://www.linkedin.com/jobs/widget-engineer-jobs-boston");
  const list = document.querySelector(".jobs-search__results-list");
  list.insertAdjacentHTML("beforeend", list.lastElementChild.outerHTML.replace(/Fourth Coffee - Roastery/g, "Proseware"));
  assert.deepEqual(companies(run()), ["Tailspin Toys", "Odiin.", "Fourth Coffee - Roastery", "Proseware"]);
});

test("a search with zero results returns nothing", () => {
  const { run } = loadFixture("linkedin", "linkedin-search-empty.html", "https://www.linkedin.com/jobs/data-internship-jobs-casablanca");
  assert.deepEqual(companies(run()), []);
});
