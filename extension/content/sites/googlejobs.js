// Google for Jobs: the jobs view of Google search (`ibp=htl;jobs`, and since 2024 the `udm=8` vertical).
// Its class names are build hashes that changed completely between the 2023 and 2024 layouts, so none is
// used here. What both layouts keep is the card's line order, title, company, then the publisher line
// ("San Francisco, CA • via LinkedIn", or "via LinkedIn" on a line of its own): a card is found from its
// publisher line and its company is the line before it that is not the title. The publisher is the site
// that carried the post, never the employer. Any other Google search is not read at all (docs/extension.md).
(function () {
  "use strict";
  const { page } = globalThis.UpheavalRadar;

  const SELECTORS = {
    // Google marks each job's share target; on the open job's pane it also holds the title's heading.
    pane: "[data-share-url]",
    heading: 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]',
    anyHeading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    // Save, Share, "Apply on <publisher>", the sign-in bubble: their text never names the employer.
    control: 'button, [role="button"], [role="link"], a[href], [aria-haspopup]',
    // Where a card ends going up from its publisher line: what a person clicks, or an item of a list.
    card: 'a[href], [role="button"], [role="treeitem"], [role="listitem"], [role="option"], li, article',
  };
  const HOST = /^www\.google\.[a-z]{2,3}(\.[a-z]{2})?$/i;
  // "via X" at the start of a line or after the location's bullet, in the words of Google's languages; where
  // the word follows the publisher ("Indeed 経由"), a line that ends with it.
  const PUBLISHER_LINE = /(?:^|[•·|])\s*(?:(?:via|über|vía|tramite|par|por|a través de|przez|через|عبر|דרך|melalui|qua|ผ่าน)\s+\S|(?:経由|提供元|通过|透過|来自|來自)[:：]?\s*\S)|\S\s*(?:経由|통해|aracılığıyla)\s*$/i;
  const NOT_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "svg"]);
  const INLINE = new Set(["SPAN", "A", "B", "I", "EM", "STRONG", "SMALL", "FONT"]);

  function isJobsView(url) {
    if (!url || !HOST.test(url.hostname) || url.pathname !== "/search") return false;
    return /(^|;)jobs$/.test(url.searchParams.get("ibp") || "") || url.searchParams.get("udm") === "8";
  }

  // Hidden by the page itself (no layout read): the 2023 list keeps every job's details under display:none.
  function hiddenSelf(el, ariaToo) {
    if (el.hidden || (ariaToo && el.getAttribute("aria-hidden") === "true")) return true;
    const style = el.getAttribute("style");
    return !!style && /display:\s*none/.test(style);
  }

  function hiddenWithin(el, top, ariaToo) {
    for (let up = el; up && up !== top; up = up.parentElement) if (hiddenSelf(up, ariaToo)) return true;
    return false;
  }

  // hiddenWithin(el, document) for many elements that share ancestors: each ancestor is looked at once.
  function hiddenOnPage() {
    const known = new Map();
    return function hidden(el) {
      if (!el) return false;
      if (!known.has(el)) known.set(el, hiddenSelf(el, false) || hidden(el.parentElement));
      return known.get(el);
    };
  }

  // The line a text node sits on: its nearest ancestor that is not an inline wrapper.
  function lineOf(node) {
    let el = node.parentElement;
    while (el && INLINE.has(el.tagName) && el.parentElement) el = el.parentElement;
    return el;
  }

  // Visible publisher lines, the last one of each block (a company called "Via Verde" stays a company line).
  function publisherLines(document) {
    const walker = document.createTreeWalker(document.body || document.documentElement, 4 /* SHOW_TEXT */);
    const hidden = hiddenOnPage();
    const byBlock = new Map();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue;
      if (text.length > 160 || !PUBLISHER_LINE.test(text) || NOT_TEXT.has(node.parentElement.tagName)) continue;
      const line = lineOf(node);
      if (line && line.parentElement && !hidden(line)) byBlock.set(line.parentElement, line);
    }
    return [...byBlock.values()];
  }

  // How many of `elements` each element holds: one pass up from each, instead of a search down from every
  // element a card might be (Google's jobs list can be a few hundred cards).
  function tally(elements) {
    const held = new Map();
    for (const el of elements) for (let up = el.parentElement; up; up = up.parentElement) held.set(up, (held.get(up) || 0) + 1);
    return held;
  }

  // tally(elements) where only "one" or "more than one" matters, so counts stop at 2: a climb stops where the
  // ancestors above already hold two. A list of a few hundred cards then walks each card's own ancestors
  // once, not each card's path to the root (on a cold page each element first touched costs; 3.5 -> 2.2 ms
  // on Google's 266-card view).
  function oneOrMore(elements) {
    const held = new Map();
    for (const el of elements) {
      for (let up = el.parentElement; up; up = up.parentElement) {
        const count = held.get(up);
        if (count === 2) break;
        held.set(up, count === 1 ? 2 : 1);
      }
    }
    return held;
  }

  // Up from a publisher line to its card: the first clickable element or list item (the 2024 card is a
  // link, the 2023 one a tree item), but never so far that it holds another publisher line. Only a card
  // with neither bound (a list of one, no links) is held back by a heading beside it instead: it must not
  // grow into the whole page.
  function climb(line, around, headings) {
    let card = line;
    for (let up = line.parentElement; up && up.parentElement && around.get(up) === 1; up = up.parentElement) {
      if (card !== line && card.matches(SELECTORS.card)) break;
      if (headings && (headings.get(up) || 0) > (headings.get(card) || 0) + (card.matches(SELECTORS.heading) ? 1 : 0)) break;
      card = up;
    }
    return card;
  }

  function cardsOf(document, lines) {
    const around = oneOrMore(lines);
    let headings = null;
    const cards = lines.map((line) => {
      let card = climb(line, around, null);
      const bounded = (card !== line && card.matches(SELECTORS.card)) || (around.get(card.parentElement) || 0) > 1;
      if (!bounded) card = climb(line, around, headings || (headings = tally(document.querySelectorAll(SELECTORS.heading))));
      return { line, card };
    });
    return { cards, around };
  }

  // The card's first line a person reads (logo letters are aria-hidden): its title.
  function firstLine(card) {
    const walker = card.ownerDocument.createTreeWalker(card, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue.trim() || NOT_TEXT.has(node.parentElement.tagName)) continue;
      if (!hiddenWithin(node.parentElement, card, true)) return lineOf(node);
    }
    return null;
  }

  // Title, company, publisher: the company is the first line before the publisher line, in its block or
  // (when the publisher line sits alone in a wrapper) a block further up, that is not the title, a
  // heading, a control or another publisher line.
  function cardCompany(line, card, title) {
    for (let at = line; at && at !== card; at = at.parentElement) {
      for (let el = at.parentElement.firstElementChild; el && el !== at; el = el.nextElementSibling) {
        if (hiddenSelf(el, true) || el.matches(SELECTORS.control) || el.matches(SELECTORS.anyHeading)) continue;
        if (title && (el === title || el.contains(title))) continue;
        // (a logo's letter is aria-hidden: "A" drawn for Auerwerk is no line a person reads as the company)
        const text = readText(el);
        if (text && !PUBLISHER_LINE.test(text)) return el;
      }
    }
    return null;
  }

  // An element's text without what it hides from assistive technology (aria-hidden logo letters, icons).
  function readText(el) {
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
    let text = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (NOT_TEXT.has(node.parentElement.tagName) || hiddenWithin(node.parentElement, el.parentElement, true)) continue;
      text += ` ${node.nodeValue}`;
    }
    return page.collapse(text);
  }

  function skippedInPane(el) {
    return NOT_TEXT.has(el.tagName) || hiddenSelf(el, true) || el.matches(SELECTORS.control) ||
      el.matches(SELECTORS.anyHeading) || !!el.querySelector(SELECTORS.anyHeading);
  }

  // The first line after the heading that a person reads as text: not Save or Share, not the sign-in
  // bubble (a box with its own heading), not "Apply on <publisher>" links, not a logo letter.
  function lineAfter(heading, pane) {
    const walker = pane.ownerDocument.createTreeWalker(pane, 1 | 4, {
      acceptNode: (node) => (node.nodeType === 1 ? (skippedInPane(node) ? 2 /* REJECT */ : 3 /* SKIP */)
        : node.nodeValue.trim() ? 1 /* ACCEPT */ : 3),
    });
    let last = heading;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const line = lineOf(node);
      if (line && !PUBLISHER_LINE.test(page.visibleText(line))) return line;
    }
    return null;
  }

  // The open job's pane as the 2023 layout draws it: heading, Save and Share, then the company line; the
  // publisher shows only on its "Apply on" links. A pane with a publisher line in it is read as a card.
  function paneJobs(document, { cards, around }) {
    const inCard = new Set(cards.map(({ card }) => card));
    const jobs = [];
    for (const pane of document.querySelectorAll(SELECTORS.pane)) {
      if (around.has(pane) || hiddenWithin(pane, null, false)) continue;
      let up = pane;
      while (up && !inCard.has(up)) up = up.parentElement;
      if (up) continue;
      const heading = [...pane.querySelectorAll(SELECTORS.heading)].find((h) => !hiddenWithin(h, pane, true));
      const line = heading && lineAfter(heading, pane);
      const found = line && page.job(page.visibleText(line), "visible", line, {});
      if (found) jobs.push(found);
    }
    return jobs;
  }

  globalThis.UpheavalRadar.registerSite({
    name: "googlejobs",
    spa: true,
    // The script is injected on every www.google.com/search page: on all but the jobs view the runtime
    // watches nothing and reads nothing (runtime.js, keepQuietUnlessJobPage).
    quietElsewhere: true,
    matches(location) {
      return isJobsView(page.urlOf(location));
    },
    findJobs(document, location) {
      if (!isJobsView(page.urlOf(location))) return [];
      const found = cardsOf(document, publisherLines(document));
      const jobs = paneJobs(document, found);
      for (const { line, card } of found.cards) {
        const title = firstLine(card);
        const el = cardCompany(line, card, title);
        const job = el && page.job(page.visibleText(el), "visible", el, {});
        // A company line that repeats the title is a card misread: no badge rather than a wrong one.
        if (job && !(title && page.visibleText(title) === job.company)) jobs.push(job);
      }
      return jobs;
    },
  });
})();

// Test URLs
// https://www.google.com/search?q=data+engineer+jobs&ibp=htl;jobs
// https://www.google.com/search?q=job+opening+city+denver&ibp=htl;jobs#htivrt=jobs&htidocid=abc
// https://www.google.com/search?q=data+engineer+jobs&udm=8
// https://www.google.com/search?q=data+engineer+jobs (an ordinary search: nothing is read)
