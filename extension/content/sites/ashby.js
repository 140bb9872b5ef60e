// Ashby job postings: jobs.ashbyhq.com/<org>/<id> and its /application tab, and the organisation's board
// jobs.ashbyhq.com/<org>, whose every posting is the one employer's (one badge, by the logo or the heading).
(function () {
  "use strict";
  const { page, jsonld } = globalThis.UpheavalRadar;
  const SELECTORS = {
    // (the logo's link is "_navLogoLink_…" or, for a wordmark, "_navLogoWordmarkLink_…")
    navLogo: [page.classPrefix("_navLogo", "a", " img[alt]"), "nav a img[alt]", "header a img[alt]"],
    navLink: [page.classPrefix("_navLogo", "a"), "nav a[href^='http']"],
    jobTitle: ["h1.ashby-job-posting-heading", page.classPrefix("_title", "h1"), "h1"],
  };
  // "{Title} @ {Company}"; the last " @ " separates them.
  const TITLE_PATTERNS = [/^.+ @ (?<company>[^@]+)$/];
  // The board's title: "Jobs at Acme", "Acme Jobs", "Careers at Acme".
  const BOARD_TITLE_PATTERNS = [/^(?:jobs|careers|open roles|openings)\s+(?:at|@)\s+(?<company>.+)$/i,
    /^(?<company>.+?)\s+(?:jobs|careers)$/i];
  const HOST = /^jobs\.ashbyhq\.com$/i;

  function orgSlug(url) {
    return url.pathname.split("/").filter(Boolean)[0] || null;
  }

  // The string fields at the top level of the JSON object that opens at `start` (nested objects and
  // arrays skipped), reading at most `limit` characters: Ashby's app state is large.
  function topLevelStrings(text, start, limit = 20000) {
    const fields = {};
    let depth = 0;
    let key = null;
    const end = Math.min(text.length, start + limit);
    for (let i = start; i < end; i++) {
      const ch = text[i];
      if (ch === '"') {
        const close = /"((?:[^"\\]|\\.)*)"/y;
        close.lastIndex = i;
        const match = close.exec(text);
        if (!match) return fields;
        i = close.lastIndex - 1;
        if (depth !== 1) continue;
        let value;
        try {
          value = JSON.parse(match[0]);
        } catch (_) {
          value = match[1];
        }
        if (key === null && /^\s*:/.test(text.slice(i + 1, i + 4))) key = value;
        else if (key !== null) {
          if (!(key in fields)) fields[key] = value;
          key = null;
        }
      } else if (ch === "{" || ch === "[") {
        depth++;
        if (depth > 1) key = null;
      } else if (ch === "}" || ch === "]") {
        depth--;
        if (depth === 0) return fields;
      } else if (ch === "," && depth === 1) key = null;
    }
    return fields;
  }

  // Ashby's app state (window.__appData) names the organisation and its website when the DOM is not
  // built yet; its fields come in any order, around nested objects.
  function appDataOrganization(document) {
    for (const script of document.querySelectorAll("script:not([src])")) {
      const text = script.textContent;
      const at = /"organization"\s*:\s*\{/.exec(text);
      if (!at) continue;
      const fields = topLevelStrings(text, at.index + at[0].length - 1);
      if (typeof fields.name === "string") return { name: fields.name, website: typeof fields.publicWebsite === "string" ? fields.publicWebsite : null };
    }
    return null;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "ashby",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && url.pathname.split("/").filter(Boolean).length >= 1;
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      const depth = url ? url.pathname.split("/").filter(Boolean).length : 0;
      if (!url || depth < 1) return [];
      const board = depth === 1;
      const titleEl = page.first(document, SELECTORS.jobTitle);
      const logo = page.first(document, SELECTORS.navLogo);
      const link = page.first(document, SELECTORS.navLink);
      const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
      const app = appDataOrganization(document);
      const hints = {
        ats: page.slugHint("ashby", orgSlug(url)),
        domain: (link && page.domainOf(link.getAttribute("href"))) || (app && page.domainOf(app.website)) || (org && org.domain),
      };
      const titles = board ? BOARD_TITLE_PATTERNS : TITLE_PATTERNS;
      const candidates = [
        [logo && logo.getAttribute("alt"), "visible"],
        [page.companyFromTitle(document.title, titles), "title"],
        [page.companyFromTitle(page.meta(document, "title"), titles), "title"],
        [app && app.name, "jsonld"],
        [org ? page.brandName(org.name) : null, "jsonld"],
        [orgSlug(url), "url"],
      ];
      // On the board the postings' titles are no page heading: the badge sits by the logo.
      const anchor = board ? logo || titleEl : titleEl;
      for (const [name, source] of candidates) {
        const found = page.job(name, source, anchor, hints);
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
// https://jobs.ashbyhq.com/ramp (the organisation's board)
