// Private mode: keep a copy of the server's snapshot of flagged companies and match names against it
// locally, so no company name or page address leaves the browser. Only the snapshot itself is fetched,
// on a chrome.alarms schedule, as a conditional GET.
import { loadSnapshot, saveSnapshot, clearSnapshot } from "../lib/storage.js";
import { normalizeName } from "../lib/normalize.js";
import { SNAPSHOT_PERIOD_MINUTES } from "../lib/settings.js";
import { fetchSnapshot } from "./api.js";
import { refreshPublishedSnapshot } from "./published.js";

export const SNAPSHOT_ALARM = "upheaval-radar:snapshot";

// Fetches the snapshot unless the stored copy is still current (304). Returns the stored copy.
// `serverKind` "static": serverUrl is a published folder (background/published.js).
export async function refreshSnapshot(serverUrl, { now = Date.now(), apiOptions = {}, serverKind = "api" } = {}) {
  if (serverKind === "static") return refreshPublishedSnapshot(serverUrl, { now, apiOptions });
  const stored = await loadSnapshot();
  const etag = stored && stored.server === serverUrl ? stored.etag : null;
  const answer = await fetchSnapshot(serverUrl, etag, apiOptions);
  if (answer.notModified) {
    const kept = { ...stored, fetchedAt: now };
    await saveSnapshot(kept);
    return kept;
  }
  const fresh = { server: serverUrl, etag: answer.etag || null, fetchedAt: now, data: answer.data };
  await saveSnapshot(fresh);
  return fresh;
}

// The stored snapshot for this server, fetched first if there is none yet.
export async function currentSnapshot(serverUrl, options = {}) {
  const stored = await loadSnapshot();
  // A copy from a published folder carries its file's name; one from the API does not.
  const sameKind = stored && Boolean(stored.file) === (options.serverKind === "static");
  if (stored && stored.server === serverUrl && stored.data && sameKind) return stored;
  return refreshSnapshot(serverUrl, options);
}

// key -> companies, in two tiers like the server's resolution: the company's own name first, then its
// other keys (aliases).
function indexByKey(data) {
  const exact = new Map();
  const alias = new Map();
  const add = (index, key, company) => {
    if (!index.has(key)) index.set(key, new Map());
    index.get(key).set(company.company_id, company);
  };
  for (const company of (data && data.companies) || []) {
    const own = normalizeName(company.name);
    if (own) add(exact, own, company);
    for (const key of company.keys || []) if (key !== own) add(alias, key, company);
  }
  return { exact, alias };
}

// Exact name first, then aliases; a key shared by two companies matches neither (the server answers
// such a name with candidates, not a guess): `undefined` when nothing has the key, `null` when it is ambiguous.
function byKey(index, key) {
  for (const tier of [index.exact, index.alias]) {
    const found = tier.get(key);
    if (found && found.size === 1) return [...found.values()][0];
    if (found && found.size > 1) return null;
  }
  return undefined;
}

// The server's fallbacks for a name it does not know that need nothing but the snapshot's keys
// (pipeline/companies.py: `display_brand`, and a possessive a headline left off): the brand of a display name
// with a division, place, tagline or remark ("Rai - Radio Nord", "Giga (gigaml.com)"), and "Macy" for "Macy's".
const DISPLAY_TAIL = /^(.+?)(?:\s+[-–—|·]\s+\S[\s\S]*|\s*\([^()]*\))$/;
const POSSESSIVE_END = /\w['’`]s\s*$/;

function resolve(index, name) {
  const key = normalizeName(name);
  const found = key ? byKey(index, key) : undefined;
  if (found !== undefined) return found;
  const brand = DISPLAY_TAIL.exec(String(name).trim());
  const brandKey = brand ? normalizeName(brand[1].trim()) : "";
  if (brandKey.length >= 2) {
    const byBrand = resolve(index, brand[1].trim());
    if (byBrand) return byBrand;
  }
  if (key.endsWith("s") && POSSESSIVE_END.test(name)) return byKey(index, key.slice(0, -1)) || null;
  return null;
}

// One alert per company, shaped like the server's. A name not in the snapshot is "unknown": the
// snapshot lists only flagged companies, so "we found nothing" cannot be told from "we do not know it".
// When the snapshot's news is stale or missing, such a name says so (reason), as the server would.
export function matchLocally(snapshot, companies) {
  const data = snapshot ? snapshot.data : null;
  const index = indexByKey(data);
  const freshness = (data && data.freshness) || null;
  const unfresh = freshness && (freshness.state === "stale" || freshness.state === "no_data") ? freshness.state : null;
  return companies.map((company) => {
    const found = resolve(index, company.name);
    const base = {
      query: company.name,
      window_days: data ? data.window_days : null,
      ...(freshness ? { freshness } : {}),
      generated_at: data ? data.generated_at : null,
    };
    if (!found) return { ...base, match: null, level: "unknown", ...(unfresh ? { reason: unfresh } : {}), score: null, events: [] };
    return {
      ...base,
      match: { company_id: found.company_id, name: found.name, matched_on: "snapshot", confidence: 1 },
      level: found.level,
      score: found.score,
      events: found.events || [],
    };
  });
}

// Private mode on: refresh on a schedule. Off: stop, and forget the copy.
export async function scheduleSnapshot(privateMode) {
  if (privateMode) {
    await globalThis.chrome.alarms.create(SNAPSHOT_ALARM, {
      periodInMinutes: SNAPSHOT_PERIOD_MINUTES,
      delayInMinutes: SNAPSHOT_PERIOD_MINUTES,
    });
  } else {
    await globalThis.chrome.alarms.clear(SNAPSHOT_ALARM);
    await clearSnapshot();
  }
}
