// The background service worker: all network, the cache and private mode live behind it. It keeps no
// state in globals (the browser may stop it at any moment); listeners are registered at top level so
// an event that wakes it is never missed.
import { loadSettings, onSettingsChanged, clearSnapshot, clearPublished } from "../lib/storage.js";
import { handleMessage } from "./router.js";
import { purge } from "./cache.js";
import { SNAPSHOT_ALARM, refreshSnapshot, scheduleSnapshot } from "./snapshot.js";
import { WATCH_ALARM, checkWatchlist, scheduleWatchlist } from "./watchlist.js";
import { showNotification, openNotification } from "./notify.js";

const PURGE_ALARM = "upheaval-radar:purge-cache";

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  handleMessage(message, sender).then(sendResponse, (error) => sendResponse({ ok: false, error: String(error && error.message) }));
  return true; // the answer comes asynchronously
});

chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === PURGE_ALARM) await purge();
  if (alarm.name === SNAPSHOT_ALARM) {
    const settings = await loadSettings();
    if (settings.privateMode) {
      await refreshSnapshot(settings.serverUrl, { serverKind: settings.serverKind })
        .catch((error) => console.warn("snapshot refresh failed:", error.message));
    }
  }
  if (alarm.name === WATCH_ALARM) {
    await checkWatchlist(await loadSettings(), { notify: showNotification })
      .catch((error) => console.warn("watchlist check failed:", error.message));
  }
});

chrome.notifications.onClicked.addListener((id) => {
  openNotification(id).catch((error) => console.warn("could not open the evidence:", error.message));
});

async function setUp() {
  const settings = await loadSettings();
  await chrome.alarms.create(PURGE_ALARM, { periodInMinutes: 60 });
  await scheduleSnapshot(settings.privateMode);
  await scheduleWatchlist();
}

chrome.runtime.onInstalled.addListener(setUp);
chrome.runtime.onStartup.addListener(setUp);

onSettingsChanged(async (settings, before) => {
  const otherServer = settings.serverUrl !== before.serverUrl || settings.serverKind !== before.serverKind;
  if (otherServer) {
    await purge({ everything: true });
    await clearSnapshot();
    await clearPublished();
  }
  if (settings.privateMode !== before.privateMode || otherServer) {
    await scheduleSnapshot(settings.privateMode);
    if (settings.privateMode) await refreshSnapshot(settings.serverUrl, { serverKind: settings.serverKind }).catch(() => null);
  }
});
