// Ashby job postings: jobs.ashbyhq.com/<org>/<id> and its /application tab.
(function () {
  "use strict";
  const { page, jsonld } = globalThis.UpheavalRadar;
  const SELECTORS = {
    navLogo: [page.classPrefix("_navLogoLink", "a", " img[alt]"), "nav a img[alt]", "header a img[alt]"],
    navLink: [page.classPrefix("_navLogoLink", "a"), "nav a[href^='http']"],
    jobTitle: ["h1.ashby-job-posting-heading", page.classPrefix("_title", "h1"), "h1"],
  };
  // "{Title} @ {Company}"; the last " @ " separates them.
  const TITLE_PATTERNS = [/^.+ @ (?<company>[^@]+)$/];
  const HOST = /^jobs\.ashbyhq\.com$/i;

  function orgSlug(url) {
    return url.pathname.split("/").filter(Boolean)[0] || null;
  }

  // Ashby's app state (window.__appData) names the organisation when the DOM is not built yet.
  function appDataCompany(document) {
    for (const script of document.querySelectorAll("script:not([src])")) {
      const match = /"organization"\s*:\s*\{[^{}]*?"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(script.textContent);
      if (match) return match[1].replace(/\\(.)/g, "$1");
    }
    return null;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "ashby",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && url.pathname.split("/").filter(Boolean).length >= 2;
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url || url.pathname.split("/").filter(Boolean).length < 2) return [];
      const titleEl = page.first(document, SELECTORS.jobTitle);
      const logo = page.first(document, SELECTORS.navLogo);
      const link = page.first(document, SELECTORS.navLink);
      const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
      const hints = {
        ats: page.slugHint("ashby", orgSlug(url)),
        domain: (link && page.domainOf(link.getAttribute("href"))) || (org && org.domain),
      };
      const candidates = [
        [logo && logo.getAttribute("alt"), "visible"],
        [page.companyFromTitle(document.title, TITLE_PATTERNS), "title"],
        [page.companyFromTitle(page.meta(document, "title"), TITLE_PATTERNS), "title"],
        [appDataCompany(document), "jsonld"],
        [org && org.name, "jsonld"],
        [orgSlug(url), "url"],
      ];
      for (const [name, source] of candidates) {
        const found = page.job(name, source, titleEl, hints);
        if (found) return [found];
      }
      return [];
    },
  });
})();

// Test URLs
// https://jobs.ashbyhq.com/ramp/cc0af88a-0000-4000-8000-000000000000
// https://jobs.ashbyhq.com/ramp/cc0af88a-0000-4000-8000-000000000000/application
// https://jobs.ashbyhq.com/openai/3c5a2b1d-0000-4000-8000-000000000000
