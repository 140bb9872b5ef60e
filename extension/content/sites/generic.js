// Every http(s) page that no site adapter owns: company careers sites, other applicant-tracking systems,
// smaller job boards. The manifest injects it everywhere, so the first thing it does is a cheap gate
// (employer.looksLikeJobPage: URL shape, ATS host, JobPosting JSON-LD); on any other page it reads nothing.
// The employer comes from employer.readEmployer, which demands agreement between independent sources.
(function () {
  "use strict";
  const SELECTORS = {
    jobTitle: ["main h1", "h1"],
  };

  const { page, employer } = globalThis.UpheavalRadar;

  globalThis.UpheavalRadar.registerSite({
    name: "generic",
    spa: false,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && employer.looksLikeJobPage(globalThis.document, url);
    },
    findJobs(document, location) {
      // The runtime calls findJobs only where matches() (the gate) said yes.
      const url = page.urlOf(location);
      if (!url) return [];
      const found = employer.readEmployer(document, url);
      // A board's list (no one employer for the page): each card its own badge.
      if (!found) return employer.readCards(document);
      const anchor = page.first(document, SELECTORS.jobTitle);
      const job = page.job(found.company, found.source, anchor, found.hints);
      return job ? [job] : [];
    },
  });
})();

// Test URLs
// https://apply.workable.com/huggingface/j/0BD8C06DB3/
// https://career.oneflow.com/jobs/8002146-senior-legal-counsel/applications/new
// https://careers.cisco.com/global/en/search-results
// https://phh.tbe.taleo.net/phh01/ats/careers/v2/searchResults?org=ALTAENGI&cws=39
