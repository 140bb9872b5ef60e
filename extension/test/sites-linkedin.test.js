import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, readFixture } from "./support/load-adapter.js";

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

test("a company page's Jobs tab: each card of its openings is the company's; the rest of the page is no job", () => {
  const card = (id) => `<li class="job-card-square"><a href="/jobs/view/${id}/"><strong>Welder</strong></a>
    <span class="job-card-container__primary-description">Litware Robotics</span><span>Boston</span></li>`;
  const html = `<title>(3) Litware Robotics: Jobs | LinkedIn</title><main>
    <h1 class="org-top-card-summary__title">Litware Robotics</h1>
    <section><h2>Recently posted jobs</h2><ul>${card(4300000201)}${card(4300000202)}</ul></section>
    <aside><h2>Pages people also viewed</h2><ul><li><a href="/company/woodgrove-motion/">Woodgrove Motion</a></li></ul></aside>
    </main>`;
  const url = "https://www.linkedin.com/company/litware-robotics/jobs/";
  const { adapter, run, window } = loadSite("linkedin", html, url);
  assert.equal(adapter.matches(new window.URL(url)), true);
  assert.equal(adapter.matches(new window.URL("https://www.linkedin.com/company/litware-robotics/about/")), false);
  assert.deepEqual(companies(run()), ["Litware Robotics", "Litware Robotics"]);
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

test("embedded job data whose keys a saved page padded with spaces is read the same", () => {
  const padded = readFixture("linkedin-job-loggedin-source.html").replace(/&quot;(\$type|entityUrn|name)&quot;/g, "&quot;$1 &quot;");
  assert.notEqual(padded, readFixture("linkedin-job-loggedin-source.html"));
  const { run } = loadSite("linkedin", padded, "https://www.linkedin.com/jobs/view/4100000099/");
  assert.deepEqual(companies(run()), ["Woodgrove Policy Lab"]);
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

// The 2026 app: hashed classes only, cards keyed "job-card-component-ref-<id>" with unlabelled <p> lines.
const SPLIT_2026 = "https://www.linkedin.com/jobs/search-results/?currentJobId=4300000002&keywords=analyst";
const VIEW_2026 = "https://www.linkedin.com/jobs/view/4300000011/";
const OCCLUDED = "https://it.linkedin.com/jobs/search/?keywords=magazziniere&location=Lecco";
const cardOf = (job) => job.anchor && job.anchor.closest("[componentkey^='job-card-component-ref-'], [data-occludable-job-id]");

test("2026 split view: the pane's plain-text company beside its logo, though the title names only the query", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-split.html", SPLIT_2026);
  assert.equal(document.title, "(6) analyst Jobs | LinkedIn");
  const [pane] = run();
  assert.equal(pane.company, "Fabrikam Logistics");
  assert.equal(cardOf(pane), null, "the pane's badge is not in the list");
  assert.equal(pane.anchor.tagName, "P");
  assert.ok(pane.anchor.parentElement.querySelector('[aria-label="Company logo for, Fabrikam Logistics."]'));
});

test("2026 split view: each card's company is the line after its title, inside that card, placeholders skipped", () => {
  const { run } = loadFixture("linkedin", "linkedin-search-2026-split.html", SPLIT_2026);
  const cards = run().slice(1);
  assert.deepEqual(companies(cards), ["Contoso Electronics", "Fabrikam Logistics", "Default", "Northwind Traders"]);
  assert.deepEqual(Array.from(cards, (job) => cardOf(job).getAttribute("componentkey").slice(-2)), ["01", "02", "04", "05"]);
  assert.ok(cards.every((job) => job.anchor.textContent === job.company), "the badge follows the company's own line");
});

test("2026 split view: a pane without its logo label falls back to the open job's card, anchored in the pane", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-split.html", SPLIT_2026);
  document.querySelector('[aria-label^="Company logo for, Fabrikam"]').removeAttribute("aria-label");
  document.querySelector('[componentkey^="JobDetails_AboutTheCompany"]').remove();
  const [pane] = run();
  assert.equal(pane.company, "Fabrikam Logistics");
  assert.equal(pane.anchor, document.querySelector("h1"));
});

test("2026 split view: choosing another card re-reads the pane for that job only", () => {
  const { run, document, window } = loadFixture("linkedin", "linkedin-search-2026-split.html", SPLIT_2026);
  const top = document.querySelector("h1").parentElement;
  top.querySelector("[aria-label]").setAttribute("aria-label", "Company logo for, Northwind Traders.");
  top.querySelector("p").textContent = "Northwind Traders";
  top.querySelector("h1 a").setAttribute("href", "/jobs/view/4300000005/");
  window.history.pushState({}, "", "/jobs/search-results/?currentJobId=4300000005&keywords=analyst");
  assert.equal(run()[0].company, "Northwind Traders");
});

test("2026 split view: a card whose line after the title is a status line gets no guess", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-split.html", SPLIT_2026);
  const card = document.querySelector("[componentkey='job-card-component-ref-4300000004']");
  card.querySelector("p._77240ce7").remove();
  card.querySelector("p._a83f6b12").textContent = "Promoted";
  assert.deepEqual(companies(run()), ["Fabrikam Logistics", "Contoso Electronics", "Fabrikam Logistics", "Northwind Traders"]);
});

test("2026 job view fragment (no <head>, no title): the top card's 'Company, X.' label, not the similar jobs", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-view-2026-fragment.html", VIEW_2026);
  assert.equal(document.title, "");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Tailspin Toys"]);
  assert.equal(jobs[0].anchor.closest("[aria-label]").getAttribute("aria-label"), "Company, Tailspin Toys.");
});

