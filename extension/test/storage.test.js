import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { fakeChrome } from "./support/fake-chrome.js";
import * as storage from "../lib/storage.js";
import { DEFAULT_SETTINGS } from "../lib/settings.js";

beforeEach(() => {
  globalThis.chrome = fakeChrome();
});

test("a fresh install reads the defaults: online mode, the local server", async () => {
  const settings = await storage.loadSettings();
  assert.deepEqual(settings, { ...DEFAULT_SETTINGS });
  assert.equal(settings.serverUrl, "http://127.0.0.1:8080");
  assert.equal(settings.privateMode, false);
});

test("saving a setting keeps the others and tells the listeners", async () => {
  const seen = [];
  storage.onSettingsChanged((now, before) => seen.push([before.sensitivity, now.sensitivity]));
  await storage.saveSettings({ sensitivity: "warning" });
  await storage.saveSettings({ showChecked: true });
  const settings = await storage.loadSettings();
  assert.equal(settings.sensitivity, "warning");
  assert.equal(settings.showChecked, true);
  assert.deepEqual(seen, [["watch", "warning"], ["warning", "warning"]]);
});

test("cache entries are stored under their own prefix and read back by key", async () => {
  await storage.writeCache({ a: { alert: { level: "warning" }, storedAt: 1 }, b: { alert: { level: "none" }, storedAt: 2 } });
  assert.deepEqual(Object.keys(await storage.readCache(["a", "missing"])), ["a"]);
  assert.deepEqual(Object.keys(await storage.readAllCache()).sort(), ["a", "b"]);
  await storage.saveSettings({ showChecked: true });
  assert.deepEqual(Object.keys(await storage.readAllCache()).sort(), ["a", "b"], "settings are not cache entries");
  await storage.removeCache(["a"]);
  assert.deepEqual(Object.keys(await storage.readAllCache()), ["b"]);
});

test("a newer correction for the same name replaces the older one", async () => {
  await storage.addCorrection({ key: "acme", company_id: 1 });
  await storage.addCorrection({ key: "globex", company_id: 2 });
  await storage.addCorrection({ key: "acme", company_id: 3 });
  const corrections = await storage.loadCorrections();
  assert.deepEqual(corrections.map((c) => [c.key, c.company_id]), [["globex", 2], ["acme", 3]]);
});
