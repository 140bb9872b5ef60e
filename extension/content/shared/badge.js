// The badge: <upheaval-badge data-company data-level> with its look and its popover in a closed Shadow
// DOM, so the page's CSS cannot reach in and ours cannot leak out, and the page's scripts cannot read the
// popover or press its buttons. Only events the browser marks trusted (a person's click or key) act:
// a page script that dispatches a click on the host gets nothing. Every piece of server text goes in with
// textContent; links are built only for http(s) URLs. Also used by the popup (renderDetails).
(function () {
  "use strict";
  const UR = (globalThis.UpheavalRadar = globalThis.UpheavalRadar || {});

  const LOOK = {
    warning: { text: "\u26a0 Upheaval", label: "Warning" },
    watch: { text: "\u25cf Watch", label: "Watch" },
    none: { text: "\u2713 Checked", label: "Checked, nothing found" },
  };

  const KIND_LABELS = {
    merger_acquisition: "Merger or acquisition",
    executive_departure: "Executive departure",
    layoffs: "Layoffs",
    bankruptcy: "Bankruptcy",
    restructuring: "Restructuring",
  };
  const ROLE_LABELS = { target: "being acquired", acquirer: "acquiring", merger: "merger of equals" };

  const STYLE = `
    :host { all: initial; display: inline-block; position: relative; vertical-align: middle;
            margin: 0 0 0 6px; font: 12px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; }
    :host([data-placement="page-top"]) { position: fixed; top: 8px; right: 8px; z-index: 2147483646; }
    .badge { all: unset; box-sizing: border-box; display: inline-block; cursor: pointer; padding: 1px 7px;
             border-radius: 9px; font: 600 12px/1.5 system-ui, sans-serif; white-space: nowrap; }
    .badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
    .warning { background: #b3261e; color: #fff; }
    .watch { background: #ffe08a; color: #4a3500; }
    .none { background: #e6f4ea; color: #1e6b34; font-weight: 500; }
    .popover { position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483647; width: 340px;
               max-height: 380px; overflow: auto; box-sizing: border-box; padding: 10px 12px;
               background: #fff; color: #202124; border: 1px solid #c4c7c5; border-radius: 8px;
               box-shadow: 0 4px 16px rgba(0,0,0,.18); text-align: left; white-space: normal; }
    :host([data-placement="page-top"]) .popover { left: auto; right: 0; }
    .popover[hidden] { display: none; }
    h2 { font-size: 13px; margin: 0 0 4px; }
    p { margin: 2px 0; }
    .muted { color: #5f6368; }
    ul { margin: 6px 0; padding: 0 0 0 16px; }
    li { margin: 4px 0; }
    .kind { font-weight: 600; }
    .reason { font-style: italic; color: #5f6368; }
    a { color: #1a0dab; }
    .actions { margin-top: 8px; border-top: 1px solid #eee; padding-top: 6px; }
    .actions button { font: inherit; cursor: pointer; }
  `;

  // Whether an event came from the person (the browser's isTrusted flag). Looked up on UR.badge at call
  // time so node tests, which can only dispatch synthetic events, can stand in for a person; page
  // scripts live in another JavaScript world and cannot reach this object.
  function isUserEvent(event) {
    return !!(event && event.isTrusted);
  }

  function fromPerson(event) {
    return UR.badge.isUserEvent(event);
  }

  function el(doc, tag, className, text) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function safeUrl(url) {
    try {
      const parsed = new URL(String(url));
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  function kindLabel(event) {
    const base = KIND_LABELS[event.kind] || String(event.kind || "event").replace(/_/g, " ");
    const details = [];
    if (event.role && ROLE_LABELS[event.role]) details.push(ROLE_LABELS[event.role]);
    if (event.stage) details.push(String(event.stage));
    // Layoffs carry their size where the news gave it (docs/contracts.md): "Layoffs (1,200 jobs, 8% of staff)"
    if (Number.isFinite(event.jobs)) details.push(`${event.jobs.toLocaleString("en-US")} jobs`);
    if (Number.isFinite(event.share)) details.push(`${Math.round(event.share * 100)}% of staff`);
    // and, from a WARN notice, where: "Layoffs (90 jobs, at Manassas, VA)"
    if (typeof event.site === "string" && event.site.trim()) details.push(`at ${event.site.trim().slice(0, 80)}`);
    if (event.abrupt) details.push("abrupt");
    return details.length ? `${base} (${details.join(", ")})` : base;
  }

  function companyName(alert) {
    return (alert.match && alert.match.name) || alert.query || "";
  }

  function describe(alert) {
    const count = (alert.events || []).length;
    const look = LOOK[alert.level] || { label: alert.level };
    return `upheaval-radar: ${look.label} for ${companyName(alert)}` + (count ? `, ${count} event${count > 1 ? "s" : ""}` : "");
  }

  function renderSource(doc, evidence) {
    const item = el(doc, "li");
    const title = evidence.title || evidence.publisher || evidence.url || "source";
    const href = safeUrl(evidence.url);
    if (href) {
      const link = el(doc, "a", null, title);
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      item.append(link);
    } else {
      item.append(el(doc, "span", null, title));
    }
    const meta = [evidence.publisher, (evidence.published_at || "").slice(0, 10)].filter(Boolean).join(", ");
    if (meta && meta !== title) item.append(el(doc, "span", "muted", ` (${meta})`));
    return item;
  }

  function renderEvent(doc, event) {
    const item = el(doc, "li", "event");
    const head = el(doc, "p");
    head.append(el(doc, "span", "kind", kindLabel(event)));
    if (event.date) head.append(el(doc, "span", "muted", ` \u00b7 ${event.date}`));
    item.append(head);
    if (event.summary) item.append(el(doc, "p", "summary", event.summary));
    if (event.reason) item.append(el(doc, "p", "reason", `Why it fired: ${event.reason}`));
    const evidence = Array.isArray(event.evidence) ? event.evidence : [];
    if (evidence.length) {
      const sources = el(doc, "ul", "sources");
      for (const one of evidence) sources.append(renderSource(doc, one || {}));
      item.append(sources);
    }
    return item;
  }

  // How old the server's news was when it answered (docs/scoring.md, "Fresh data"), in words.
  function describeAge(ms) {
    for (const [unit, size] of [["day", 86400000], ["hour", 3600000], ["minute", 60000]]) {
      const count = Math.floor(ms / size);
      if (count >= 1) return `${count} ${unit}${count === 1 ? "" : "s"}`;
    }
    return "less than a minute";
  }

  // Why the server's answer rests on old news or none, or null when its news is fresh. Measured against
  // the answer's own generated_at, so a cached answer and the browser's clock do not change it.
  function freshnessNote(alert) {
    const freshness = alert && alert.freshness;
    if (!freshness || freshness.state === "fresh") return null;
    if (freshness.state === "no_data" || !freshness.newest_crawl) return "The server has not crawled any news yet";
    const age = Date.parse(alert.generated_at || "") - Date.parse(freshness.newest_crawl);
    return Number.isFinite(age)
      ? `No fresh news: the server's newest crawl is ${describeAge(Math.max(0, age))} old`
      : "No fresh news: the server's newest crawl is old";
  }

  // The popup's sentence for an `unknown` answer: never "clean", and why not.
  function unknownText(company, alert) {
    if (alert.corrected) return `\u201c${company}\u201d: you marked the match as wrong, so nothing is shown.`;
    const note = (alert.reason === "no_data" || alert.reason === "stale") && freshnessNote(alert);
    if (note) return `${note}, so upheaval-radar cannot say whether \u201c${company}\u201d is in upheaval (not a clean bill of health).`;
    return `\u201c${company}\u201d: company not recognised, so nothing is shown (not a clean bill of health).`;
  }

  // Fills `container` with what we know about the alert: company, level, events with their sources.
  // `onCorrection` (the popup only) adds a "Wrong company?" button; `correctionHint` (the page) says
  // where to find it instead, since an action inside the page could be faked by the page.
  function renderDetails(doc, container, alert, { onCorrection, correctionHint, onWatch } = {}) {
    container.replaceChildren();
    const look = LOOK[alert.level];
    const title = el(doc, "h2", null, companyName(alert));
    container.append(title);
    if (look) container.append(el(doc, "p", "level", `${look.label}${alert.window_days ? ` \u00b7 last ${alert.window_days} days` : ""}`));
    if (alert.match && alert.query && alert.match.name && alert.query !== alert.match.name) {
      container.append(el(doc, "p", "muted", `Read on the page as \u201c${alert.query}\u201d.`));
    }
    const note = freshnessNote(alert);
    if (note) container.append(el(doc, "p", "muted freshness", `${note}. What is shown is what it had read by then.`));
    const events = Array.isArray(alert.events) ? alert.events : [];
    if (events.length) {
      const list = el(doc, "ul", "events");
      for (const event of events) list.append(renderEvent(doc, event || {}));
      container.append(list);
    } else if (alert.level === "none") {
      container.append(el(doc, "p", "muted", "We know this company and found no upheaval in the window."));
    }
    if (correctionHint && alert.match) {
      container.append(el(doc, "p", "muted correction-hint",
        "Wrong company? Say so from the upheaval-radar button in the browser toolbar."));
    }
    if (onWatch && alert.match) container.append(watchAction(doc, onWatch));
    if (onCorrection) {
      const actions = el(doc, "div", "actions");
      const wrong = el(doc, "button", "wrong-company", "Wrong company?");
      wrong.type = "button";
      wrong.addEventListener("click", async (event) => {
        event.stopPropagation();
        if (!fromPerson(event)) return;
        wrong.disabled = true;
        const outcome = await onCorrection();
        actions.replaceChildren(el(doc, "p", "muted", outcome && outcome.sent
          ? "Thanks: noted in this browser and sent to the server."
          : "Thanks: noted in this browser. This name will not be matched to this company again here."));
      });
      actions.append(wrong);
      container.append(actions);
    }
    return container;
  }

  // "Watch": `onWatch` returns a promise of the background's reply ({ok, already, error}). Acts only on a
  // person's click, so a page cannot add companies to the watchlist by faking one.
  function watchAction(doc, onWatch) {
    const actions = el(doc, "div", "actions watch-action");
    const watch = el(doc, "button", "watch-company", "Watch");
    watch.type = "button";
    watch.title = "Tell me when this company's level rises or it has a new event";
    watch.addEventListener("click", async (event) => {
      event.stopPropagation();
      if (!fromPerson(event)) return;
      watch.disabled = true;
      const reply = await onWatch();
      actions.replaceChildren(el(doc, "p", "muted", reply && reply.ok
        ? (reply.already ? "Already watched." : "Watched: you will be told when this changes.")
          + " The list is in the upheaval-radar toolbar button."
        : `Could not watch it: ${(reply && reply.error) || "no answer"}.`));
    });
    actions.append(watch);
    return actions;
  }

  // Builds the badge host for one job's alert. `onCorrection` returns a promise of {sent}.
  function createBadge(doc, { company, alert, onCorrection, correctionHint, onWatch, placement }) {
    const host = doc.createElement("upheaval-badge");
    host.setAttribute("data-company", company);
    host.setAttribute("data-level", alert.level);
    if (placement) host.setAttribute("data-placement", placement);
    const root = host.attachShadow({ mode: "closed" });
    root.append(el(doc, "style", null, STYLE));

    const button = el(doc, "button", `badge ${alert.level}`, (LOOK[alert.level] || { text: alert.level }).text);
    button.type = "button";
    button.setAttribute("aria-label", describe(alert) + ". Show details");
    button.setAttribute("aria-haspopup", "dialog");
    button.setAttribute("aria-expanded", "false");
    const popover = el(doc, "div", "popover");
    popover.id = "upheaval-popover";
    popover.hidden = true;
    popover.setAttribute("role", "dialog");
    popover.setAttribute("aria-label", describe(alert));
    button.setAttribute("aria-controls", popover.id);
    root.append(button, popover);

    let rendered = false;
    let pinned = false;
    let hoverTimer = null;
    const show = (open) => {
      if (open && !rendered) {
        renderDetails(doc, popover, alert, { onCorrection, correctionHint, onWatch });
        rendered = true;
      }
      popover.hidden = !open;
      button.setAttribute("aria-expanded", String(open));
    };
    const later = (open, ms) => {
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => show(open), ms);
    };
    button.addEventListener("click", (event) => {
      if (!fromPerson(event)) return;
      pinned = popover.hidden || !pinned;
      clearTimeout(hoverTimer);
      show(pinned);
    });
    host.addEventListener("mouseenter", (event) => { if (fromPerson(event)) later(true, 150); });
    host.addEventListener("mouseleave", (event) => { if (fromPerson(event) && !pinned) later(false, 300); });
    root.addEventListener("keydown", (event) => {
      if (!fromPerson(event)) return;
      if (event.key === "Escape" && !popover.hidden) {
        pinned = false;
        show(false);
        button.focus();
        event.stopPropagation();
      }
    });
    // The badge often sits inside the page's own link to the company: a click on the badge must not
    // follow it, while a click on one of our source links must.
    host.addEventListener("click", (event) => {
      event.stopPropagation();
      const origin = event.composedPath()[0];
      if (!(origin && origin.closest && origin.closest("a[href]"))) event.preventDefault();
    });
    return host;
  }

  UR.badge = { createBadge, renderDetails, describe, safeUrl, isUserEvent, freshnessNote, unknownText, LOOK };
})();