test("2026 job view: without the label the logo alt, then 'About the company', then the title name the company", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-view-2026-fragment.html", VIEW_2026);
  document.querySelector('[aria-label="Company, Tailspin Toys."]').removeAttribute("aria-label");
  assert.deepEqual(companies(run()), ["Tailspin Toys"]);
  document.querySelector('img[alt="Company logo for, Tailspin Toys."]').alt = "";
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Tailspin Toys"]);
  assert.ok(jobs[0].anchor.closest("#JobDetails_AboutTheCompany_4300000011"));
  document.querySelector("#JobDetails_AboutTheCompany_4300000011").remove();
  assert.deepEqual(companies(run()), [], "the similar jobs' companies are never the job's");
  document.title = "(3) Toy Designer | Tailspin Toys | LinkedIn";
  const titled = run();
  assert.deepEqual(companies(titled), ["Tailspin Toys"]);
  assert.equal(titled[0].source, "title");
});

test("logged-in view title: a block naming another company than the title loses to the title", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-view-2026-fragment.html", VIEW_2026);
  document.title = "Toy Designer | Tailspin Toys | LinkedIn";
  document.querySelector('[aria-label="Company, Tailspin Toys."]').setAttribute("aria-label", "Company, Litware.");
  document.querySelector('img[alt="Company logo for, Tailspin Toys."]').alt = "Company logo for, Litware.";
  assert.deepEqual(companies(run()), ["Tailspin Toys"]);
});

test("a list title is not a company: '(6) analyst Jobs | LinkedIn' on a view page names nobody", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-view-2026-fragment.html", VIEW_2026);
  document.querySelector("main").remove();
  document.title = "(6) analyst Jobs | LinkedIn";
  assert.deepEqual(companies(run()), []);
});

test("logo alt text in several languages names the company", () => {
  const alts = {
    "Company logo for, Fourth Coffee.": "Fourth Coffee", "Fourth Coffee logo": "Fourth Coffee",
    "Logo di Fourth Coffee": "Fourth Coffee", "Logotipo de Fourth Coffee": "Fourth Coffee",
    "Fourth Coffee標誌": "Fourth Coffee", "Fourth Coffee公司標誌": "Fourth Coffee", "Logo de Fourth Coffee": "Fourth Coffee",
    "Odiin. company logo": "Odiin.", "Fourth Coffee-Logo": "Fourth Coffee",
  };
  for (const [alt, name] of Object.entries(alts)) {
    const html = `<title>Product Manager | ${name} | LinkedIn</title><main><div><img alt="${alt}"><h1>Product Manager</h1></div></main>`;
    const { run } = loadSite("linkedin", html, "https://www.linkedin.com/jobs/view/4300000099/");
    const jobs = run();
    assert.deepEqual(companies(jobs), [name], alt);
    assert.equal(jobs[0].source, "visible", alt);
  }
});

