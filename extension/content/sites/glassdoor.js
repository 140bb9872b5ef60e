// Glassdoor (every country site): job-listing pages and search results with a detail pane. Class names
// are CSS-module hashes ("EmployerProfile_employerNameHeading__bXBYr"), so only their prefixes are used.
(function () {
  "use strict";
  const { page, jsonld } = globalThis.UpheavalRadar;
  const prefix = page.classPrefix;

  const SELECTORS = {
    pane: [prefix("JobDetails_jobDetailsContainer"), '[data-test="job-details"]', "#JobView"],
    paneCompany: [
      prefix("EmployerProfile_employerNameHeading"),
      prefix("EmployerProfile_employerName"),
      '[data-test="employerName"]',
      '[data-test="employer-name"]',
      ".employerName",
    ],
    profileLink: [prefix("EmployerProfile_profileContainer", "a")],
    jobTitle: ['h1[id^="jd-job-title"]', prefix("JobDetails_jobTitle"), '[data-test="job-title"]', "h1"],
    cards: `[data-test="jobListing"], ${prefix("JobsList_jobListItem", "li")}, .react-job-listing`,
    cardCompany: [prefix("EmployerProfile_compactEmployerName"), '[data-test="employer-short-name"]', '[data-test="employer-name"]'],
  };
  // Job-listing titles: "{Company} hiring {Title} Job in {City} | Glassdoor", localised.
  // Or "{Title} at {Company} | Glassdoor" (the last "at": a title may hold one), localised.
  const TITLE_PATTERNS = [
    /^(?<company>.+?) (?:hiring|bietet Job als|recrute pour des postes de|recrute|sta assumendo|contrata|está contratando|busca|zoekt|werft) .+\|\s*Glassdoor/i,
    /^.+\s(?:at|bei|chez|presso|bij)\s(?<company>[^|]+?)\s*\|\s*Glassdoor/i,
  ];
  const HOST = /(^|\.)glassdoor\.(com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$/i;
  // The rating is a sibling on current pages but was glued to the name on older ones ("Acme 4.1 ★").
  const stripRating = (text) => text.replace(/\s*\d[.,]\d\s*★?$/, "");

  function isListingPage(url) {
    return /\/job-listing\/|\/partner\/jobListing|_JV_|-JV[_.]|[?&]jl=\d/i.test(url.pathname + url.search);
  }

  function paneJob(document, url) {
    const root = page.first(document, SELECTORS.pane) || (isListingPage(url) ? document : null);
    if (!root) return null;
    const titleEl = page.first(root, SELECTORS.jobTitle);
    const visible = page.firstWithText(root, SELECTORS.paneCompany) || page.firstWithText(root, SELECTORS.profileLink);
    const shown = visible && page.job(stripRating(page.visibleText(visible)), "visible", visible, {});
    if (shown) return shown;
    if (!isListingPage(url)) return null;
    const fromTitle = page.companyFromTitle(document.title, TITLE_PATTERNS);
    const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
    const hints = { domain: org && org.domain };
    if (fromTitle) return page.job(fromTitle, "title", titleEl, hints);
    return org ? page.job(page.brandName(org.name), "jsonld", titleEl, hints) : null;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "glassdoor",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && (/\/(job-listing|Job|Jobs|Emploi|Stellen|Empleo|Lavoro|Vacatures|partner)\b/i.test(url.pathname) || isListingPage(url));
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url) return [];
      const jobs = [];
      const pane = paneJob(document, url);
      if (pane) jobs.push(pane);
      jobs.push(...page.cardJobs(document, SELECTORS.cards, SELECTORS.cardCompany));
      return jobs;
    },
  });
})();

// Test URLs
// https://www.glassdoor.de/job-listing/embedded-software-engineer-linux-m-w-d-comlet-verteilte-systeme-JV_IC4990924_KO0,40_KE41,47.htm?jl=1009855008857
// https://www.glassdoor.fr/Emploi/paris-data-scientist-intern-emplois-SRCH_IL.0,5_IC2881970_KO6,27.htm
// https://www.glassdoor.com/Job/new-york-data-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,22.htm
// https://www.glassdoor.co.uk/Job/index.htm
