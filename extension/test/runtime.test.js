import { test } from "node:test";
import assert from "node:assert/strict";
import { contentWindow, until, wait } from "./support/dom.js";
import { alertFor } from "./support/fake-chrome.js";

// A fake background: answers lookups from `levels` (name -> level) and records every message.
function background(levels, { display = { levels: ["warning", "watch"] }, reply = null } = {}) {
  const messages = [];
  const listeners = [];
  return {
    messages,
    // Messages come from the jsdom realm: copy them so deepEqual compares values only.
    lookups: () => JSON.parse(JSON.stringify(messages.filter((m) => m.type === "lookup").map((m) => m.companies.map((c) => c.name)))),
    env: (win) => ({
      window: win,
      async sendMessage(message) {
        messages.push(message);
        await wait(5);
        if (reply) return reply;
        return { ok: true, display, results: message.companies.map((c) => alertFor(c.name, levels[c.name] || "unknown")) };
      },
      onMessage: (listener) => listeners.push(listener),
    }),
    listeners,
    status: () => new Promise((resolve) => listeners[0]({ type: "status" }, {}, resolve)),
  };
}

// The job page of a single-page app: the right pane shows one company; the URL says which job.
const spaAdapter = {
  name: "testsite",
  spa: true,
  matches: (location) => location.pathname.startsWith("/jobs"),
  findJobs(document) {
    return [...document.querySelectorAll(".company")].map((el) => ({ company: el.textContent.trim(), hints: {}, anchor: el, source: "visible" }));
  },
};

const badges = (win) => [...win.document.querySelectorAll("upheaval-badge")].map((b) => `${b.dataset.company}:${b.dataset.level}`);

function start(html, adapter, bg, url = "https://jobs.example.com/jobs/view/1") {
  const win = contentWindow(html, url);
  const runtime = win.UpheavalRadar.createRuntime(adapter, bg.env(win));
  runtime.start();
  return { win, runtime };
}

test("a flagged company gets a badge right after the company element, after one lookup", async () => {
  const bg = background({ Globex: "warning" });
  const { win } = start('<body><div class="pane"><a class="company">Globex</a><h1>Engineer</h1></div></body>', spaAdapter, bg);
  await until(() => badges(win).length, 2000, "badge");
  assert.deepEqual(badges(win), ["Globex:warning"]);
  assert.equal(win.document.querySelector(".company").nextElementSibling.tagName, "UPHEAVAL-BADGE");
  assert.deepEqual(bg.lookups(), [["Globex"]]);
  assert.equal(bg.messages[0].site, "testsite");
});

test("in-page navigation replaces the badge: the previous job's company is never kept", async () => {
  const bg = background({ Globex: "warning", Initech: "watch" });
  const { win } = start('<body><div class="pane"><a class="company">Globex</a></div></body>', spaAdapter, bg);
  await until(() => badges(win).length, 2000, "first badge");

  // The site swaps the right pane and pushes a new URL, as LinkedIn's split view does.
  win.history.pushState({}, "", "/jobs/view/2");
  win.document.querySelector(".pane").innerHTML = '<a class="company">Initech</a>';
  await until(() => badges(win).join() === "Initech:watch", 2000, "second badge");

  // Next job: a company we do not know. No badge at all, and certainly not Initech's.
  win.history.pushState({}, "", "/jobs/view/3");
  win.document.querySelector(".pane .company").textContent = "Nobody Knows Inc";
  await until(() => bg.lookups().length === 3, 2000, "third lookup");
  await wait(120);
  assert.deepEqual(badges(win), []);
  assert.deepEqual(bg.lookups(), [["Globex"], ["Initech"], ["Nobody Knows Inc"]]);

  // Back to the first job: answered from the page's memory, no new message.
  win.history.back();
  win.document.querySelector(".pane").innerHTML = '<a class="company">Globex</a>';
  await until(() => badges(win).join() === "Globex:warning", 2000, "badge again");
  assert.equal(bg.lookups().length, 3);
});

test("a list page sends one batch for all visible companies, and new cards on scroll get badges", async () => {
  const bg = background({ Globex: "warning", Initech: "watch", Umbrella: "warning", Hooli: "none" });
  const cards = (names) => names.map((n) => `<li class="card"><span class="company">${n}</span></li>`).join("");
  const { win } = start(`<body><ul id="list">${cards(["Globex", "Initech", "Globex", "Acme"])}</ul></body>`, spaAdapter, bg, "https://jobs.example.com/jobs/search?q=x");
  await until(() => badges(win).length === 3, 2000, "three badges");
  assert.deepEqual(bg.lookups(), [["Globex", "Initech", "Acme"]]);
  assert.deepEqual(badges(win), ["Globex:warning", "Initech:watch", "Globex:warning"]);

  win.document.getElementById("list").insertAdjacentHTML("beforeend", cards(["Umbrella", "Hooli", "Initech"]));
  await until(() => badges(win).length === 5, 2000, "badges on new cards");
  assert.deepEqual(bg.lookups(), [["Globex", "Initech", "Acme"], ["Umbrella", "Hooli"]]);
  assert.deepEqual(badges(win).slice(3), ["Umbrella:warning", "Initech:watch"]);
});

