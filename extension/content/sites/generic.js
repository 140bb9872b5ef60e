// Any page with schema.org JobPosting JSON-LD (company career sites, smaller job boards). The JSON-LD
// often names the legal entity ("Thales UK Limited"); when the page shows a shorter name, that wins.
(function () {
  "use strict";
  const SELECTORS = {
    jobTitle: ["h1"],
    // Texts where a page shows the name a person reads.
    readable: ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[property="og:title"]'],
  };

  const { page, jsonld } = globalThis.UpheavalRadar;

  function readableTexts(document) {
    const texts = [document.title];
    for (const selector of SELECTORS.readable) {
      const el = document.querySelector(selector);
      if (el) texts.push(el.getAttribute("content"));
    }
    const h1 = document.querySelector("h1");
    if (h1) texts.push(page.visibleText(h1));
    return texts;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "generic",
    spa: false,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && /^https?:$/.test(url.protocol);
    },
    findJobs(document) {
      const postings = jsonld.jobPostings(document).filter((p) => p.organization);
      if (!postings.length) return [];
      const anchor = page.first(document, SELECTORS.jobTitle);
      const texts = readableTexts(document);
      const jobs = [];
      const seen = new Set();
      for (const { organization } of postings) {
        const name = page.readableName(organization.name, texts);
        const found = page.job(name, name === organization.name ? "jsonld" : "title", anchor, { domain: organization.domain });
        if (found && !seen.has(found.company.toLowerCase())) {
          seen.add(found.company.toLowerCase());
          jobs.push(found);
        }
      }
      // Several employers on one page is a list we cannot anchor card by card: badge only a single one.
      return jobs.length === 1 ? jobs : [];
    },
  });
})();

// Test URLs
// https://careers.thalesgroup.com/global/en/job/R0263201/Systems-Engineer
// https://www.example-careers.com/jobs/1234-senior-engineer
// https://jobs.example.org/posting/42