test("virtualised Italian list: rendered cards by logo alt or the line after the title; occluded items wait", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-occluded-it.html", OCCLUDED);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso Pharma", "Alpine Ski House", "Wide World Importers"]);
  assert.deepEqual(Array.from(jobs, (job) => cardOf(job).getAttribute("data-occludable-job-id")), ["4200000001", "4200000002", "4200000003"]);
  assert.ok(jobs.every((job) => job.anchor.textContent === job.company));
  assert.equal(document.querySelectorAll("[data-occludable-job-id]").length, 10);
});

test("virtualised list: an item rendered on scroll is read, a re-rendered card is still one job", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-occluded-it.html", OCCLUDED);
  const first = document.querySelector('[data-occludable-job-id="4200000001"]');
  const late = document.querySelector('[data-occludable-job-id="4200000007"]');
  late.innerHTML = first.innerHTML.replaceAll("4200000001", "4200000007").replaceAll("Contoso Pharma", "Proseware");
  first.innerHTML = first.innerHTML; // the site re-renders a card it already showed
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso Pharma", "Alpine Ski House", "Wide World Importers", "Proseware"]);
  const perCard = new Map();
  for (const job of jobs) perCard.set(cardOf(job), (perCard.get(cardOf(job)) || 0) + 1);
  assert.ok([...perCard.values()].every((n) => n === 1), "one job per card");
});

test("cards without any known class: repeated items holding one job link each", () => {
  const item = (id, company) => `<li><div><a href="/jobs/view/${id}/"><span>Welder</span></a></div><div><span>${company}</span></div><span>Boston</span></li>`;
  const html = `<title>welder Jobs | LinkedIn</title><main><ul>${item(4300000101, "Litware")}${item(4300000102, "Woodgrove Bank")}</ul>
    <section><h1><a href="/jobs/view/4300000101/">Welder</a></h1><p>Boston · Easy Apply</p></section></main>`;
  const { run } = loadSite("linkedin", html, "https://www.linkedin.com/jobs/search/?currentJobId=4300000101");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Litware", "Litware", "Woodgrove Bank"]);
  assert.equal(jobs[0].anchor.tagName, "H1", "the open job's pane is anchored at its title, not in the list");
});

test("LinkedIn's hidden-employer pages get no badge; 'Default' is a real name", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-split.html", SPLIT_2026);
  const line = document.querySelector("[componentkey='job-card-component-ref-4300000005'] p._77240ce7");
  for (const hidden of ["Confidential Co", "Confidential Careers", "Confidential"]) {
    line.textContent = hidden;
    assert.ok(!companies(run()).includes(hidden), hidden);
  }
  assert.ok(companies(run()).includes("Default"));
});

test("2026 split view opened without ?currentJobId=: the pane's keyed slots say which job is open", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-split.html", "https://www.linkedin.com/jobs/search-results/?keywords=analyst");
  document.querySelector('[aria-label^="Company logo for, Fabrikam"]').removeAttribute("aria-label");
  document.querySelector('[componentkey^="JobDetails_AboutTheCompany"]').remove();
  const [pane] = run();
  assert.equal(pane.company, "Fabrikam Logistics");
  assert.equal(pane.anchor, document.querySelector("h1"));
});

test("2026 card: a status line above the title is neither the title nor the company", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-split.html", SPLIT_2026);
  const lines = document.querySelector("[componentkey='job-card-component-ref-4300000004'] ._77a0c1de");
  lines.insertAdjacentHTML("afterbegin", "<p>Be an early applicant</p>");
  assert.ok(companies(run()).includes("Default"));
  assert.ok(!companies(run()).includes("Pricing Analyst"));
});

// The 2026 server-driven list as saved: cards keyed by random UUIDs, no link to their job; only a button
// labelled with the job's title ("Dismiss <title> job") says where one card ends and the next begins.
const UNKEYED_2026 = "https://www.linkedin.com/jobs/search-results/?currentJobId=4382000001&keywords=product";
const unkeyedCardOf = (job) => job.anchor && job.anchor.closest("[role='button'][componentkey]");

