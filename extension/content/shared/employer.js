// Reads the employer of a job page on a site that has no adapter of its own (classic script, after page.js
// and jsonld.js). Every source a person or the page's structure offers becomes a candidate; candidates
// that name the same company form one cluster, and a cluster wins only with agreement between independent
// sources or one strong structured source. A job board's own name (the site's identity on a page that
// lists other employers) never wins; neither does an internal code or a placeholder.
(function () {
  "use strict";
  const UR = (globalThis.UpheavalRadar = globalThis.UpheavalRadar || {});
  const { page, jsonld } = UR;

  // How much each kind of source is worth. `site` sources describe who runs the site, which is the
  // employer only on a company's own careers site; `confirm` sources (URL slugs, file-name alt texts)
  // can back a name but never supply the one shown.
  const SOURCES = {
    jsonld: { weight: 3, site: false, confirm: false },
    title: { weight: 1.5, site: false, confirm: false },
    description: { weight: 1, site: false, confirm: false },
    heading: { weight: 1, site: false, confirm: false },
    marked: { weight: 1, site: false, confirm: false },
    field: { weight: 1.5, site: false, confirm: false },
    profile: { weight: 1, site: false, confirm: false },
    // the page's own address as a board's company profile ("/companies/ostwerkstudios/..."): a slug confirms, a
    // person reads the name elsewhere on the page
    ownProfile: { weight: 1, site: false, confirm: true },
    siteName: { weight: 1, site: true, confirm: false },
    logo: { weight: 1.5, site: true, confirm: false },
    social: { weight: 0.5, site: true, confirm: true },
    host: { weight: 1, site: true, confirm: true },
    logoFile: { weight: 0.5, site: true, confirm: true },
  };
  const STRONG = 3; // one JSON-LD name that nothing contradicts
  const AGREED = 2; // sources that agree

  // Applicant-tracking systems whose URL names the employer: slug(url) -> the tenant's slug.
  const ATS_TENANTS = [
    { system: "workable", host: /^apply\.workable\.com$/, slug: (url) => url.pathname.split("/")[1] },
    { system: "teamtailor", host: /^([a-z0-9-]+)\.teamtailor\.com$/, slug: (url, m) => m[1] },
    { system: "recruitee", host: /^([a-z0-9-]+)\.recruitee\.com$/, slug: (url, m) => m[1] },
    { system: "bamboohr", host: /^([a-z0-9-]+)\.bamboohr\.com$/, slug: (url, m) => m[1] },
    { system: "breezy", host: /^([a-z0-9-]+)\.breezy\.hr$/, slug: (url, m) => m[1] },
    { system: "personio", host: /^([a-z0-9-]+)\.jobs\.personio\.(de|com)$/, slug: (url, m) => m[1] },
    { system: "applytojob", host: /^([a-z0-9-]+)\.applytojob\.com$/, slug: (url, m) => m[1] },
    { system: "jobvite", host: /^jobs\.jobvite\.com$/, slug: (url) => url.pathname.split("/")[1] },
    { system: "rippling", host: /^ats\.rippling\.com$/, slug: (url) => url.pathname.split("/")[1] },
    { system: "comeet", host: /(^|\.)comeet\.(com|co)$/, slug: (url) => (/\/jobs\/([^/]+)/.exec(url.pathname) || [])[1] },
    { system: "icims", host: /^(?:careers-)?([a-z0-9-]+)\.icims\.com$/, slug: (url, m) => m[1] },
    { system: "homerun", host: /^([a-z0-9-]+)\.homerun\.co$/, slug: (url, m) => m[1] },
  ];
  // Hosts of systems that carry many employers but whose URL names none of them (the tenant is a code).
  const ATS_HOSTS = /(^|\.)(taleo\.net|successfactors\.(com|eu)|jobs\.personio\.(de|com)|phenompeople\.com|csod\.com|oraclecloud\.com|ultipro\.com|paylocity\.com|jazzhr\.com|dayforcehcm\.com|workforcenow\.adp\.com|myjobs\.adp\.com)$/;
  // Sub-domains a company puts its careers site on (careers.contoso.com).
  const CAREERS_LABEL = /^(careers?|jobs?|karriere|karriere-?portal|stellen|emplois?|empleos?|vagas|werkenbij|join|joinus|work|talent|apply|recruiting|hiring)$/;
  // Paths of job pages and careers sites.
  // A path segment that is a job search ("/project-support-officer-jobs/in-Sydney", SEEK's and many boards'
  // shape; "/java-developer-jobs-in-bangalore", Naukri's) or starts with a job word.
  const JOB_SEARCH_SEGMENT = /-jobs(?:-in-[\w-]+)?(\/|$)/i;
  const DATED_PATH = /\/(19|20)\d\d\/\d{1,2}\//;
  const JOB_PATH = /\/(jobs?|careers?|career-?center|positions?|vacanc(y|ies)|openings?|job-?openings|stellenangebote?|stellen|stellenmarkt|karriere|emplois?|empleos?|offres?|vagas|vacatures|lavora-con-noi|join-?us|work-?with-?us|opportunit(y|ies)|requisitions?|postings?|apply|werken-bij|arbeiten-bei|travailler-chez|trabaja-con-nosotros|trabalhe-conosco|jobba-hos-oss)(\/|$|[-_.?#])/i;
  const CAREERS_PATH = /\/(careers?|career-?center|karriere|join-?us|work-?with-?us|lavora-con-noi|werken-bij|vacatures|stellenangebote)(\/|$|[-_.?#])/i;

  // A careers site's word before or after the name in a title or a site name, in the languages job pages are
  // written in ("Acme Careers", "Carrières Lumivert", "Kariera Wisłoport"); not part of the name. Before the
  // name only plural forms: "Career Education" is a company.
  const CAREERS_AFTER = /\s+(careers?|jobs?|karriere|career site|career portal|stellenangebote|carrières?|carreiras?|carreras?|karriär|kariera|vacatures|empleos?|emplois?|vagas)$/i;
  const CAREERS_BEFORE = /^(careers|jobs|karriere|carrières|carreiras|carreras|karriär|kariera|vacatures|empleos|emplois|vagas|stellenangebote)\s+(?=\S)/i;
  const withoutCareersWord = (text) => text.replace(CAREERS_AFTER, "").replace(CAREERS_BEFORE, "").trim();
  // Words around a name in titles and headings that are not part of it.
  const GENERIC_SEGMENT = /^(careers?|jobs?|job details?|job description|job openings?|openings|apply|apply now|application|career (center|site|portal)|karriere|stellenangebote?|home|search( results)?|vacanc(y|ies)|open positions|positions|join us|work with us|opportunities|current openings|all jobs|job search|emplois?|empleos?|offres d'emploi)$/i;
  const LEGAL_WORDS = new Set(("inc incorporated ltd limited llc llp plc corp corporation co company gmbh ag kg se sa sas sarl spa srl bv nv ab as oy oyj kk pty pvt pte private " +
    "holding holdings group the and of uk us usa gb de fr it es nl ie ca au in jp emea apac europe international global").split(" "));
  // A school's careers office runs a portal of other employers' jobs ("Ashford College Career Services",
  // "Career Center"): it hires no one there.
  const CAREERS_OFFICE = /\b(career (services|center|centre|office|development( center| centre| office)?)|careers (service|office)|placement (cell|office))$/i;
  // Descriptions standing in for a hidden employer ("Start-up Company", "a leading bank").
  const DESCRIBED_EMPLOYER = /^(an?\s+)?(start-?up|leading|well[- ]known|reputable|global|established|fast[- ]growing|growing|international|large|small|major|prestigious|confidential)\s+(company|client|firm|organi[sz]ation|employer|business|brand|bank|startup|start-up|group|agency)$/i;
  const ARTICLE_TYPES = /"@?type"\s*:\s*\[?\s*"(https?:\/\/schema\.org\/)?(NewsArticle|BlogPosting|Article|ReportageNewsArticle)"/;
  const JOB_POSTING_TYPE = /"@?type"\s*:\s*\[?\s*"(https?:\/\/schema\.org\/)?JobPosting"/;
  const BOARD_WORDS = /jobs|job-?board|stellenmarkt|emplois?|empleos?|vagas/i;
  const SOCIAL_HOSTS = /(^|\.)(linkedin\.com|facebook\.com|twitter\.com|x\.com|instagram\.com|glassdoor\.[a-z.]+|youtube\.com|xing\.com)$/;
  // A company profile's address starts with its segment, after a locale at most (/cmp/Acme, /de/arbeitgeber/
  // Acme): the same word deeper in a path is something else (a careers widget's /careers/co/<department>/).
  // A company's own site's sections under "/company/": its pages about itself, not a board's profiles of others
  const OWN_SITE_SECTION = new RegExp("^(?:about(?: us)?|team|contact(?: us)?|news(?:room)?|blog|overview|home|culture|values|" +
    "history|leadership|investors?|press|media|mission|governance|sustainability|locations?|board)$", "i");
  const PROFILE_PATH = /^(?:\/[a-z]{2}(?:[-_][a-z]{2})?)*\/(company|companies|company-profile|co|cmp|employer|employers|arbeitgeber|empresa|entreprise|Employer-Profile|Overview)\/([^/?#]+)/i;
  // Where a site's own logo sits; a logo inside a list card is that card's employer, not the site's.
  // (a header is often a div: id="header" in older templates, role="banner" as its landmark; Taleo's table-built
  // career sections put it in div#pageheader's td#banner, or a theme's div#lmiBanner; not a cookie or consent banner)
  const LOGO_IMAGES = "header img[alt], [role='banner'] img[alt], [id$='header' i] img[alt], [id$='banner' i]:not([id*='cookie' i]):not([id*='consent' i]) img[alt], nav img[alt], img[alt*='logo' i], img[alt*='career site' i], img[class*='logo' i][alt], [class*='logo' i] > img[alt], a[href='/'] img[alt]";
  const CARD = "article, li, [role='listitem'], [data-testid*='card' i], [class*='card' i]";
  const CDN_HOST = /(cdn|static|assets|images?|img|media|s3|amazonaws|cloudfront|akamai|googleusercontent|gstatic|cookielaw|onetrust|phenompeople|teamtailor|workable|typekit|fonts)/i;

  // Word separators without Unicode property classes: a /u RegExp with \p{L} costs about a millisecond to
  // compile, and every page compiles this script's patterns afresh.
  const SEPARATORS = /[\s!-\/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f\uff01-\uff0f]+/;
  const SEPARATORS_ALL = new RegExp(SEPARATORS.source, "g");

  function strip(text) {
    return String(text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // The name's distinctive words: lower case, without legal forms, regions and filler.
  function distinctiveWords(name) {
    return strip(name).split(SEPARATORS).filter((w) => w && !LEGAL_WORDS.has(w));
  }

  function tokens(text) {
    return strip(text).split(SEPARATORS).filter(Boolean);
  }

  // The shorter name a page shows for a JSON-LD legal entity ("Humongous Insurance UK Limited" ->
  // "Humongous Insurance"), dropping only legal and regional words. Token matching rather than one
  // RegExp per text: a Unicode-aware RegExp costs about a millisecond to compile.
  function readableBrand(legal, texts) {
    const name = page.collapse(legal);
    const words = name.replace(/,/g, " ").split(" ").filter(Boolean);
    const shown = texts.map((t) => ` ${tokens(t).join(" ")} `);
    const isShown = (ws) => {
      const needle = ` ${tokens(ws.join(" ")).join(" ")} `;
      return needle.trim() !== "" && shown.some((t) => t.includes(needle));
    };
    if (words.length < 2 || isShown(words)) return name;
    for (let k = words.length - 1; k >= 1; k--) {
      if (!words.slice(k).every((w) => LEGAL_WORDS.has(tokens(w).join("")))) break;
      if (isShown(words.slice(0, k))) return words.slice(0, k).join(" ");
    }
    return name;
  }

  function compact(name) {
    return strip(name).replace(SEPARATORS_ALL, "");
  }

  // "Altair Engineering Inc." -> "Altair Engineering": the legal form is not what a person reads
  // (page.brandName, which the site adapters use too, also drops a country before it).
  function withoutLegalForm(name) {
    const trimmed = page.brandName(name);
    return trimmed.length >= 2 ? trimmed : page.collapse(name);
  }

  // Do two names (or a name and a slug) name the same company? Equal without spaces and legal words, or
  // one's distinctive words lead the other's ("Altair" and "Altair Engineering").
  function sameCompany(a, b) {
    const wa = distinctiveWords(a);
    const wb = distinctiveWords(b);
    if (!wa.length || !wb.length) return false;
    const ca = wa.join("");
    const cb = wb.join("");
    if (ca === cb || compact(a) === compact(b)) return true;
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    if (short.join("").length >= 3 && short.every((w, i) => w === long[i])) return true;
    // A slug is one word: "huggingface" against "Hugging Face", "altair" against "Altair Engineering".
    const slugLike = wa.length === 1 ? ca : wb.length === 1 ? cb : null;
    const other = slugLike === ca ? wb : wa;
    if (slugLike && slugLike.length >= 3) {
      let joined = "";
      for (const w of other) {
        joined += w;
        if (joined === slugLike) return true;
        if (!slugLike.startsWith(joined)) break;
      }
    }
    // A tenant named by the initials: "qh" for Quillon Health.
    if (slugLike && other.length >= 2 && slugLike.length === other.length && slugLike.length <= 5 &&
        other.map((w) => w[0]).join("") === slugLike) return true;
    return false;
  }

  function sharesDistinctiveWord(a, b) {
    const wb = new Set(distinctiveWords(b).filter((w) => w.length >= 3));
    const cb = compact(b);
    return distinctiveWords(a).some((w) => w.length >= 3 && (wb.has(w) || cb.includes(w)));
  }

  // An internal code (ALTAENGI, CISCISGLOBAL, bmwag) is one token that no readable text on the page shows
  // as a word, or a value the URL's query carries.
  function looksLikeCode(name, readable, url) {
    const text = page.collapse(name);
    if (url) {
      for (const value of url.searchParams.values()) if (value && value.toLowerCase() === text.toLowerCase()) return true;
    }
    if (!/^[A-Z0-9_-]{5,}$/.test(text) && !/^[a-z0-9_-]*\d[a-z0-9_-]*$|_/.test(text)) return false;
    const needle = ` ${tokens(text).join(" ")} `;
    return !readable.some((t) => ` ${tokens(t).join(" ")} `.includes(needle));
  }

  // The registrable name of a host: careers.contoso.co.uk -> contoso.
  function hostBrand(host) {
    const labels = host.toLowerCase().replace(/^www\d?\./, "").split(".");
    let end = labels.length - 1;
    if (labels.length >= 3 && labels[end].length === 2 && /^(co|com|org|net|ac|gov|edu|or|ne)$/.test(labels[end - 1])) end -= 1;
    return labels[end - 1] || null;
  }

  function atsTenant(url) {
    const host = url.hostname.toLowerCase();
    for (const ats of ATS_TENANTS) {
      const m = ats.host.exec(host);
      const slug = m && ats.slug(url, m);
      if (slug && /^[a-z0-9][a-z0-9._-]*$/i.test(slug)) return { system: ats.system, slug: slug.toLowerCase() };
    }
    return null;
  }

  // careers.contoso.com, contoso.com/careers/: the site is one company's. Null on ATS hosts and boards.
  function careersSite(url) {
    const host = url.hostname.toLowerCase();
    if (ATS_HOSTS.test(host) || atsTenant(url)) return null;
    const labels = host.replace(/^www\d?\./, "").split(".");
    const brand = hostBrand(host);
    if (!brand) return null;
    // .jobs is a top-level domain sold only to employers for their own job sites (bmwgroup.jobs).
    const careersHost = (labels.length >= 3 && CAREERS_LABEL.test(labels[0])) || labels[labels.length - 1] === "jobs";
    if (careersHost || CAREERS_PATH.test(url.pathname)) return { brand, domain: labels.slice(labels.indexOf(brand)).join(".") };
    return null;
  }

  // The cheap gate: is this page worth reading at all? Runs on every http(s) page the browser opens.
  function looksLikeJobPage(document, url) {
    if (!url || !/^https?:$/.test(url.protocol)) return false;
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    for (const script of scripts) if (JOB_POSTING_TYPE.test(script.textContent)) return true;
    // A news article or blog post about hiring is not a job page, whatever its address says.
    // WordPress and its SEO plugins call every page an "article", a company's careers page too: on the
    // company's own careers site only a dated page (a published time, a /2026/11/ path) is news.
    const ogType = document.querySelector('meta[property="og:type"]');
    if (ogType && /article/i.test(ogType.getAttribute("content") || "")) {
      const dated = page.meta(document, "article:published_time") || DATED_PATH.test(url.pathname);
      if (dated || !careersSite(url)) return false;
    }
    for (const script of scripts) if (ARTICLE_TYPES.test(script.textContent)) return false;
    const host = url.hostname.toLowerCase();
    if (atsTenant(url) || ATS_HOSTS.test(host)) return true;
    const labels = host.split(".");
    if (labels.length >= 3 && CAREERS_LABEL.test(labels[0] === "www" ? labels[1] : labels[0])) return true;
    return JOB_PATH.test(url.pathname) || JOB_SEARCH_SEGMENT.test(url.pathname) || jobSearch(url)
      || JOB_OFFER_TITLE.test(page.collapse(document.title || ""));
  }

  // A tab whose title opens by calling the page a job offer, in the languages boards write it ("Oferta de trabajo
  // Técnico/a ... - Alcaraz Logística | InfoJobs", "Stellenangebot Lagerist ..."), on an address with no job word.
  const JOB_OFFER_TITLE = new RegExp("^(?:oferta\\s+de\\s+(?:trabajo|empleo)|job\\s+offer|offre\\s+d['’]emploi|stellenangebot|" +
    "offerta\\s+di\\s+lavoro|vaga\\s+de\\s+emprego|vacature|oferta\\s+pracy)\\b", "i");

  // A search for a job: what and where, as job boards ask both ("/search?q=customer+service&l=Phoenix%2C+AZ"); a
  // site search asks only what.
  const WHAT_PARAMS = ["q", "query", "keywords", "kw", "what", "search_terms"];
  const WHERE_PARAMS = ["l", "loc", "location", "where"];
  function jobSearch(url) {
    const params = url.searchParams;
    return /\/search\b/i.test(url.pathname) && WHAT_PARAMS.some((name) => params.has(name))
      && WHERE_PARAMS.some((name) => params.has(name));
  }

  // ---- candidates, one reader per kind of source ---------------------------------------------------

  function fromJsonLd(document) {
    const orgs = [];
    for (const { organization } of jsonld.jobPostings(document)) {
      if (organization && !orgs.some((o) => o.name === organization.name)) orgs.push(organization);
    }
    return orgs;
  }

  // "Title - Company | Board", "Careers at Company", "Company | Careers", "Title @ Company".
  function fromTitle(title, jobTitle) {
    const text = page.collapse(title).replace(/^\(\d+\)\s*/, "");
    if (!text) return [];
    const whole = /^(?:(?:current\s+)?(?:careers?|jobs?|job openings|openings|work(?:ing)?|life|karriere)\s+(?:at|@|bei|chez|with)|join)\s+(.+?)(?:\s*[|–—·:-]\s.*)?$/i.exec(text);
    if (whole) return [whole[1]];
    const segments = text.split(/\s+[|–—·:]\s+|\s+-\s+|\s+::\s+/).map((s) => s.trim()).filter(Boolean);
    const kept = [];
    let jobTitleSeen = false;
    for (let segment of segments) {
      segment = withoutCareersWord(segment);
      if (!segment || GENERIC_SEGMENT.test(segment)) continue;
      if (jobTitle && (strip(segment) === strip(jobTitle) || strip(jobTitle).includes(strip(segment)))) {
        jobTitleSeen = true;
        continue;
      }
      // "Jobs bei Kornblum" loses its careers word first: the preposition left opens the name
      const at = /^(?:.+?\s+)?(?:at|@|bei|chez)\s+(.+)$/i.exec(segment);
      kept.push(at ? { name: at[1], at: true } : { name: segment, at: false });
    }
    // Without a heading to recognise it, the first of several segments is the job title.
    if (!jobTitleSeen && kept.length > 1 && !kept[0].at) kept.shift();
    return kept.map((k) => k.name);
  }

  function fromDescription(text) {
    const out = [];
    const collapsed = page.collapse(text);
    const at = /\b(?:at|@|bei(?:\s+(?:der|dem|den))?|chez|join)\s+((?:[A-Z0-9\u00c0-\u00de]|[^\u0000-\u024f])[^.!?,;|()\n]{0,60}?)(?=\s*(?:[.!?,;|()]|\s-\s|$|\s+(?:and|in|to|for|is|as)\s))/g;
    for (let m; (m = at.exec(collapsed)); ) out.push(m[1]);
    const hiring = /^((?:[A-Z0-9\u00c0-\u00de]|[^\u0000-\u024f])[^.!?,;|]{0,60}?)\s+is\s+(?:hiring|looking|recruiting)\b/.exec(collapsed);
    if (hiring) out.push(hiring[1]);
    return out;
  }

  // The site's tenant as its descriptions write it ("For more than 30 years, Halcyon Freight Systems has moved ..."
  // on careers-halcyonfreight.icims.com): the longest run of capitalised words that runs together into the slug.
  function fromSlugSpelled(slug, texts) {
    if (!slug || slug.length < 4) return [];
    for (const text of texts) {
      for (const clause of page.collapse(text).split(/[,.;:!?()|"“”]+/)) {
        const words = clause.split(/\s+/).filter(Boolean);
        for (let at = 0; at < words.length; at++) {
          if (!strip(words[at]).startsWith(slug.slice(0, 3))) continue;
          for (let end = Math.min(words.length, at + 5); end > at; end--) {
            const run = words.slice(at, end);
            const name = run.join(" ");
            if (run.every((word) => /^[A-Z\u00c0-\u00de&]/.test(word)) && sameCompany(name, slug)) return [name];
          }
        }
      }
    }
    return [];
  }

  function fromHeadings(document) {
    const out = [];
    for (const h of document.querySelectorAll("h1, h2, h3")) {
      const m = /^(?:about|(?:jobs|careers|karriere) (?:at|bei(?: der| dem| den)?|chez)|working at|life at|why|über|a propos de|à propos de|sobre)\s+(.{2,60})$/i.exec(page.visibleText(h));
      // "Jobs at Acme in Germany.": the place after the name is not part of it.
      const name = m && m[1].replace(/[.?!:]+$/, "").replace(/\s+(?:in|im|en|à)\s+[A-ZÀ-Þ][^,]*$/, "");
      if (name && !/^(us|the (company|employer|role|job|team|position)|this (role|job|position)|you|the role)$/i.test(name)) out.push(name);
      if (out.length >= 4) break;
    }
    return out;
  }

  // Elements the page's own markup calls the company's name (outside cards and site chrome): a test hook or
  // a microdata property, the way ATS templates mark the employer ("h2[data-ui=company-name]").
  function fromMarks(document) {
    const out = [];
    for (const el of document.querySelectorAll(PAGE_COMPANY)) {
      if (out.length >= 3) break;
      if (el.closest(CARD) || el.closest("footer, nav, aside, form") || NOT_A_NAME_ATTRIBUTE.test(attributeSays(el))) continue;
      const text = page.visibleText(el);
      if (text && text.length <= 80) out.push(text);
    }
    return out;
  }

  // A field the page labels as its employer ("Employer: Acme", a <dt>Company</dt><dd>Acme</dd>, a table's
  // "Hiring organisation" row): university portals, public boards and older ATS templates show the employer
  // only this way. The label alone in its element, the value in the next element or after it in the parent.
  const FIELD_LABEL = /^(employer|employer name|company|company name|hiring company|hiring organi[sz]ation|organi[sz]ation( name)?|arbeitgeber|unternehmen|firma|empresa|entreprise|soci[ée]t[ée]|employeur|azienda|datore di lavoro|werkgever|bedrijf|bedrijfsnaam|pracodawca|työnantaja|arbetsgivare|företag|arbeidsgiver|arbejdsgiver|работодатель|компания|会社名|企業名|社名|雇用主|회사명|기업명|公司名称|公司|招聘企业)\s*[:：]?$/i;
  const FIELD_HOLDERS = "dt, th, label, strong, b, span, div, p, td";
  // Where a field is not the page's: a list's items, the site's chrome, a form's inputs.
  const NOT_THE_PAGES_FIELD = "li, article, [role='listitem'], header, nav, footer, aside, form, [role='navigation'], [role='banner'], [role='contentinfo']";

  function fieldValue(label) {
    const next = label.nextElementSibling;
    if (next) return page.visibleText(next);
    // "<p><strong>Company:</strong> Acme</p>": the rest of the parent's words
    const parent = label.parentElement;
    const labelText = page.visibleText(label);
    const whole = parent ? page.visibleText(parent) : "";
    return whole.startsWith(labelText) ? whole.slice(labelText.length).replace(/^[\s:：]+/, "") : "";
  }

  // The labelled employer, or nothing when the page labels two different ones (a list, a comparison).
  function fromFields(document) {
    const values = new Map();
    let seen = 0;
    for (const el of document.querySelectorAll(FIELD_HOLDERS)) {
      if (++seen > 4000) break;
      // A label is a leaf, or wraps one leaf ("<dt><strong>Employer</strong></dt>"): no wrapper's subtree is read.
      if (el.childElementCount > 1 || (el.firstElementChild && el.firstElementChild.childElementCount)) continue;
      if ((el.textContent || "").length > (el.childElementCount ? 60 : 160)) continue;
      const text = page.visibleText(el);
      if (!text) continue;
      // the label and its value in one line of text ("Employer: Redfern Valley Dental Group · via HireLoop Jobs · Last
      // updated 3 days ago", "Company: Redfern Dental, Location: Leeds"), as aggregators print it: the value up to the
      // line's first separator or next label ("Posted by" is not read: on most boards it names a person or an agency)
      const inline = !el.childElementCount && text.length <= 160 ? INLINE_FIELD.exec(text) : null;
      if ((!inline && (text.length > 40 || !FIELD_LABEL.test(text))) || el.closest(NOT_THE_PAGES_FIELD)) continue;
      const value = inline ? inline[2].split(FIELD_SEPARATOR)[0].trim() : fieldValue(el);
      if (value && value.length <= 80 && !FIELD_LABEL.test(value)) values.set(compact(value), value);
    }
    return values.size === 1 ? [...values.values()] : [];
  }
  const INLINE_FIELD = /^(employer|company|hiring company|arbeitgeber|unternehmen|empresa|entreprise|employeur)\s*[:：]\s*(\S.*)$/i;
  // (a dash only as long dashes: "Smith - Jones Dental Partners" is one name)
  const FIELD_SEPARATOR = /\s+[·•|–—]\s+|,?\s+[A-Z][\w ]{0,20}[:：]\s/;

  // Logo alt texts: "Contoso logo", "Contoso career site"; a file name ("contosologo_new") only confirms.
  // A logo's alt that names no one: "Logo", "Company logo", a template's placeholder ("Site Logo", "Header logo")
  const PLACEHOLDER_LOGO = /^((company|site|header|main|brand|default|primary|page|web ?site|corporate|footer|nav(bar)?|our)\s+)?logo$/i;

  // A logo's tagline after a dash or a bar ("Mercyvale Health - Compassion Close to Home", "Pemberton Hale – Precision
  // Engineering since 1952"): a phrase of three words or more is no part of the name before it.
  function withoutTagline(alt) {
    const parts = alt.split(/\s+[-–—|]\s+/);
    return parts.length === 2 && parts[1].split(/\s+/).length >= 3 && parts[0].split(/\s+/).length <= 4 ? parts[0] : alt;
  }

  function fromLogos(document) {
    const names = [];
    const files = [];
    const images = Array.from(document.querySelectorAll(LOGO_IMAGES)).filter((img) => !img.closest(CARD)).slice(0, 6);
    for (const img of images) {
      const alt = page.collapse(img.getAttribute("alt"));
      if (!alt || PLACEHOLDER_LOGO.test(alt) || /^careers?$|^home$|powered by|cookie|onetrust/i.test(alt)) continue;
      // "Powered by <img alt='ADP'>": the system's mark beside its words, not the employer's
      const holder = img.parentElement;
      if (holder && /powered by|hosted by|bereitgestellt von|propulsé par/i.test(page.visibleText(holder))) continue;
      if (!/\s/.test(alt) && /[_\d]|logo/i.test(alt)) {
        files.push(alt.replace(/logo.*$/i, "").replace(/[_\d-]+$/, ""));
        continue;
      }
      // ("Kestrel Pharmaceuticals - Careers": the dash goes with the word after it)
      const name = withoutTagline(alt.replace(/[\s\-–—|:]*(company\s+)?(logo(type)?|career site|careers?( site| page)?|karriere(seite)?|home ?page)\b.*$/i, "").replace(/^(logo\s+(of|for)?|go to)\s+/i, "").trim());
      if (name) names.push(name);
      try {
        const src = new URL(img.getAttribute("src") || "", document.baseURI || "https://invalid.example");
        // (an image served by an ATS's own host is the tenant's upload: the host names the system)
        if (/^https?:$/.test(src.protocol) && !CDN_HOST.test(src.hostname) && !ATS_HOSTS.test(src.hostname.toLowerCase())) {
          files.push(hostBrand(src.hostname));
        }
      } catch (_) {
        // An unparsable src confirms nothing.
      }
    }
    return { names, files: files.filter((f) => f && f.length >= 3) };
  }

  // Same-site company-profile links name employers on boards; social profile links name the site owner.
  // A link's address, resolved against the page; null when it cannot be read.
  function linkUrl(a, base) {
    try {
      return new URL(a.getAttribute("href"), base);
    } catch (_) {
      return null;
    }
  }

  function fromLinks(document, url) {
    const profiles = new Map();
    const social = [];
    const links = document.querySelectorAll("a[href*='/company/'], a[href*='/companies/'], a[href*='/co/'], a[href*='/cmp/'], a[href*='Employer-Profile'], a[href*='/employer/'], a[href*='/arbeitgeber/']");
    for (const a of Array.from(links).slice(0, 200)) {
      const href = linkUrl(a, url.href);
      if (!href) continue;
      const m = PROFILE_PATH.exec(href.pathname);
      if (!m) continue;
      const slug = decodeURIComponent(m[2]).replace(/[-_]+/g, " ").trim();
      if (SOCIAL_HOSTS.test(href.hostname)) {
        if (!/^\d+$/.test(slug)) social.push(slug);
        continue;
      }
      if (href.hostname !== url.hostname) continue;
      // (a company's own site's sections are no profiles: "/company/about", "/company/leadership")
      if (OWN_SITE_SECTION.test(slug) || GENERIC_SEGMENT.test(slug)) continue;
      const text = page.visibleText(a);
      // One profile however many links reach it ("41 reviews", "More about this company", the name): the
      // profile is its path's slug (less a trailing id: "saltbush-aged-care-447281"), spelled as a link
      // that names it writes it.
      const named = slug.replace(/\s+\d+$/, "") || slug;
      const key = /^\d+$/.test(slug) ? compact(text || slug) : compact(named);
      const name = text && text.length <= 80 && (/^\d+$/.test(slug) || sameCompany(text, named)) ? text : named;
      if (!profiles.has(key) || profiles.get(key) === named) profiles.set(key, name);
    }
    return { profiles: [...profiles.values()], social };
  }

  // ---- scoring ---------------------------------------------------------------------------------------

  function cluster(candidates) {
    const clusters = [];
    for (const c of candidates) {
      const home = clusters.find((cl) => cl.members.some((m) => sameCompany(m.name, c.name)));
      if (home) home.members.push(c);
      else clusters.push({ members: [c] });
    }
    for (const cl of clusters) {
      const kinds = new Set(cl.members.map((m) => m.kind));
      cl.kinds = kinds;
      cl.score = [...kinds].reduce((sum, kind) => sum + SOURCES[kind].weight, 0);
      cl.siteOnly = [...kinds].every((kind) => SOURCES[kind].site);
      cl.readable = cl.members.filter((m) => !SOURCES[m.kind].confirm);
    }
    return clusters.filter((cl) => cl.readable.length).sort((a, b) => b.score - a.score);
  }

  const NAME_JOINERS = /^(of|and|de|du|der|von|van|la|le|the)$/;  // the lower-case words a name may hold

  // The name a person reads: the shortest readable spelling that other spellings in the cluster extend
  // ("Acme" over "Acme Canada Co."), without its legal form; unless the company field or the logo spells it out.
  function displayName(cl, texts) {
    // A JSON-LD legal entity is shortened only to a name the page shows; a logo's "Inc." always goes.
    const names = cl.readable.map((m) => (m.kind === "jsonld" ? readableBrand(m.name, texts) : withoutLegalForm(m.name)));
    // The spelling most sources give ("Tristar Bancorp" in the title, site name and logo, not a heading's
    // "Why Tristar"); among equals the shortest, which drops a legal form.
    const given = (n) => names.filter((other) => compact(other) === compact(n)).length;
    names.sort((a, b) => given(b) - given(a) || a.length - b.length);
    const visible = names.filter((n) => cl.readable.some((m) => m.kind !== "jsonld" && sameCompany(m.name, n)));
    const chosen = visible[0] || names[0];
    // The company field or the logo spelling the name out ("Harcastle Insurance" where the site's own name is
    // "Harcastle Careers") is the name a person reads on the page; a logo's tagline ("Pemberton Hale – Precision
    // Engineering since 1952") or its careers word ("Fjordvind Energi karriereside") is not a name, and a wordmark in
    // capitals ("TAILSPIN AERONAUTICS") gives way to the spelling the site writes.
    // (a name given with its legal form is a legal entity's, "Arnholt Antriebstechnik GmbH" in a "Company:" field)
    const spelledOut = cl.readable.filter((m) => (m.kind === "field" || m.kind === "logo")
      && withoutLegalForm(m.name) === page.collapse(m.name)).map((m) => page.collapse(m.name))
      .find((n) => n !== chosen && n !== n.toUpperCase() && !/[–—|:\d]/.test(n) && n.split(/\s+/).length <= 4
        && holdsName(n, chosen)
        && n.split(/\s+/).every((word) => /^[\p{Lu}&]/u.test(word) || NAME_JOINERS.test(word)));
    return spelledOut || chosen;
  }

  // Whether `longer` holds `shorter`'s distinctive words in order, and more: in a row ("KBS Kornblum Business
  // Software" holds "Kornblum"), or with one of a legal entity's own words between two of the brand's ("Granite Harbor
  // Mutual Insurance Company" holds "Granite Harbor Insurance"; "Granite Valley Health" is another employer than
  // "Granite Health", a member of its group).
  const ENTITY_FILLERS = new Set(["mutual", "holding", "holdings", "group", "national", "general", "financial",
    "international", "services", "company"]);
  function holdsName(longer, shorter) {
    const outer = distinctiveWords(longer);
    const inner = distinctiveWords(shorter);
    if (!inner.length || inner.length >= outer.length) return false;
    return outer.some((word, at) => {
      if (word !== inner[0]) return false;
      let next = at + 1;
      for (const want of inner.slice(1)) {
        if (outer[next] === want) next += 1;
        else if (outer[next + 1] === want && ENTITY_FILLERS.has(outer[next])) next += 2;
        else return false;
      }
      return true;
    });
  }

  // Whether a cluster is a legal entity that holds a business ("... Holdings, Inc." in JSON-LD or a company field) whose
  // name opens with `brand`'s first distinctive word and then parts from it. ("Group" is no holding word here: a health
  // system's "Granite Orthopaedic Group" is a member employer of its own.)
  const HOLDING_WORDS = new Set(["holding", "holdings"]);
  function holdingEntityOf(cl, brand) {
    const first = distinctiveWords(brand)[0];
    return !!first && cl.members.some((m) => (m.kind === "jsonld" || m.kind === "field")
      && distinctiveWords(m.name)[0] === first && !sameCompany(m.name, brand)
      && tokens(m.name).some((word) => HOLDING_WORDS.has(word)));
  }

  // Whether `longer` opens with `brand`'s initials as a word of capitals and goes on ("HFS Carrier Services" and
  // "Halcyon Freight Systems"): a legal entity named for the brand's abbreviation.
  function opensWithInitials(longer, brand) {
    const first = page.collapse(longer).split(/\s+/);
    const words = page.collapse(brand).split(/\s+/).filter((word) => /^[A-Z\u00c0-\u00de]/.test(word));
    return first.length >= 2 && /^[A-Z]{3,5}$/.test(first[0]) && words.length === first[0].length
      && words.map((word) => word[0]).join("") === first[0];
  }

  // A careers site told only by its path ("/stellenangebote--Senior-Controller-...-12403817-inline.html") is a board's
  // when the page's JobPosting names an employer the tab's title names too and that shares no word with the host:
  // the site carries another company's job. (A host that says careers, careers.contoso.com, stays the company's.)
  function ownCareersSite(url, orgs, title) {
    const careers = careersSite(url);
    if (!careers) return null;
    const labels = url.hostname.toLowerCase().replace(/^www\d?\./, "").split(".");
    const byHost = (labels.length >= 3 && CAREERS_LABEL.test(labels[0])) || labels[labels.length - 1] === "jobs";
    const elsewhere = (org) => !sharesDistinctiveWord(org.name, careers.brand)
      && sharesDistinctiveWord(org.name, page.collapse(title || ""));
    return !byHost && orgs.length && orgs.every(elsewhere) ? null : careers;
  }

  // Reads the one employer of the page, or null. Returns {company, source, hints, boardLike}.
  // The tab's title is a careers site's whole name, beside nothing but the page's generic words: "Ridgemoor Health
  // Careers", "Job Details | Meridale Careers" (not "Welder | Meridale Careers": a job title beside it may be a
  // recruiter's post of anyone's job).
  function careersSiteTitle(title) {
    const named = title.split(/\s[|–—·:-]\s/).map((part) => part.trim())
      .filter((part) => part && !GENERIC_SEGMENT.test(part));
    return named.length === 1 && CAREERS_AFTER.test(named[0]);
  }

  function readEmployer(document, url) {
    const title = document.title || page.meta(document, "og:title");
    const tenant = atsTenant(url);
    const orgs = fromJsonLd(document);
    const careers = ownCareersSite(url, orgs, title);
    const onAtsHost = ATS_HOSTS.test(url.hostname.toLowerCase());
    const siteSlug = tenant ? tenant.slug : careers ? careers.brand : hostBrand(url.hostname);
    const h1 = document.querySelector("h1");
    let jobTitle = h1 ? page.visibleText(h1) : "";
    // Some job pages head with the company and put the job in the next heading (Breezy: h1 "Brightmoor
    // Studio", h2 "Senior Motion Designer"): an h1 that names the site's own tenant is the employer.
    let headedBy = null;
    if (jobTitle && siteSlug && sameCompany(jobTitle, siteSlug)) {
      headedBy = jobTitle;
      const next = document.querySelector("h2");
      jobTitle = next ? page.visibleText(next) : "";
    }
    const siteName = page.meta(document, "og:site_name") || page.meta(document, "application-name");
    const readable = [title, siteName, jobTitle, page.meta(document, "og:title"), page.meta(document, "description")].filter(Boolean);
    const candidates = [];
    const add = (kind, name, extra) => {
      const clean = page.cleanCompany(name);
      if (!clean || clean.length < 2 || DESCRIBED_EMPLOYER.test(clean) || CAREERS_OFFICE.test(clean)) return;
      // A name is a few words; a longer title segment is a sentence or a job title.
      if (clean.split(/\s+/).length > 7) return;
      if (!SOURCES[kind].confirm && looksLikeCode(clean, readable, url)) return;
      if (candidates.some((c) => c.kind === kind && c.name === clean)) return;
      candidates.push({ kind, name: clean, ...extra });
    };

    orgs.forEach((org) => add("jsonld", org.name, { domain: org.domain }));
    if (siteName) add("siteName", withoutCareersWord(siteName));
    fromTitle(title, jobTitle).forEach((name) => add("title", name));
    for (const text of new Set([page.meta(document, "description"), page.meta(document, "og:description")])) {
      if (text) fromDescription(text).forEach((name) => add("description", name));
    }
    if (tenant || careers) {
      fromSlugSpelled(siteSlug, [page.meta(document, "og:description"), page.meta(document, "description")].filter(Boolean))
        .forEach((name) => add("description", name));
    }
    fromHeadings(document).forEach((name) => add("heading", name));
    if (headedBy) add("heading", headedBy);
    fromMarks(document).forEach((name) => add("marked", name));
    fromFields(document).forEach((name) => add("field", name));
    const logos = fromLogos(document);
    logos.names.forEach((name) => add("logo", name));
    logos.files.forEach((name) => add("logoFile", name));
    const links = fromLinks(document, url);
    links.social.forEach((name) => add("social", name));
    // A board's page of one company ("/fr/companies/brindille/jobs"): the address is that company's profile, and
    // the other companies' profile links on it are a strip of others hiring, not a list of employers.
    const ownProfile = PROFILE_PATH.exec(url.pathname);
    const ownSlug = ownProfile && decodeURIComponent(ownProfile[2]).replace(/[-_]+/g, " ").replace(/\s+\d+$/, "").trim();
    // (not a company's own site's section: "/company/about", "/company/careers")
    const ownCompany = ownSlug && !/^\d+$/.test(ownSlug) && !GENERIC_SEGMENT.test(ownSlug)
      && !OWN_SITE_SECTION.test(ownSlug);
    if (ownCompany) add("ownProfile", ownSlug);
    else if (links.profiles.length === 1) add("profile", links.profiles[0]);
    if (tenant) add("host", tenant.slug);
    else if (careers) add("host", careers.brand);
    else if (!onAtsHost) {
      // (an ATS host names the system, never its employers: "ADP" on workforcenow.adp.com is the footer's logo)
      const brand = hostBrand(url.hostname);
      if (brand) add("host", brand);
    }

    const clusters = cluster(candidates);
    if (!clusters.length) return null;
    // A page listing several employers (profile links, JobPostings of different companies) is a board:
    // its own name is never the employer.
    const distinctOrgs = new Set(orgs.map((o) => compact(o.name)));
    const boardLike = (links.profiles.length > 1 && !ownCompany) || distinctOrgs.size > 1
      || (!careers && !tenant && BOARD_WORDS.test(`${siteName} ${hostBrand(url.hostname) || ""}`));
    const texts = [title, siteName, jobTitle, ...logos.names, page.meta(document, "og:title")].filter(Boolean);
    // The cluster naming whoever runs the site; the employer only on an employer's own (or ATS) site.
    const siteWeight = (cl) => [...cl.kinds].reduce((sum, kind) => sum + (SOURCES[kind].site ? SOURCES[kind].weight : 0), 0);
    // The site's own og:site_name says it outright; else the cluster the site's sources back most (an
    // employer's logo on a board's job page is site-like too, so it must not outweigh the board's declared name).
    const declared = clusters.find((cl) => cl.kinds.has("siteName"));
    const siteBrand = declared || clusters.filter((cl) => siteWeight(cl) > 0).sort((a, b) => siteWeight(b) - siteWeight(a))[0] || null;
    const employerSite = !!(careers || tenant || onAtsHost);
    const excluded = (cl) => cl === siteBrand && (boardLike || (!employerSite && !cl.kinds.has("jsonld")));

    // On a company's own careers site (or its ATS page), a JSON-LD name alone sharing no word with the site's
    // brand is suspect: a parent group or a legal entity ("Shenandoah Ridge Health System, Inc." on Cedar Hollow
    // Medical Center's page). It names no employer and stands against none.
    const suspect = (cl) => {
      const json = cl.members.find((m) => m.kind === "jsonld");
      return !!(json && cl.kinds.size === 1 && employerSite && siteBrand && siteBrand !== cl
        && siteBrand.kinds.size >= 2 && !sharesDistinctiveWord(json.name, displayName(siteBrand, texts)));
    };
    // `inner` names the site's own brand (its site name or host and another source) inside `outer`'s longer name.
    // (or opens with its initials: "HFS Carrier Services, LLC" of "Halcyon Freight Systems")
    // (or, where the site calls itself by the brand in its name and its logo, a holding entity's legal name that opens with
    // the brand's first word: "Bramblewood Retail Holdings, Inc." doing business as "Bramblewood Outfitters")
    const brandWithin = (inner, outer) => inner.kinds.size >= 2 && (inner.kinds.has("siteName") || inner.kinds.has("host"))
      && inner.readable.length > 0 && (holdsName(displayName(outer, texts), displayName(inner, texts))
        || opensWithInitials(displayName(outer, texts), displayName(inner, texts))
        || (inner.kinds.has("siteName") && inner.kinds.has("logo") && holdingEntityOf(outer, displayName(inner, texts))));
    for (const cl of clusters) {
      if (excluded(cl)) continue;
      const json = cl.members.find((m) => m.kind === "jsonld");
      const agreed = cl.kinds.size >= 2 && cl.score >= AGREED;
      // On an applicant-tracking system's page the header logo is the one the employer put there: read
      // alone it names the employer (Oracle's and SAP's career sites show the employer nowhere else).
      const atsLogo = (tenant || onAtsHost) && cl.kinds.has("logo")
        && ![...cl.kinds].some((kind) => kind !== "logo" && kind !== "logoFile");
      // So is the tab's title when it is the careers site's whole name ("Ridgemoor Health Careers") on an ATS host
      // that names only the system: an SPA shell saved or read before its script runs shows nothing else.
      const atsCareersTitle = onAtsHost && !tenant && cl.kinds.has("title")
        && [...cl.kinds].every((kind) => kind === "title" || kind === "logo" || kind === "logoFile")
        && careersSiteTitle(page.collapse(title));
      // A labelled "Employer" field is the page saying outright whose job it is.
      const labelled = cl.kinds.has("field");
      if (!agreed && !(json && cl.score >= STRONG && !suspect(cl)) && !atsLogo && !atsCareersTitle && !labelled) {
        continue;
      }
      // Another cluster as well supported means the page names two employers: do not guess.
      // A legal entity whose name holds the brand that the site's own name and another source give ("KBS Kornblum
      // Business Software GmbH" beside "Kornblum") is the same employer: the brand is what a person reads
      // (not when the longer name is the one the site calls itself: "Cidrerie Kervolan" in its og:site_name, title and
      // logo, "kervolan" only its subdomain)
      const brand = clusters.find((o) => o !== cl && brandWithin(o, cl)
        && !(cl.kinds.has("siteName") && !o.kinds.has("siteName")));
      const rival = clusters.find((o) => o !== cl && o !== brand && !excluded(o) && !suspect(o) && o.score >= cl.score
        && (o.kinds.size >= 2 || o.kinds.has("jsonld")) && !brandWithin(cl, o));
      if (rival) return null;
      const company = displayName(brand || cl, texts);
      const domain = (json && json.domain) || (careers && cl.kinds.has("host") ? careers.domain : null);
      const hints = { domain, ats: tenant && cl.kinds.has("host") ? page.slugHint(tenant.system, tenant.slug) : null };
      const source = json && company === json.name ? "jsonld" : cl.kinds.has("title") ? "title" : json ? "jsonld" : cl.kinds.has("host") && !cl.kinds.has("logo") ? "url" : "visible";
      return { company, source, hints, boardLike };
    }
    return null;
  }

  // ---- list pages of job boards ---------------------------------------------------------------------

  // Elements a job page's template marks as its employer's name (fromMarks): an ATS's test hooks, microdata.
  // (SEEK's and JobStreet's job pages call the employer the "advertiser")
  const PAGE_COMPANY = "[data-ui*='company' i], [data-testid*='company-name' i], [data-automation*='company-name' i], " +
    "[data-automation='advertiser-name'], " +
    "[data-cy*='company-name' i], [itemprop='hiringOrganization'] [itemprop='name'], " +
    // a link the template names by its id as the employer's (InfoJobs' a#prefijoEmpresa, "company-link")
    "a[id*='company' i], a[id*='empresa' i], a[id*='employer' i], a[id*='entreprise' i], a[id*='unternehmen' i], " +
    // an element whose whole class is the word for the employer's name (Jora's span.company, "employer-name"):
    // a semantic class name, not a styling hash; outside the list's cards, as every mark is read
    "span.company, span.company-name, span.employer, span.employer-name, div.company-name, p.company-name";
  // Elements a board marks as a card's company (data-automation="jobCompany", data-at="job-item-company-name",
  // data-testid="job-card-company", data-cy="search-result-company-name", itemprop="hiringOrganization"): test
  // attributes survive restyling.
  // Class names are no contract, but a class that is exactly a company's name field ("comp-name", "company-name")
  // says the same as those attributes.
  // (Reed's cards, data-qa="job-posted-by": "13 May by Irwell Construction Group", the advertiser after "by")
  const CARD_COMPANY = "[data-automation*='company' i], [data-at*='company' i], [data-testid*='company' i], [data-cy*='company' i], [data-qa*='company' i], [data-qa*='posted-by' i], [data-type='company'], [itemprop='hiringOrganization'], " +
    "[class~='comp-name'], [class~='company-name'], [class~='companyName'], [class~='company_name'], [class~='employer-name'], [class~='job-company']";
  // (a company's card, "similar-company-card", is a whole card of an employer with no job: not a name, nor a job's)
  const NOT_A_NAME_ATTRIBUTE = new RegExp("logo|review|rating|size|industry|location|container|filter|search|follow|" +
    "types?\\b|option|facet|(?:company|employer)[-_]?card\\b|similar[-_]?compan", "i");
  // Site chrome and search filters ("Direct employer (2169)") carry company words but are not cards.
  const PAGE_CHROME = "header, nav, footer, aside, form, label, [role='navigation'], [role='banner'], [role='contentinfo'], [role='search']";

  // The page's header, navigation or footer; a card's own <header> or <footer> (inside its article or list
  // item) is part of the card.
  function inPageChrome(el) {
    const chrome = el.closest(PAGE_CHROME);
    return !!chrome && !(/^(HEADER|FOOTER)$/.test(chrome.tagName) && chrome.parentElement
      && chrome.parentElement.closest("article, li, [role='listitem']"));
  }

  function attributeSays(el) {
    return ["data-automation", "data-at", "data-testid", "data-cy", "data-qa", "data-ui", "data-type", "itemprop"].map((a) => el.getAttribute(a) || "").join(" ");
  }

  const POSTED_BY = /posted-?by/i;
  const BY_WHOM = /\bby\s+(.+)$/i; // the words after the last "by" of a posted-by line

  // One job per card of a board's list: each marked company element that reads as a name. Fewer than two
  // is not a list, and the page's own reader has already had its say. `profiles: false` skips the cards found
  // by their employer-profile links (a walk over every link: only for a page with no employer of its own).
  function readCards(document, { profiles = true } = {}) {
    const jobs = [];
    const elements = page.outermost(document, CARD_COMPANY).slice(0, 300);
    for (const el of elements) {
      if (NOT_A_NAME_ATTRIBUTE.test(attributeSays(el)) || inPageChrome(el) || el.querySelector("input")) continue;
      // "Jobs at Ambition Recruitment" in a link's label is fuller than its text "Ambition".
      const label = /^(?:jobs|careers|stellen|emplois?)\s+(?:at|bei|chez|chez)\s+(.+)$/i.exec(el.getAttribute("aria-label") || el.getAttribute("title") || "");
      const shown = page.visibleText(el);
      const text = label ? label[1] : POSTED_BY.test(attributeSays(el)) ? (BY_WHOM.exec(shown) || [])[1] : shown;
      const found = page.job(text, "visible", el, {});
      if (found && !DESCRIBED_EMPLOYER.test(found.company)) jobs.push(found);
    }
    if (jobs.length >= 2 || !profiles) return jobs.length >= 2 ? jobs : [];
    const linked = profileCards(document);
    return linked.length >= 2 ? linked : [];
  }

  // Cards no attribute marks: each holds a link to its job and a link, with the employer's name as its text,
  // to the employer's profile on the same board (/Employer-Profile/…, /cmp/…, /company/…). A list of
  // employers with no job beside each (a "top companies" strip) gives nothing. Two more shapes of the same
  // idea: a company's block listing several of its jobs (each job its company's), and a job whose own link
  // names its employer's profile (/companies/<slug>/jobs/…) beside a name that spells that slug.
  function profileCards(document) {
    const jobs = [];
    const cards = new Set();
    const host = document.location && document.location.hostname;
    for (const a of Array.from(document.querySelectorAll("a[href]")).slice(0, 1500)) {
      const href = linkUrl(a, document.baseURI);
      if (!href || href.hostname !== host || a.closest(PAGE_CHROME)) continue;
      const profile = PROFILE_PATH.exec(href.pathname);
      if (!profile) continue;
      if (JOB_PATH.test(href.pathname.slice(profile[0].length))) {
        const named = jobNamingItsEmployer(a, profile[2], host, cards);
        if (named) jobs.push(named);
        continue;
      }
      const text = page.visibleText(a);
      if (!text || text.length > 80) continue;
      // The card: the nearest ancestor holding a job's link, and only one job's (the page around a strip
      // of employers holds every job), or a block holding several jobs and no other employer's profile.
      let card = a.parentElement;
      let held = 0;
      for (let depth = 0; card && depth < 4 && !(held = jobsLinked(card, host)); depth += 1) card = card.parentElement;
      if (!card || cards.has(card)) continue;
      if (held === 1) {
        cards.add(card);
        const found = page.job(text, "visible", a, {});
        if (found && !DESCRIBED_EMPLOYER.test(found.company)) jobs.push(found);
      } else if (held === 2 && onlyProfileIn(card, href.pathname, host)) {
        cards.add(card);
        for (const link of jobLinks(card, host)) {
          const found = page.job(text, "visible", link, {});
          if (found && !DESCRIBED_EMPLOYER.test(found.company)) jobs.push(found);
        }
      }
    }
    return jobs;
  }

  // "/en/companies/hexalune/jobs/product-manager_paris": the employer is the card's name (or logo) that
  // spells the slug ("Hexalune", "Lunette & Co" for lunette-co); one per job.
  function jobNamingItsEmployer(a, slug, host, cards) {
    const want = slugOf(safeDecode(slug));
    if (!want) return null;
    let card = a.parentElement;
    for (let depth = 0; card && depth < 4 && jobsLinked(card, host, true) < 2; depth += 1) {
      if (cards.has(card)) return null;
      const named = Array.from(card.querySelectorAll("span, p, div, h2, h3, h4, strong, img[alt]")).slice(0, 80);
      for (const el of named) {
        if (el.tagName !== "IMG" && (el.childElementCount || a.contains(el))) continue;
        const name = el.tagName === "IMG" ? el.getAttribute("alt") : page.visibleText(el);
        if (!name || name.length > 80 || !spellsSlug(name, want)) continue;
        cards.add(card);
        const found = page.job(name, "visible", el.tagName === "IMG" ? a : el, {});
        return found && !DESCRIBED_EMPLOYER.test(found.company) ? found : null;
      }
      card = card.parentElement;
    }
    return null;
  }

  function slugOf(text) {
    return strip(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  function safeDecode(text) {
    try {
      return decodeURIComponent(text);
    } catch (_) {
      return text; // a stray "%" in a slug: compared as written
    }
  }

  function spellsSlug(name, want) {
    return slugOf(name) === want || slugOf(name.replace(/&/g, " and ")) === want;
  }

  // The block's profile links all name the same employer.
  function onlyProfileIn(card, pathname, host) {
    for (const a of card.querySelectorAll("a[href]")) {
      const href = linkUrl(a, a.ownerDocument.baseURI);
      if (href && href.hostname === host && PROFILE_PATH.test(href.pathname) && href.pathname !== pathname) return false;
    }
    return true;
  }

  // One link per different job in an element, in page order.
  function jobLinks(el, host) {
    const seen = new Map();
    for (const a of el.querySelectorAll("a[href]")) {
      const path = jobPathOf(a, host);
      if (path !== null && !seen.has(path)) seen.set(path, a);
    }
    return [...seen.values()];
  }

  // How many different jobs an element links to (0, 1, or 2 for "more than one"); `named`: counting the jobs
  // whose link names their employer's profile (/companies/<slug>/jobs/…) too.
  function jobsLinked(el, host, named = false) {
    let first = null;
    for (const a of el.querySelectorAll("a[href]")) {
      const path = jobPathOf(a, host, named);
      if (path === null) continue;
      if (first === null) first = path;
      else if (path !== first) return 2;
    }
    return first === null ? 0 : 1;
  }

  // The path of the job a link on this board leads to, or null for any other link (an employer's profile
  // among them, unless `named` and the profile's path goes on to a job).
  function jobPathOf(a, host, named = false) {
    const href = linkUrl(a, a.ownerDocument.baseURI);
    if (!href || href.hostname !== host || !JOB_PATH.test(href.pathname)) return null;
    const profile = PROFILE_PATH.exec(href.pathname);
    if (profile && !(named && JOB_PATH.test(href.pathname.slice(profile[0].length)))) return null;
    return href.pathname;
  }

  UR.employer = { looksLikeJobPage, readEmployer, readCards, sameCompany, withoutLegalForm, hostBrand, atsTenant, careersSite };
})();
