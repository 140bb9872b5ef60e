// The one door to chrome.storage. Every other file asks this module, so the stored shapes live in one
// place and the service worker keeps no state of its own (it can be evicted at any moment).
//
// Layout of chrome.storage.local:
//   "settings"          the options page's choices (lib/settings.js DEFAULT_SETTINGS)
//   "cache:<key>"       one server answer: {alert, storedAt, server}
//   "snapshot"          private mode's copy of /api/v1/snapshot: {etag, fetchedAt, server, data}; from a
//                       published folder also `file`, the snapshot's content-named path
//   "published"         static mode's copy of a published folder's index.json and keys file:
//                       {folder, etag, lastModified, fetchedAt, index, keysFile, keys} (background/published.js)
//   "corrections"       "wrong company?" reports: [{query, key, company_id, name, site, at, sent}]
//   "watchlist"         watched companies: [{company_id, name, addedAt, level, latest, seen, checkedAt}]
//                       (background/watchlist.js); `seen` null until the first check sets the baseline
//   "notifications"     the watchlist's notifications, newest last: [{id, company_id, company, title,
//                       message, url, at}]; a click on one opens its `url`

import { DEFAULT_SETTINGS } from "./settings.js";

const CACHE_PREFIX = "cache:";

function local() {
  return globalThis.chrome.storage.local;
}

export async function loadSettings() {
  const { settings } = await local().get("settings");
  return { ...DEFAULT_SETTINGS, ...(settings || {}) };
}

export async function saveSettings(patch) {
  const settings = { ...(await loadSettings()), ...patch };
  await local().set({ settings });
  return settings;
}

// Calls back with (newSettings, oldSettings) whenever the options page saves.
export function onSettingsChanged(callback) {
  globalThis.chrome.storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== "local" || !changes.settings) return;
    callback(
      { ...DEFAULT_SETTINGS, ...(changes.settings.newValue || {}) },
      { ...DEFAULT_SETTINGS, ...(changes.settings.oldValue || {}) },
    );
  });
}

// Returns {cacheKey: entry} for the keys that are stored.
export async function readCache(keys) {
  if (keys.length === 0) return {};
  const stored = await local().get(keys.map((key) => CACHE_PREFIX + key));
  const found = {};
  for (const key of keys) {
    const entry = stored[CACHE_PREFIX + key];
    if (entry) found[key] = entry;
  }
  return found;
}

export async function writeCache(entries) {
  const items = {};
  for (const [key, entry] of Object.entries(entries)) items[CACHE_PREFIX + key] = entry;
  if (Object.keys(items).length) await local().set(items);
}

// Returns every cached entry; used only to purge expired ones.
export async function readAllCache() {
  const everything = await local().get(null);
  const found = {};
  for (const [name, entry] of Object.entries(everything)) {
    if (name.startsWith(CACHE_PREFIX)) found[name.slice(CACHE_PREFIX.length)] = entry;
  }
  return found;
}

export async function removeCache(keys) {
  if (keys.length) await local().remove(keys.map((key) => CACHE_PREFIX + key));
}

export async function loadSnapshot() {
  const { snapshot } = await local().get("snapshot");
  return snapshot || null;
}

export async function saveSnapshot(snapshot) {
  await local().set({ snapshot });
}

export async function clearSnapshot() {
  await local().remove("snapshot");
}

export async function loadPublished() {
  const { published } = await local().get("published");
  return published || null;
}

export async function savePublished(published) {
  await local().set({ published });
}

export async function clearPublished() {
  await local().remove("published");
}

export async function loadCorrections() {
  const { corrections } = await local().get("corrections");
  return corrections || [];
}

export async function addCorrection(correction) {
  const corrections = await loadCorrections();
  // The newest report for a name replaces an older one; the list stays small and bounded.
  const kept = corrections.filter((c) => c.key !== correction.key).slice(-199);
  kept.push(correction);
  await local().set({ corrections: kept });
  return kept;
}

export async function loadWatchlist() {
  const { watchlist } = await local().get("watchlist");
  return Array.isArray(watchlist) ? watchlist : [];
}

export async function saveWatchlist(watchlist) {
  await local().set({ watchlist });
  return watchlist;
}

export async function loadNotificationLog() {
  const { notifications } = await local().get("notifications");
  return Array.isArray(notifications) ? notifications : [];
}

// Kept small: only the newest are ever clicked, and the log must not grow with every check.
export async function addNotificationLog(entry) {
  const kept = (await loadNotificationLog()).slice(-49);
  kept.push(entry);
  await local().set({ notifications: kept });
  return kept;
}
