// The toolbar popup: what upheaval-radar read on the current tab and what it found, or why nothing.
import { renderWatchlist, watchFor } from "./watchlist.js";
import { degradedText, unreachableHelp, KEEP_CRAWLING } from "../lib/server-status.js";

const { renderDetails, unknownText } = globalThis.UpheavalRadar.badge;

const REASONS = {
  "not-job-page": "This tab is not a job page that upheaval-radar reads.",
  "no-company": "Company not recognised: upheaval-radar could not read a company on this page, so it shows nothing rather than guess.",
  unreachable: "The upheaval-radar server is unreachable, so this page has no answer yet.",
  "site-disabled": "upheaval-radar is turned off for this site in the options.",
  "looking-up": "Looking the company up\u2026",
  starting: "Reading the page\u2026",
};

function paragraph(text, className = "muted") {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

// The tab the popup describes: the active one, or `?tab=ID` when the popup is opened as a page of its own
// (the guide's pictures and the browser tests do that; only extension pages can open this URL).
async function activeTab() {
  const asked = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(asked) && asked > 0) return chrome.tabs.get(asked).catch(() => null);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab && tab.id !== undefined ? tab : null;
}

async function tabStatus(tab) {
  if (!tab) return { state: "not-job-page" };
  try {
    return (await chrome.tabs.sendMessage(tab.id, { type: "status" })) || { state: "not-job-page" };
  } catch (_) {
    return { state: "not-job-page" }; // no content script of ours answers on this tab
  }
}

// "Wrong company?" lives here, in the extension's own window, not in the page: a page script could press
// a button in the page and silence a company's warning on every site.
function correctionFor(tab, status, job) {
  return async () => {
    const alert = job.alert;
    const reply = await chrome.runtime.sendMessage({
      type: "correction",
      site: status.site || null,
      query: job.company,
      company_id: alert.match ? alert.match.company_id : null,
      name: alert.match ? alert.match.name : null,
    }).catch(() => null);
    if (tab) await chrome.tabs.sendMessage(tab.id, { type: "corrected", company: job.company }).catch(() => null);
    return { sent: !!(reply && reply.sent) };
  };
}

function renderJob(job, onCorrection, onWatch) {
  const box = document.createElement("section");
  box.className = "job";
  const alert = job.alert;
  if (!alert) {
    box.append(paragraph(`\u201c${job.company}\u201d: no answer yet.`));
  } else if (alert.level === "unknown") {
    box.append(paragraph(unknownText(job.company, alert)));
    if (!alert.corrected && (alert.reason === "no_data" || alert.reason === "stale")) box.append(paragraph(`${KEEP_CRAWLING}.`, "next-step"));
  } else {
    renderDetails(document, box, alert, { onCorrection: alert.match ? onCorrection : null, onWatch });
    box.querySelector(".level")?.classList.add(`level-${alert.level}`);
  }
  return box;
}

async function main() {
  document.getElementById("open-options").addEventListener("click", (event) => {
    event.preventDefault();
    chrome.runtime.openOptionsPage();
  });
  const watchSection = document.getElementById("watchlist");
  renderWatchlist(watchSection); // beside the tab's own answer, not after it
  const tab = await activeTab();
  const [status, health] = await Promise.all([
    tabStatus(tab),
    chrome.runtime.sendMessage({ type: "health" }).catch(() => null),
  ]);
  if (health) {
    document.getElementById("mode").textContent = `${health.private ? "Private mode" : "Online mode"} \u00b7 ${health.serverKind === "static" ? "published folder " : ""}${health.serverUrl}`
      + (!health.ok ? " (unreachable)" : degradedText(health.health) ? " (degraded: no fresh news)" : "");
  }
  const main = document.getElementById("status");
  main.replaceChildren();
  if (status.state === "found") {
    for (const job of status.jobs) main.append(renderJob(job, correctionFor(tab, status, job), watchFor(status, job, watchSection)));
    return;
  }
  main.append(paragraph(REASONS[status.state] || REASONS["not-job-page"]));
  if (status.state === "unreachable") main.append(paragraph(unreachableHelp(health && health.serverUrl), "next-step"));
}

main();
