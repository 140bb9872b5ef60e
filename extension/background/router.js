// Every message the content scripts, the popup and the options page send to the background.
import { loadSettings, addCorrection, loadWatchlist } from "../lib/storage.js";
import { normalizeName } from "../lib/normalize.js";
import { isSiteEnabled, visibleLevels } from "../lib/settings.js";
import { fetchHealth, postCorrection } from "./api.js";
import { refreshIndex, publishedHealth } from "./published.js";
import { lookupCompanies } from "./lookup.js";
import { refreshSnapshot } from "./snapshot.js";
import { watchCompany, unwatchCompany, checkWatchlist, exportWatchlist, importWatchlist, scheduleWatchlist } from "./watchlist.js";
import { showNotification } from "./notify.js";

const MAX_COMPANIES = 200; // per lookup message: content/shared/runtime.js sends longer lists in parts of this size
const MAX_NAME = 200;

// Names and hints as the server accepts them (server/validate.py), so one odd name on a list page
// cannot turn the whole batch into a 400: control characters go, a malformed hint is dropped.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;
const ATS = /^[a-z]{2,20}:[A-Za-z0-9._~-]{1,100}$/;

function cleanName(value) {
  if (typeof value !== "string") return null;
  const name = value.replace(CONTROL, " ").replace(/\s+/g, " ").trim().slice(0, MAX_NAME).trim();
  return name || null;
}

function cleanHint(value, pattern) {
  return typeof value === "string" && pattern.test(value.trim()) ? value.trim() : null;
}

export function cleanCompanies(list) {
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_COMPANIES) return null;
  const companies = list.map((c) => ({
    name: cleanName(c && c.name),
    domain: cleanHint(c && c.domain, DOMAIN),
    ats: cleanHint(c && c.ats, ATS),
  }));
  return companies.every((c) => c.name) ? companies : null;
}

function failure(error) {
  return { ok: false, error: error && error.message ? error.message : "server unreachable" };
}

async function lookup(message) {
  const settings = await loadSettings();
  if (!isSiteEnabled(settings, message.site)) return { ok: false, error: "site disabled" };
  const companies = cleanCompanies(message.companies);
  if (!companies) return { ok: false, error: "bad lookup message" };
  try {
    const results = await lookupCompanies(companies, settings);
    return { ok: true, results, display: { levels: visibleLevels(settings) }, private: settings.privateMode };
  } catch (error) {
    return failure(error);
  }
}

async function correction(message) {
  const settings = await loadSettings();
  const record = {
    query: String(message.query || "").slice(0, MAX_NAME),
    key: normalizeName(message.query),
    company_id: message.company_id ?? null,
    name: message.name ? String(message.name).slice(0, MAX_NAME) : null,
    site: message.site || null,
    at: new Date().toISOString(),
    sent: false,
  };
  // Shared only with consent, and never in private mode: it would say which company the user viewed. A
  // published folder has no server to take them.
  if (settings.sendCorrections && !settings.privateMode && settings.serverKind !== "static") {
    const { key, sent, ...shared } = record;
    record.sent = await postCorrection(settings.serverUrl, shared).catch(() => false);
  }
  await addCorrection(record);
  return { ok: true, sent: record.sent };
}

async function health() {
  const settings = await loadSettings();
  const about = { serverUrl: settings.serverUrl, private: settings.privateMode, serverKind: settings.serverKind };
  try {
    // A published folder has no /healthz: its index says how fresh the news it was published from is.
    const body = settings.serverKind === "static"
      ? publishedHealth((await refreshIndex(settings.serverUrl)).index)
      : await fetchHealth(settings.serverUrl);
    return { ok: !!body, health: body, ...about };
  } catch (error) {
    return { ...failure(error), ...about };
  }
}

async function snapshotNow() {
  const settings = await loadSettings();
  try {
    const stored = await refreshSnapshot(settings.serverUrl, { serverKind: settings.serverKind });
    return { ok: true, companies: (stored.data.companies || []).length, fetchedAt: stored.fetchedAt };
  } catch (error) {
    return failure(error);
  }
}

// "Watch" from the badge's popover (a person's trusted click; runtime.js) or the popup. Only adds: a page
// that fakes the click can at most add a real company the lookup resolves, never remove or import one.
async function watch(message) {
  const settings = await loadSettings();
  if (message.site !== undefined && !isSiteEnabled(settings, message.site)) return { ok: false, error: "site disabled" };
  const companies = cleanCompanies([message.company]);
  if (!companies) return { ok: false, error: "bad watch message" };
  try {
    const reply = await watchCompany(companies[0], settings);
    await scheduleWatchlist();
    return reply;
  } catch (error) {
    return failure(error);
  }
}

async function unwatch(message) {
  if (!Number.isSafeInteger(message.company_id)) return { ok: false, error: "bad unwatch message" };
  const reply = await unwatchCompany(message.company_id);
  await scheduleWatchlist();
  return reply;
}

async function watchlist() {
  return { ok: true, companies: await loadWatchlist() };
}

async function checkNow() {
  try {
    return await checkWatchlist(await loadSettings(), { notify: showNotification });
  } catch (error) {
    return failure(error);
  }
}

async function importFile(message) {
  const reply = await importWatchlist(message.text);
  await scheduleWatchlist();
  return reply;
}

async function exportFile() {
  return { ok: true, file: await exportWatchlist() };
}

// Who may send what. Content scripts run inside pages a stranger wrote, so they may only ask for
// lookups and add to the watchlist; a correction (which silences a company's warning on every site) and the settings-side
// messages come only from the extension's own pages (popup, options), where the person confirms them.
const HANDLERS = {
  lookup: { handler: lookup, from: ["page", "extension"] },
  correction: { handler: correction, from: ["extension"] },
  health: { handler: health, from: ["extension"] },
  "refresh-snapshot": { handler: snapshotNow, from: ["extension"] },
  watch: { handler: watch, from: ["page", "extension"] },
  unwatch: { handler: unwatch, from: ["extension"] },
  watchlist: { handler: watchlist, from: ["extension"] },
  "check-watchlist": { handler: checkNow, from: ["extension"] },
  "import-watchlist": { handler: importFile, from: ["extension"] },
  "export-watchlist": { handler: exportFile, from: ["extension"] },
};

// "extension" for our own pages, "page" for our content scripts, null for anything else.
export function senderKind(sender) {
  const runtime = globalThis.chrome && globalThis.chrome.runtime;
  if (!sender || !runtime || sender.id !== runtime.id) return null;
  const own = runtime.getURL("");
  if (typeof sender.url === "string" && sender.url.startsWith(own)) return "extension";
  return sender.tab ? "page" : null;
}

export async function handleMessage(message, sender) {
  const entry = message && Object.hasOwn(HANDLERS, message.type) ? HANDLERS[message.type] : null;
  if (!entry) return { ok: false, error: "unknown message" };
  if (!entry.from.includes(senderKind(sender))) return { ok: false, error: "not allowed from this sender" };
  return entry.handler(message);
}
