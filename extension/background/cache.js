// Server answers kept in chrome.storage (through lib/storage.js) for CACHE_TTL_MS, so a company is
// asked about at most once per cache period however many pages and tabs show it.
import { readCache, writeCache, readAllCache, removeCache } from "../lib/storage.js";
import { normalizeName } from "../lib/normalize.js";
import { CACHE_TTL_MS } from "../lib/settings.js";

// Names that normalise alike share an answer; hints are part of the key because they can change it.
export function cacheKey(serverUrl, company) {
  const name = normalizeName(company.name) || String(company.name).trim().toLowerCase();
  return [serverUrl, name, company.domain || "", company.ats || ""].join("|");
}

function fresh(entry, now, ttl) {
  return entry && typeof entry.storedAt === "number" && now - entry.storedAt < ttl && now >= entry.storedAt;
}

// Returns one cached alert or null per company, in order; the alert's query is the name as asked.
export async function readFresh(serverUrl, companies, { now = Date.now(), ttl = CACHE_TTL_MS } = {}) {
  const keys = companies.map((company) => cacheKey(serverUrl, company));
  const stored = await readCache(keys);
  return companies.map((company, i) => {
    const entry = stored[keys[i]];
    return fresh(entry, now, ttl) ? { ...entry.alert, query: company.name } : null;
  });
}

// An answer that is "unknown" only for want of fresh news is not kept: the server's next crawl may
// answer it properly, and the user should not wait a whole cache period to see that.
const UNKEPT_REASONS = new Set(["no_data", "stale"]);

export async function remember(serverUrl, companies, alerts, { now = Date.now() } = {}) {
  const entries = {};
  companies.forEach((company, i) => {
    if (alerts[i] && UNKEPT_REASONS.has(alerts[i].reason)) return;
    entries[cacheKey(serverUrl, company)] = { alert: alerts[i], storedAt: now };
  });
  await writeCache(entries);
}

// Drops expired answers, and every answer when `everything` (the server URL changed).
export async function purge({ now = Date.now(), ttl = CACHE_TTL_MS, everything = false } = {}) {
  const all = await readAllCache();
  const stale = Object.keys(all).filter((key) => everything || !fresh(all[key], now, ttl));
  await removeCache(stale);
  return stale.length;
}
