// LinkedIn jobs: public and logged-in /jobs/view/ pages, and the split view (/jobs/search, /jobs/collections,
// /jobs/search-results) whose right pane changes without a page load. The logged-in app's class names are
// hashed and change with every release (the 2026 app has no stable class at all), so after the few stable
// BEM names this reads structure: links to /company/, aria-labels, logo alt text, the "About the company"
// section, the job's own id in the URL and on the cards, the document title.
(function () {
  "use strict";
  const SELECTORS = {
    paneCompany: [
      ".job-details-jobs-unified-top-card__company-name a",
      ".job-details-jobs-unified-top-card__company-name",
      ".jobs-unified-top-card__company-name a",
      ".jobs-unified-top-card__company-name",
      ".jobs-details-top-card__company-url",
      "a.topcard__org-name-link",
      ".topcard__org-name-link",
    ],
    // The top card of the open job; any company link inside it is the employer.
    paneRoot: [
      ".job-details-jobs-unified-top-card__container--two-pane",
      ".jobs-unified-top-card",
      ".top-card-layout__entity-info",
      ".jobs-search__job-details--container",
      ".jobs-details__main-content",
    ],
    jobTitle: [
      ".job-details-jobs-unified-top-card__job-title",
      ".jobs-unified-top-card__job-title",
      ".top-card-layout__title",
      ".topcard__title",
    ],
    // "About the company": the Ember module and the 2026 app's keyed slot.
    aboutCompany: '[data-view-name="job-details-about-company-module"], [componentkey^="JobDetails_AboutTheCompany"], [id^="JobDetails_AboutTheCompany"]',
    aboutCompanyName: '[data-view-name="job-details-about-company-name-link"]',
    // A card: guest and Ember lists, the virtualised <li> (empty until scrolled to), the 2026 card button.
    cards: ".job-card-container, .base-search-card, .job-search-card, [data-view-name='job-card'], " +
      "li[data-occludable-job-id], [componentkey^='job-card-component-ref-']",
    cardCompany: [
      ".artdeco-entity-lockup__subtitle",
      ".base-search-card__subtitle",
      ".job-card-container__primary-description",
      ".job-card-container__company-name",
    ],
    jobLink: 'a[href*="/jobs/view/"], a[href*="currentJobId="]',
    companyLink: 'a[href*="/company/"]',
    // The 2026 app keys every slot of the open job's pane with its id ("JobDetails_AboutTheJob_<id>").
    paneSlot: '[componentkey^="JobDetails_"], [id^="JobDetails_"]',
    // Lists of other jobs beside the one being read ("Similar jobs", "More jobs").
    rail: '.jobs-similar-jobs, [componentkey*="SimilarJobs"], [id*="SimilarJobs"], [data-view-name*="similar-jobs"]',
    // Where a card's or a top card's lines of text live, in the 2026 app.
    lines: "p, h2, h3, h4",
    // Logged-in pages ship their data as JSON inside <code id="bpr-guid-..."> blocks.
    embeddedData: 'code[id^="bpr-guid-"]',
  };
  // Guest /jobs/view titles: "{Company} hiring {Title} in {Place} | LinkedIn", localised.
  const TITLE_PATTERNS = [
    /^(?<company>.+?) (?:is hiring|hiring|sta assumendo|recrute|está contratando|contratando|contrata|sucht|zoekt|busca|rekrutuje|anställer|söker|ansætter|ansetter|işe alıyor|merekrut|memperkerjakan) .+\|\s*LinkedIn$/i,
  ];
  // Logo alt text names the company in every UI language: "Acme logo", "Company logo for, Acme.",
  // "Logo di Acme", "Logotipo de Acme", "Acme標誌", "Acme 로고".
  const LOGO_ALTS = [
    /^(?:company\s+)?logo\s+(?:for|of)\s*,?\s*(?<name>.+?)\.?$/i,
    /^(?:logo|logotipo|logotyp)\s+(?:di|de|del|da|do|des|du|van|von|firmy)\s+(?<name>.+)$/i,
    /^(?:logo|logotipo)\s+d['’](?<name>.+)$/i,
    /^(?<name>.+?)\s+(?:company\s+logo|logo|logotipo|logosu|로고)$/i,
    /^(?<name>.+?)-logo$/i,
    /^(?<name>.+?)\s*(?:公司標誌|公司标志|公司徽标|標誌|标志|徽标|の?ロゴ)$/u,
  ];
  // aria-labels of the 2026 app: "Company, Acme." on the name, "Company logo for, Acme." on the logo.
  const ARIA_COMPANY = /^(?:company|empresa|azienda|entreprise|unternehmen|bedrijf|firma|公司|企業|회사)\s*[,:]\s*(?<name>.+?)\.?$/i;
  const ABOUT_COMPANY = /^(about the company|informazioni sull[’']azienda|acerca de la empresa|sobre la empresa|sobre a empresa|à propos de l[’']entreprise|über das unternehmen|info over het bedrijf|om företaget|關於公司|关于公司|会社概要|회사 소개)$/i;
  // LinkedIn pages that stand in for a hidden employer; "Default" and other odd names are real companies.
  const HIDDEN_EMPLOYER = /^confidential(\s+(careers?|co\.?|company|employer|client|recruiter|jobs|hiring))?$/i;
  // Lines of a card that are not its company.
  // (a pay line opens with its currency: "$78K/yr - $92K/yr", "€55K/yr")
  const NOT_A_COMPANY_LINE = /^(viewed|promoted|promoted by hirer|easy apply|actively recruiting|applied|verified|new|be an early applicant|top applicant|.*\bago|\d+\s+applicants?|.*\bapplicants?\b.*|\d.*|[$€£¥₹]\s?\d.*)$/i;
  const HOST = /(^|\.)linkedin\.com$/i;
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

  const { page, jsonld } = globalThis.UpheavalRadar;

  function jobIdOf(url) {
    const fromPath = /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/.exec(url.pathname);
    return (fromPath && fromPath[1]) || url.searchParams.get("currentJobId");
  }

  // The open job's id: the URL's, else the one the pane's keyed slots carry (a list opened without
  // ?currentJobId= still shows its first job in the pane).
  function openJobId(document, url) {
    const fromUrl = jobIdOf(url);
    if (fromUrl) return fromUrl;
    const slot = document.querySelector(SELECTORS.paneSlot);
    const match = slot && /_(\d{6,})$/.exec(slot.getAttribute("componentkey") || slot.id);
    return match ? match[1] : null;
  }

  function isViewPage(url) {
    return /\/jobs\/view\//.test(url.pathname);
  }

  function job(name, source, anchor, hints) {
    if (HIDDEN_EMPLOYER.test(page.collapse(name))) return null;
    return page.job(name, source, anchor, hints || {});
  }

  function nameFromLogoAlt(alt) {
    const text = page.collapse(alt);
    for (const re of LOGO_ALTS) {
      const match = re.exec(text);
      if (match) return page.collapse(match.groups.name);
    }
    return null;
  }

  function nameFromAria(label) {
    const match = ARIA_COMPANY.exec(page.collapse(label));
    return match ? page.collapse(match.groups.name) : null;
  }

  // The innermost element under `root` whose visible text is `name`: where a person reads it.
  function textElementNamed(root, name) {
    const wanted = name.toLowerCase();
    let found = null;
    for (const el of root.querySelectorAll("a, p, span, div, strong, h2, h3, h4")) {
      if (page.collapse(el.textContent).toLowerCase() !== wanted) continue;
      if (page.visibleText(el).toLowerCase() === wanted) found = el;
    }
    return found;
  }

  // The company a block of the page names, by structure: a /company/ link with text, an element labelled
  // "Company, X.", a logo whose alt text names it. `skip(el)` leaves out other jobs' cards and rails.
  function companyIn(root, skip) {
    for (const link of root.querySelectorAll(SELECTORS.companyLink)) {
      if (skip(link)) continue;
      const name = page.visibleText(link);
      if (name && !/^\d/.test(name)) return { name, anchor: link };
    }
    for (const el of root.querySelectorAll("[aria-label]")) {
      const label = el.getAttribute("aria-label");
      const name = nameFromAria(label) || (/logo/i.test(label) ? nameFromLogoAlt(label) : null);
      if (name && !/^linkedin$/i.test(name) && !skip(el)) return { name, anchor: textElementNamed(el, name) || textElementNamed(root, name) };
    }
    for (const img of root.querySelectorAll("img[alt]")) {
      const name = nameFromLogoAlt(img.getAttribute("alt"));
      if (name && !/^linkedin$/i.test(name) && !skip(img)) return { name, anchor: textElementNamed(root, name) };
    }
    return null;
  }

  function cardJobId(card) {
    const key = /(\d{6,})$/.exec(card.getAttribute("componentkey") || "");
    const link = card.querySelector(SELECTORS.jobLink);
    const fromLink = link && /(?:\/jobs\/view\/(?:[^/?]*?-)?|currentJobId=)(\d{6,})/.exec(link.getAttribute("href"));
    return card.getAttribute("data-occludable-job-id") || card.getAttribute("data-job-id") || (key && key[1]) ||
      (fromLink && fromLink[1]) || null;
  }

  // Cards no known selector names: the repeated elements of a list that each hold one job. `anchors` are
  // [element, key] pairs, one key per job. Climbs from each anchor to the largest ancestor holding only that
  // key, and keeps it when its parent holds at least two such cards (the open job's pane holds one job too,
  // but sits beside a list, not in one). `holds(card, anchor)` may refuse a card that lacks what it needs.
  function repeatedCards(document, known, anchors, holds) {
    const keysUnder = new Map();
    const chains = [];
    for (const [anchor, key] of anchors) {
      const chain = [];
      for (let el = anchor; el && el !== document.body; el = el.parentElement) {
        chain.push(el);
        if (!keysUnder.has(el)) keysUnder.set(el, new Set());
        keysUnder.get(el).add(key);
      }
      chains.push([anchor, chain]);
    }
    const candidates = new Set();
    for (const [anchor, chain] of chains) {
      let card = null;
      for (const el of chain) {
        if (keysUnder.get(el).size > 1) break;
        card = el;
      }
      if (card && card.parentElement && card !== chain[0] && (!holds || holds(card, anchor))) candidates.add(card);
    }
    const siblings = new Map();
    for (const card of candidates) siblings.set(card.parentElement, (siblings.get(card.parentElement) || 0) + 1);
    return [...candidates].filter((card) => siblings.get(card.parentElement) >= 2 && !known.has(card));
  }

  // Cards that hold a link to their job.
  function linkedCards(document, known) {
    const anchors = [];
    for (const link of document.querySelectorAll(SELECTORS.jobLink)) {
      if (link.closest(SELECTORS.cards) || link.closest(SELECTORS.rail)) continue;
      const match = /(?:\/jobs\/view\/(?:[^/?]*?-)?|currentJobId=)(\d{6,})/.exec(link.getAttribute("href"));
      if (match) anchors.push([link, match[1]]);
    }
    return repeatedCards(document, known, anchors);
  }

  // Cards with no link at all (the 2026 server-driven list: a clickable <div>, hashed classes, a random
  // key): each holds a button whose label repeats its job's title ("Dismiss Product Manager job", in the
  // page's language). The title is the line inside the card that the label contains; a button labelled
  // with a title that sits outside its card (the pane's "Save" and "Apply") makes no card.
  const titledAt = new WeakMap();  // a titled card -> its title line (cardCompany reads the line after it)
  const titleText = (text) => page.collapse(text).toLowerCase().replace(/\s*\(verified job\)$/, "");

  // Every line of text once, with what it may be read as: its own text, and the text of its first child
  // (a title written twice, once for screen readers and once on screen, is read from its first half).
  function textLines(document) {
    const lines = [];
    for (const line of document.querySelectorAll(SELECTORS.lines)) {
      if (line.querySelector(SELECTORS.lines) || line.closest("button")) continue;
      const texts = [titleText(line.textContent)];
      if (line.firstElementChild) texts.push(titleText(line.firstElementChild.textContent));
      lines.push({ line, texts: texts.filter((text) => text.length >= 3) });
    }
    return lines;
  }

  // The line near `button` (within a few levels up) whose text its label contains.
  function titleLineFor(button, lines) {
    const label = page.collapse(button.getAttribute("aria-label")).toLowerCase();
    if (label.length < 8) return null;
    const named = lines.filter(({ texts }) => texts.some((text) => label.includes(text)));
    if (!named.length) return null;
    let el = button.parentElement;
    for (let depth = 0; el && depth < 8; depth += 1, el = el.parentElement) {
      const near = named.find(({ line }) => el.contains(line));
      if (near) return near.line;
    }
    return null;
  }

  function titledCards(document, known) {
    const titleOf = new Map();  // button -> the title line its label names
    const lines = textLines(document);
    for (const button of document.querySelectorAll("button[aria-label]")) {
      if (button.closest(SELECTORS.cards) || button.closest(SELECTORS.rail) || button.closest(SELECTORS.paneSlot)) continue;
      const title = titleLineFor(button, lines);
      if (title) titleOf.set(button, title);
    }
    const anchors = [...titleOf.keys()].map((button) => [button, button]);
    const cards = repeatedCards(document, known, anchors, (card, button) => card.contains(titleOf.get(button)));
    for (const card of cards) {
      const button = [...titleOf.keys()].find((b) => card.contains(b));
      if (button) titledAt.set(card, titleOf.get(button));
    }
    return cards;
  }

  function cardElements(document) {
    const known = page.outermost(document, SELECTORS.cards);
    const set = new Set(known);
    const linked = linkedCards(document, set);
    // A list whose cards are found by selector or by link is read that way; the titled buttons are for the
    // list that has neither.
    return known.length || linked.length ? known.concat(linked) : titledCards(document, set);
  }

  // A card's lines of text, in order, without repeats: [title, company, place, ...]. The 2026 app writes
  // each line as a <p>; a card without such blocks is read from its text leaves.
  function cardLines(card) {
    let blocks = Array.from(card.querySelectorAll(SELECTORS.lines)).filter((el) => !el.querySelector(SELECTORS.lines));
    if (!blocks.length) blocks = Array.from(card.querySelectorAll("*")).filter((el) => el.childElementCount === 0);
    const lines = [];
    for (const el of blocks) {
      const text = page.visibleText(el);
      if (text && !lines.some((line) => line.text === text)) lines.push({ text, el });
    }
    return lines;
  }

  function cardCompany(card) {
    const subtitle = page.first(card, SELECTORS.cardCompany);
    if (subtitle && page.visibleText(subtitle)) return { name: page.visibleText(subtitle), anchor: subtitle };
    const found = companyIn(card, () => false);
    if (found && found.anchor) return found;
    const lines = cardLines(card);
    const link = card.querySelector(SELECTORS.jobLink);
    // The title is the job link's text, or the card's first line when the card has no link (2026 app).
    let title = Math.max(0, lines.findIndex((line) => !NOT_A_COMPANY_LINE.test(line.text)));
    if (link) lines.forEach((line, i) => { if (link.contains(line.el)) title = i; });
    if (link && !lines.some((line) => link.contains(line.el))) {
      // The title is the link's own text, no line of its own (2026 app: <a><span><strong>): the company is
      // the first line after the link, not the line after the card's first line.
      const after = lines.findIndex((line) => link.compareDocumentPosition(line.el) & FOLLOWING);
      if (after >= 0) title = after - 1;
    }
    const titled = titledAt.get(card);
    if (titled) lines.forEach((line, i) => { if (line.el === titled || titled.contains(line.el)) title = i; });
    if (found) return { name: found.name, anchor: lines[title] ? lines[title].el : null };
    // Nothing names the company: it is the line right after the title.
    const next = lines[title + 1];
    if (next && !(link && link.contains(next.el)) && !NOT_A_COMPANY_LINE.test(next.text)) return { name: next.text, anchor: next.el };
    return null;
  }

  function cardJobs(cards) {
    const jobs = [];
    for (const card of cards) {
      const found = cardCompany(card);
      const read = found && job(found.name, "visible", found.anchor);
      if (read) jobs.push(read);
    }
    return jobs;
  }

  // Walks embedded Voyager JSON: the open job's company URN, then the Company entity with that URN.
  function embeddedCompany(document, id) {
    if (!id) return null;
    const companies = new Map();
    const wanted = [];
    const key = (urn) => String(urn || "").trim().replace(/^.*:/, "");
    for (const block of document.querySelectorAll(SELECTORS.embeddedData)) {
      const text = block.textContent;
      if (!text.includes(id) && !/organization\.Company/.test(text)) continue;
      const data = jsonld.parse(text);
      if (!data || typeof data !== "object") continue;
      const stack = [data];
      let budget = 200000;
      while (stack.length && budget-- > 0) {
        const value = stack.pop();
        if (!value || typeof value !== "object") continue;
        if (Array.isArray(value)) {
          for (const item of value) stack.push(item);
          continue;
        }
        // Saved pages pad some keys with spaces ("$type "): keys are trimmed, but only on the few entities
        // read here (a page holds tens of thousands of objects; copying each one cost 20 ms a scan).
        let type = "";
        for (const k in value) {
          const v = value[k];
          if (v && typeof v === "object") stack.push(v);
          else if (typeof v === "string" && k.charCodeAt(0) === 36 && k.trim() === "$type") type = v.trim();
        }
        if (!type.endsWith("organization.Company") && !type.endsWith("jobs.JobPosting")) continue;
        const node = {};
        for (const [k, v] of Object.entries(value)) node[k.trim()] = v;
        if (/organization\.Company$/.test(type) && typeof node.name === "string") companies.set(key(node.entityUrn), node.name.trim());
        if (/jobs\.JobPosting$/.test(type) && key(node.entityUrn) === id && node.companyDetails) {
          const details = {};
          for (const [k, v] of Object.entries(node.companyDetails)) details[k.trim()] = v;
          const jobCompany = details.jobCompany || {};
          const nested = {};
          for (const [k, v] of Object.entries(jobCompany)) nested[k.trim()] = v;
          wanted.push(details.company, details["*companyResolutionResult"], nested["*company"]);
          if (typeof details.companyName === "string") wanted.push({ raw: details.companyName });
          if (typeof nested.rawCompanyName === "string") wanted.push({ raw: nested.rawCompanyName });
        }
      }
    }
    for (const want of wanted) {
      if (want && typeof want === "object" && want.raw) return want.raw.trim();
      if (typeof want === "string" && companies.has(key(want))) return companies.get(key(want));
    }
    return null;
  }

  // Logged-in /jobs/view/ titles: "(3) {Title} | {Company} | LinkedIn". A title or a name may hold " | "
  // itself, so only the three-part form is read; a list's title ("(6) analyst Jobs | LinkedIn") has two.
  function companyFromViewTitle(title) {
    const parts = page.collapse(title).replace(/^\(\d+\+?\)\s*/, "").split(" | ");
    return parts.length === 3 && /^LinkedIn$/i.test(parts[2]) ? parts[1] : null;
  }

  // The open job's title in the pane: a known class, else a link to that job (or a heading) outside the list.
  function paneTitle(document, id, skip, viewPage) {
    const known = page.first(document, SELECTORS.jobTitle);
    if (known) return known;
    if (id) {
      for (const link of document.querySelectorAll(`a[href*="/jobs/view/${id}"], a[href*="/jobs/view/"][href*="-${id}"]`)) {
        if (!skip(link) && page.visibleText(link)) return link.closest("h1, h2") || link;
      }
    }
    if (!viewPage && !id) return null;
    for (const heading of document.querySelectorAll("h1")) if (!skip(heading) && page.visibleText(heading)) return heading;
    return null;
  }

  // The company named beside the pane's title: walks up from the title until a block names one.
  function besideTitle(titleEl, skip) {
    let box = titleEl.parentElement;
    for (let depth = 0; box && depth < 6; depth++, box = box.parentElement) {
      if (box.querySelector(SELECTORS.cards)) break;
      const found = companyIn(box, skip);
      if (found) return found;
    }
    return null;
  }

  function aboutCompany(document, skip) {
    const named = document.querySelector(SELECTORS.aboutCompanyName);
    if (named && !skip(named) && page.visibleText(named)) return { name: page.visibleText(named), anchor: named };
    let section = document.querySelector(SELECTORS.aboutCompany);
    if (!section) {
      const heading = Array.from(document.querySelectorAll("h2, h3")).find((h) => !skip(h) && ABOUT_COMPANY.test(page.visibleText(h)));
      section = heading && (heading.closest("section") || heading.parentElement);
    }
    return section && !skip(section) ? companyIn(section, skip) : null;
  }

  function paneJob(document, url, cards) {
    const viewPage = isViewPage(url);
    const id = openJobId(document, url);
    const cardSet = new Set(cards);
    const skip = (el) => {
      if (el.closest(SELECTORS.rail)) return true;
      for (let up = el; up; up = up.parentElement) if (cardSet.has(up)) return true;
      return false;
    };
    const visible = page.first(document, SELECTORS.paneCompany);
    if (visible && page.visibleText(visible)) return job(page.visibleText(visible), "visible", visible);
    const root = page.first(document, SELECTORS.paneRoot);
    const link = root && Array.from(root.querySelectorAll(SELECTORS.companyLink)).find((a) => !skip(a) && page.visibleText(a));
    if (link) return job(page.visibleText(link), "visible", link);

    const titleEl = paneTitle(document, id, skip, viewPage);
    const fromTitle = viewPage && (page.companyFromTitle(document.title, TITLE_PATTERNS) || companyFromViewTitle(document.title));
    if (titleEl || fromTitle) {
      const found = (titleEl && besideTitle(titleEl, skip)) || aboutCompany(document, skip);
      // On a view page the title names the job's company outright; a block that names another is not it.
      if (found && (!fromTitle || found.name.toLowerCase() === fromTitle.toLowerCase())) {
        return job(found.name, "visible", found.anchor || titleEl);
      }
    }
    if (!viewPage && !titleEl) return null;

    const org = jsonld.jobPostings(document).map((p) => p.organization).find(Boolean);
    const hints = { domain: org && org.domain };
    if (fromTitle) return job(fromTitle, "title", titleEl, hints);
    if (org) return job(org.name, "jsonld", titleEl, hints);
    // The list's card for the open job names its company even when the pane shows it as bare text.
    const chosen = id && titleEl && cards.find((card) => cardJobId(card) === id);
    const fromCard = chosen && cardCompany(chosen);
    if (fromCard) return job(fromCard.name, "visible", titleEl);
    const embedded = embeddedCompany(document, id);
    return embedded ? job(embedded, "jsonld", titleEl) : null;
  }

  function isCompanyJobsTab(url) {
    return /^\/company\/[^/]+\/jobs\/?$/.test(url.pathname);
  }

  globalThis.UpheavalRadar.registerSite({
    name: "linkedin",
    spa: true,
    matches(location) {
      const url = page.urlOf(location);
      return !!url && HOST.test(url.hostname) && (/^\/(comm\/)?jobs(\/|$)/.test(url.pathname) || isCompanyJobsTab(url));
    },
    findJobs(document, location) {
      const url = page.urlOf(location);
      if (!url) return [];
      const cards = cardElements(document);
      // A company page's Jobs tab lists that company's own openings as cards; nothing else there is a job.
      if (isCompanyJobsTab(url)) return cardJobs(cards);
      const jobs = [];
      const pane = paneJob(document, url, cards);
      if (pane) jobs.push(pane);
      // On a view page the lists below the job are "similar jobs", not what the person is reading.
      if (!isViewPage(url)) jobs.push(...cardJobs(cards));
      return jobs;
    },
  });
})();

// Test URLs
// https://www.linkedin.com/jobs/view/4217039106/
// https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763
// https://il.linkedin.com/jobs/view/back-end-developer-at-onyxia-cyber-3365660566
// https://www.linkedin.com/jobs/search/?currentJobId=4205971663&f_WT=2&keywords=data%20analyst
// https://www.linkedin.com/jobs/search-results/?currentJobId=4205971663&keywords=data%20analyst
// https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4205971663
// https://www.linkedin.com/jobs/data-engineer-jobs-new-york
// https://it.linkedin.com/jobs/python-offerte-di-lavoro
// https://ma.linkedin.com/jobs/data-internship-jobs
// https://www.linkedin.com/company/velarin-robotics/jobs/
