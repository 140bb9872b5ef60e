// Answers "what do we know about these companies?" in the mode the user chose: online (cache, then one
// batched request for the rest) or private (the local snapshot, no request about the names at all).
import { loadCorrections } from "../lib/storage.js";
import { normalizeName } from "../lib/normalize.js";
import { fetchAlerts } from "./api.js";
import { cacheKey, readFresh, remember } from "./cache.js";
import { currentSnapshot, matchLocally } from "./snapshot.js";

async function online(serverUrl, companies, { now, apiOptions }) {
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
  const answers = await fetchAlerts(serverUrl, asked.map((m) => m.company), apiOptions);
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

export async function lookupCompanies(companies, settings, { now = Date.now(), apiOptions = {} } = {}) {
  const results = settings.privateMode
    ? matchLocally(await currentSnapshot(settings.serverUrl, { now, apiOptions }), companies)
    : await online(settings.serverUrl, companies, { now, apiOptions });
  return applyCorrections(results, await loadCorrections());
}
