// Answers "what do we know about these companies?" in the mode the user chose: online (cache, then one
// batched request for the rest), static (cache, then the published folder's documents for the rest) or
// private (the local snapshot, from the server or the folder: no request about the names at all).
import { loadCorrections } from "../lib/storage.js";
import { normalizeName } from "../lib/normalize.js";
import { fetchAlerts } from "./api.js";
import { cacheKey, readFresh, remember } from "./cache.js";
import { currentSnapshot, matchLocally } from "./snapshot.js";
import { fetchPublishedAlerts, publicationTag } from "./published.js";

// `serverUrl` keys the cache; `fetchAnswers(companies)` answers what it does not hold, one alert each.
async function cachedLookup(serverUrl, companies, fetchAnswers, { now }) {
  const results = await readFresh(serverUrl, companies, { now });
  // The same company twice on one page (cards of a list) is asked about once.
  const missing = new Map();
  companies.forEach((company, i) => {
    if (results[i]) return;
    const key = cacheKey(serverUrl, company);
    if (!missing.has(key)) missing.set(key, { company, indexes: [] });
    missing.get(key).indexes.push(i);
  });
  if (missing.size === 0) return results;
  const asked = [...missing.values()];
  const answers = await fetchAnswers(asked.map((m) => m.company));
  await remember(serverUrl, asked.map((m) => m.company), answers, { now });
  asked.forEach((m, j) => {
    for (const i of m.indexes) results[i] = { ...answers[j], query: companies[i].name };
  });
  return results;
}

// A name the user said was matched to the wrong company is shown as unrecognised from then on.
function applyCorrections(results, corrections) {
  if (corrections.length === 0) return results;
  return results.map((alert) => {
    const key = normalizeName(alert.query);
    const wrong = corrections.find((c) => c.key === key && alert.match && c.company_id === alert.match.company_id);
    return wrong ? { ...alert, level: "unknown", corrected: true } : alert;
  });
}

async function answer(companies, settings, { now, apiOptions }) {
  const { serverUrl, serverKind } = settings;
  if (settings.privateMode) return matchLocally(await currentSnapshot(serverUrl, { now, apiOptions, serverKind }), companies);
  if (serverKind === "static") {
    // Keyed by the publication, so answers cached from the previous one are not served after a new one.
    const tag = await publicationTag(serverUrl, { now, apiOptions });
    return cachedLookup(tag, companies, (asked) => fetchPublishedAlerts(serverUrl, asked, { now, apiOptions }), { now });
  }
  return cachedLookup(serverUrl, companies, (asked) => fetchAlerts(serverUrl, asked, apiOptions), { now });
}

export async function lookupCompanies(companies, settings, { now = Date.now(), apiOptions = {} } = {}) {
  return applyCorrections(await answer(companies, settings, { now, apiOptions }), await loadCorrections());
}
