// Workday career sites: <tenant>.wdN.myworkdayjobs.com/<locale>/<siteId>/job/... and the older
// wdN.myworkdaysite.com/<locale>/recruiting/<tenant>/<siteId>/job/..., and the site's search page
// (<locale>/<siteId>), whose every posting is the tenant's: one badge, by the header or the logo.
// Workday pages carry no company field.
// A person reads the brand in the header ("CAREERS AT ACME"), the logo, the site id and the tenant; the
// JSON-LD hiringOrganization is the legal entity that employs ("Acme Canada Co.", "Globex UK Limited") or
// an internal code ("XY1 ABC - ABC Engineering Services PL"), so it counts only trimmed to its brand and
// only when it shares a distinctive word with the tenant, the site id or the header. The body is empty
// until Workday's script fills it, hence spa: true.
(function () {
  "use strict";
  const SELECTORS = {
    header: ['[data-automation-id="headerTitle"] h1', '[data-automation-id="headerTitle"]'],
    logo: ['img[data-automation-id="logo"][alt]', 'img[data-automation-id="logoImage"][alt]'],
    jobTitle: ['[data-automation-id="jobPostingHeader"]'],
    description: ['[data-automation-id="jobPostingDescription"]'],
    // the sidebar's "About <company>" text
    companyDescription: ['[data-automation-id="jobSidebarCompanyDescription"]'],
  };
  const HEADER_PATTERNS = [
    /^(?:careers?|jobs?|work|working|join us|life)\s+(?:at|with|@)\s+(?<company>.+?)[.!]?$/i,
    /^(?:karriere|jobs|arbeiten)\s+(?:bei)\s+(?<company>.+)$/i,
    /^(?:carrières?|emplois?|travailler)\s+(?:chez)\s+(?<company>.+)$/i,
    /^(?:carreras?|empleos?|trabaja)\s+(?:en|con)\s+(?<company>.+)$/i,
    /^(?<company>.+?)\s+(?:careers?|jobs|career site|careers home|job opportunities|karriere|carrières)$/i,
  ];
  // A logo's alt that names no one ("careers home", "logo", "company logo").
  const EMPTY_ALT = /^\s*(careers?(\s+home)?|home|logo|company logo|image|banner)?\s*$/i;
  const JOB_PATH = /\/(job|details)\/[^/]/;
  const HOST = /^(?<tenant>[a-z0-9-]+)\.(?:wd\d+\.)?myworkdayjobs\.com$/i;
  const SITE_HOST = /^(?:wd\d+\.|www\.)?myworkdaysite\.com$/i;
  const LOCALE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

  const { page, jsonld } = globalThis.UpheavalRadar;

  // Whether a job description opens by naming the employer `name` (its brand, legal form trimmed): "Pennine Fresh
  // Produce is one of ...". Named only further down it is a parent or a legal entity told about ("Norrland Outdoor
  // is the flagship brand of NRL Consumer Brands, Inc."), and a name with digits is a code: neither.
  function namedByDescription(name, description) {
    const brand = page.brandName(name);
    if (!brand || !description || /\d/.test(name)) return false;
    const escaped = brand.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const written = `(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`;
    return new RegExp(written, "u").test(description.slice(0, OPENING));
  }
  const OPENING = 300;  // characters: a description's first lines, where it says whose job this is

  // Whether the description's opening names `first` before `other` (each by its brand, as written).
  function namedBefore(first, other, description) {
    const at = (name) => description.slice(0, OPENING).toLowerCase().indexOf(page.brandName(name).toLowerCase());
    return at(first) >= 0 && (at(other) < 0 || at(first) < at(other));
  }

  // {tenant, siteId} from either URL shape; siteId is null when the path has none.
  function tenantSite(url) {
    const parts = url.pathname.split("/").filter(Boolean);
    let rest = LOCALE.test(parts[0] || "") ? parts.slice(1) : parts;
    let tenant = null;
    const host = HOST.exec(url.hostname);
    if (host) tenant = host.groups.tenant;
    else if (SITE_HOST.test(url.hostname) && rest[0] === "recruiting" && rest[1]) {
      tenant = rest[1];
      rest = rest.slice(2);
    }
    const siteId = rest[0] && !/^(job|details)$/.test(rest[0]) ? decodeURIComponent(rest[0]) : null;
    return { tenant: tenant && tenant.toLowerCase(), siteId };
  }

  // The tenant as the company writes it: the site id's leading run ("NVIDIAExternalCareerSite") or the
  // same word in a text ("NVIDIA is tapping..."); otherwise null.
  // `texts` are functions, so the long description is read only when nothing shorter spells the tenant.
  function tenantSpelling(tenant, siteId, texts) {
    if (!tenant) return null;
    if (siteId && siteId.toLowerCase().startsWith(tenant)) {
      const head = siteId.slice(0, tenant.length);
      const rest = siteId.slice(tenant.length);
      if (!rest || /^[A-Z_-]/.test(rest) || /^(external|careers?|jobs?|site)/i.test(rest)) return head;
    }
    const word = new RegExp(`(^|[^\\p{L}\\p{N}])(${tenant.replace(/-/g, "[- ]?")})($|[^\\p{L}\\p{N}])`, "iu");
    for (const text of texts) {
      const match = word.exec(text() || "");
      if (match) return match[2];
    }
    return null;
  }

  // Headers are often set in capitals ("CAREERS AT LITWARE"); another source may spell the same name in
  // mixed case, which reads better on the badge.
  function mixedCase(name, spellings) {
    if (!name || name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
    const key = name.toLowerCase();
    return spellings.find((s) => s && s.toLowerCase() === key && s !== s.toUpperCase()) || name;
  }

  // "Pennock and Hale" (a logo's alt, read aloud) and "Pennock & Hale" (the JSON-LD, the description) are one name:
  // the written one, with its ampersand, is the one a person reads.
  const spokenAnd = (name) => name.toLowerCase().replace(/\s+(?:&|and)\s+/g, " & ");
  function asWritten(name, spellings) {
    if (!name || name.includes("&")) return name;
    return spellings.find((s) => s && s.includes("&") && spokenAnd(s) === spokenAnd(name)) || name;
  }

  function logoName(logo) {
    const alt = logo ? page.collapse(logo.getAttribute("alt")).replace(/\s+logo$/i, "") : "";
    if (EMPTY_ALT.test(alt)) return null;
    return page.companyFromTitle(alt, HEADER_PATTERNS) || alt;
  }

  function isJobUrl(url) {
    return (HOST.test(url.hostname) || SITE_HOST.test(url.hostname)) && JOB_PATH.test(url.pathname);
  }

  // A search page that lists postings (none listed: zero results, or not rendered yet, gets no badge).
  const POSTING_LINK = 'a[data-automation-id="jobTitle"], a[href*="/job/"]';

  // A career site's own pages: a job, or its search page (a site id and nothing after it).
  function isSiteUrl(url) {
    if (isJobUrl(url)) return true;
    if (!HOST.test(url.hostname) && !SITE_HOST.test(url.hostname)) return false;
    const { tenant, siteId } = tenantSite(url);
    return !!tenant && !!siteId && !/^(wday|api|login|userHome)$/i.test(siteId);
  }

  globalThis.UpheavalRadar.registerSite({
    name: "workday",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && isSiteUrl(url);
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url || !isSiteUrl(url)) return [];
      if (!isJobUrl(url) && !document.querySelector(POSTING_LINK)) return [];
      const { tenant, siteId } = tenantSite(url);
      const headerEl = page.first(document, SELECTORS.header);
      const titleEl = page.first(document, SELECTORS.jobTitle);
      const logo = page.first(document, SELECTORS.logo);
      const logoLink = logo && logo.closest("a[href]");
      const headerText = headerEl ? page.visibleText(headerEl) : "";
      const header = page.companyFromTitle(headerText, HEADER_PATTERNS);
      const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
      // What the page's own URL and header say; a logo alt or a JSON-LD name must agree with one of them.
      const evidence = [tenant, siteId, headerText].filter(Boolean);
      const logoAlt = logoName(logo);
      const fromJsonld = org && page.sharesBrand(org.name, evidence) ? page.brandName(org.name) : null;
      // A tenant that only abbreviates the brand ("hlvrsnhldg") vouches for the JSON-LD name it abbreviates; the
      // logo's shorter brand then agrees with that name ("Halvorsen" of "Halvorsen Holdings (UK) Limited").
      const fromLogo = logoAlt && page.sharesBrand(logoAlt, fromJsonld ? [...evidence, fromJsonld] : evidence)
        ? page.brandName(logoAlt) : null;
      // The site's name, where neither the header nor the logo names anyone ("Company Logo")
      const siteName = page.meta(document, "og:site_name");
      const fromSiteName = siteName && page.sharesBrand(siteName, evidence)
        ? page.brandName(page.companyFromTitle(siteName, HEADER_PATTERNS) || siteName) : null;
      // The tab's title ("Tessaro Instruments Careers"): the brand in full where the tenant has only its first word
      const titled = page.companyFromTitle(document.title, HEADER_PATTERNS);
      const fromTitle = titled && page.sharesBrand(titled, evidence) ? page.brandName(titled) : null;
      const description = page.meta(document, "og:description") || page.meta(document, "description");
      const spelled = tenantSpelling(tenant, siteId, [
        () => description,
        () => fromJsonld,
        () => page.visibleText(page.first(document, SELECTORS.description)),
      ]);
      const hints = {
        ats: page.slugHint("workday", tenant),
        domain: (logoLink && page.domainOf(logoLink.getAttribute("href"))) || (fromJsonld && org.domain),
      };
      // The badge sits by the header when it has text, whichever source named the company, so it does not
      // move between reads of the same rendered page; an empty shell gets it at the page top.
      const anchor = (headerText && headerEl) || titleEl || (!isJobUrl(url) && logo) || null;
      // A parent group's tenant that hosts its subsidiaries' jobs ("calderbrook" for "Pennine Fresh Produce Ltd"):
      // a JSON-LD employer that the job's own description opens by naming is the company a person applies to; a
      // legal entity or an internal code it does not open with is not.
      // (not where the description names the brand the tenant vouches for first: "At Halvorsen Medical Devices, ...
      // Halvorsen Medical Devices became part of the Kestrel Ridge family" under the "hmd" tenant's logo)
      const opening = page.visibleText(page.first(document, SELECTORS.description));
      const subsidiary = org && !fromJsonld && namedByDescription(org.name, opening)
        && !(fromLogo && namedBefore(fromLogo, org.name, opening))
        ? page.brandName(org.name) : null;
      // So is a header logo naming a brand the tenant does not ("Tidewell Coatings" on the "hmg" tenant of its
      // parent group) when the job's description opens by naming it too: two things a person reads agree.
      const logoSubsidiary = logoAlt && !fromLogo && !subsidiary
        && namedByDescription(logoAlt, page.visibleText(page.first(document, SELECTORS.description)))
        ? page.brandName(logoAlt) : null;
      // A logo of initials ("OMI") stands for a name the page also writes out ("Oakhurst Mutual Insurance
      // Company" in JSON-LD, the tenant "oakhurstmutual"): the written-out name is the one a person recognises.
      const initials = [header, fromLogo].find((name) => name && /^\p{Lu}{2,5}$/u.test(name));
      // Or the job's description writes it out where only the code is anywhere else ("Marlowe Lane Hospitality (MLH),
      // a Charleston-based group" under a logo and a JSON-LD name "MLH" on the "mlh" tenant).
      const writtenOut = initials && page.spelledOut(initials, [
        page.visibleText(page.first(document, SELECTORS.companyDescription)),
        page.visibleText(page.first(document, SELECTORS.description)),
      ]);
      const spelledOut = initials && [fromJsonld, fromTitle, fromSiteName, writtenOut].find((name) => name
        && name.toLowerCase() !== initials.toLowerCase()
        && page.sharesBrand(name, [tenant]) && page.sharesBrand(name, [initials]));
      // A logo alt that is only the tenant's code in lower case ("cbe logo" on the "cbe" tenant) gives way to a JSON-LD
      // name whose initials are exactly that code ("Cascade Basin Energy, Inc."); never to words a description happens
      // to spell with those letters ("Customer Service Representative" on the "csr" tenant)
      const code = fromLogo && fromLogo === tenant && /^[a-z]{2,5}$/.test(fromLogo) ? fromLogo : null;
      const codeSpelled = code && fromJsonld && page.initialsOf(fromJsonld) === code ? fromJsonld : null;
      // A header that names the brand by its first word ("Careers at Pebblecrest") beside a logo that spells it in
      // full ("Pebblecrest Pet Nutrition"): the full name is the one the company goes by.
      const inFull = header && fromLogo && fromLogo.toLowerCase().startsWith(`${header.toLowerCase()} `)
        ? fromLogo : null;
      const candidates = [
        [subsidiary, "visible"],
        [logoSubsidiary, "visible"],
        [spelledOut, "visible"],
        [codeSpelled, "jsonld"],
        [inFull, "visible"],
        [asWritten(mixedCase(header, [spelled, fromJsonld, fromLogo]), [fromJsonld]), "visible"],
        [asWritten(fromLogo, [fromJsonld]), "visible"],
        [fromJsonld, "jsonld"],
        [fromTitle, "title"],
        [fromSiteName, "visible"],
        [spelled, "url"],
        [tenant, "url"],
      ];
      for (const [name, source] of candidates) {
        const found = page.job(name, source, anchor, hints);
        if (found) return [found];
      }
      return [];
    },
  });
})();

// Test URLs
// https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1
// https://tbinstitute.wd3.myworkdayjobs.com/en-US/TBI_Careers/job/London/Data-Engineer_R123
// https://acme.wd1.myworkdayjobs.com/External/job/Remote/Engineer_JR-100
// https://acme.wd5.myworkdayjobs.com/en-US/External/details/Engineer_JR-100
// https://wd3.myworkdaysite.com/en-US/recruiting/acme/External/job/Remote/Engineer_JR-100
// https://acme.wd5.myworkdayjobs.com/en-US/External (the site's search page: the tenant's board)
