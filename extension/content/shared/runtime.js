// The content-script runtime: runs a site adapter, asks the background about the companies it finds
// (one message for all of them; parts of at most 200 on a long list), and keeps one badge per job in step
// with the page as it changes.
// Classic script; loaded after the other shared files and before the one site file that calls
// UpheavalRadar.registerSite(adapter) (docs/contracts.md, "Extension internals").
(function () {
  "use strict";
  const UR = (globalThis.UpheavalRadar = globalThis.UpheavalRadar || {});

  const SCAN_DELAY_MS = 50; // coalesces a burst of DOM mutations into one scan
  const RETRY_AFTER_FAILURE_MS = 30000;
  const STATIC_PAGE_WATCH_MS = 15000; // spa:false pages: how long to wait for script-filled content
  // spa:false adapters on a page they do not read (the generic one runs on every page the browser opens),
  // and spa adapters marked `quietElsewhere` (Google search, where only the jobs view is read): no mutation
  // watching at all, one more look after this pause (JobPosting markup added by script), and a look on
  // each in-page navigation.
  const OTHER_PAGE_RECHECK_MS = 3000;
  const MARK = "upheaval-radar";
  const INERT_ELEMENTS = new Set(["LINK", "STYLE", "META", "NOSCRIPT", "TEMPLATE"]);
  // The background refuses a lookup message of more companies than this (MAX_COMPANIES in
  // background/router.js), so a long list page (Google's jobs view holds 200+ cards) asks in parts.
  const LOOKUP_MESSAGE_LIMIT = 200;

  function jobKey(job) {
    const hints = job.hints || {};
    return [String(job.company).trim().toLowerCase(), hints.domain || "", hints.ats || ""].join("|");
  }

  function chromeEnv() {
    const runtime = globalThis.chrome && globalThis.chrome.runtime;
    return {
      sendMessage: (message) => runtime.sendMessage(message),
      onMessage: (listener) => runtime.onMessage.addListener(listener),
    };
  }

  // env: {window, sendMessage(message) -> Promise, onMessage(listener)}; tests pass fakes.
  function createRuntime(adapter, env) {
    const win = env.window;
    const doc = win.document;
    const perf = win.performance;
    const answers = new Map(); // jobKey -> alert, for this page's life
    const failures = new Map(); // jobKey -> time of the failed lookup
    const pending = new Set();
    const firstSeen = new Map(); // jobKey -> performance.now() when the adapter first found it
    let lastRead = null; // {url, jobs}: the adapter's last reading of the page
    let pageChanged = false; // the observer saw a change that is not our badges since that reading
    const placed = new Map(); // badge host -> {key, anchor, level}
    let display = { levels: ["warning", "watch"] };
    let status = { state: "starting", jobs: [] };
    let scanTimer = null;
    let observer = null;
    let lastUrl = win.location.href;
    let scans = 0;

    function measure(name, start) {
      try {
        perf.measure(`${MARK}:${name}`, { start, end: perf.now() });
      } catch (_) {
        // performance.measure with options is missing in some test DOMs; the figures are optional.
      }
    }

    function readJobs() {
      if (!adapter.matches(win.location)) return null;
      try {
        return (adapter.findJobs(doc, win.location) || []).filter((job) => job && job.company);
      } catch (error) {
        console.warn("upheaval-radar: the site adapter failed", error);
        return [];
      }
    }

    function removeBadge(host) {
      host.remove();
      placed.delete(host);
    }

    function badgeFor(job, key) {
      for (const [host, info] of placed) {
        if (info.key === key && info.anchor === (job.anchor || null) && host.isConnected) return host;
      }
      return null;
    }

    function place(job, key, alert) {
      // No "Wrong company?" action in the page: a page could fake it and silence the company everywhere.
      // The popover points to the toolbar popup, where the person confirms it (docs/extension.md).
      const host = UR.badge.createBadge(doc, {
        company: job.company,
        alert,
        placement: job.anchor ? null : "page-top",
        correctionHint: true,
        // Only adds (never removes): the background re-resolves the name, and badge.js acts only on a
        // person's click (docs/extension.md, "The watchlist").
        onWatch: () => env.sendMessage({ type: "watch", site: adapter.name, company: lookupCompany(job) })
          .catch(() => ({ ok: false, error: "server unreachable" })),
      });
      if (job.anchor && job.anchor.isConnected) job.anchor.insertAdjacentElement("afterend", host);
      else (doc.body || doc.documentElement).prepend(host);
      placed.set(host, { key, anchor: job.anchor || null, level: alert.level });
      if (firstSeen.has(key)) measure("time-to-badge", firstSeen.get(key));
    }

    // The same job at a new anchor, its old one gone or the page top (a single-page app rendered its
    // header, or replaced the element): the badge moves instead of being rebuilt, so a popover open under
    // the pointer stays open. A badge still anchored in the page is never moved: on a list, one card's
    // badge must not wander to another card of the same company.
    function moveBadge(job, key, alert, claimed) {
      for (const [host, info] of placed) {
        if (claimed.has(host) || info.key !== key || info.level !== alert.level) continue;
        if (info.anchor && info.anchor.isConnected) continue;
        if (job.anchor && job.anchor.isConnected) {
          job.anchor.insertAdjacentElement("afterend", host);
          host.removeAttribute("data-placement");
        } else {
          (doc.body || doc.documentElement).prepend(host);
          host.setAttribute("data-placement", "page-top");
        }
        info.anchor = job.anchor || null;
        return host;
      }
      return null;
    }

    // Makes the badges on the page exactly the ones the current jobs call for.
    function reconcile(jobs) {
      const wanted = new Set();
      for (const job of jobs) {
        const key = jobKey(job);
        const alert = answers.get(key);
        if (!alert || !display.levels.includes(alert.level)) continue;
        let host = badgeFor(job, key);
        if (host && placed.get(host).level !== alert.level) {
          removeBadge(host);
          host = null;
        }
        if (!host) host = moveBadge(job, key, alert, wanted);
        if (!host) {
          place(job, key, alert);
          host = badgeFor(job, key);
        }
        if (host) wanted.add(host);
      }
      // Whatever is left belongs to a job that is gone: the previous job of a single-page app, a card
      // the site replaced, or a company the user said was wrong.
      for (const host of [...placed.keys()]) if (!wanted.has(host)) removeBadge(host);
    }

    function updateStatus(jobs) {
      if (jobs === null) {
        status = { state: "not-job-page", jobs: [] };
        return;
      }
      if (jobs.length === 0) {
        status = { state: "no-company", jobs: [] };
        return;
      }
      const entries = jobs.map((job) => {
        const key = jobKey(job);
        return { company: job.company, source: job.source, alert: answers.get(key) || null };
      });
      const unreachable = jobs.some((job) => failures.has(jobKey(job)) && !answers.has(jobKey(job)));
      const state = status.error === "site disabled" ? "site-disabled"
        : unreachable ? "unreachable"
        : entries.every((entry) => entry.alert) ? "found" : "looking-up";
      status = { state, jobs: entries, error: status.error };
    }

    function lookupCompany(job) {
      return {
        name: job.company,
        domain: (job.hints && job.hints.domain) || null,
        ats: (job.hints && job.hints.ats) || null,
      };
    }

    async function lookup(jobs) {
      const keys = jobs.map(jobKey);
      keys.forEach((key) => pending.add(key));
      const companies = jobs.map(lookupCompany);
      let reply;
      try {
        reply = await env.sendMessage({ type: "lookup", site: adapter.name, companies });
      } catch (error) {
        reply = { ok: false, error: "server unreachable" };
      }
      keys.forEach((key) => pending.delete(key));
      if (reply && reply.ok) {
        if (reply.display) display = reply.display;
        status.error = null;
        reply.results.forEach((alert, index) => {
          answers.set(keys[index], alert);
          failures.delete(keys[index]);
        });
      } else {
        status.error = (reply && reply.error) || "server unreachable";
        const now = Date.now();
        keys.forEach((key) => failures.set(key, now));
      }
      scan();
    }

    // The popup confirmed that `company` was matched to the wrong company: its badge goes at once.
    function corrected(company) {
      let changed = false;
      for (const [key, alert] of answers) {
        if (key.split("|")[0] === String(company).trim().toLowerCase()) {
          answers.set(key, { ...alert, level: "unknown", corrected: true });
          changed = true;
        }
      }
      if (changed) scan();
      return changed;
    }

    function scan() {
      scanTimer = null;
      scans += 1;
      const start = perf.now();
      if (win.location.href !== lastUrl) lastUrl = win.location.href;
      // After a lookup's answer or a correction the page is often just as it was: the adapter's last
      // reading is reused while the observer has seen no change but our own badges (a long list page costs
      // one reading, not one per answer). Without an observer nothing says the page is unchanged: read.
      const unchanged = lastRead !== null && observer !== null && !pageChanged && lastRead.url === lastUrl;
      const jobs = unchanged ? lastRead.jobs : readJobs();
      pageChanged = false;
      lastRead = { url: lastUrl, jobs };
      measure("adapter", start);
      const found = jobs || [];
      const now = Date.now();
      const unasked = [];
      const seenKeys = new Set();
      for (const job of found) {
        const key = jobKey(job);
        if (!firstSeen.has(key)) firstSeen.set(key, start);
        if (seenKeys.has(key)) continue;
        seenKeys.add(key);
        const failedAt = failures.get(key);
        const retry = failedAt === undefined || now - failedAt > RETRY_AFTER_FAILURE_MS;
        if (!answers.has(key) && !pending.has(key) && retry) unasked.push(job);
      }
      const renderStart = perf.now();
      reconcile(found);
      measure("render", renderStart);
      updateStatus(jobs);
      for (let i = 0; i < unasked.length; i += LOOKUP_MESSAGE_LIMIT) lookup(unasked.slice(i, i + LOOKUP_MESSAGE_LIMIT));
      if (found.length && !adapter.spa && observer && !unasked.length && !pending.size) stopWatching();
      if (!adapter.spa || adapter.quietElsewhere) keepQuietUnlessJobPage(jobs);
      measure("scan", start);
    }

    function scheduleScan() {
      if (scanTimer === null) scanTimer = win.setTimeout(scan, SCAN_DELAY_MS);
    }

    // Nodes whose coming and going changes nothing a person reads: our own badges, and the script, style
    // and link elements that loaders add by the dozen (Google's jobs view does, after every scroll). A
    // JSON-LD script is content: single-page apps add the job's JobPosting that way.
    function inert(node) {
      if (node.nodeType === 8) return true; // a comment
      const name = node.nodeName;
      if (name === "UPHEAVAL-BADGE" || INERT_ELEMENTS.has(name)) return true;
      return name === "SCRIPT" && !/ld\+json/i.test(node.getAttribute("type") || "");
    }

    // Those nodes must not trigger another scan, nor a new reading of the page.
    function onMutations(records) {
      for (const record of records) {
        const nodes = record.type === "characterData" ? null : [...record.addedNodes, ...record.removedNodes];
        if (nodes === null || nodes.length === 0 || nodes.some((node) => !inert(node))) {
          pageChanged = true;
          return scheduleScan();
        }
      }
    }

    function observe() {
      if (observer) return;
      observer = new win.MutationObserver(onMutations);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    }

    function watch() {
      observe();
      win.addEventListener("popstate", scheduleScan);
      win.addEventListener("hashchange", scheduleScan);
      if (win.navigation) win.navigation.addEventListener("navigatesuccess", scheduleScan);
      if (!adapter.spa) win.setTimeout(stopWatching, STATIC_PAGE_WATCH_MS);
    }

    let quiet = false; // watching stopped because the page is not one the adapter reads
    let recheck = null;
    function keepQuietUnlessJobPage(jobs) {
      if (jobs === null) {
        if (observer) stopWatching();
        quiet = true;
        if (recheck === null) recheck = win.setTimeout(scheduleScan, OTHER_PAGE_RECHECK_MS);
      } else if (quiet) {
        // It became a job page (script-added markup, in-page navigation): watch it like any other.
        quiet = false;
        observe();
        if (!adapter.spa) win.setTimeout(stopWatching, STATIC_PAGE_WATCH_MS);
      }
    }

    function stopWatching() {
      if (observer) observer.disconnect();
      observer = null;
    }

    function start() {
      env.onMessage((message, _sender, sendResponse) => {
        if (message && message.type === "status") {
          sendResponse({ site: adapter.name, url: win.location.href, ...status });
        } else if (message && message.type === "corrected") {
          sendResponse({ ok: corrected(message.company) });
        }
        return false;
      });
      watch();
      scan();
    }

    return {
      start,
      scan,
      corrected,
      stop: stopWatching,
      status: () => status,
      scans: () => scans,
    };
  }

  UR.createRuntime = createRuntime;
  UR.jobKey = jobKey;
  // A test harness that captures adapters may install its own registerSite first; it wins.
  if (!UR.registerSite) {
    UR.registerSite = function registerSite(adapter) {
      UR.runtime = createRuntime(adapter, { window: globalThis, ...chromeEnv() });
      UR.runtime.start();
    };
  }
})();
