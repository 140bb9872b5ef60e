// The options page. Reads and writes settings only through lib/storage.js; the background worker
// reacts to the saved settings (cache, snapshot schedule).
import { loadSettings, saveSettings } from "../lib/storage.js";
import { SITES, SERVER_KINDS, DEFAULT_SERVER_URL, normalizeServerUrl } from "../lib/settings.js";
import { healthSummary } from "../lib/server-status.js";

const $ = (id) => document.getElementById(id);
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

function say(id, text) {
  $(id).textContent = text;
}

async function save(patch) {
  await saveSettings(patch);
  say("saved", "Saved.");
}

function renderSites(settings) {
  const box = $("sites");
  box.replaceChildren();
  for (const site of SITES) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.checked = settings.sites[site.name] !== false;
    input.addEventListener("change", async () => {
      const current = await loadSettings();
      await save({ sites: { ...current.sites, [site.name]: input.checked } });
    });
    label.append(input, ` ${site.label}`);
    box.append(label);
  }
}

// permissions.request must run inside the click's user gesture: call it before any other await.
function requestOrigin(url) {
  return chrome.permissions.request({ origins: [`${new URL(url).origin}/*`] });
}

async function showSnapshot() {
  const reply = await chrome.runtime.sendMessage({ type: "refresh-snapshot" }).catch(() => null);
  say("snapshot-status", reply && reply.ok
    ? `Snapshot: ${reply.companies} flagged companies, fetched ${new Date(reply.fetchedAt).toLocaleString()}.`
    : `Snapshot could not be fetched: ${(reply && reply.error) || "server unreachable"}.`);
}

async function main() {
  const settings = await loadSettings();
  $("server-url").value = settings.serverUrl || DEFAULT_SERVER_URL;
  document.querySelector(`input[name=server-kind][value=${SERVER_KINDS.includes(settings.serverKind) ? settings.serverKind : "api"}]`).checked = true;
  document.querySelector(`input[name=mode][value=${settings.privateMode ? "private" : "online"}]`).checked = true;
  document.querySelector(`input[name=sensitivity][value=${settings.sensitivity}]`).checked = true;
  $("show-checked").checked = settings.showChecked;
  $("send-corrections").checked = settings.sendCorrections;
  renderSites(settings);

  $("server-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    let url;
    const serverKind = document.querySelector("input[name=server-kind]:checked").value;
    try {
      url = normalizeServerUrl($("server-url").value, serverKind);
    } catch (error) {
      say("server-status", error.message);
      return;
    }
    const granted = LOCAL_HOSTS.has(new URL(url).hostname) || (await requestOrigin(url));
    if (!granted) {
      say("server-status", "Not saved: the extension needs your permission to reach that server.");
      return;
    }
    await save({ serverUrl: url, serverKind });
    say("server-status", serverKind === "static" ? `Using the published folder ${url}.` : `Using ${url}.`);
  });
  $("check-server").addEventListener("click", async () => {
    const reply = await chrome.runtime.sendMessage({ type: "health" }).catch(() => null);
    say("server-status", healthSummary(reply));
  });
  for (const input of document.querySelectorAll("input[name=mode]")) {
    input.addEventListener("change", async () => {
      await save({ privateMode: input.value === "private" });
      if (input.value === "private") await showSnapshot();
      else say("snapshot-status", "");
    });
  }
  for (const input of document.querySelectorAll("input[name=sensitivity]")) {
    input.addEventListener("change", () => save({ sensitivity: input.value }));
  }
  $("show-checked").addEventListener("change", (e) => save({ showChecked: e.target.checked }));
  $("send-corrections").addEventListener("change", (e) => save({ sendCorrections: e.target.checked }));
}

main();
