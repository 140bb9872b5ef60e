import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadFixture, loadSite, companies, readFixture } from "./support/load-adapter.js";
import { contentWindow, until, wait } from "./support/dom.js";

const IBP_URL = "https://www.google.com/search?q=library+jobs+ravensmere&ibp=htl;jobs#htivrt=jobs&htidocid=RmVycm93MQ";
const UDM8_URL = "https://www.google.com/search?q=robotics+engineer+jobs&udm=8";
const PLAIN_URL = "https://www.google.com/search?q=sablewood+robotics";
const PUBLISHERS = ["Jobrella", "Brightquay Staffing", "Sablewood Robotics Careers", "Hireloop", "Civic Careers Board",
  "Velloro Jobs", "Kittering Hospitality Jobs"];

test("the manifest injects googlejobs on Google's country domains, and the generic script stays off them", () => {
  const manifest = JSON.parse(readFileSync(new URL("../manifest.json", import.meta.url), "utf8"));
  const scripts = (file) => manifest.content_scripts.find((entry) => entry.js.includes(file));
  const google = scripts("content/sites/googlejobs.js").matches;
  for (const host of ["www.google.com", "www.google.co.kr", "www.google.ru", "www.google.com.sa", "www.google.de"]) {
    assert.ok(google.includes(`https://${host}/search*`), host);
    assert.ok(scripts("content/sites/generic.js").exclude_matches.includes(`https://${host}/search*`), host);
  }
});

test("googlejobs claims the jobs view of Google search only: ibp=htl;jobs or udm=8", () => {
  const { adapter, window } = loadFixture("googlejobs", "googlejobs-udm8.html", UDM8_URL);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(adapter.spa, true);
  assert.equal(adapter.quietElsewhere, true);
  for (const href of [IBP_URL, UDM8_URL, "https://www.google.com/search?ibp=htl%3Bjobs&q=nurse", "https://www.google.co.uk/search?q=nurse&udm=8"]) {
    assert.equal(at(href), true, href);
  }
  for (const href of [PLAIN_URL, "https://www.google.com/search?q=cats&udm=2", "https://www.google.com/search?q=jobs&tbm=nws",
    "https://www.google.com/search?q=x&udm=80", "https://www.google.com/maps?q=x&udm=8", "https://www.google.example.com/search?udm=8",
    "https://www.notgoogle.com/search?udm=8"]) {
    assert.equal(at(href), false, href);
  }
});

