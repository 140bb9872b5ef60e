// Indeed (every country site): /viewjob pages and search results, whose job pane changes in place.
(function () {
  "use strict";
  const SELECTORS = {
    // Read the link, not its container: the container holds an inline emotion <style> before the name.
    paneCompany: [
      '[data-testid="inlineHeader-companyName"] a',
      '[data-testid="inlineHeader-companyName"]',
      '[data-company-name="true"] a',
      '[data-company-name="true"]',
      ".jobsearch-InlineCompanyRating a",
      '.jobsearch-CompanyInfoContainer a[href*="/cmp/"]',
      '[data-testid="jobsearch-CompanyInfoContainer"] a[href*="/cmp/"]',
    ],
    jobTitle: ['[data-testid="jobsearch-JobInfoHeader-title"]', ".jobsearch-JobInfoHeader-title", "h1"],
    cards: '.job_seen_beacon, [data-testid="slider_item"], .cardOutline, .jobsearch-SerpJobCard',
    // A card's job link carries the job key (data-jk, or jk= in /rc/clk and /viewjob links): it finds the
    // cards when a restyling drops the card classes above.
    jobLink: 'a[data-jk], a[href*="/rc/clk?"], a[href*="/viewjob?"], a[href*="/pagead/clk?"]',
    cardCompany: ['[data-testid="company-name"]', ".companyName", ".company", 'a[href*="/cmp/"]'],
    companyAndLocation: ".company_location",
    location: '[data-testid="text-location"], .companyLocation',
    // A company page's header (/cmp/<name>/jobs): its job cards name no company, the page is the company's own.
    companyHeader: ['[data-testid="companyInfo-name"]', '[data-testid="companyName"]', '[itemprop="name"]'],
  };
  const COMPANY_JOBS_PATH = /^\/cmp\/([^/]+)\/jobs\b/;
  const HOST = /(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/i;

  const { page, jsonld } = globalThis.UpheavalRadar;

  // Cards the known classes miss: the list item around each job link, one per job key.
  function linkedCards(document, known) {
    const cards = [];
    for (const link of document.querySelectorAll(SELECTORS.jobLink)) {
      if (link.closest(SELECTORS.cards) || link.closest("#jobsearch-ViewjobPaneWrapper, .jobsearch-ViewJobLayout")) continue;
      const card = link.closest("li") || link.parentElement;
      if (card && !known.has(card) && !cards.includes(card)) cards.push(card);
    }
    return cards;
  }

  // A card whose company has no mark of its own: the company-and-location block's first element with text of
  // its own ("Riverton Logistics" in nested spans, its rating "3.7" and "3.7 out of 5 stars." in child spans; or a
  // bare text node in a div before the location's div).
  function unmarkedCompany(card) {
    const block = card.querySelector(SELECTORS.companyAndLocation);
    if (!block) return null;
    for (const el of block.querySelectorAll("span, a, div")) {
      if (el.closest(SELECTORS.location)) continue;
      const own = page.collapse(Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(""));
      if (own) return { el, name: own };
    }
    return null;
  }

  function cardJobs(document) {
    const known = page.outermost(document, SELECTORS.cards);
    const jobs = [];
    for (const card of known.concat(linkedCards(document, new Set(known)))) {
      const el = page.first(card, SELECTORS.cardCompany);
      const unmarked = el ? null : unmarkedCompany(card);
      const found = el ? page.job(page.visibleText(el), "visible", el, {})
        : unmarked && page.job(unmarked.name, "visible", unmarked.el, {});
      if (found) jobs.push(found);
    }
    return jobs;
  }

  function paneJob(document) {
    const visible = page.first(document, SELECTORS.paneCompany);
    // A hidden employer ("Confidencial") is a decision of the poster: report nothing rather than a guess.
    if (visible) return page.job(page.visibleText(visible), "visible", visible, {});
    const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
    if (!org) return null;
    const titleEl = page.first(document, SELECTORS.jobTitle);
    const name = page.readableName(org.name, [document.title, page.meta(document, "og:description")]);
    return page.job(name, name === org.name ? "jsonld" : "title", titleEl, { domain: org.domain });
  }

  // The company whose jobs a /cmp/<name>/jobs page lists: its header, when the header names the company of the
  // URL ("Wrenfield-Home-Goods"); a single badge by it, as the cards carry no company of their own.
  function companyPageJob(document, location) {
    const url = page.urlOf(location);
    const path = url && COMPANY_JOBS_PATH.exec(url.pathname);
    if (!path) return null;
    const header = page.first(document, SELECTORS.companyHeader);
    const name = header && page.visibleText(header);
    let slug = path[1];
    try { slug = decodeURIComponent(slug); } catch { /* a malformed escape: keep the raw segment */ }
    if (!name || !page.sharesBrand(name, [slug.replace(/-/g, " "), slug])) return null;
    return page.job(name, "visible", header, {});
  }

  globalThis.UpheavalRadar.registerSite({
    name: "indeed",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && (/\/(m\/)?(viewjob|jobs|rc\/clk|pagead)|^\/q-|\/cmp\/[^/]+\/jobs/.test(url.pathname) || url.searchParams.has("vjk") || url.searchParams.has("jk"));
    },
    findJobs(document, location) {
      const jobs = [];
      const pane = paneJob(document);
      if (pane) jobs.push(pane);
      jobs.push(...cardJobs(document));
      const own = jobs.length ? null : companyPageJob(document, location);
      if (own) jobs.push(own);
      return jobs;
    },
  });
})();

// Test URLs
// https://www.indeed.com/viewjob?jk=660c6639c9f1aedd
// https://jp.indeed.com/viewjob?jk=660c6639c9f1aedd
// https://www.indeed.com/jobs?q=data+analyst&l=Portland%2C+OR&vjk=3b08bfefb572dddf
// https://mx.indeed.com/jobs?q=software&l=Ciudad+Ju%C3%A1rez&vjk=9e1f706da53ce2db
// https://in.indeed.com/jobs?q=python+developer&l=Bengaluru
// https://www.indeed.com/q-usa-jobs.html
// https://uk.indeed.com/jobs?q=nurse&l=Leeds
// https://www.indeed.com/cmp/Wrenfield-Home-Goods/jobs
