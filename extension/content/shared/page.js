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

  // Outermost elements matching `selector`, in document order: a card nested in another card is one card.
  function outermost(root, selector) {
    const all = Array.from(root.querySelectorAll(selector));
    const set = new Set(all);
    return all.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
      return true;
    });
  }

  // One job per list card whose company element reads as a company; placeholder cards are skipped.
  function cardJobs(root, cardSelector, companySelectors, hintsOf) {
    const jobs = [];
    for (const card of outermost(root, cardSelector)) {
      const el = first(card, companySelectors);
      const found = el && job(visibleText(el), "visible", el, hintsOf ? hintsOf(card, el) : {});
      if (found) jobs.push(found);
    }
    return jobs;
  }

  // Selector for a CSS-module class ("EmployerProfile_compactEmployerName__9MGcV") by its stable prefix.
  // `inner` (e.g. " img[alt]") is appended to both alternatives, so descendants keep the prefix scope.
  function classPrefix(prefix, tag = "", inner = "") {
    return `${tag}[class^="${prefix}"]${inner}, ${tag}[class*=" ${prefix}"]${inner}`;
  }

  // Words that turn a name a person reads ("Thales") into a registered legal entity ("Thales UK Limited").
  const LEGAL_WORDS = new Set(("limited ltd ltd. inc inc. incorporated llc l.l.c. llp lp plc corp corp. corporation co co. company " +
    "gmbh ag kg se sa s.a. sas s.a.s. sarl spa s.p.a. srl s.r.l. bv b.v. nv n.v. ab as a/s oy oyj kk k.k. pty pvt private " +
    "holding holdings group the & and of uk us usa u.s. u.s.a. gb de fr it es nl ie ca au in jp emea apac europe international " +
    "deutschland france italia italy españa spain nederland ireland canada australia india japan america americas north").split(" "));

  // The shorter name a page shows for a JSON-LD legal entity, when the dropped words are only legal or
  // regional suffixes and the short name is visible in `texts` while the legal name is not.
  function readableName(legal, texts) {
    const name = collapse(legal);
    const words = name.replace(/,/g, " ").split(/\s+/).filter(Boolean);
    const haystack = texts.map(collapse).filter(Boolean);
    const contains = (text, needle) => {
      const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return new RegExp("(^|[^\\p{L}\\p{N}])" + escaped + "($|[^\\p{L}\\p{N}])", "iu").test(text);
    };
    if (words.length < 2 || haystack.some((t) => contains(t, name))) return name;
    for (let k = words.length - 1; k >= 1; k--) {
      const rest = words.slice(k);
      if (!rest.every((w) => LEGAL_WORDS.has(w.toLowerCase().replace(/[()]/g, "")))) break;
      const short = words.slice(0, k).join(" ");
      if (haystack.some((t) => contains(t, short))) return short;
    }
    return name;
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
    outermost, cardJobs, classPrefix, readableName,
  };
})();
