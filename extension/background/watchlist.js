// The watchlist: companies the person asked to follow, checked every few hours (and on "Check now") in one
// batch, or against the snapshot in private mode; a system notification when one's level rises or it has
// a new event. The list lives in chrome.storage.local only; nothing about it leaves the browser except
// those lookups (the same requests a job page causes).
import { loadWatchlist, saveWatchlist, addNotificationLog, loadNotificationLog } from "../lib/storage.js";
import { fetchAlerts } from "./api.js";
import { fetchPublishedAlerts } from "./published.js";
import { lookupCompanies } from "./lookup.js";
import { refreshSnapshot, matchLocally } from "./snapshot.js";

export const WATCH_ALARM = "upheaval-radar:watchlist";
export const WATCH_PERIOD_MINUTES = 180;
export const MAX_WATCHED = 200; // four batches of 50; far more than anyone applies to at once
export const FILE_FORMAT = "upheaval-radar watchlist";
const MAX_IMPORT_CHARS = 1024 * 1024;
const MAX_SEEN = 200;
const RANK = { unknown: 0, none: 0, watch: 1, warning: 2 };
const LEVEL_WORDS = { warning: "Warning", watch: "Watch" };

// Events carry no id in the alert contract: what they say and when is what makes one new to the reader.
export function eventKey(event) {
  return [event.kind, event.role || "", event.date || "", event.summary || ""].join("|");
}

function safeUrl(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (_) {
    return null;
  }
}

function latestOf(events) {
  const event = (events || [])[0]; // the server and the snapshot list events newest first
  if (!event) return null;
  const source = (event.evidence || []).map((e) => safeUrl(e && e.url)).find(Boolean) || null;
  return { kind: event.kind, summary: event.summary || "", date: event.date || null, url: source };
}

function seenOf(events) {
  return (events || []).map(eventKey).slice(0, MAX_SEEN);
}

// A watched entry as the alert describes the company now.
export function entryFromAlert(alert, now) {
  return {
    company_id: alert.match.company_id,
    name: alert.match.name,
    addedAt: new Date(now).toISOString(),
    level: alert.level,
    latest: latestOf(alert.events),
    seen: seenOf(alert.events),
    checkedAt: new Date(now).toISOString(),
  };
}

// Adds the company a lookup resolves `company` to; the stored name and id come from the answer, not from
// whoever asked, so a page can at most choose which real company the person's click watches.
export async function watchCompany(company, settings, { now = Date.now(), apiOptions = {} } = {}) {
  const [alert] = await lookupCompanies([company], settings, { now, apiOptions });
  if (!alert || !alert.match || alert.level === "unknown") return { ok: false, error: "company not recognised" };
  const list = await loadWatchlist();
  const existing = list.find((entry) => entry.company_id === alert.match.company_id);
  if (existing) return { ok: true, already: true, entry: existing };
  if (list.length >= MAX_WATCHED) return { ok: false, error: `at most ${MAX_WATCHED} companies can be watched` };
  const entry = entryFromAlert(alert, now);
  await saveWatchlist([...list, entry]);
  return { ok: true, entry };
}

export async function unwatchCompany(companyId) {
  const list = await loadWatchlist();
  const kept = list.filter((entry) => entry.company_id !== companyId);
  await saveWatchlist(kept);
  return { ok: true, removed: list.length - kept.length };
}

// What changed between the stored entry and the alert now: a rise in level, events not seen before.
// An entry never checked (imported) has no baseline yet: nothing is news on its first check.
export function compare(entry, alert) {
  if (!alert || !alert.match) return { rose: false, fresh: [] };
  const rose = entry.seen !== null && entry.seen !== undefined && (RANK[alert.level] || 0) > (RANK[entry.level] || 0);
  const seen = new Set(entry.seen || []);
  const fresh = entry.seen ? (alert.events || []).filter((event) => !seen.has(eventKey(event))) : [];
  return { rose, fresh };
}

async function alertsNow(list, settings, apiOptions, now) {
  const companies = list.map((entry) => ({ name: entry.name }));
  if (settings.privateMode) {
    // Private mode asks only for the snapshot (a conditional GET), never about the watched names.
    const snapshot = await refreshSnapshot(settings.serverUrl, { now, apiOptions, serverKind: settings.serverKind });
    return matchLocally(snapshot, companies);
  }
  // A published folder: its index revalidated now (a conditional GET), for the same reason.
  if (settings.serverKind === "static") {
    return fetchPublishedAlerts(settings.serverUrl, companies, { now, apiOptions, maxAgeMs: 0 });
  }
  // Straight to the server, past the 6-hour cache: the point of a check is news since the last one.
  return fetchAlerts(settings.serverUrl, companies, apiOptions);
}

function notificationFor(entry, alert, change) {
  const headlineEvent = change.fresh[0] || (alert.events || [])[0] || null;
  const latest = headlineEvent ? latestOf([headlineEvent]) : null;
  const level = LEVEL_WORDS[alert.level];
  const title = change.rose && level ? `${entry.name}: now ${level}` : `${entry.name}: new event`;
  const message = (latest && latest.summary) || (level ? `${entry.name} is now at ${level}.` : "New event.");
  return { title, message, url: latest ? latest.url : null };
}