test("a list longer than one lookup message allows is asked in parts, and every card gets its badge", async () => {
  // The real background refuses a message of more than 200 companies (background/router.js); this one does too.
  const { cleanCompanies } = await import("../background/router.js");
  const names = Array.from({ length: 230 }, (_, i) => `Company ${i}`);
  const bg = background(Object.fromEntries(names.map((n) => [n, "warning"])));
  const env = bg.env;
  bg.env = (win) => ({ ...env(win), async sendMessage(message) {
    if (!cleanCompanies(message.companies)) { bg.messages.push(message); return { ok: false, error: "bad lookup message" }; }
    return env(win).sendMessage(message);
  } });
  const cards = names.map((n) => `<li class="card"><span class="company">${n}</span></li>`).join("");
  const { win } = start(`<body><ul id="list">${cards}</ul></body>`, spaAdapter, bg, "https://jobs.example.com/jobs/search?q=x");
  await until(() => badges(win).length === 230, 3000, "a badge on every card");
  assert.deepEqual(bg.lookups().map((part) => part.length), [200, 30]);
  assert.deepEqual(bg.lookups().flat(), names);
});

test("our own badge insertions do not trigger more scans", async () => {
  const bg = background({ Globex: "warning" });
  const { win, runtime } = start('<body><a class="company">Globex</a></body>', spaAdapter, bg);
  await until(() => badges(win).length, 2000, "badge");
  const scans = runtime.scans();
  await wait(200);
  assert.equal(runtime.scans(), scans);
});

test("the page is read once per change: an answer reuses the reading, loader scripts and styles are no change", async () => {
  const bg = background({ Globex: "warning", Initech: "watch" });
  let readings = 0;
  const counting = { ...spaAdapter, findJobs(document) { readings += 1; return spaAdapter.findJobs(document); } };
  const { win, runtime } = start('<body><ul id="list"><li><a class="company">Globex</a></li></ul></body>', counting, bg,
    "https://jobs.example.com/jobs/search?q=x");
  await until(() => badges(win).length === 1, 2000, "badge");
  // Two scans (the first, and the one after the answer), one reading.
  assert.equal(runtime.scans(), 2);
  assert.equal(readings, 1);

  const doc = win.document;
  doc.body.append(doc.createElement("script"), doc.createElement("link"), doc.createElement("style"), doc.createComment("x"));
  await wait(150);
  assert.equal(readings, 1);
  assert.equal(runtime.scans(), 2);

  // A JSON-LD script is content (single-page apps add the JobPosting that way): the page is read again.
  const jsonld = doc.createElement("script");
  jsonld.setAttribute("type", "application/ld+json");
  doc.body.append(jsonld);
  await until(() => readings === 2, 2000, "a reading after the JSON-LD script");

  // So is a new card, and its company gets its badge.
  doc.getElementById("list").insertAdjacentHTML("beforeend", '<li><a class="company">Initech</a></li>');
  await until(() => badges(win).length === 2, 2000, "the new card's badge");
  assert.equal(readings, 3);
});

test("checked marks show only when the background says the user asked for them; unknown never shows", async () => {
  const bg = background({ Hooli: "none" }, { display: { levels: ["warning", "watch", "none"] } });
  const { win } = start('<body><a class="company">Hooli</a><a class="company">Nobody</a></body>', spaAdapter, bg);
  await until(() => badges(win).length, 2000, "checked mark");
  await wait(100);
  assert.deepEqual(badges(win), ["Hooli:none"]);

  const quiet = background({ Hooli: "none", Initech: "watch" }, { display: { levels: ["warning"] } });
  const second = start('<body><a class="company">Hooli</a><a class="company">Initech</a></body>', spaAdapter, quiet);
  await until(() => quiet.lookups().length, 2000, "lookup");
  await wait(100);
  assert.deepEqual(badges(second.win), [], "warning-only sensitivity hides watch; none hides without checked marks");
});

test("the popup learns why there is no badge: unreachable, not recognised, not a job page", async () => {
  const down = background({}, { reply: { ok: false, error: "server unreachable" } });
  const one = start('<body><a class="company">Globex</a></body>', spaAdapter, down);
  await until(() => down.lookups().length, 2000, "lookup");
  await wait(50);
  assert.equal((await down.status()).state, "unreachable");
  assert.deepEqual(badges(one.win), []);

  const none = background({});
  start("<body><p>No company here</p></body>", spaAdapter, none);
  await wait(80);
  assert.equal((await none.status()).state, "no-company");
  assert.equal(none.messages.length, 0);

  const elsewhere = background({});
  start('<body><a class="company">Globex</a></body>', spaAdapter, elsewhere, "https://jobs.example.com/about");
  await wait(80);
  const status = await elsewhere.status();
  assert.equal(status.state, "not-job-page");
  assert.equal(elsewhere.messages.length, 0);

  const found = background({ Globex: "warning" });
  start('<body><a class="company">Globex</a></body>', spaAdapter, found);
  await until(() => found.lookups().length, 2000, "lookup");
  await wait(50);
  const answer = await found.status();
  assert.equal(answer.state, "found");
  assert.equal(answer.jobs[0].alert.level, "warning");
});

