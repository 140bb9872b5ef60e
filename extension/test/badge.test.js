import { test } from "node:test";
import assert from "node:assert/strict";
import { contentWindow, shadowOf, wait } from "./support/dom.js";
import { alertFor } from "./support/fake-chrome.js";

function warning(extra = {}) {
  return alertFor("Globex Corporation", "warning", {
    query: "Globex",
    events: [{
      kind: "merger_acquisition", role: "target", stage: "announced", date: "2026-11-20", abrupt: false,
      summary: "Initech to acquire Globex", reason: "headline names Globex as the target of an acquisition",
      evidence: [{ title: "Initech to acquire Globex Corporation", url: "https://news.example.com/a.html", publisher: "Example Wire", published_at: "2026-11-20T10:00:00Z" }],
    }],
    ...extra,
  });
}

function badgeOn(win, alert, options = {}) {
  const host = win.UpheavalRadar.badge.createBadge(win.document, { company: "Globex", alert, ...options });
  win.document.body.append(host);
  return host;
}

test("the host element says what was read and decided", () => {
  const win = contentWindow();
  const host = badgeOn(win, warning());
  assert.equal(host.tagName, "UPHEAVAL-BADGE");
  assert.equal(host.getAttribute("data-company"), "Globex");
  assert.equal(host.getAttribute("data-level"), "warning");
  const button = shadowOf(host).querySelector("button.badge");
  assert.match(button.textContent, /Upheaval/);
  assert.match(button.getAttribute("aria-label"), /Warning for Globex Corporation, 1 event/);
  assert.equal(button.getAttribute("aria-expanded"), "false");
});

test("a hostile summary ends up as text, never as markup", () => {
  const win = contentWindow();
  const hostile = '<img src=x onerror="globalThis.pwned=1">';
  const alert = warning();
  alert.match.name = `Evil ${hostile}`;
  alert.events[0].summary = hostile;
  alert.events[0].reason = `<b>${hostile}</b>`;
  alert.events[0].evidence[0].title = `<script>globalThis.pwned=2</script>`;
  const host = badgeOn(win, alert);
  shadowOf(host).querySelector("button.badge").click();
  const popover = shadowOf(host).querySelector(".popover");
  assert.equal(popover.hidden, false);
  assert.equal(shadowOf(host).querySelectorAll("img, script, b").length, 0);
  assert.equal(popover.querySelector(".summary").textContent, hostile);
  assert.ok(popover.textContent.includes("<script>globalThis.pwned=2</script>"));
  assert.equal(win.pwned, undefined);
});

test("sources are links only when they are http(s), and open safely in a new tab", () => {
  const win = contentWindow();
  const alert = warning();
  alert.events[0].evidence.push({ title: "Sneaky", url: "javascript:alert(1)" }, { title: "Data", url: "data:text/html,hi" });
  const host = badgeOn(win, alert);
  shadowOf(host).querySelector("button.badge").click();
  const links = [...shadowOf(host).querySelectorAll(".sources a")];
  assert.deepEqual(links.map((a) => a.href), ["https://news.example.com/a.html"]);
  assert.equal(links[0].rel, "noopener noreferrer");
  assert.equal(links[0].target, "_blank");
  assert.ok(shadowOf(host).querySelector(".sources").textContent.includes("Sneaky"));
});

test("the popover lists kind, date, summary, the reason it fired and the source", () => {
  const win = contentWindow();
  const host = badgeOn(win, warning());
  shadowOf(host).querySelector("button.badge").click();
  const text = shadowOf(host).querySelector(".popover").textContent;
  for (const part of ["Merger or acquisition (being acquired, announced)", "2026-11-20", "Initech to acquire Globex",
    "Why it fired: headline names Globex", "Initech to acquire Globex Corporation", "Example Wire", "Read on the page as \u201cGlobex\u201d"]) {
    assert.ok(text.includes(part), `missing ${part} in ${text}`);
  }
});

