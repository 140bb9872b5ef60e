// Loads the runtime and the badge (classic content scripts) into a jsdom window, as the manifest does.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const SHARED = new URL("../../content/shared/", import.meta.url);

export function contentWindow(html = "<!DOCTYPE html><html><body></body></html>", url = "https://jobs.example.com/") {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  for (const file of ["badge.js", "runtime.js"]) dom.window.eval(readFileSync(new URL(file, SHARED), "utf8"));
  return dom.window;
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