test("a static page whose company arrives late (filled by script) still gets its badge", async () => {
  const bg = background({ Globex: "warning" });
  const { win } = start('<body><div id="root"></div></body>', { ...spaAdapter, spa: false }, bg);
  await wait(80);
  win.document.getElementById("root").innerHTML = '<h2 class="company">Globex</h2>';
  await until(() => badges(win).length, 2000, "late badge");
  assert.deepEqual(badges(win), ["Globex:warning"]);
});

test("a company with no anchor gets a badge at the page top", async () => {
  const bg = background({ Globex: "warning" });
  const adapter = { ...spaAdapter, findJobs: () => [{ company: "Globex", hints: {}, anchor: null, source: "title" }] };
  const { win } = start("<body><main></main></body>", adapter, bg);
  const badge = await until(() => win.document.querySelector("upheaval-badge"), 2000, "badge");
  assert.equal(badge.getAttribute("data-placement"), "page-top");
  assert.equal(win.document.body.firstElementChild, badge);
});

test("an adapter that throws costs the page nothing but its own badge", async () => {
  const bg = background({});
  const adapter = { ...spaAdapter, findJobs: () => { throw new Error("selector drift"); } };
  const original = console.warn;
  console.warn = () => {};
  try {
    start("<body></body>", adapter, bg);
    await wait(60);
  } finally {
    console.warn = original;
  }
  assert.equal((await bg.status()).state, "no-company");
});

test("the page offers no correction button, and the popup's confirmed correction takes the badge away", async () => {
  const bg = background({ Globex: "warning" });
  const { win } = start('<body><div class="pane"><a class="company">Globex</a></div></body>', spaAdapter, bg);
  await until(() => badges(win).length, 2000, "badge");
  const host = win.document.querySelector("upheaval-badge");
  const root = win.__shadowRoots.get(host);
  root.querySelector("button.badge").click();
  assert.equal(root.querySelector("button.wrong-company"), null);
  assert.match(root.querySelector(".correction-hint").textContent, /toolbar/);

  const reply = await new Promise((resolve) => bg.listeners[0]({ type: "corrected", company: "Globex" }, {}, resolve));
  assert.equal(reply.ok, true);
  await until(() => badges(win).length === 0, 2000, "badge removed");
  assert.equal((await bg.status()).jobs[0].alert.corrected, true);
});

test("a badge placed at the page top moves to the company element once a single-page app renders it", async () => {
  const bg = background({ Globex: "warning" });
  // An empty shell: the adapter knows the company (from the URL, say) but has nothing to anchor to yet.
  const shellAdapter = {
    name: "testsite",
    spa: true,
    matches: () => true,
    findJobs(document) {
      const header = document.querySelector(".company");
      return [{ company: "Globex", hints: {}, anchor: header, source: header ? "visible" : "url" }];
    },
  };
  const { win } = start("<body><div id=app></div></body>", shellAdapter, bg);
  await until(() => badges(win).length, 2000, "page-top badge");
  const first = win.document.querySelector("upheaval-badge");
  assert.equal(first.getAttribute("data-placement"), "page-top");

  win.document.getElementById("app").innerHTML = '<h1 class="company">Globex</h1>';
  await until(() => win.document.querySelector(".company").nextElementSibling === first, 2000, "badge moved");
  assert.equal(win.document.querySelectorAll("upheaval-badge").length, 1);
  assert.equal(first.hasAttribute("data-placement"), false);
});

test("on a list, a card's badge never moves to another card of the same company", async () => {
  const bg = background({ Globex: "warning" });
  const { win } = start('<body><ul><li><a class="company">Globex</a></li><li><a class="company">Globex</a></li></ul></body>', spaAdapter, bg);
  await until(() => badges(win).length === 2, 2000, "two badges");
  const [one, two] = win.document.querySelectorAll("upheaval-badge");
  win.document.querySelector("li").remove(); // the first card scrolls out of a virtualised list
  await until(() => badges(win).length === 1, 2000, "one badge left");
  assert.equal(win.document.querySelector("upheaval-badge"), two);
  assert.equal(one.isConnected, false);
});

test("a page the adapter does not read is not watched: nothing is scanned on mutations, one look later", async () => {
  const bg = background({ Globex: "warning" });
  let reads = 0;
  const genericLike = {
    name: "generic",
    spa: false,
    matches: () => { reads += 1; return false; },
    findJobs: (document) => [...document.querySelectorAll(".company")].map((el) => ({ company: el.textContent, hints: {}, anchor: el, source: "visible" })),
  };
  const { win, runtime } = start("<body><p>A blog post</p></body>", genericLike, bg, "https://blog.example.com/2026/11/post");
  await wait(20);
  assert.equal((await bg.status()).state, "not-job-page");
  const before = runtime.scans();
  for (let i = 0; i < 5; i++) {
    win.document.body.append(win.document.createElement("div"));
    await wait(80);
  }
  assert.equal(runtime.scans(), before, "no scan for mutations on a page that is not a job page");
  assert.ok(reads >= 1);
});