test("2026 unkeyed list: each card's company is the line after its title, though the title names another firm", () => {
  const { run } = loadFixture("linkedin", "linkedin-search-2026-unkeyed.html", UNKEYED_2026);
  const cards = run().slice(1);
  assert.deepEqual(companies(cards), ["Wingtip Toys", "Adatum Corporation", "VanArsdel, Ltd."]);
  const keys = cards.map((job) => unkeyedCardOf(job).getAttribute("componentkey"));
  assert.equal(new Set(keys).size, 3, "one badge per card, each inside its own card");
});

test("2026 unkeyed list: the pane's buttons named after the open job make no card of the pane", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-unkeyed.html", UNKEYED_2026);
  const jobs = run();
  const pane = document.querySelector("[componentkey='1b7e5d30-9a2c-4c61-8e4f-d6a0b3c2e915']");
  assert.deepEqual(companies(jobs.filter((job) => pane.contains(job.anchor))), ["Wingtip Toys"]);
  assert.equal(jobs.length, 4, "the pane and three cards, no card made of the pane's buttons");
});

test("2026 unkeyed list: the dismiss label in another language still marks the card", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-unkeyed.html", UNKEYED_2026);
  for (const button of document.querySelectorAll("button[aria-label^='Dismiss']")) {
    const title = /^Dismiss (.*) job$/.exec(button.getAttribute("aria-label"))[1];
    button.setAttribute("aria-label", `Ignorer l’offre ${title}`);
  }
  assert.deepEqual(companies(run()), ["Wingtip Toys", "Wingtip Toys", "Adatum Corporation", "VanArsdel, Ltd."]);
});

test("2026 unkeyed list: a button whose label names no line of its card makes no card", () => {
  const { run, document } = loadFixture("linkedin", "linkedin-search-2026-unkeyed.html", UNKEYED_2026);
  for (const button of document.querySelectorAll("button[aria-label^='Dismiss']")) button.setAttribute("aria-label", "Dismiss");
  assert.deepEqual(companies(run()), ["Wingtip Toys"]);
});

test("2026 card whose title is the job link's own text: the company is the line after the link, never the pay line", () => {
  const card = (id, company) => `<li data-occludable-job-id="${id}"><div role="button" data-view-name="job-card">
    <a href="https://www.linkedin.com/jobs/view/${id}/" data-view-name="job-card-title"><span aria-hidden="true"><strong>Data Engineer</strong></span></a>
    <div><p><span dir="ltr">${company}</span></p></div><ul role="list"><li><span>Leeds (Hybrid)</span></li></ul>
    <div><p>$78K/yr - $92K/yr</p></div><footer><span>Easy Apply</span></footer></div></li>`;
  const html = `<ul role="list" aria-label="Job search results">${card("4100000001", "Quarry Lane Analytics")}${card("4100000002", "Corrib Fieldworks")}${card("4100000003", "Harrow Civic Tech")}</ul>`;
  const { run } = loadSite("linkedin", html, "https://www.linkedin.com/jobs/search/?keywords=data");
  assert.deepEqual(companies(run()), ["Quarry Lane Analytics", "Corrib Fieldworks", "Harrow Civic Tech"]);
});

test("a card's hidden 'Company Name' label is no part of its company", () => {
  const card = (n) => `<li class="jobs-search-results__list-item"><div class="job-card-container" data-job-id="${n}">` +
    `<a class="job-card-list__title" href="/jobs/view/${n}/">Engineer ${n}</a>` +
    '<div class="job-card-container__primary-description artdeco-entity-lockup__subtitle">' +
    '<span class="visually-hidden">Company Name</span> Calderwyn Robotics</div></div></li>';
  const { run } = loadSite("linkedin", `<title>Calderwyn Robotics: Jobs | LinkedIn</title><ul>${card(41)}${card(42)}</ul>`,
    "https://www.linkedin.com/company/calderwyn-robotics/jobs/");
  assert.ok(companies(run()).length >= 1);
  assert.ok(companies(run()).every((name) => name === "Calderwyn Robotics"), companies(run()).join(", "));
});
