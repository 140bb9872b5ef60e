// Greenhouse job boards: the legacy boards.greenhouse.io pages and the newer job-boards (Remix) app; a job,
// or the board itself (<host>/<token>), whose every posting is the one employer's (one badge, by its heading).
(function () {
  "use strict";
  const SELECTORS = {
    // Legacy boards: <span class="company-name">at Acme</span> under the job title.
    companyText: ["#header .company-name", ".app-header .company-name", ".company-name"],
    logo: ["a.logo img[alt]", "img.logo[alt]", ".image-container img[alt]", "#logo img[alt]", ".logo img[alt]"],
    jobTitle: [".job__title h1", "h1.app-title", ".app-title", "#header h1", "main h1", "h1"],
    logoLink: ["a.logo[href]", "#logo a[href]", ".image-container a[href]"],
  };
  // "Job Application for Staff Engineer at Acme": the last " at " separates job and company.
  const TITLE_PATTERNS = [/^Job Application for .+ at (?<company>.+?)$/i];
  // The board's title and heading: "Jobs at Acme", "Current openings at Acme", "Acme Careers".
  const BOARD_PATTERNS = [/^(?:jobs|careers|current\s+openings|open\s+positions|openings)\s+(?:at|with)\s+(?<company>.+?)$/i,
    /^(?<company>.+?)\s+(?:jobs|careers)$/i];
  const HOSTS = /^(job-boards|boards)(\.eu)?\.greenhouse\.io$/i;

  const { page, jsonld } = globalThis.UpheavalRadar;

  function boardToken(url) {
    const fromQuery = url.searchParams.get("for");
    if (fromQuery) return fromQuery;
    const segment = url.pathname.split("/").filter(Boolean)[0];
    return segment && !/^(embed|api|v1|job_app)$/i.test(segment) ? segment : null;
  }

  function isJobUrl(url) {
    return /\/jobs\/\d+/.test(url.pathname) || (/\/embed\/job_app/.test(url.pathname) && url.searchParams.has("token")) || url.searchParams.has("gh_jid");
  }

  // The board: a token and nothing after it ("job-boards.greenhouse.io/acme"), or the embedded board.
  function isBoardUrl(url) {
    const parts = url.pathname.split("/").filter(Boolean);
    return (parts.length === 1 && !!boardToken(url)) || (/\/embed\/job_board/.test(url.pathname) && url.searchParams.has("for"));
  }

  // The Remix app embeds its loader data; company_name there is the board's display name.
  function remixCompany(document) {
    for (const script of document.querySelectorAll("script:not([src])")) {
      const text = script.textContent;
      if (!text.includes("__remixContext") && !text.includes("company_name")) continue;
      const match = /"company_name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
      if (match) {
        try {
          return JSON.parse(`"${match[1]}"`);
        } catch (_) {
          return match[1];
        }
      }
    }
    return null;
  }

  function logoDomain(document) {
    const link = page.first(document, SELECTORS.logoLink);
    return link ? page.domainOf(link.getAttribute("href")) : null;
  }

  function boardJobs(document, url) {
    const heading = page.first(document, ["main h1", "h1", ".heading h1"]);
    const logo = page.first(document, SELECTORS.logo);
    const hints = { ats: page.slugHint("greenhouse", boardToken(url)), domain: logoDomain(document) };
    const anchor = heading || logo;
    const candidates = [
      [heading && page.companyFromTitle(page.visibleText(heading), BOARD_PATTERNS), "visible"],
      [logo && logo.getAttribute("alt"), "visible"],
      [page.companyFromTitle(document.title, BOARD_PATTERNS), "title"],
      [remixCompany(document), "jsonld"],
      [boardToken(url), "url"],
    ];
    for (const [name, source] of candidates) {
      const found = page.job(name, source, anchor, hints);
      if (found) return [found];
    }
    return [];
  }

  globalThis.UpheavalRadar.registerSite({
    name: "greenhouse",
    spa: false,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOSTS.test(url.hostname) && (isJobUrl(url) || isBoardUrl(url));
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url) return [];
      if (!isJobUrl(url)) return isBoardUrl(url) ? boardJobs(document, url) : [];
      const titleEl = page.first(document, SELECTORS.jobTitle);
      const logo = page.first(document, SELECTORS.logo);
      const postings = jsonld.jobPostings(document);
      const org = postings.map((p) => p.organization).find(Boolean);
      const hints = { ats: page.slugHint("greenhouse", boardToken(url)), domain: logoDomain(document) || (org && org.domain) };

      const visible = page.first(document, SELECTORS.companyText);
      const candidates = [
        [visible && page.visibleText(visible).replace(/^(at|chez|bei)\s+/i, ""), "visible", visible],
        [page.companyFromTitle(document.title, TITLE_PATTERNS), "title", titleEl],
        [logo && logo.getAttribute("alt"), "visible", titleEl],
        [remixCompany(document), "jsonld", titleEl],
        [org ? page.brandName(org.name) : null, "jsonld", titleEl],
        [boardToken(url), "url", titleEl],
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
// https://job-boards.greenhouse.io/gitlab/jobs/8620720002
// https://job-boards.greenhouse.io/sonatus/jobs/5071418007?gh_src=52f6efd97us
// https://boards.greenhouse.io/airbnb/jobs/5812345
// https://job-boards.eu.greenhouse.io/acme/jobs/4400123
// https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345
// https://job-boards.greenhouse.io/gitlab (the employer's board)