test("2024 list: one job per card, its company read from the line after the title, never the 'via' publisher", () => {
  const { run, document } = loadFixture("googlejobs", "googlejobs-udm8.html", UDM8_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Sablewood Robotics", "Cindergate Analytics", "Sablewood Robotics", "Dunmarsh Logistics", "Ashcombe Medical Devices"]);
  // Each badge goes after its own card's company line, so two cards of one company get one badge each.
  const cards = [...document.querySelectorAll("[data-viewer-entrypoint] a")];
  assert.deepEqual(Array.from(jobs, (job) => cards.findIndex((card) => card.contains(job.anchor))), [0, 1, 2, 3, 4]);
  for (const job of jobs) assert.equal(job.source, "visible");
});

test("the publisher is never the employer, even when it is a company or the employer's own careers site", () => {
  for (const [file, url] of [["googlejobs-udm8.html", UDM8_URL], ["googlejobs-ibp-open-job.html", IBP_URL]]) {
    const names = companies(loadFixture("googlejobs", file, url).run());
    for (const publisher of PUBLISHERS) assert.ok(!names.includes(publisher), `${file}: ${publisher}`);
    assert.ok(!names.some((name) => /^via /i.test(name)), file);
    assert.ok(!names.includes("Glimmerton Foods"), `${file}: an employer filter chip is no card`);
  }
});

test("a publisher line without the location ('via Hireloop' on a line of its own) reads the same", () => {
  const { run, document } = loadFixture("googlejobs", "googlejobs-udm8.html", UDM8_URL);
  const line = [...document.querySelectorAll("div")].find((el) => !el.children.length && /via Hireloop/.test(el.textContent));
  line.textContent = "via Hireloop";
  assert.equal(companies(run())[3], "Dunmarsh Logistics");
});

test("a publisher word after the publisher ('Indeed 経由') or before it in other scripts marks the line just the same", () => {
  const { run, document } = loadFixture("googlejobs", "googlejobs-udm8.html", UDM8_URL);
  const lines = [...document.querySelectorAll("div")].filter((el) => !el.children.length && /•\s*via \S/.test(el.textContent));
  assert.equal(lines.length, 5);
  const written = [(p) => `${p} 経由`, (p) => `経由: ${p}`, (p) => `通过 ${p}`, (p) => `عبر ${p}`, (p) => `${p}을(를) 통해`];
  lines.forEach((line, index) => {
    line.textContent = line.textContent.replace(/via (.+?)\s*$/, (_, publisher) => written[index](publisher));
  });
  const names = companies(run());
  assert.deepEqual(names, ["Sablewood Robotics", "Cindergate Analytics", "Sablewood Robotics", "Dunmarsh Logistics", "Ashcombe Medical Devices"]);
});

test("2023 view: the open job's pane first, then every card; the hidden copies of each job's details are not read", () => {
  const { run, document } = loadFixture("googlejobs", "googlejobs-ibp-open-job.html", IBP_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Ferrowdale University", "Ravensmere City Council", "Ferrowdale University", "Ravensmere City Council", "Oakhurst Hotel Ravensmere"]);
  assert.ok(document.querySelector("#tl_ditsc").contains(jobs[0].anchor), "the pane's badge goes in the pane");
  const items = [...document.querySelectorAll('[role="treeitem"]')];
  assert.deepEqual(Array.from(jobs.slice(1), (job) => items.findIndex((item) => item.contains(job.anchor))), [0, 1, 2, 3]);
});

test("2023 view: the pane's company is the line after Save and Share, not the sign-in bubble or 'Apply on' link", () => {
  const { run, document } = loadFixture("googlejobs", "googlejobs-ibp-open-job.html", IBP_URL);
  const pane = document.querySelector("#tl_ditsc");
  const bubble = [...pane.querySelectorAll("span")].find((el) => el.textContent === "Keep a list of the jobs you like");
  const [job] = run();
  assert.equal(job.anchor.textContent, "Ferrowdale University");
  assert.ok(bubble.compareDocumentPosition(job.anchor) & 4, "the bubble's text comes first and is passed over");
  // A restyle that puts the "Apply on <publisher>" links above the company still reads the company.
  const header = job.anchor.closest("[data-share-url]").firstElementChild;
  header.prepend(pane.querySelector("g-scrolling-carousel"));
  assert.equal(companies(run())[0], "Ferrowdale University");
});

test("choosing another job swaps the pane's company", () => {
  const { run, document } = loadFixture("googlejobs", "googlejobs-ibp-open-job.html", IBP_URL);
  const pane = document.querySelector("#tl_ditsc");
  const copy = document.querySelectorAll('[role="tree"] li [data-share-url]')[3].cloneNode(true);
  pane.replaceChildren(copy);
  assert.equal(companies(run())[0], "Oakhurst Hotel Ravensmere");
});

test("a list of one card reads that card, not the page around it", () => {
  const { run, document } = loadFixture("googlejobs", "googlejobs-udm8.html", UDM8_URL);
  const cards = [...document.querySelectorAll("[data-share-url]")];
  cards.slice(1).forEach((card) => card.remove());
  assert.deepEqual(companies(run()), ["Sablewood Robotics"]);
  // Without the card's link and button around it, the "Jobs" heading above the list bounds the card.
  for (const wrapper of document.querySelectorAll("[data-viewer-entrypoint], [data-viewer-entrypoint] a")) {
    wrapper.replaceWith(...wrapper.childNodes);
  }
  assert.equal(cards[0].querySelector('[role="button"], a'), null);
  assert.deepEqual(companies(run()), ["Sablewood Robotics"]);
});

test("an ordinary Google search is not read, though it shows a jobs box with the same lines", () => {
  const { adapter, run, location } = loadFixture("googlejobs", "googlejobs-plain-search.html", PLAIN_URL);
  assert.equal(adapter.matches(location), false);
  assert.deepEqual(companies(run()), []);
  // The same page at a jobs-view URL would be read: the URL is the gate, not the page's look.
  const same = loadSite("googlejobs", readFixture("googlejobs-plain-search.html"), UDM8_URL);
  assert.deepEqual(companies(same.run()), ["Sablewood Robotics", "Cindergate Analytics"]);
});

// The runtime with the real adapter: on an ordinary search it watches nothing; an in-page move to the jobs
// view wakes it up.
function googleTab(html, url) {
  const win = contentWindow(html, url);
  for (const file of ["jsonld.js", "page.js"]) win.eval(readFileSync(new URL(`../content/shared/${file}`, import.meta.url), "utf8"));
  let adapter = null;
  win.UpheavalRadar.registerSite = (registered) => { adapter = registered; };
  win.eval(readFileSync(new URL("../content/sites/googlejobs.js", import.meta.url), "utf8"));
  const lookups = [];
  const runtime = win.UpheavalRadar.createRuntime(adapter, {
    window: win,
    async sendMessage(message) {
      if (message.type !== "lookup") return { ok: false };
      lookups.push(message.companies.map((c) => c.name));
      return { ok: true, display: { levels: ["warning"] }, results: message.companies.map((c) => ({ query: c.name, level: "warning", events: [] })) };
    },
    onMessage() {},
  });
  runtime.start();
  return { win, runtime, lookups };
}

test("runtime: an ordinary search is not watched and sends nothing; moving to the jobs view in the page badges its cards", async () => {
  const { win, runtime, lookups } = googleTab(readFixture("googlejobs-plain-search.html"), PLAIN_URL);
  assert.equal(runtime.status().state, "not-job-page");
  const scans = runtime.scans();
  win.document.body.append(win.document.createElement("div"));
  await wait(120);
  assert.equal(runtime.scans(), scans, "no mutation watching on an ordinary search");
  assert.deepEqual(lookups, []);
  assert.equal(win.document.querySelectorAll("upheaval-badge").length, 0);

  win.history.pushState({}, "", "/search?q=robotics+engineer+jobs&udm=8");
  win.dispatchEvent(new win.PopStateEvent("popstate"));
  await until(() => runtime.status().state !== "not-job-page", 2000, "the jobs view");
  // Google fills the jobs list after the URL changes: the runtime is watching again.
  win.document.body.innerHTML = new win.DOMParser().parseFromString(readFixture("googlejobs-udm8.html"), "text/html").body.innerHTML;
  await until(() => win.document.querySelectorAll("upheaval-badge").length === 5, 2000, "five card badges");
  const badged = [...win.document.querySelectorAll("upheaval-badge")].map((b) => b.dataset.company);
  assert.deepEqual(badged, ["Sablewood Robotics", "Cindergate Analytics", "Sablewood Robotics", "Dunmarsh Logistics", "Ashcombe Medical Devices"]);
  assert.ok(lookups.flat().every((name) => !PUBLISHERS.includes(name)));
  runtime.stop();
});

test("a card's logo letter, hidden from assistive technology, is not its company line", () => {
  const card = (title, company, via) => '<li><div role="treeitem" data-share-url="https://www.google.com/search?ibp=htl;jobs#x">' +
    `<div><div class="ZUeoqc"><div><span aria-hidden="true">${company[0]}</span></div></div>` +
    `<div role="heading" aria-level="2">${title}</div><div>${company}</div><div>München</div><div>über ${via}</div></div></div></li>`;
  const html = `<ul>${card("Marketing Manager (m/w/d)", "Auerbach Brauerei GmbH", "StepStone")}` +
    `${card("Content Manager (m/w/d)", "Kranz Verlag", "XING")}</ul>`;
  const { run } = loadSite("googlejobs", html, "https://www.google.de/search?q=marketing&ibp=htl;jobs");
  assert.deepEqual(companies(run()), ["Auerbach Brauerei GmbH", "Kranz Verlag"]);
});
