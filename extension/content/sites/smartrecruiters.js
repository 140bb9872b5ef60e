// SmartRecruiters job ads: jobs.smartrecruiters.com/<Company>/<id>-<slug> and the one-click apply pages.
(function () {
  "use strict";
  const SELECTORS = {
    // The job ad marks its employer up with schema.org microdata.
    microdata: [
      '[itemprop="hiringOrganization"] [itemprop="name"]',
      '[itemprop="hiringOrganization"]',
    ],
    visibleCompany: [".job-company-name", '[data-test="company-name"]', ".company-name"],
    logo: [".header-logo img[alt]", "header img[alt]", ".logo img[alt]"],
    logoLink: [".header-logo[href]", "a.header-logo", "header a[href^='http']"],
    jobTitle: ["h1.job-title", '[itemprop="title"]', "h1"],
  };
  const HOST = /^(jobs|careers)\.smartrecruiters\.com$/i;

  const { page, jsonld } = globalThis.UpheavalRadar;

  function companySlug(url) {
    const parts = url.pathname.split("/").filter(Boolean);
    const i = parts.indexOf("company");
    if (parts[0] === "oneclick-ui" && i >= 0) return parts[i + 1] || null;
    return parts[0] && parts[0] !== "oneclick-ui" ? parts[0] : null;
  }

  function isJobUrl(url) {
    return /^\/[^/]+\/\d{6,}/.test(url.pathname) || /\/publication\//.test(url.pathname);
  }

  function microdataName(document) {
    const el = page.first(document, SELECTORS.microdata);
    if (!el) return null;
    return el.getAttribute("content") || (el.querySelector('meta[itemprop="name"]') || {}).content || page.visibleText(el);
  }

  globalThis.UpheavalRadar.registerSite({
    name: "smartrecruiters",
    spa: false,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && isJobUrl(url);
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url || !isJobUrl(url)) return [];
      const titleEl = page.first(document, SELECTORS.jobTitle);
      const visible = page.first(document, SELECTORS.visibleCompany);
      const logo = page.first(document, SELECTORS.logo);
      const link = page.first(document, SELECTORS.logoLink);
      const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
      // Structured data names the employing entity ("Adventure Works UK Limited"): trimmed to the brand.
      const micro = microdataName(document);
      const hints = {
        ats: page.slugHint("smartrecruiters", companySlug(url)),
        domain: (link && page.domainOf(link.getAttribute("href"))) || (org && org.domain),
      };
      const candidates = [
        [visible && page.visibleText(visible), "visible", visible],
        [logo && logo.getAttribute("alt"), "visible", titleEl],
        [micro ? page.brandName(micro) : null, "jsonld", titleEl],
        [org ? page.brandName(org.name) : null, "jsonld", titleEl],
        [companySlug(url), "url", titleEl],
      ];
      for (const [name, source, anchor] of candidates) {
        const found = page.job(name, source, anchor, hints);
        if (found) return [found];
      }
      return [];
    },
  });
})();

// Test URLs
// https://jobs.smartrecruiters.com/WilliamsRacing/744000046538770-engineering-acceleration-engineer
// https://jobs.smartrecruiters.com/Visa/743999999999999-senior-software-engineer
// https://jobs.smartrecruiters.com/oneclick-ui/company/Visa/publication/3f1c0e3a-0000-4000-8000-000000000000
