// LinkedIn jobs: public and logged-in /jobs/view/ pages, and the /jobs/search and /jobs/collections split
// view, whose right pane changes without a page load. Class names of the logged-in app are partly
// obfuscated, so only the stable BEM-style ones are used.
(function () {
  "use strict";
  const SELECTORS = {
    paneCompany: [
      ".job-details-jobs-unified-top-card__company-name a",
      ".job-details-jobs-unified-top-card__company-name",
      ".jobs-unified-top-card__company-name a",
      ".jobs-unified-top-card__company-name",
      ".jobs-details-top-card__company-url",
      "a.topcard__org-name-link",
      ".topcard__org-name-link",
    ],
    // The top card of the open job; any company link inside it is the employer.
    paneRoot: [
      ".job-details-jobs-unified-top-card__container--two-pane",
      ".jobs-unified-top-card",
      ".top-card-layout__entity-info",
      ".jobs-search__job-details--container",
      ".jobs-details__main-content",
    ],
    paneCompanyLink: 'a[href*="/company/"]',
    jobTitle: [
      ".job-details-jobs-unified-top-card__job-title",
      ".jobs-unified-top-card__job-title",
      ".top-card-layout__title",
      ".topcard__title",
    ],
    cards: ".job-card-container, .base-search-card, .job-search-card, [data-view-name='job-card']",
    cardCompany: [
      ".artdeco-entity-lockup__subtitle",
      ".base-search-card__subtitle",
      ".job-card-container__primary-description",
      ".job-card-container__company-name",
    ],
    // Logged-in pages ship their data as JSON inside <code id="bpr-guid-..."> blocks.
    embeddedData: 'code[id^="bpr-guid-"]',
  };
  // Guest /jobs/view titles: "{Company} hiring {Title} in {Place} | LinkedIn", localised.
  const TITLE_PATTERNS = [
    /^(?<company>.+?) (?:is hiring|hiring|sta assumendo|recrute|está contratando|contratando|contrata|sucht|zoekt|busca|rekrutuje|anställer|söker|ansætter|ansetter|işe alıyor|merekrut|memperkerjakan) .+\|\s*LinkedIn$/i,
  ];
  const HOST = /(^|\.)linkedin\.com$/i;

  const { page, jsonld } = globalThis.UpheavalRadar;

  function jobId(url) {
    const fromPath = /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/.exec(url.pathname);
    return (fromPath && fromPath[1]) || url.searchParams.get("currentJobId");
  }

  function isViewPage(url) {
    return /\/jobs\/view\//.test(url.pathname);
  }

  // Walks embedded Voyager JSON: the open job's company URN, then the Company entity with that URN.
  function embeddedCompany(document, id) {
    if (!id) return null;
    const companies = new Map();
    const wanted = [];
    const key = (urn) => String(urn || "").trim().replace(/^.*:/, "");
    for (const block of document.querySelectorAll(SELECTORS.embeddedData)) {
      const text = block.textContent;
      if (!text.includes(id) && !/organization\.Company/.test(text)) continue;
      const data = jsonld.parse(text);
      if (!data || typeof data !== "object") continue;
      const stack = [data];
      let budget = 200000;
      while (stack.length && budget-- > 0) {
        const value = stack.pop();
        if (!value || typeof value !== "object") continue;
        if (Array.isArray(value)) {
          for (const item of value) stack.push(item);
          continue;
        }
        const node = {};
        for (const [k, v] of Object.entries(value)) {
          node[k.trim()] = v;
          if (v && typeof v === "object") stack.push(v);
        }
        const type = String(node.$type || "").trim();
        if (/organization\.Company$/.test(type) && typeof node.name === "string") companies.set(key(node.entityUrn), node.name.trim());
        if (/jobs\.JobPosting$/.test(type) && key(node.entityUrn) === id && node.companyDetails) {
          const details = {};
          for (const [k, v] of Object.entries(node.companyDetails)) details[k.trim()] = v;
          const jobCompany = details.jobCompany || {};
          const nested = {};
          for (const [k, v] of Object.entries(jobCompany)) nested[k.trim()] = v;
          wanted.push(details.company, details["*companyResolutionResult"], nested["*company"]);
          if (typeof details.companyName === "string") wanted.push({ raw: details.companyName });
          if (typeof nested.rawCompanyName === "string") wanted.push({ raw: nested.rawCompanyName });
        }
      }
    }
    for (const want of wanted) {
      if (want && typeof want === "object" && want.raw) return want.raw.trim();
      if (typeof want === "string" && companies.has(key(want))) return companies.get(key(want));
    }
    return null;
  }

  function paneJob(document, url) {
    const titleEl = page.first(document, SELECTORS.jobTitle);
    const visible = page.first(document, SELECTORS.paneCompany);
    if (visible) return page.job(page.visibleText(visible), "visible", visible, {});
    const root = page.first(document, SELECTORS.paneRoot);
    const link = root && Array.from(root.querySelectorAll(SELECTORS.paneCompanyLink)).find((a) => page.visibleText(a));
    if (link) return page.job(page.visibleText(link), "visible", link, {});
    if (!isViewPage(url) && !titleEl) return null;

    const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
    const hints = { domain: org && org.domain };
    const fromTitle = isViewPage(url) && page.companyFromTitle(document.title, TITLE_PATTERNS);
    if (fromTitle) return page.job(fromTitle, "title", titleEl, hints);
    if (org) return page.job(org.name, "jsonld", titleEl, hints);
    const embedded = embeddedCompany(document, jobId(url));
    return embedded ? page.job(embedded, "jsonld", titleEl, {}) : null;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "linkedin",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && /^\/(comm\/)?jobs(\/|$)/.test(url.pathname);
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url) return [];
      const jobs = [];
      const pane = paneJob(document, url);
      if (pane) jobs.push(pane);
      // On a view page the lists below the job are "similar jobs", not what the person is reading.
      if (!isViewPage(url)) jobs.push(...page.cardJobs(document, SELECTORS.cards, SELECTORS.cardCompany));
      return jobs;
    },
  });
})();

// Test URLs
// https://www.linkedin.com/jobs/view/4217039106/
// https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763
// https://il.linkedin.com/jobs/view/back-end-developer-at-onyxia-cyber-3365660566
// https://www.linkedin.com/jobs/search/?currentJobId=4205971663&f_WT=2&keywords=data%20analyst
// https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4205971663
// https://www.linkedin.com/jobs/data-engineer-jobs-new-york
// https://it.linkedin.com/jobs/python-offerte-di-lavoro
// https://ma.linkedin.com/jobs/data-internship-jobs
