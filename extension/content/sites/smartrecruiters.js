// SmartRecruiters job ads: jobs.smartrecruiters.com/<Company>/<id>-<slug> and the one-click apply pages; and the
// employer's own careers page, careers.smartrecruiters.com/<Company>, whose list of openings names no company on
// its items: the page is one employer's, so it gets one badge, as Lever's and Greenhouse's boards do.
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
    // the careers page's hero names the employer
    companyHeading: [".company-hero-title", "h1"],
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

  // careers.smartrecruiters.com/<Company>: one path segment, the company's
  function isCompanyPage(url) {
    const parts = url.pathname.split("/").filter(Boolean);
    return /^careers\./i.test(url.hostname) && parts.length === 1 && parts[0] !== "oneclick-ui";
  }

  // "Meridel Hotels Careers and Current Employment Opportunities | SmartRecruiters": the name before "Careers"
  function companyFromCareersTitle(title) {
    const m = /^(.+?)\s+(?:careers|jobs)\b/i.exec(page.collapse(title || ""));
    return m ? m[1] : null;
  }

  // A careers page's greeting before the name: "Welcome to Vireo", "Join Vireo", "Careers at Vireo", "Life at Vireo"
  const GREETING = /^(?:welcome\s+to|join(?:\s+us\s+at)?|careers?\s+at|life\s+at|work(?:ing)?\s+(?:at|with))\s+(?=\S)/i;

  function companyPageJobs(document, url) {
    const heading = page.first(document, SELECTORS.companyHeading);
    const logo = page.first(document, SELECTORS.logo);
    const hints = { ats: page.slugHint("smartrecruiters", companySlug(url)) };
    const titled = companyFromCareersTitle(document.title);
    let headed = heading ? page.visibleText(heading).replace(GREETING, "") : null;
    // the heading's short name, the tab's title in full ("Welcome to Vireo", "Vireo Hotels & Resorts Careers")
    if (headed && titled && titled.toLowerCase().startsWith(`${headed.toLowerCase()} `)) headed = titled;
    const candidates = [
      [headed, "visible", heading],
      [titled, "title", heading],
      [logo && logo.getAttribute("alt"), "visible", heading],
      [companySlug(url), "url", heading],
    ];
    for (const [name, source, anchor] of candidates) {
      const found = page.job(name, source, anchor, hints);
      if (found) return [found];
    }
    return [];
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
      return !!url && HOST.test(url.hostname) && (isJobUrl(url) || isCompanyPage(url));
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (url && !isJobUrl(url) && isCompanyPage(url)) return companyPageJobs(document, url);
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
// https://careers.smartrecruiters.com/Visa (the employer's careers page)
