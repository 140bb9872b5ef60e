// Every http(s) page that no site adapter owns: company careers sites, other applicant-tracking systems,
// smaller job boards. The manifest injects it everywhere, so the first thing it does is a cheap gate
// (employer.looksLikeJobPage: URL shape, ATS host, JobPosting JSON-LD); on any other page it reads nothing.
// The employer comes from employer.readEmployer, which demands agreement between independent sources.
(function () {
  "use strict";
  const SELECTORS = {
    jobTitle: ["main h1", "h1"],
    // An item of a list: beside one open job, only companies inside such items are the list's cards.
    card: "article, li, [role='listitem'], [data-testid*='card' i], [class*='card' i]",
  };
  const SPLIT_VIEW_CARDS = 3; // fewer marked companies beside an open job are its page's furniture, not a list

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
      // A board's list (no one employer for the page): each card its own badge. A list beside one open job (a
      // board's split view): the open job's employer, and each card its own.
      if (!found) return employer.readCards(document);
      const cards = employer.readCards(document, { profiles: false });
      const anchor = page.first(document, SELECTORS.jobTitle);
      const job = page.job(found.company, found.source, anchor, found.hints);
      // A name, not a panel's text ("Atelier Sauvage Follow Company Meet the team"), in an item of a list.
      const listed = cards.filter((card) => card.anchor && card.anchor.closest(SELECTORS.card) && card.company.split(/\s+/).length <= 8);
      const list = listed.length >= SPLIT_VIEW_CARDS ? listed : [];
      return job ? [job, ...list] : list;
    },
  });
})();

// Test URLs
// https://apply.workable.com/huggingface/j/0BD8C06DB3/
// https://career.oneflow.com/jobs/8002146-senior-legal-counsel/applications/new
// https://careers.cisco.com/global/en/search-results
// https://phh.tbe.taleo.net/phh01/ats/careers/v2/searchResults?org=ALTAENGI&cws=39
