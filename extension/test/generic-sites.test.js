import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { fakeChrome } from "./support/fake-chrome.js";
import { syncGenericSites, GENERIC_SCRIPT_ID } from "../background/generic-sites.js";
import { DEFAULT_SETTINGS } from "../lib/settings.js";

const MANIFEST = { content_scripts: [{ js: ["content/shared/badge.js", "content/shared/runtime.js", "content/sites/greenhouse.js"] }] };
let registered;

beforeEach(() => {
  globalThis.chrome = fakeChrome({ manifest: MANIFEST });
  registered = new Map();
  globalThis.chrome.permissions = { contains: async ({ origins }) => origins[0] !== "https://not-granted.example/*" };
  globalThis.chrome.scripting = {
    getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => registered.has(id)).map((id) => registered.get(id)),
    unregisterContentScripts: async ({ ids }) => ids.forEach((id) => registered.delete(id)),
    registerContentScripts: async (scripts) => scripts.forEach((s) => registered.set(s.id, s)),
  };
});

test("the JSON-LD adapter is registered only on granted origins, after the shared runtime", async () => {
  const settings = { ...DEFAULT_SETTINGS, genericSites: ["https://careers.example.com", "https://not-granted.example"] };
  assert.deepEqual(await syncGenericSites(settings), ["https://careers.example.com/*"]);
  const script = registered.get(GENERIC_SCRIPT_ID);
  assert.deepEqual(script.js, ["content/shared/badge.js", "content/shared/runtime.js", "content/sites/generic.js"]);
  assert.deepEqual(script.matches, ["https://careers.example.com/*"]);
});

test("turning generic sites off, or removing the last one, unregisters the script", async () => {
  await syncGenericSites({ ...DEFAULT_SETTINGS, genericSites: ["https://careers.example.com"] });
  await syncGenericSites({ ...DEFAULT_SETTINGS, genericSites: ["https://careers.example.com"], sites: { generic: false } });
  assert.equal(registered.size, 0);
  await syncGenericSites({ ...DEFAULT_SETTINGS, genericSites: ["https://careers.example.com"] });
  await syncGenericSites({ ...DEFAULT_SETTINGS, genericSites: [] });
  assert.equal(registered.size, 0);
});

test("without the optional scripting permission nothing is registered and nothing fails", async () => {
  delete globalThis.chrome.scripting;
  assert.deepEqual(await syncGenericSites({ ...DEFAULT_SETTINGS, genericSites: ["https://careers.example.com"] }), []);
});
