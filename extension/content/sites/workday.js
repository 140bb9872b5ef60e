// Workday career sites (<tenant>.wdN.myworkdayjobs.com/<locale>/<siteId>/job/...). Workday pages carry no
// company field: the header says "CAREERS AT ACME", the site id often starts with the company, and the
// tenant is in the host. The body is empty until Workday's script fills it, hence spa: true.
(function () {
  "use strict";
  const SELECTORS = {
    header: ['[data-automation-id="headerTitle"] h1', '[data-automation-id="headerTitle"]'],
    logo: ['img[data-automation-id="logo"][alt]', "header img[alt]"],
    jobTitle: ['[data-automation-id="jobPostingHeader"]', "h2", "h1"],
  };
  const HEADER_PATTERNS = [
    /^(?:careers?|jobs?|work|working|join us|life)\s+(?:at|with|@)\s+(?<company>.+?)[.!]?$/i,
    /^(?:karriere|jobs)\s+(?:bei)\s+(?<company>.+)$/i,
    /^(?:carrières?|emplois?)\s+(?:chez)\s+(?<company>.+)$/i,
    /^(?<company>.+?)\s+(?:careers?|jobs|career site|careers home|job opportunities|karriere)$/i,
  ];
  const HOST = /^(?<tenant>[a-z0-9-]+)\.(?:wd\d+\.)?(?:myworkdayjobs|myworkdaysite)\.com$/i;

  const { page, jsonld } = globalThis.UpheavalRadar;

  function tenantOf(url) {
    const match = HOST.exec(url.hostname);
    return match ? match.groups.tenant : null;
  }

  function siteIdOf(url) {
    const parts = url.pathname.split("/").filter(Boolean);
    const start = /^[a-z]{2}(-[A-Z]{2})?$/.test(parts[0] || "") ? 1 : 0;
    return parts[start] && parts[start] !== "job" ? parts[start] : null;
  }

  // The tenant as the company writes it: the site id's leading run ("NVIDIAExternalCareerSite") or the
  // same word in the description ("NVIDIA is tapping..."); otherwise null.
  function tenantSpelling(tenant, siteId, description) {
    if (!tenant) return null;
    if (siteId && siteId.toLowerCase().startsWith(tenant.toLowerCase())) {
      const head = siteId.slice(0, tenant.length);
      const rest = siteId.slice(tenant.length);
      if (!rest || /^[A-Z_-]/.test(rest) || /^(external|careers?|jobs?|site)/i.test(rest)) return head;
    }
    const word = new RegExp(`(^|[^\\p{L}\\p{N}])(${tenant.replace(/[-]/g, "[- ]?")})($|[^\\p{L}\\p{N}])`, "iu").exec(description || "");
    return word ? word[2] : null;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "workday",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && /\/job\//.test(url.pathname);
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url || !/\/job\//.test(url.pathname)) return [];
      const tenant = tenantOf(url);
      const titleEl = page.first(document, SELECTORS.jobTitle);
      const header = page.first(document, SELECTORS.header);
      const logo = page.first(document, SELECTORS.logo);
      const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
      const hints = { ats: page.slugHint("workday", tenant), domain: org && org.domain };
      const description = page.meta(document, "og:description");
      const candidates = [
        [header && page.companyFromTitle(page.visibleText(header), HEADER_PATTERNS), "visible", header],
        [logo && page.companyFromTitle(logo.getAttribute("alt"), HEADER_PATTERNS), "visible", titleEl],
        [org && org.name, "jsonld", titleEl],
        [tenantSpelling(tenant, siteIdOf(url), description), "url", titleEl],
        [tenant, "url", titleEl],
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
// https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1
// https://tbinstitute.wd3.myworkdayjobs.com/en-US/TBI_Careers/job/London/Data-Engineer_R123
// https://acme.wd1.myworkdayjobs.com/External/job/Remote/Engineer_JR-100
