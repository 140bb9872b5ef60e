// Small DOM and text helpers shared by every site adapter (classic script, no imports).
// Adapters read what a person reads; these helpers keep that reading consistent across sites.
(function () {
  "use strict";
  const UR = (globalThis.UpheavalRadar = globalThis.UpheavalRadar || {});

  // Elements whose text a person never reads: Indeed puts an emotion <style> inside the company element.
  const SKIPPED_TAGS = new Set(["STYLE", "SCRIPT", "NOSCRIPT", "TEMPLATE", "SVG", "TITLE"]);

  // Names sites show instead of a hidden employer. Whole-name matches only, so "Private Bank Ltd" survives.
  const PLACEHOLDERS = [
    /^(company\s+)?confidential(\s+(company|employer|client))?$/i,
    /^confidencial(\s+empresa)?$/i,
    /^empresa\s+confidencial$/i,
    /^(entreprise\s+)?confidentiel(le)?$/i,
    /^(vertraulich|vertraulicher\s+arbeitgeber|anonymer\s+arbeitgeber)$/i,
    /^(riservato|azienda\s+riservata|confidenziale)$/i,
    /^anonym(e|ous|o)?(\s+(company|employer|client|recruiter))?$/i,
    /^private(\s+(company|employer|client|advertiser))?$/i,
    /^(undisclosed|not\s+disclosed|withheld|unknown|hidden)(\s+(company|employer|client))?$/i,
    /^(stealth|stealth\s+(mode|startup|company))$/i,
    /^(hiring\s+company|employer|company|company\s+name|client|our\s+client|n\/?a|none|null|undefined|-+|–|—)$/i,
    /^(非公開|企業名非公開|会社名非公開|保密|匿名)$/,
  ];

  // A publisher line ("via LinkedIn") names the site that carried the post, not the employer.
  const PUBLISHER = /^(via|über|par|tramite|vía|por)\s+\S/i;

  // Hosts of job platforms: a link there tells nothing about the employer's own web domain.
  const PLATFORM_HOSTS = [
    "linkedin.com", "indeed.com", "glassdoor.", "greenhouse.io", "lever.co", "myworkdayjobs.com",
    "myworkdaysite.com", "workday.com", "ashbyhq.com", "smartrecruiters.com", "google.", "gstatic.com",
    "ziprecruiter.com", "monster.", "stepstone.", "facebook.com", "twitter.com", "x.com",
    "instagram.com", "youtube.com", "wikipedia.org", "schema.org", "cloudfront.net", "licdn.com",
  ];

  function collapse(text) {
    return String(text == null ? "" : text).replace(/[\s\u00a0\u200b\u200e\u200f\ufeff]+/g, " ").trim();
  }

  function visibleText(element) {
    if (!element) return "";
    const parts = [];
    (function walk(node) {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) parts.push(child.nodeValue);
        else if (child.nodeType === 1) {
          if (SKIPPED_TAGS.has(child.tagName.toUpperCase())) continue;
          if (child.hidden) continue;
          walk(child);
          if (/^(BR|P|DIV|LI)$/i.test(child.tagName)) parts.push(" ");
        }
      }
    })(element);
    return collapse(parts.join(""));
  }

  function isPlaceholder(name) {
    const text = collapse(name).replace(/[.*()[\]]+$/g, "").replace(/^[(*[]+/, "").trim();
    if (!text) return true;
    return PLACEHOLDERS.some((re) => re.test(text));
  }

  // Trimmed company name, or null when the text cannot be a company a person would recognise.
  function cleanCompany(raw) {
    let name = collapse(raw);
    if (!name) return null;
    name = name.replace(/\s+(logo|logotipo|logotyp|company logo)$/i, "").trim();
    name = name.replace(/^(logo|company logo)\s*(of|for|:|-)?\s+/i, "").trim();
    if (!name || name.length > 120) return null;
    if (/\.(png|jpe?g|gif|svg|webp)$/i.test(name) || /^(logo|image|img|banner)$/i.test(name)) return null;
    if (PUBLISHER.test(name) || isPlaceholder(name)) return null;
    if (!/[\p{L}\p{N}]/u.test(name)) return null;
    return name;
  }

  // Runs site title patterns; the first pattern whose "company" group cleans up wins.
  function companyFromTitle(title, patterns) {
    const text = collapse(title);
    for (const re of patterns) {
      const match = re.exec(text);
      const name = match && cleanCompany(match.groups ? match.groups.company : match[1]);
      if (name) return name;
    }
    return null;
  }

  function domainOf(url) {
    if (!url) return null;
    let host;
    try {
      host = new URL(String(url).trim(), "https://invalid.example").hostname.toLowerCase();
    } catch (_) {
      return null;
    }
    if (!host || host === "invalid.example" || !host.includes(".")) return null;
    if (/^\d+(\.\d+){3}$/.test(host)) return null;
    host = host.replace(/^(www\d?|careers?|jobs?|karriere|emploi|empleo)\./, "");
    if (PLATFORM_HOSTS.some((p) => (p.endsWith(".") ? host.includes(p) : host === p || host.endsWith("." + p)))) {
      return null;
    }
    return host;
  }

  function meta(document, key) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    return el ? collapse(el.getAttribute("content")) : "";
  }

  function first(document, selectors) {
    for (const selector of [].concat(selectors)) {
      const el = document.querySelector(selector);
      if (el) return el;
    }
    return null;
  }

  // Builds one contract-shaped job, or null when the name is not usable.
  function job(company, source, anchor, hints) {
    const name = cleanCompany(company);
    if (!name) return null;
    const clean = {};
    for (const [key, value] of Object.entries(hints || {})) if (value) clean[key] = value;
    return { company: name, hints: clean, anchor: anchor || null, source };
  }

  function slugHint(system, slug) {
    const clean = String(slug || "").trim().toLowerCase();
    return /^[a-z0-9][a-z0-9._-]*$/.test(clean) ? `${system}:${clean}` : null;
  }

  function urlOf(location) {
    try {
      return new URL(typeof location === "string" ? location : location.href);
    } catch (_) {
      return null;
    }
  }

  UR.page = {
    collapse, visibleText, isPlaceholder, cleanCompany, companyFromTitle, domainOf, meta, first, job, slugHint, urlOf,
  };
})();
