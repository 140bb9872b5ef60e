// System notifications for the watchlist. A click opens the event's evidence (looked up in the stored
// log: the service worker may have been stopped since the notification was shown).
import { notificationUrl } from "./watchlist.js";

export async function showNotification(id, { title, message }) {
  await globalThis.chrome.notifications.create(id, {
    type: "basic",
    iconUrl: globalThis.chrome.runtime.getURL("icons/icon-128.png"),
    title,
    message,
    priority: 1,
  });
}

export async function openNotification(id) {
  const url = await notificationUrl(id);
  if (url) await globalThis.chrome.tabs.create({ url });
  await globalThis.chrome.notifications.clear(id);
}