test("keyboard: the badge is a focusable button; Escape closes the popover and returns focus", () => {
  const win = contentWindow();
  const host = badgeOn(win, warning());
  const button = shadowOf(host).querySelector("button.badge");
  button.focus();
  assert.equal(shadowOf(host).activeElement, button);
  button.click();
  assert.equal(button.getAttribute("aria-expanded"), "true");
  assert.equal(shadowOf(host).querySelector(".popover").getAttribute("role"), "dialog");
  button.dispatchEvent(new win.KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
  assert.equal(button.getAttribute("aria-expanded"), "false");
  assert.equal(shadowOf(host).querySelector(".popover").hidden, true);
});

test("hovering opens the popover; leaving closes it unless it was clicked open", async () => {
  const win = contentWindow();
  const host = badgeOn(win, warning());
  const popover = shadowOf(host).querySelector(".popover");
  host.dispatchEvent(new win.MouseEvent("mouseenter"));
  await wait(200);
  assert.equal(popover.hidden, false);
  host.dispatchEvent(new win.MouseEvent("mouseleave"));
  await wait(350);
  assert.equal(popover.hidden, true);
});

test("a click on the badge does not follow the page's link around it", () => {
  const win = contentWindow('<!DOCTYPE html><body><a id="company" href="https://www.example.com/company/globex">Globex</a></body>');
  const host = win.UpheavalRadar.badge.createBadge(win.document, { company: "Globex", alert: warning() });
  win.document.getElementById("company").append(host);
  let followed = null;
  win.document.addEventListener("click", (event) => { followed = !event.defaultPrevented; });
  shadowOf(host).querySelector("button.badge").click();
  assert.equal(followed, null, "the click stops at the badge");
});

test("wrong company? records the correction through the callback and thanks the user", async () => {
  const win = contentWindow();
  const calls = [];
  const host = badgeOn(win, warning(), { onCorrection: async () => { calls.push("called"); return { sent: false }; } });
  shadowOf(host).querySelector("button.badge").click();
  shadowOf(host).querySelector("button.wrong-company").click();
  await wait(0);
  assert.deepEqual(calls, ["called"]);
  assert.match(shadowOf(host).querySelector(".actions").textContent, /noted in this browser/);
});

test("the checked mark for a known company with no news says so", () => {
  const win = contentWindow();
  const host = badgeOn(win, alertFor("Acme", "none"));
  assert.match(shadowOf(host).querySelector("button.badge").textContent, /Checked/);
  shadowOf(host).querySelector("button.badge").click();
  assert.match(shadowOf(host).querySelector(".popover").textContent, /found no upheaval/);
});

test("the popover is closed to the page: no shadowRoot to read, and a page script's click does nothing", () => {
  const win = contentWindow(undefined, undefined, { untrusted: true });
  const host = badgeOn(win, warning(), { onCorrection: () => { throw new Error("a page script reached the correction"); } });
  assert.equal(host.shadowRoot, null);
  const root = shadowOf(host);
  root.querySelector("button.badge").click(); // what a page script could do if it found the button
  host.dispatchEvent(new win.MouseEvent("mouseenter"));
  assert.equal(root.querySelector(".popover").hidden, true);
  assert.equal(root.querySelector(".wrong-company"), null);
});

test("a layoffs event shows how many jobs and what share of the staff, a bankruptcy its stage", () => {
  const win = contentWindow();
  const host = badgeOn(win, warning({ events: [
    { kind: "layoffs", role: null, stage: null, jobs: 1200, share: 0.08, date: "2026-11-21", abrupt: false,
      summary: "Globex to cut 1,200 jobs", reason: "model p=0.97", evidence: [] },
    { kind: "bankruptcy", role: null, stage: "filed", date: "2026-11-22", abrupt: false,
      summary: "Globex files for Chapter 11", reason: "model p=0.99", evidence: [] },
    { kind: "layoffs", role: null, stage: null, jobs: 90, share: null, site: "Manassas, VA <b>", date: "2026-11-20",
      abrupt: false, summary: "WARN notice: 90 jobs at Manassas, VA", reason: "WARN notice (VA)", evidence: [] },
  ] }));
  shadowOf(host).querySelector("button.badge").click();
  const popover = shadowOf(host).querySelector(".popover");
  const text = popover.textContent;
  assert.equal(popover.querySelector("b"), null);  // a site is text, never markup
  for (const part of ["Layoffs (1,200 jobs, 8% of staff)", "Bankruptcy (filed)", "Layoffs (90 jobs, at Manassas, VA <b>)"]) {
    assert.ok(text.includes(part), `missing ${part} in ${text}`);
  }
});

test("Watch in the popover asks the background on a person's click only, and says where the list is", async () => {
  const win = contentWindow();
  const calls = [];
  const host = badgeOn(win, warning(), { correctionHint: true, onWatch: async () => { calls.push("watch"); return { ok: true }; } });
  const root = shadowOf(host);
  root.querySelector("button.badge").click();
  const trusted = win.UpheavalRadar.badge.isUserEvent;
  win.UpheavalRadar.badge.isUserEvent = () => false; // a page script's synthetic click
  root.querySelector("button.watch-company").click();
  win.UpheavalRadar.badge.isUserEvent = trusted;
  await wait(0);
  assert.deepEqual(calls, []);
  root.querySelector("button.watch-company").click();
  await wait(0);
  assert.deepEqual(calls, ["watch"]);
  assert.match(root.querySelector(".watch-action").textContent, /Watched: .*toolbar button/);
  const unknown = badgeOn(win, alertFor("Nonesuch", "unknown"), { onWatch: async () => ({ ok: true }) });
  shadowOf(unknown).querySelector("button.badge").click();
  assert.equal(shadowOf(unknown).querySelector(".watch-company"), null, "nothing to watch without a match");
});
