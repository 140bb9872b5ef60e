// Static mode: answers from a folder written by `upheaval publish` (docs/publish.md) on any web server,
// object store or CDN, with no upheaval-radar server running. index.json is revalidated at most hourly
// (a conditional GET); every file it names is named by its content, so it is fetched once and then only
// when the index names another. State lives in chrome.storage ("published", "snapshot"), never here.
import { loadPublished, savePublished, loadSnapshot, saveSnapshot } from "../lib/storage.js";
import { normalizeName } from "../lib/normalize.js";
import { SNAPSHOT_PERIOD_MINUTES } from "../lib/settings.js";
import { fetchPublishedIndex, fetchPublishedFile } from "./api.js";

export const INDEX_MAX_AGE_MS = SNAPSHOT_PERIOD_MINUTES * 60 * 1000;

// Asks the folder whether its index changed (304 keeps the stored one). Returns the stored record.
export async function refreshIndex(folder, { now = Date.now(), apiOptions = {} } = {}) {
  const stored = await loadPublished();
  const same = stored && stored.folder === folder && stored.index ? stored : null;
  const answer = await fetchPublishedIndex(folder, same || {}, apiOptions);
  const record = answer.notModified
    ? { ...same, fetchedAt: now }
    : { folder, etag: answer.etag || null, lastModified: answer.lastModified || null, fetchedAt: now,
        index: answer.data, keysFile: same ? same.keysFile : null, keys: same ? same.keys : null };
  await savePublished(record);
  return record;
}

// The stored index when it was checked within the hour, else a conditional GET first.
export async function currentIndex(folder, { now = Date.now(), apiOptions = {}, maxAgeMs = INDEX_MAX_AGE_MS } = {}) {
  const stored = await loadPublished();
  const checked = stored && stored.folder === folder && stored.index && typeof stored.fetchedAt === "number";
  if (checked && now >= stored.fetchedAt && now - stored.fetchedAt < maxAgeMs) return stored;
  return refreshIndex(folder, { now, apiOptions });
}

// {normalised name: alert document} for the index's publication, fetched only when the index names a new one.
async function keysOf(record, apiOptions) {
  if (record.keys && record.keysFile === record.index.keys) return record.keys;
  const keys = await fetchPublishedFile(record.folder, record.index.keys, apiOptions);
  await savePublished({ ...record, keysFile: record.index.keys, keys });
  return keys;
}

// A name the publication does not list: it lists only flagged companies, so "nothing found" cannot be told
// from "not known" (as in private mode); stale or missing news says so in `reason`, as the server would.
export function unlisted(name, index) {
  const freshness = index.freshness || null;
  const state = freshness && freshness.state;
  return {
    query: name, match: null, level: "unknown",
    ...(state === "stale" || state === "no_data" ? { reason: state } : {}),
    score: null, window_days: index.window_days ?? null, events: [],
    ...(freshness ? { freshness } : {}), generated_at: index.generated_at ?? null,
  };
}

// One alert per company, in order: the name's key in the keys file, then that company's alert document
// (each document once, however many names lead to it). The documents leave `freshness` to the index.
// `maxAgeMs` 0 revalidates the index first (the watchlist's check is about news since the last one).
export async function fetchPublishedAlerts(folder, companies, { now = Date.now(), apiOptions = {}, maxAgeMs = INDEX_MAX_AGE_MS } = {}) {
  const record = await currentIndex(folder, { now, apiOptions, maxAgeMs });
  const keys = await keysOf(record, apiOptions);
  const documents = new Map();
  const paths = companies.map((company) => {
    const key = normalizeName(company.name);
    const path = key && Object.hasOwn(keys, key) ? keys[key] : null;
    if (path && !documents.has(path)) documents.set(path, fetchPublishedFile(folder, path, apiOptions));
    return path;
  });
  const answers = new Map();
  for (const [path, pending] of documents) answers.set(path, await pending);
  return companies.map((company, i) => (paths[i]
    ? { ...answers.get(paths[i]), query: company.name, ...(record.index.freshness ? { freshness: record.index.freshness } : {}) }
    : unlisted(company.name, record.index)));
}

// Which publication answers: part of the answer cache's key, so a new publication is not hidden behind
// answers cached from the previous one.
export async function publicationTag(folder, options = {}) {
  const record = await currentIndex(folder, options);
  return `${folder}#${record.index.keys}`;
}

// Private mode over a published folder: the snapshot file the index names, fetched only when the index
// names a new one; its freshness comes from the index, which moves with every crawl while the snapshot
// does not.
export async function refreshPublishedSnapshot(folder, { now = Date.now(), apiOptions = {} } = {}) {
  const { index } = await refreshIndex(folder, { now, apiOptions });
  const stored = await loadSnapshot();
  const data = stored && stored.server === folder && stored.file === index.snapshot && stored.data
    ? stored.data
    : await fetchPublishedFile(folder, index.snapshot, apiOptions);
  const snapshot = { server: folder, file: index.snapshot, etag: null, fetchedAt: now,
                     data: { ...data, freshness: index.freshness || null } };
  await saveSnapshot(snapshot);
  return snapshot;
}

// What the options page's "Check" and the popup show, in /healthz's shape (lib/server-status.js reads it).
export function publishedHealth(index, now = Date.now()) {
  const freshness = index.freshness || {};
  const newest = freshness.newest_crawl || null;
  const age = newest ? Math.max(0, Math.round((now - Date.parse(newest)) / 1000)) : null;
  const fresh = freshness.state === "fresh";
  return {
    status: fresh ? "ok" : "degraded",
    ...(fresh ? {} : { reason: newest ? "stale" : "no_data" }),
    newest_crawl: newest,
    newest_crawl_age_seconds: age,
    published_at: index.generated_at || null,
    companies: index.companies ?? null,
  };
}
