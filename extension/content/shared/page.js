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
    /^(company|employer|client)(\s+name)?\s+(hidden|withheld|undisclosed|not\s+disclosed|confidential|private)$/i,
    /^(stealth|stealth\s+(mode|startup|company))$/i,
    /^(hiring\s+company|employer|company|company\s+name|client|our\s+client|n\/?a|none|null|undefined|-+|–|—)$/i,
    /^(非公開|企業名非公開|会社名非公開|保密|匿名)$/,
  ];

  // A publisher line ("via LinkedIn") names the site that carried the post, not the employer.
  const PUBLISHER = /^(?:(?:via|über|par|tramite|vía|por|przez|через|عبر|דרך|melalui|qua|ผ่าน)\s+\S|(?:経由|提供元|通过|透過|来自|來自)[:：]?\s*\S)|\S\s*(?:経由|통해|aracılığıyla)\s*$/i;

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

  // Elements that end a line on screen: their text never runs into the next element's ("About us" heading, then
  // "Tidewell Bay Hospitality ..." is not "usTidewell").
  const BLOCK_TAGS = /^(BR|P|DIV|LI|H[1-6]|TD|TH|TR|DT|DD|SECTION|ARTICLE|HEADER|FOOTER|UL|OL|TABLE)$/i;
  // Text only a screen reader reads, by the classes sites use for it (LinkedIn's "visually-hidden" label "Company
  // Name" before the name itself): no sighted person reads it as the name.
  const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|visuallyhidden|sr-only|screen-reader-text|screen-reader-only|a11y-text|assistive-text)(?:\s|$)/i;
  function visibleText(element) {
    if (!element) return "";
    const parts = [];
    (function walk(node) {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) parts.push(child.nodeValue);
        else if (child.nodeType === 1) {
          if (SKIPPED_TAGS.has(child.tagName.toUpperCase())) continue;
          if (child.hidden || SCREEN_READER_ONLY.test(child.getAttribute("class") || "")) continue;
          walk(child);
          if (BLOCK_TAGS.test(child.tagName)) parts.push(" ");
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
    if (raw === false) return null; // `cond && text` with cond false: no name, not the word "false"
    let name = collapse(raw);
    if (!name) return null;
    // "Acme logo", "Logo of Acme", and the word in other languages ("Логотип Acme", "Acme ロゴ", "로고 Acme")
    name = name.replace(/\s+(logo|logotipo|logotyp|logotype|company logo|логотип|ロゴ|로고|标志|標誌|לוגו|شعار)$/i, "").trim();
    name = name.replace(/^(logo|company logo|logotipo|logotyp|логотип|ロゴ|로고|标志|標誌|לוגו|شعار)\s*(of|for|de|da|do|del|von|di|:|-)?\s+/i, "").trim();
    if (!name || name.length > 120) return null;
    if (/\.(png|jpe?g|gif|svg|webp)$/i.test(name) || /^(logo|image|img|banner)$/i.test(name)) return null;
    if (PUBLISHER.test(name) || isPlaceholder(name)) return null;
    if (!/[\p{L}\p{N}]/u.test(name)) return null;
    return name;
  }

  // Runs site title patterns; the first pattern whose "company" group cleans up wins.
  // A title's parts: "Senior Payroll Analyst | Brennock Foods Careers" is a job, then the site's own name (a bar or a
  // dot; not a dash, which names keep: "Fabrikam - Radio Nord").
  const TITLE_PARTS = /\s+[|·•]\s+/;

  function companyFromTitle(title, patterns) {
    const text = collapse(title);
    for (const re of patterns) {
      const match = re.exec(text);
      const name = match && cleanCompany(match.groups ? match.groups.company : match[1]);
      // (a pattern reading the whole title keeps only the part next to its own words: the job's title is no name;
      // "Job | Brand Careers" keeps the last part, "Careers at Brand | Job Search" the first)
      if (name) {
        const parts = name.split(TITLE_PARTS);
        const wordsAfter = match[0].trimStart().startsWith((match.groups ? match.groups.company : match[1]).trim());
        return cleanCompany(wordsAfter ? parts.pop() : parts[0]) || name;
      }
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

  // The first element matching any of `selectors` (tried in order) that has text a person reads: a prefix such
  // as "EmployerProfile_employerName" also matches the logo's link ("...employerNameLink"), which holds only an image.
  function firstWithText(root, selectors) {
    for (const selector of [].concat(selectors)) {
      for (const el of root.querySelectorAll(selector)) if (visibleText(el)) return el;
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

  // One job per list card whose company element reads as a company; placeholder cards (no text) are skipped.
  function cardJobs(root, cardSelector, companySelectors, hintsOf) {
    const jobs = [];
    for (const card of outermost(root, cardSelector)) {
      const el = firstWithText(card, companySelectors);
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

  // Legal forms a registered name ends with ("Acme Canada Co.", "Globex UK Limited", "Contoso Pty Ltd").
  // Compared without dots and parentheses, so "S.A." is "sa" and "K.K." is "kk".
  const LEGAL_FORMS = new Set(("inc incorporated corp corporation co company ltd limited llc llp lp plc ulc " +
    "gmbh mbh ag kg kgaa se sa sas sarl spa srl sl slu bv nv ab as asa aps oy oyj kk pty pte pvt sdn bhd berhad tbk " +
    "lda ltda sro holdings " +
    // the same written in other scripts: Japanese, Chinese, Korean, Russian and Ukrainian, Hebrew, Arabic
    "合同会社 株式会社 有限会社 有限公司 股份有限公司 주 주식회사 유한회사 ооо оао пао зао ао тов пат בע\"מ ذمم").split(" "));
  // Forms written in several words, stripped whole before the word-by-word pass.
  const LEGAL_PHRASE = /[\s,]+(?:s\.?\s?a\.?\s+de\s+c\.?\s?v\.?|s\.?\s?de\s+r\.?\s?l\.?(?:\s+de\s+c\.?\s?v\.?)?|sp\.?\s*z\s*o\.?\s?o\.?|private\s+limited|co\.?,?\s*ltd\.?|gmbh\s*&\s*co\.?\s*kg)$/i;
  // Countries and regions a group puts between its brand and the legal form ("Acme Deutschland GmbH").
  const REGIONS = new Set(("uk us usa gb eu emea apac latam dach nordics benelux americas america europe asia pacific " +
    "international canada deutschland germany france italia italy espana españa spain nederland netherlands " +
    "belgium belgique ireland australia india japan china singapore brasil brazil mexico méxico schweiz " +
    "switzerland suisse austria österreich polska poland sverige sweden norge norway danmark denmark suomi " +
    "finland portugal israel korea philippines malaysia ジャパン 日本 코리아 한국 中国 香港 台灣 台湾 россия").split(" "));
  // Words that join a name's parts: "Bank of America Corp." keeps its "America".
  const CONNECTORS = new Set(["of", "de", "du", "des", "for", "and", "&", "und", "et", "y", "the"]);
  const bare = (word) => word.toLowerCase().replace(/[.()]/g, "");

  // The brand inside a registered name: trailing legal forms dropped and, once one is dropped, the country
  // or region just before it ("Acme Canada Co." -> "Acme", "Globex UK Limited" -> "Globex",
  // "Contoso Deutschland GmbH" -> "Contoso"). A name without a legal form is returned as it is, so
  // "Air Canada" and "Bank of America" keep their last word. Never returns less than one word.
  function brandName(raw) {
    const name = collapse(raw);
    let rest = name.replace(LEGAL_PHRASE, "");
    let stripped = rest !== name;
    let words = rest.split(/\s+/).filter(Boolean);
    // Legal forms and, once one is gone, regions, from the end, in any order ("Rookwell Holdings (UK) Limited")
    while (words.length > 1) {
      const last = bare(words[words.length - 1]).replace(/,$/, "");
      const legal = LEGAL_FORMS.has(last);
      if (!legal && !(stripped && REGIONS.has(last) && !CONNECTORS.has(bare(words[words.length - 2])))) break;
      stripped = stripped || legal;
      words.pop();
    }
    const brand = words.join(" ").replace(/[\s,\-–|]+$/, "");
    return /[\p{L}\p{N}]/u.test(brand) ? brand : name;
  }

  // Words too common to tie a name to a company ("Engineering" in "ABC Engineering Services").
  const GENERIC_WORDS = new Set(("careers career jobs job external internal site portal global group services service " +
    "solutions systems technology technologies engineering consulting management holding partners company " +
    "the and of for").split(" "));
  // A site id or slug made only of such words ("ExternalCareerSite", "Careers") is about nobody.
  const GENERIC_SLUG = /^(?:external|internal|ext|int|careers?|jobs?|site|portal|recruiting|hiring|opportunities|global|en|us|[0-9_-])+$/;
  const compact = (text) => collapse(text).toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "");

  // The words of a brand that can tell it apart: lower case, three characters or more, not legal forms,
  // regions or generic business words.
  function distinctiveWords(name) {
    return brandName(name).toLowerCase().normalize("NFKD").split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !LEGAL_FORMS.has(w) && !REGIONS.has(w) && !GENERIC_WORDS.has(w));
  }

  // Does `name` plausibly name the company that `evidence` is about? `evidence` holds texts a person reads
  // (a header, a logo alt) and slugs (a tenant, a site id, a URL segment). True when one of the name's
  // distinctive words is a word of a text or begins a slug, when the name run together begins a slug or a
  // slug begins it ("globexcorp" and "Globex"), or when the name's initials are a slug ("ibm").
  function sharesBrand(name, evidence) {
    const words = distinctiveWords(name);
    const joined = compact(brandName(name));
    const initials = initialsOf(brandName(name));
    for (const item of [].concat(evidence || [])) {
      const text = collapse(item);
      if (!text) continue;
      if (/\s/.test(text)) {
        const own = new Set(text.toLowerCase().normalize("NFKD").split(/[^\p{L}\p{N}]+/u));
        if (words.some((w) => own.has(w))) return true;
        continue;
      }
      const slug = compact(text);
      if (slug.length < 2 || GENERIC_SLUG.test(slug)) continue;
      if (words.some((w) => slug.startsWith(w))) return true;
      if (joined.length >= 3 && (slug.startsWith(joined) || (slug.length >= 3 && joined.startsWith(slug)))) return true;
      if (initials.length >= 2 && initials === slug) return true;
      // (against the whole name too: the code may abbreviate words the brand drops, "hldg" for "Holdings")
      if (abbreviates(slug, joined) || abbreviates(slug, compact(name))) return true;
    }
    return false;
  }

  // A name's initials in lower case ("Cascade Basin Energy" -> "cbe").
  function initialsOf(name) {
    return String(name || "").split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((word) => word[0].toLowerCase()).join("");
  }

  // A code made of the name's letters in order, from its first, with the vowels mostly dropped: a Workday
  // tenant's "hlvrsnhldg" for Halvorsen Holdings, "ngs" for Northgate Systems, "qph" for Quillon Pharma,
  // "rookwlhldg" for Rookwell Holdings. A code with more than one vowel in four letters (or more than one in a
  // short code) is a word, not an abbreviation: words are a third or more vowels.
  function abbreviates(code, name) {
    const vowels = (code.match(/[aeiou]/g) || []).length;
    if (code.length < 3 || /\d/.test(code) || vowels > Math.max(1, Math.floor(code.length / 4)) || code[0] !== name[0]) return false;
    let at = 1;
    for (const letter of code.slice(1)) {
      at = name.indexOf(letter, at) + 1;
      if (at === 0) return false;
    }
    return true;
  }

  // The words a code of capitals stands for, where a text writes them out: "MLH" in "About Marlowe Lane Hospitality"
  // or "Marlowe Lane Hospitality (MLH), a ...", "HFS" in "Halcyon Freight Systems has moved ...". As many capitalised
  // words in a row as the code has letters, each opening with its letter; three letters or more (two letters match
  // too many runs of words). Null when no text spells it.
  function spelledOut(initials, texts) {
    const letters = String(initials || "").toLowerCase();
    if (!/^[a-z]{3,5}$/.test(letters)) return null;
    for (const text of texts) {
      // (a run never crosses punctuation: "Lane. Hospitality" is two sentences' words)
      for (const clause of collapse(text).split(/[,.;:!?()|"“”]+/)) {
        const words = clause.split(/\s+/).filter(Boolean);
        for (let at = 0; at + letters.length <= words.length; at++) {
          const run = words.slice(at, at + letters.length);
          if (run.every((word, i) => CAPITALISED.test(word) && word[0].toLowerCase() === letters[i])) return run.join(" ");
        }
      }
    }
    return null;
  }
  const CAPITALISED = /^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’&-]+$/;  // a word in Title Case, not a code of capitals

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
    outermost, cardJobs, classPrefix, firstWithText, readableName, brandName, sharesBrand, initialsOf, distinctiveWords,
    spelledOut,
  };
})();