// `notify(id, {title, message})` shows it (chrome.notifications in the service worker); every one shown
// is logged with its evidence URL, which a click opens.
export async function checkWatchlist(settings, { now = Date.now(), apiOptions = {}, notify } = {}) {
  const list = await loadWatchlist();
  if (list.length === 0) return { ok: true, checked: 0, notified: [] };
  const alerts = await alertsNow(list, settings, apiOptions, now);
  const notified = [];
  const updated = [];
  for (const [i, entry] of list.entries()) {
    const alert = alerts[i];
    const change = compare(entry, alert);
    if (alert && alert.match && (change.rose || change.fresh.length)) {
      const shown = { id: `upheaval-radar:${entry.company_id}:${now}`, company_id: entry.company_id,
                      company: entry.name, ...notificationFor(entry, alert, change), at: new Date(now).toISOString() };
      // A notification the system refuses (switched off for the browser) must not lose the check's news:
      // the log and the popup still have it.
      if (notify) await notify(shown.id, shown).catch((error) => console.warn("notification refused:", error && error.message));
      await addNotificationLog(shown);
      notified.push(shown);
    }
    updated.push(!alert ? entry : {
      ...entry,
      level: alert.level,
      latest: latestOf(alert.events) || entry.latest,
      // Unmatched in private mode means "not in the snapshot", and from a published folder "not listed":
      // not flagged either way, so no events is the baseline.
      seen: alert.match ? seenOf(alert.events) : entry.seen ?? (settings.privateMode || settings.serverKind === "static" ? [] : null),
      checkedAt: new Date(now).toISOString(),
    });
  }
  // Saved over what was read: a company removed during the check stays removed.
  const current = new Set((await loadWatchlist()).map((entry) => entry.company_id));
  await saveWatchlist(updated.filter((entry) => current.has(entry.company_id)));
  return { ok: true, checked: list.length, notified };
}

// The notification's evidence URL, for its click.
export async function notificationUrl(id) {
  const found = (await loadNotificationLog()).find((entry) => entry.id === id);
  return found ? found.url : null;
}

export async function exportWatchlist({ now = Date.now() } = {}) {
  const list = await loadWatchlist();
  return {
    format: FILE_FORMAT,
    version: 1,
    exported_at: new Date(now).toISOString(),
    companies: list.map(({ company_id, name, addedAt }) => ({ company_id, name, addedAt })),
  };
}

// The companies of an export file, or an Error saying what is wrong with it.
export function parseWatchlistFile(text) {
  if (typeof text !== "string" || text.length > MAX_IMPORT_CHARS) return new Error("the file is not a watchlist export (too large or empty)");
  let data;
  try {
    data = JSON.parse(text);
  } catch (_) {
    return new Error("the file is not JSON");
  }
  if (!data || data.format !== FILE_FORMAT || data.version !== 1 || !Array.isArray(data.companies)) {
    return new Error("the file is not an upheaval-radar watchlist export");
  }
  if (data.companies.length > MAX_WATCHED) return new Error(`the file lists more than ${MAX_WATCHED} companies`);
  const companies = [];
  for (const item of data.companies) {
    const id = item && item.company_id;
    const name = item && typeof item.name === "string" ? item.name.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim().slice(0, 200) : "";
    if (!Number.isSafeInteger(id) || id <= 0 || !name) return new Error("every company needs a company_id and a name");
    const addedAt = typeof item.addedAt === "string" && !Number.isNaN(Date.parse(item.addedAt)) ? item.addedAt : null;
    companies.push({ company_id: id, name, addedAt });
  }
  return companies;
}

// Merges the file's companies into the list; they get their baseline on the next check.
export async function importWatchlist(text, { now = Date.now() } = {}) {
  const companies = parseWatchlistFile(text);
  if (companies instanceof Error) return { ok: false, error: companies.message };
  const list = await loadWatchlist();
  const known = new Set(list.map((entry) => entry.company_id));
  const added = [];
  for (const company of companies) {
    if (known.has(company.company_id) || list.length + added.length >= MAX_WATCHED) continue;
    known.add(company.company_id);
    added.push({ company_id: company.company_id, name: company.name, addedAt: company.addedAt || new Date(now).toISOString(),
                 level: "unknown", latest: null, seen: null, checkedAt: null });
  }
  await saveWatchlist([...list, ...added]);
  return { ok: true, added: added.length, skipped: companies.length - added.length };
}

// Every few hours while anything is watched.
export async function scheduleWatchlist() {
  const watching = (await loadWatchlist()).length > 0;
  if (watching) {
    const existing = await globalThis.chrome.alarms.get?.(WATCH_ALARM);
    if (!existing) await globalThis.chrome.alarms.create(WATCH_ALARM, { periodInMinutes: WATCH_PERIOD_MINUTES, delayInMinutes: WATCH_PERIOD_MINUTES });
  } else {
    await globalThis.chrome.alarms.clear(WATCH_ALARM);
  }
}
