// Lever postings: jobs.lever.co/<org>/<id> and its /apply page, and the employer's board jobs.lever.co/<org>,
// whose every posting is the one employer's (one badge for the page, by the header, not one per posting).
(function () {
  "use strict";
  const SELECTORS = {
    logo: [".main-header-logo img[alt]", ".main-header img[alt]", "header img[alt]"],
    logoLink: [".main-header-logo[href]", ".main-header a[href]"],
    // Footer link "Acme Home Page" names the company in the site's own words.
    homeLink: [".main-footer-text a:not(.image-link)", ".main-footer a:not(.image-link)"],
    jobTitle: [".posting-headline h2", ".posting-header h2", ".section.page-centered h2", "h2"],
  };
  const HOST = /^jobs(\.eu)?\.lever\.co$/i;
  // The footer's "Jobs powered by [Lever logo]" names the platform, never the employer.
  const PLATFORM = /^lever(\s+logo)?$/i;

  const { page, jsonld } = globalThis.UpheavalRadar;

  // "{Company} - {Title}": strip the known job title from the end, so "Rai - Radio" keeps its hyphen.
  function companyFromTitle(title, jobTitle) {
    const text = page.collapse(title);
    const job = page.collapse(jobTitle);
    if (job && text.toLowerCase().endsWith(" - " + job.toLowerCase())) return text.slice(0, -(job.length + 3));
    const dash = text.indexOf(" - ");
    return dash > 0 ? text.slice(0, dash) : null;
  }

  function orgSlug(url) {
    return url.pathname.split("/").filter(Boolean)[0] || null;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "lever",
    spa: false,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && url.pathname.split("/").filter(Boolean).length >= 1;
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      const depth = url ? url.pathname.split("/").filter(Boolean).length : 0;
      if (depth === 0) return [];
      const board = depth === 1;
      // On the board the job titles are the postings' ("Key Account Manager (Kessler Automotive)"), never a
      // page title to strip: the page's title is the employer's name itself.
      const titleEl = board ? null : page.first(document, SELECTORS.jobTitle);
      const logo = page.first(document, SELECTORS.logo);
      const home = page.first(document, SELECTORS.homeLink);
      const link = page.first(document, SELECTORS.logoLink);
      const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
      const hints = {
        ats: page.slugHint("lever", orgSlug(url)),
        domain: (link && page.domainOf(link.getAttribute("href"))) || (home && page.domainOf(home.getAttribute("href"))) || (org && org.domain),
      };
      const jobTitle = titleEl ? page.visibleText(titleEl) : "";
      const homeText = home ? page.visibleText(home) : "";
      // Pages saved without their <title> still have the logo; the slug ("acme-robotics") is the weakest
      // source, a URL spelling that the logo or the titles spell as a person reads it.
      const candidates = [
        [logo && logo.getAttribute("alt"), "visible"],
        [!logo && link && page.visibleText(link), "visible"],
        [/\s+home\s*page$/i.test(homeText) && homeText.replace(/\s+home\s*page$/i, ""), "visible"],
        [board ? page.collapse(document.title) : companyFromTitle(document.title, jobTitle), "title"],
        [companyFromTitle(page.meta(document, "og:title"), jobTitle), "title"],
        [companyFromTitle(page.meta(document, "twitter:title"), jobTitle), "title"],
        [org && page.brandName(org.name), "jsonld"],
        [orgSlug(url), "url"],
      ];
      for (const [name, source] of candidates) {
        if (name && PLATFORM.test(page.collapse(name))) continue;
        const found = page.job(name, source, board ? logo || null : titleEl, hints);
        if (found) return [found];
      }
      return [];
    },
  });
})();

// Test URLs
// https://jobs.lever.co/highspot/f222ad5c-1234-4c1e-9d7e-0123456789ab
// https://jobs.lever.co/highspot/f222ad5c-1234-4c1e-9d7e-0123456789ab/apply
// https://jobs.eu.lever.co/acme/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0
// https://jobs.lever.co/highspot (the employer's board)
