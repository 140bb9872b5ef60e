// Loads the runtime and the badge (classic content scripts) into a jsdom window, as the manifest does.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const SHARED = new URL("../../content/shared/", import.meta.url);

// The badge's shadow root is closed and it acts only on trusted events, which jsdom cannot make. So, in
// tests only: closed roots are recorded as they are attached (shadowOf reads them), and synthetic events
// stand in for a person unless `{ untrusted: true }` asks for the production check.
export function contentWindow(html = "<!DOCTYPE html><html><body></body></html>", url = "https://jobs.example.com/", { untrusted = false } = {}) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  const roots = new WeakMap();
  const attach = dom.window.Element.prototype.attachShadow;
  dom.window.Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  dom.window.__shadowRoots = roots;
  for (const file of ["badge.js", "runtime.js"]) dom.window.eval(readFileSync(new URL(file, SHARED), "utf8"));
  if (!untrusted) dom.window.UpheavalRadar.badge.isUserEvent = () => true;
  return dom.window;
}

// The closed shadow root of a badge host, as recorded by contentWindow.
export function shadowOf(host) {
  return host.ownerDocument.defaultView.__shadowRoots.get(host) || null;
}

export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls until check() is truthy (or fails after `ms`).
export async function until(check, ms = 2000, what = "condition") {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = check();
    if (value) return value;
    await wait(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}
