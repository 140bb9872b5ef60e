// The generic JSON-LD adapter runs only on origins the user added on the options page and granted
// host permission for; it is registered at run time with chrome.scripting, never in the manifest.
import { isSiteEnabled } from "../lib/settings.js";

export const GENERIC_SCRIPT_ID = "upheaval-radar-generic";
export const GENERIC_SITE_FILE = "content/sites/generic.js";

export function originPattern(origin) {
  return `${new URL(origin).origin}/*`;
}

// The shared runtime files, in the manifest's order, so the generic adapter loads like the others.
function sharedFiles() {
  const first = (globalThis.chrome.runtime.getManifest().content_scripts || [])[0];
  return ((first && first.js) || []).filter((file) => file.startsWith("content/shared/"));
}

async function grantedOrigins(origins) {
  const granted = [];
  for (const origin of origins) {
    const pattern = originPattern(origin);
    if (await globalThis.chrome.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  return granted;
}

export async function syncGenericSites(settings) {
  const scripting = globalThis.chrome.scripting;
  if (!scripting) return []; // the optional "scripting" permission is not granted yet
  const existing = await scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  const matches = isSiteEnabled(settings, "generic") ? await grantedOrigins(settings.genericSites || []) : [];
  if (matches.length === 0) return [];
  await scripting.registerContentScripts([{
    id: GENERIC_SCRIPT_ID,
    matches,
    js: [...sharedFiles(), GENERIC_SITE_FILE],
    runAt: "document_idle",
    persistAcrossSessions: true,
  }]);
  return matches;
}
