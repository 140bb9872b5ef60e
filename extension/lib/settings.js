// What the user can change on the options page, with the defaults a fresh install gets.
// Shared by the options page, the popup and the background worker (ES modules only).

export const DEFAULT_SERVER_URL = "http://127.0.0.1:8080";

// Built-in site adapters, by the `name` each passes to registerSite: the keys of the on/off switches.
export const SITES = [
  { name: "linkedin", label: "LinkedIn" },
  { name: "indeed", label: "Indeed" },
  { name: "glassdoor", label: "Glassdoor" },
  { name: "greenhouse", label: "Greenhouse" },
  { name: "lever", label: "Lever" },
  { name: "workday", label: "Workday" },
  { name: "ashby", label: "Ashby" },
  { name: "smartrecruiters", label: "SmartRecruiters" },
  { name: "googlejobs", label: "Google for Jobs (only the jobs view of Google search)" },
  { name: "generic", label: "Other job sites (careers sites, other applicant-tracking systems, smaller job boards)" },
];

export const DEFAULT_SETTINGS = Object.freeze({
  serverUrl: DEFAULT_SERVER_URL,
  // "api": serverUrl is an upheaval-radar server (upheaval serve). "static": serverUrl is a folder written by
  // `upheaval publish` on any web server, object store or CDN (background/published.js, docs/publish.md).
  serverKind: "api",
  // "watch": show watch and warning badges; "warning": only warnings.
  sensitivity: "watch",
  // Site name -> false when the user turned it off; a missing name means on.
  sites: {},
  // Show a quiet "checked" mark for companies we know and found nothing about.
  showChecked: false,
  // Online mode is the default: the server matches with aliases, a guarded fuzzy match and the page's
  // hints (ATS slug, domain), which the snapshot's exact keys cannot (docs/extension.md, "Private mode").
  privateMode: false,
  // Send "wrong company?" corrections to the server, not only keep them in this browser.
  sendCorrections: false,
});

// How long a server answer is trusted before the same company is asked again.
export const CACHE_TTL_MS = 6 * 60 * 60 * 1000;
// How often private mode refreshes the snapshot (a conditional GET, so mostly a 304).
export const SNAPSHOT_PERIOD_MINUTES = 60;

export function isSiteEnabled(settings, site) {
  return !settings.sites || settings.sites[site] !== false;
}

// Returns the levels that get a visible badge under these settings.
export function visibleLevels(settings) {
  const levels = settings.sensitivity === "warning" ? ["warning"] : ["warning", "watch"];
  if (settings.showChecked) levels.push("none");
  return levels;
}

export const SERVER_KINDS = ["api", "static"];

// A published folder may be given by its index's own address: the folder is what is kept.
export function normalizeServerUrl(url, kind = "api") {
  const parsed = new URL(String(url).trim());
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error("the server URL must start with http:// or https://");
  }
  const path = kind === "static" ? parsed.pathname.replace(/\/index\.json$/, "") : parsed.pathname;
  return parsed.origin + path.replace(/\/+$/, "");
}
