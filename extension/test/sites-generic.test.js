import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const JOB_URL = "https://careers.humongous-insurance.example/jobs/R0042-claims-analyst";

test("a careers page's JSON-LD legal entity becomes the shorter name the page shows", () => {
  const { run, document } = loadFixture("generic", "generic-job.html", JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Humongous Insurance"]);
  assert.equal(jobs[0].source, "title");
  assert.deepEqual(plain(jobs[0].hints), { domain: "humongous-insurance.example" });
  assert.equal(jobs[0].anchor, document.querySelector("h1"));
});

test("the legal entity stays when the page shows no shorter name", () => {
  const { run, document } = loadFixture("generic", "generic-job.html", JOB_URL);
  document.title = "Claims Analyst";
  document.querySelector('meta[property="og:site_name"]').remove();
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Humongous Insurance UK Limited"]);
  assert.equal(jobs[0].source, "jsonld");
});

test("a shorter name is used only when the dropped words are legal or regional suffixes", () => {
  const html = '<title>Payments Engineer | Global careers</title><script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Global Payments Inc."}}</script><h1>Payments Engineer</h1>';
  const { run } = loadSite("generic", html, "https://jobs.example.org/1");
  assert.deepEqual(companies(run()), ["Global Payments Inc."]);
});

test("a page that is not a job posting returns nothing, even with an Organization in its JSON-LD", () => {
  const { run } = loadFixture("generic", "generic-not-a-job.html", "https://blog.litware.example/2026/11/ten-years");
  assert.deepEqual(companies(run()), []);
});

test("a placeholder employer in JSON-LD is not reported", () => {
  const html = '<title>Analyst</title><script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Confidential"}}</script>';
  const { run } = loadSite("generic", html, "https://jobs.example.org/2");
  assert.deepEqual(companies(run()), []);
});

test("several different employers on one page are not guessed between", () => {
  const html = '<title>Jobs</title><script type="application/ld+json">[{"@type":"JobPosting","hiringOrganization":"Litware"},{"@type":"JobPosting","hiringOrganization":"Fabrikam"}]</script>';
  const { run } = loadSite("generic", html, "https://jobs.example.org/list");
  assert.deepEqual(companies(run()), []);
});

// Pages of sites without an adapter: the gate, agreement between sources, and whose name a board shows.

test("the gate reads nothing on pages that are not job pages", () => {
  const blog = loadFixture("generic", "generic-not-a-job.html", "https://blog.litware.example/2026/11/ten-years");
  assert.equal(blog.adapter.matches(blog.location), false);
  const news = loadFixture("generic", "generic-news-article.html", "https://www.fabrikam-news.example/jobs/2026/11/contoso-hiring-austin");
  assert.equal(news.adapter.matches(news.location), false, "a news article is not a job page, even under /jobs/");
  assert.deepEqual(companies(news.run()), []);
  const search = loadSite("generic", "<title>widgets - Search</title><h1>Results</h1>", "https://search.example/?q=widgets");
  assert.equal(search.adapter.matches(search.location), false);
});

test("the gate opens on job-shaped addresses, ATS hosts and JobPosting markup", () => {
  const { UpheavalRadar } = loadSite("generic", "", "https://example.com/").window;
  const gate = (url, html = "") => {
    const { document } = loadSite("generic", html, url);
    return UpheavalRadar.employer.looksLikeJobPage(document, new URL(url));
  };
  assert.equal(gate("https://www.contoso.example/careers/engineering"), true);
  assert.equal(gate("https://www.fabrikam.example/de/stellenangebote/123"), true);
  assert.equal(gate("https://jobs.tailspin.example/"), true);
  assert.equal(gate("https://wingtip.teamtailor.com/"), true);
  assert.equal(gate("https://acme.bamboohr.com/careers/12"), true);
  // a board's search asks what and where; a site search asks only what
  assert.equal(gate("https://www.hirehub.example/search?q=customer+service&l=Phoenix%2C+AZ"), true);
  assert.equal(gate("https://www.hirehub.example/search?q=customer+service"), false);
  assert.equal(gate("https://www.news.example/search?q=layoffs&sort=date"), false);
  assert.equal(gate("https://www.litware.example/post/42", '<script type="application/ld+json">{"@type":"JobPosting"}</script>'), true);
  assert.equal(gate("https://www.litware.example/about"), false);
  assert.equal(gate("https://www.litware.example/jobsite-news"), false);
  // A search named by its query ("/welder-jobs/in-Perth"), as SEEK and many boards write it.
  assert.equal(gate("https://www.northwindjobs.example/project-support-officer-jobs/in-All-Sydney-NSW"), true);
  assert.equal(gate("https://www.northwindjobs.example/welder-jobs"), true);
  assert.equal(gate("https://www.litware.example/news/2026/welder-jobsite-safety"), false);
  // a search with its place ("/java-developer-jobs-in-bangalore"), a careers page in the company's language
  assert.equal(gate("https://www.northwindjobs.example/java-developer-jobs-in-bangalore"), true);
  assert.equal(gate("https://www.stroomwiel.example/werken-bij"), true);
  assert.equal(gate("https://www.fabrikam.example/arbeiten-bei/technik"), true);
});

test("a board's list beside one open job: the open job's employer, and each listed card its own", () => {
  const card = (name) => `<li class="job-card"><h2>Forklift Operator</h2><a data-testid="job-card-company" href="/co/${name}">${name}</a></li>`;
  const html = "<title>1,046 Forklift jobs in Columbus, OH</title>" +
    `<main><ul>${["Olentangy Freight", "Scioto Goods", "Gahanna Grocers", "Olentangy Freight"].map(card).join("")}</ul>` +
    '<section class="pane"><h1>Forklift Operator</h1><div>Arborview Packaging</div></section></main>' +
    '<script type="application/ld+json">{"@type":"JobPosting","title":"Forklift Operator",' +
    '"hiringOrganization":{"@type":"Organization","name":"Arborview Packaging"}}</script>';
  const { run } = loadSite("generic", html, "https://www.northwindjobs.example/jobs-search?search=forklift");
  assert.deepEqual(companies(run()), ["Arborview Packaging", "Olentangy Freight", "Scioto Goods", "Gahanna Grocers", "Olentangy Freight"]);
  // two marked companies beside a job are its page's furniture ("similar jobs"), not a list
  const few = html.replace(card("Gahanna Grocers"), "").replace(card("Olentangy Freight"), "");
  assert.deepEqual(companies(loadSite("generic", few, "https://www.northwindjobs.example/jobs-search?search=forklift").run()), ["Arborview Packaging"]);
});

test("a job board's own name is never the employer; the posting's company is", () => {
  const job = loadFixture("generic", "generic-board-job.html", "https://www.northwindjobs.example/job/2001/welder");
  assert.deepEqual(companies(job.run()), ["Proseware"]);
  assert.equal(plain(job.run()[0].hints).domain, "proseware.example");
  const list = loadFixture("generic", "generic-board-list.html", "https://www.northwindjobs.example/jobs/sponsorship/in-united-kingdom");
  assert.deepEqual(companies(list.run()), ["Alpine Ski House", "Fourth Coffee", "Wide World Importers"], "each card's company, never the board's");
});

test("one source alone is not enough unless it is JobPosting markup", () => {
  const titleOnly = loadSite("generic", "<title>Welder - Proseware</title><h1>Welder</h1>", "https://www.hiring-hub.example/jobs/1");
  assert.deepEqual(companies(titleOnly.run()), []);
  const agreeing = loadSite("generic", '<title>Welder - Proseware</title><meta name="description" content="Apply for Welder at Proseware"><h1>Welder</h1>', "https://www.hiring-hub.example/jobs/1");
  assert.deepEqual(companies(agreeing.run()), ["Proseware"]);
});

test("a site naming itself is the employer only on a careers site: on a bare domain it could be a board", () => {
  const html = '<title>Welders wanted | Seaside</title><meta property="og:site_name" content="Seaside"><meta name="description" content="Find welding jobs at Seaside"><h1>Welders wanted</h1>';
  assert.deepEqual(companies(loadSite("generic", html, "https://www.seaside.example/jobs/welding").run()), []);
  assert.deepEqual(companies(loadSite("generic", html, "https://careers.seaside.example/jobs/welding").run()), ["Seaside"]);
});

test("a board whose job addresses look like a careers path carries another company's job when the markup and title name it", () => {
  const html = '<title>Controller (m/w/d) - München - Fabrikam Getränke GmbH | Northwind</title>'
    + '<meta property="og:site_name" content="Northwind">'
    + '<meta name="description" content="Northwind: Jetzt als Controller bei Fabrikam Getränke GmbH bewerben">'
    + '<header><a href="/"><img class="logo" alt="Northwind" src="/static/northwind-logo.svg"></a></header>'
    + '<script type="application/ld+json">{"@type":"JobPosting","title":"Controller","hiringOrganization":{"@type":"Organization","name":"Fabrikam Getränke GmbH"}}</script>'
    + '<h1>Controller (m/w/d)</h1>';
  const board = loadSite("generic", html, "https://www.northwind.example/stellenangebote--Controller-Muenchen-Fabrikam--1240-inline.html");
  assert.deepEqual(companies(board.run()), ["Fabrikam Getränke"]);
});

test("an internal code is never a name: the logo the page shows wins", () => {
  const { run } = loadFixture("generic", "generic-ats-internal-code.html", "https://wtp.tbe.taleo.net/wtp01/ats/careers/v2/searchResults?org=WINGTPAE&cws=39");
  assert.deepEqual(companies(run()), ["Wingtip Aeronautics"]);
  const coded = loadSite("generic", '<title>Engineer</title><script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":"CONTOSOGLOBAL"}</script><h1>Engineer</h1>', "https://careers.contoso.example/job/1");
  assert.deepEqual(companies(coded.run()), []);
});

test("on a company's careers site, JSON-LD naming someone unrelated gives way to the site's brand", () => {
  const { run } = loadFixture("generic", "generic-suspect-legal-entity.html", "https://careers.litware.example/job/R1001/systems-engineer");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Litware"]);
  assert.equal(plain(jobs[0].hints).domain, "litware.example");
});

test("a careers list page gets one page-level badge; an ATS tenant's slug becomes the hint", () => {
  const list = loadFixture("generic", "generic-careers-list.html", "https://careers.tailspin.example/global/en/search-results");
  assert.deepEqual(companies(list.run()), ["Tailspin"]);
  const tenant = loadFixture("generic", "generic-ats-tenant-job.html", "https://apply.workable.com/contosorobotics/j/0AB1C2D3E4/");
  const jobs = tenant.run();
  assert.deepEqual(companies(jobs), ["Contoso Robotics"]);
  assert.equal(plain(jobs[0].hints).ats, "workable:contosorobotics");
});

test("recruiters keep their own name; described or placeholder employers get nothing", () => {
  const recruiter = loadFixture("generic", "generic-recruiter-ad.html", "https://www.margies-recruitment.example/jobs/senior-accountant-leading-bank-7001");
  assert.deepEqual(companies(recruiter.run()), ["Margie's Recruitment"]);
  const placeholder = loadFixture("generic", "generic-placeholder-employer.html", "https://www.wingtipjobs.example/job/42");
  assert.deepEqual(companies(placeholder.run()), []);
});

test("names of one company agree across spellings, slugs and legal forms; different companies do not", () => {
  const { UpheavalRadar } = loadSite("generic", "", "https://example.com/").window;
  const same = UpheavalRadar.employer.sameCompany;
  assert.equal(same("Hugging Face", "huggingface"), true);
  assert.equal(same("Altair Engineering Inc.", "altair"), true);
  assert.equal(same("Acme Canada Co.", "Acme"), true);
  assert.equal(same("Northwind Jobs", "Proseware"), false);
  assert.equal(same("Global Payments", "Global"), false, "a filler word alone is no agreement");
  assert.equal(same("Contoso", "Contosoft"), false);
});

test("a board's list: each card marked as a company gets its own badge; filters and site chrome do not", () => {
  const html = `<title>Welder jobs | Northwind Jobs</title><meta property="og:site_name" content="Northwind Jobs">
    <header><a data-automation="company logo" href="/">Northwind Jobs</a></header>
    <form><div data-at="companyTypes-option-agency"><input type="checkbox"> Agency (739)</div></form>
    <article><a href="/job/1">Welder</a><a data-testid="job-card-company" href="/c/proseware">Proseware</a></article>
    <article><a href="/job/2">Fitter</a><a data-automation="jobCompany" aria-label="Jobs at Alpine Ski House Ltd" href="/Alpine-jobs">Alpine</a></article>
    <article><a href="/job/3">Driver</a><span data-at="job-item-company-name">Confidential</span></article>`;
  const { run } = loadSite("generic", html, "https://www.northwindjobs.example/jobs/welder");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Proseware", "Alpine Ski House Ltd"]);
  assert.equal(jobs[0].anchor.textContent, "Proseware");
  const single = loadSite("generic", '<article><a href="/job/1">Welder</a><a data-testid="job-card-company">Proseware</a></article>', "https://www.northwindjobs.example/jobs/welder");
  assert.deepEqual(companies(single.run()), [], "one marked company is not a list");
});

// A company's WordPress careers page: the SEO plugin calls every page an "article", and the embedded careers
// widget links its positions under /careers-2/co/<department>/<id>/<title>.
const WORDPRESS_CAREERS = `<meta property="og:type" content="article"><meta property="og:title" content="Careers">
  <meta property="og:site_name" content="Tailspin"><title>Careers - Tailspin</title>
  <header><a href="/"><img alt="TAILSPIN AERONAUTICS" src="/wp-content/uploads/tailspin-logo.svg"></a></header>
  <h2>Open positions</h2>
  <ul class="positions">
    <li><a href="https://tailspin.example/careers-2/co/operations/0A.B21/planner">Production Planner</a></li>
    <li><a href="https://tailspin.example/careers-2/co/r-d/0A.C07/firmware-engineer">Firmware Engineer</a></li>
    <li><a href="https://tailspin.example/careers-2/co/finance/0A.D13/controller">Controller</a></li>
  </ul>`;

test("a company's own careers page called an 'article' by its CMS is read; its position links are not company profiles", () => {
  const { run, adapter, location } = loadSite("generic", WORDPRESS_CAREERS, "https://tailspin.example/careers-2");
  assert.equal(adapter.matches(location), true);
  assert.deepEqual(companies(run()), ["Tailspin"]);
});

test("an 'article' stays news when it is dated, or when the site is not the employer's careers site", () => {
  const dated = loadSite("generic", `<meta property="article:published_time" content="2026-11-02T08:00:00Z">${WORDPRESS_CAREERS}`, "https://tailspin.example/careers-2");
  assert.equal(dated.adapter.matches(dated.location), false);
  const datedPath = loadSite("generic", WORDPRESS_CAREERS, "https://tailspin.example/careers/2026/11/we-are-hiring");
  assert.equal(datedPath.adapter.matches(datedPath.location), false);
  const board = loadSite("generic", WORDPRESS_CAREERS, "https://news.example/jobs/tailspin-hiring");
  assert.equal(board.adapter.matches(board.location), false);
});

test("a .jobs site is the employer's own: 'Jobs bei der X in <place>' names it with the host", () => {
  const html = `<title>Jobs</title><meta name="description" content="Finden Sie Ihren nächsten Karriereschritt bei der Contoso Gruppe.">
    <h1>Jobs bei der Contoso Gruppe in Deutschland.</h1><div class="jobfinder"><p>Elektroniker (m/w/d)</p><p>München</p></div>`;
  const { run, adapter, location } = loadSite("generic", html, "https://www.contosogruppe.jobs/de/de/jobs.html");
  assert.equal(adapter.matches(location), true);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso Gruppe"]);
  assert.deepEqual(plain(jobs[0].hints), { domain: "contosogruppe.jobs" }, "the employer's own host is its domain");
});

test("a board's cards with no marked company: the employer-profile link beside each job's link", () => {
  const card = (id, title, slug, name) => `<div class="ads-details"><div class="cmp-logo"><a href="/Employer-Profile/${id}-${slug}-jobs"><img alt="" src="/logo/${slug}.png"></a></div>
    <div class="cmp-info"><a href="/job-details/${id}0-${slug}-job"><h4>${title}</h4></a><a href="/Employer-Profile/${id}-${slug}-jobs">${name}</a><p>Remote</p></div></div>`;
  const html = `<title>Latest AI jobs | Northwind Jobs</title>
    <div class="top-companies"><a href="/Employer-Profile/9-adventure-works-jobs">Adventure Works</a><a href="/Employer-Profile/8-litware-jobs">Litware</a></div>
    <h1>Recently added jobs</h1>
    ${card(101, "ML Engineer", "wingtip", "Wingtip Toys")}${card(102, "Data Scientist", "fourth-coffee", "Fourth Coffee, Inc.")}${card(103, "Research Intern", "tailspin", "Tailspin")}`;
  const { run } = loadSite("generic", html, "https://www.northwindjobs.example/job-opportunities");
  assert.deepEqual(companies(run()), ["Wingtip Toys", "Fourth Coffee, Inc.", "Tailspin"]);
});

test("a board's company blocks each listing several jobs: every job its block's employer, one badge per job", () => {
  const block = (slug, name, titles) => `<div class="startup"><a href="/company/${slug}"><img alt="${name} company logo"></a>
    <a href="/company/${slug}"><h2>${name}</h2></a><span>11-50 Employees</span>
    ${titles.map((t, i) => `<div class="job"><a href="/jobs/${slug.length}${i}-${t.toLowerCase().replace(/ /g, "-")}">${t}</a><span>Remote</span></div>`).join("")}</div>`;
  const html = `<title>Startup jobs | Tinybird Jobs</title><h1>Jobs at startups</h1>
    ${block("corrib-bio", "Corrib Bio", ["ML Engineer", "Data Engineer"])}${block("loomwise", "Loomwise", ["Designer"])}
    ${block("patchfield", "Patchfield", ["Backend Engineer", "SRE", "Product Manager"])}
    <aside><a href="/company/brackenridge">Brackenridge Labs</a><a href="/company/sundial">Sundial Payroll</a></aside>`;
  const { run } = loadSite("generic", html, "https://tinybirdjobs.example/jobs?role=engineering");
  assert.deepEqual(companies(run()), ["Corrib Bio", "Corrib Bio", "Loomwise", "Patchfield", "Patchfield", "Patchfield"]);
});

test("a board's job links that name the employer's profile (/companies/<slug>/jobs/...): the card's name that spells the slug", () => {
  const card = (slug, name, title) => `<li><a href="/en/companies/${slug}/jobs/${title.toLowerCase()}_paris" aria-hidden="true"><img alt="${name}"></a>
    <div><div><img alt="${name}"></div><span class="wui-text">${name}</span></div>
    <a href="/en/companies/${slug}/jobs/${title.toLowerCase()}_paris"><h4><div role="mark">${title}</div></h4></a><p><span>Paris</span></p></li>`;
  const html = `<title>Jobs | Thicket</title><h1>Find your next job</h1><ul>${card("lunette-co", "Lunette & Co", "Designer")}` +
    `${card("hexalune", "Hexalune", "Engineer")}${card("soleane-energie", "Soléane Énergie", "Analyst")}</ul>` +
    `<section><h2>These companies are hiring</h2><a href="/en/companies/brume">Brume Mobility</a></section>`;
  const { run } = loadSite("generic", html, "https://www.thicket.example/en/jobs?query=design");
  assert.deepEqual(companies(run()), ["Lunette & Co", "Hexalune", "Soléane Énergie"]);
});

test("an ATS's own marks are not the employer: its footer logo beside 'Powered by', its host, its images' host", () => {
  const html = '<title>Recruitment</title><header><img class="company-logo" alt="Marrow Dental Group" ' +
    'src="https://workforcenow.adp.com/mascsr/default/mdf/recruitment/logo?cid=1"></header><main><h1>Dental Hygienist</h1></main>' +
    '<footer><div><span>Powered by</span><img class="footer-logo" alt="ADP" src="https://workforcenow.adp.com/assets/adp-logo.svg"></div></footer>';
  const at = "https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=1&jobId=512877";
  assert.deepEqual(companies(loadSite("generic", html, at).run()), ["Marrow Dental Group"]);
});

test("on an ATS page a JSON-LD parent that shares no word with the brand the title and logo agree on neither names nor blocks", () => {
  const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "JobPosting", title: "Staff Nurse",
    hiringOrganization: { "@type": "Organization", name: "Corbel Health System, Inc." } });
  const html = `<title>Staff Nurse - Alder Vale Medical Center</title><script type="application/ld+json">${ld}</script>` +
    '<header><img alt="Alder Vale Medical Center logo" src="/logo.png"></header><main><h1>Staff Nurse</h1></main>';
  const at = "https://recruiting.ultipro.com/ALD1004AVMC/JobBoard/3b8f62d1/OpportunityDetail?opportunityId=a91c7e3f";
  assert.deepEqual(companies(loadSite("generic", html, at).run()), ["Alder Vale Medical Center"]);
});

test("a Homerun tenant's page: the title and the logo name the tenant", () => {
  const html = '<title>Product Designer – Quillfield</title><header><img alt="Quillfield" src="/logo.png"></header>' +
    '<main><h1>Product Designer</h1><p>Join our studio.</p></main><footer>Hiring with Homerun</footer>';
  assert.deepEqual(companies(loadSite("generic", html, "https://quillfield.homerun.co/product-designer").run()), ["Quillfield"]);
});

test("a SEEK-platform job page: the advertiser's name is the employer, the similar jobs beside it their own", () => {
  const similar = (name) => `<article><a href="/job/1${name.length}">Storekeeper</a><span data-automation="jobCompany">${name}</span></article>`;
  const html = '<title>Warehouse Supervisor Job in Shah Alam - Jobstreet</title>' +
    '<meta name="description" content="Kenanga Freight Sdn Bhd is hiring a Warehouse Supervisor in Shah Alam.">' +
    '<main><h1 data-automation="job-detail-title">Warehouse Supervisor</h1><span data-automation="advertiser-name">Kenanga Freight Sdn Bhd</span>' +
    '<img alt="Company logo for Kenanga Freight" src="https://image-service-cdn.seek.com.au/abc"></main>' +
    `<section><h2>Similar jobs</h2>${similar("Tanjung Distribution Sdn Bhd")}${similar("Meranti Living Sdn Bhd")}${similar("Rambai Cold Chain Berhad")}</section>`;
  const jobs = loadSite("generic", html, "https://my.jobstreet.com/job/87219034").run();
  assert.equal(jobs[0].company, "Kenanga Freight");
});

// ATS templates seen beyond the saved pages (shapes written from the systems' documented page layouts).

test("an h1 that names the site's own tenant is the employer, and the job is the next heading", () => {
  const html = '<title>Senior Motion Designer - Brightmoor Studio</title><header><h1 class="company-name">Brightmoor Studio</h1></header>' +
    '<main><h2>Senior Motion Designer</h2><p>Powered by Breezy HR</p></main>';
  const { run } = loadSite("generic", html, "https://brightmoor-studio.breezy.hr/p/8f2a1c3d-senior-motion-designer");
  assert.deepEqual(companies(run()), ["Brightmoor Studio"]);
});

test("a tenant named by its initials backs the name the title and the marked heading give", () => {
  const html = '<title>Clinical Data Analyst - Quillon Health</title><header><img alt="logo" src="/l.png">' +
    '<h2 data-ui="company-name">Quillon Health</h2></header><main><h1>Clinical Data Analyst</h1><p>Powered by Workable</p></main>';
  const { run } = loadSite("generic", html, "https://apply.workable.com/qh/j/7E2A91C4B3/");
  assert.deepEqual(companies(run()), ["Quillon Health"]);
  const unmarked = loadSite("generic", html.replace(' data-ui="company-name"', ""), "https://apply.workable.com/qh/j/7E2A91C4B3/");
  assert.deepEqual(companies(unmarked.run()), ["Quillon Health"], "the title and the initials agree without the mark");
});

test("on an applicant-tracking system's page the header logo alone names the employer; elsewhere it does not", () => {
  const html = '<title>Process Engineer II - Careers</title><header><img class="app-header__logo" src="/logo.png" ' +
    'alt="Meridian Polymer Group"></header><main><h1>Process Engineer II</h1><p>Apply now</p></main>';
  const ats = loadSite("generic", html, "https://ecqf.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/job/28841/");
  assert.deepEqual(companies(ats.run()), ["Meridian Polymer Group"]);
  const board = loadSite("generic", html, "https://www.jobs-board.example/jobs/28841");
  assert.deepEqual(companies(board.run()), [], "on a board the logo is the board's own");
});

test("an ATS shell before its script runs: the title that is the careers site's whole name names the employer", () => {
  const shell = (title) => `<title>${title}</title><meta property="og:title" content="Ward Nurse - Night Shift">` +
    '<body><div id="root"></div><noscript>Enable JavaScript</noscript></body>';
  const url = "https://efgh.fa.em3.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/51234";
  assert.deepEqual(companies(loadSite("generic", shell("Halvorsen Health Careers"), url).run()), ["Halvorsen Health"]);
  assert.deepEqual(companies(loadSite("generic", shell("Ward Nurse - Halvorsen Health Careers"), url).run()), [],
    "a title with a job in it is not the site's name alone");
  assert.deepEqual(companies(loadSite("generic", shell("Halvorsen Health Careers"), "https://www.jobs-board.example/jobs/51234").run()), [],
    "off an ATS host the title alone is no one's");
});

test("a header that is a div (id=\"header\", role=\"banner\") holds the employer's logo; \" - Careers\" after it is not the name", () => {
  for (const holder of ['<div id="header" class="header">', '<div role="banner">']) {
    const html = `<title>Job Description - Field Chemist (81120)</title>${holder}<a href="https://www.orvane-labs.example/careers">` +
      '<img src="/careersection/theme/images/banner.png" alt="Orvane Laboratories - Careers"></a></div>' +
      '<main><h1>Field Chemist</h1><p>Apply online</p></main>';
    const { run } = loadSite("generic", html, "https://orvanelabs.taleo.net/careersection/ex/jobdetail.ftl?job=81120");
    assert.deepEqual(companies(run()), ["Orvane Laboratories"], holder);
  }
});

test("a table-built career section's banner (div#pageheader, td#banner, a theme's div#olBanner) holds the employer's logo", () => {
  const banners = ['<div id="pageheader"><table class="header"><tr><td id="banner">', '<div id="olBanner"><table><tr><td>'];
  for (const banner of banners) {
    const html = `<title>Job Description - Field Chemist (81120)</title>${banner}` +
      '<img src="/careersection/theme/images/ol_white.gif" alt="Orvane Laboratories - Careers"></td></tr></table></div>' +
      '<main><h1>Field Chemist</h1><p>Apply online</p><img src="/x/powered-by.png" alt="Powered by Taleo"></main>';
    const { run } = loadSite("generic", html, "https://orvanelabs.taleo.net/careersection/ex/jobdetail.ftl?job=81120");
    assert.deepEqual(companies(run()), ["Orvane Laboratories"], banner);
  }
  // a cookie banner's picture is no header logo
  const cookie = '<title>Job Description - Field Chemist (81120)</title><div id="cookieBanner"><img src="/c.png" alt="Consentwise Cookie Manager">' +
    '</div><main><h1>Field Chemist</h1><p>Apply online</p></main>';
  assert.deepEqual(companies(loadSite("generic", cookie, "https://orvanelabs.taleo.net/careersection/ex/jobdetail.ftl?job=81120").run()), []);
});

test("an ATS tenant's name as its description writes it; a legal entity opening with its initials is the same employer", () => {
  const page = (legal) => '<title>Grain Merchandiser | Careers at Eastern Region</title>' +
    '<meta name="description" content="For 60 years, Tarnwell Grain Merchants has bought and stored the harvest of three states.">' +
    (legal ? `<script type="application/ld+json">{"@type":"JobPosting","title":"Grain Merchandiser","hiringOrganization":{"name":"${legal}"}}</script>` : "") +
    '<main><h1>Grain Merchandiser</h1>' + (legal ? `<div class="iCIMS_JobHeaderField"><dl><dt>Company</dt><dd>${legal}</dd></dl></div>` : "") +
    '<p>Buy grain from growers and sell it to mills such as Pellham Milling.</p></main>';
  const url = "https://careers-tarnwellgrain.icims.com/jobs/5521/grain-merchandiser/job?in_iframe=1";
  assert.deepEqual(companies(loadSite("generic", page(null), url).run()), ["Tarnwell Grain Merchants"], "the tenant spelled out");
  assert.deepEqual(companies(loadSite("generic", page("TGM Elevator Services, LLC"), url).run()), ["Tarnwell Grain Merchants"],
    "the legal entity under its initials");
  assert.deepEqual(companies(loadSite("generic", page("Pellham Milling LLC"), url).run()), ["Pellham Milling"],
    "a legal entity of other initials is not made the tenant's (the labelled field and JSON-LD agree on it)");
});

test("a card's 'posted by' line names its advertiser, inside the card's own <header>", () => {
  const card = (date, by) => `<article data-qa="job-card"><header><h2><a href="/jobs/analyst/1">Analyst</a></h2>` +
    `<div data-qa="job-posted-by">${date} by ${by}</div></header><p>Manchester</p></article>`;
  const html = `<title>Analyst jobs in Manchester | Boardly</title><header><img alt="Boardly"></header><main><h1>2 jobs</h1>` +
    `${card("13 May", '<a href="/jobs/ferrovia-data/p1">Ferrovia Data</a>')}${card("Today", "Alderbrook Technologies")}</main>` +
    '<footer><div data-qa="footer-company">Boardly Group Ltd</div></footer>';
  const { run } = loadSite("generic", html, "https://www.boardly.example/jobs/analyst-jobs-in-manchester");
  assert.deepEqual(companies(run()), ["Ferrovia Data", "Alderbrook Technologies"]);
});

test("a board's cards marked by a test hook each name their employer", () => {
  const card = (name, slug) => `<li class="card"><a href="/job-detail/${slug}-1">Data Engineer</a>` +
    `<a data-cy="search-result-company-name" href="/company-profile/${slug}">${name}</a><span>Remote</span></li>`;
  const html = `<title>Data Engineer jobs | Boardly</title><main><h1>2 results</h1><ul>${card("Ferrovia Data", "ferrovia-data")}` +
    `${card("Alderbrook Technologies", "alderbrook-technologies")}</ul></main>`;
  const { run } = loadSite("generic", html, "https://www.boardly.example/jobs?q=data%20engineer");
  assert.deepEqual(companies(run()), ["Ferrovia Data", "Alderbrook Technologies"]);
});

test("the name most sources spell is shown, not a heading's short form", () => {
  const html = '<title>Open Positions | Careers at Tristar Bancorp</title><meta property="og:site_name" content="Tristar Bancorp Careers">' +
    '<header><img alt="Tristar Bancorp" src="/logo.png"></header><main><h1>Open Positions</h1><h2>Why Tristar</h2>' +
    '<iframe id="grnhse_iframe"></iframe></main>';
  const { run } = loadSite("generic", html, "https://careers.tristarbancorp.example/jobs?gh_jid=5123456");
  assert.deepEqual(companies(run()), ["Tristar Bancorp"]);
});

test("a careers word before or after the name, in the page's language, is not part of it", () => {
  for (const [title, siteName] of [["Technicienne réseaux H/F - Lyon | Carrières Orvanne", "Carrières Orvanne"],
    ["Kierownik zmiany - Kariera Wisłoport", "Kariera Wisłoport"], ["Técnico de campo | Carreiras Marévia", "Carreiras Marévia"]]) {
    const name = siteName.split(" ").pop();
    const html = `<title>${title}</title><meta property="og:site_name" content="${siteName}">` +
      `<script type="application/ld+json">{"@type":"JobPosting","title":"x","hiringOrganization":{"@type":"Organization","name":"Groupe ${name}"}}</script>` +
      `<header><img alt="${name}" src="/logo.svg"></header><main><h1>${title.split(" - ")[0].split(" | ")[0]}</h1></main>`;
    const { run } = loadSite("generic", html, `https://careers.${name.toLowerCase()}.example/job/4411`);
    assert.deepEqual(companies(run()), [name], title);
  }
  // Before a name only the plural is a careers word: "Career Education" names a company.
  const html = '<title>Advisor - Career Education Partners</title><meta property="og:site_name" content="Career Education Partners">' +
    '<main><h1>Advisor</h1></main>';
  assert.deepEqual(companies(loadSite("generic", html, "https://careers.careereducationpartners.example/jobs/17").run()), ["Career Education Partners"]);
});

test("a board's cards whose company field is named only by its class ('comp-name', 'company-name') each get theirs", () => {
  const card = (name) => `<article class="srp-card"><h2><a href="/job-listings-${name.toLowerCase()}">Java Developer</a></h2>` +
    `<span class="comp-dtls-wrap"><a class="comp-name mw-25" title="${name}" href="/${name.toLowerCase()}-jobs-careers-12">${name}</a></span></article>`;
  const html = `<title>Java Developer Jobs In Pune</title><main>${["Kaveri Infosys", "Nilgiri Labs", "Sahyadri Fintech"].map(card).join("")}</main>`;
  const { run } = loadSite("generic", html, "https://www.boardly.example/java-developer-jobs-in-pune");
  assert.deepEqual(companies(run()), ["Kaveri Infosys", "Nilgiri Labs", "Sahyadri Fintech"]);
});

test("a field the page labels as its employer names it, in a details table, a definition list or inline", () => {
  const portal = (fields) => '<title>Spring Internship - Westbrook University Career Services</title>' +
    '<meta property="og:site_name" content="Westbrook Career Link"><header><img alt="Westbrook University" src="/u.png"></header>' +
    `<main><h1>Spring Internship</h1><section class="details">${fields}</section><p>Apply through this system.</p></main>`;
  const url = "https://westbrook-csm.symplicity.example/students/app/jobs/detail/5c1e";
  const shapes = {
    "a label and a value in sibling elements": '<div class="row"><div class="label">Employer</div><div class="value">Tamsin Geotechnical</div></div>',
    "a definition list": "<dl><dt>Job Type</dt><dd>Internship</dd><dt>Company:</dt><dd>Tamsin Geotechnical</dd></dl>",
    "a table row": "<table><tr><th>Hiring organisation</th><td>Tamsin Geotechnical</td></tr></table>",
    "inline after a bold label": "<p><strong>Employer:</strong> Tamsin Geotechnical</p>",
    "in German": "<dl><dt>Arbeitgeber</dt><dd>Tamsin Geotechnical</dd></dl>",
    // an aggregator's one line of text, the value up to its first separator or its next label
    "in one line of text": '<p class="meta">Employer: Tamsin Geotechnical · via Jobwell Feed · Updated 2 days ago</p>',
    "in one line with other labels": '<div class="meta">Company: Tamsin Geotechnical, Location: Leeds, Salary: £24k</div>',
  };
  for (const [shape, fields] of Object.entries(shapes)) {
    assert.deepEqual(companies(loadSite("generic", portal(fields), url).run()), ["Tamsin Geotechnical"], shape);
  }
  // Without the field the page names only the university that runs the portal: nothing is the employer.
  assert.deepEqual(companies(loadSite("generic", portal("<p>Internship</p>"), url).run()), []);
});

test("a poster's line names no employer, and a hyphen inside a name does not cut it", () => {
  const page = (line) => '<title>Dental Nurse - Jobwell</title><meta property="og:site_name" content="Jobwell">' +
    `<main><h1>Dental Nurse</h1><p class="meta">${line}</p><p>Apply today.</p></main>`;
  const url = "https://www.jobwell.example/jobs/dental-nurse-leeds-88121";
  assert.deepEqual(companies(loadSite("generic", page("Posted by: Sarah Jones · 3 days ago"), url).run()), []);
  assert.deepEqual(companies(loadSite("generic", page("Employer: Smith - Jones Dental Partners · Leeds"), url).run()),
    ["Smith - Jones Dental Partners"]);
});

test("a labelled employer field is not read from a list's items, the site's chrome, or when two fields disagree", () => {
  const page = (body) => `<title>Jobs - Westbrook Career Link</title><main><h1>Spring Internship</h1>${body}</main>`;
  const url = "https://westbrook-csm.symplicity.example/students/app/jobs/detail/5c1e";
  const similar = '<ul><li><span class="label">Company</span><span>Oriel Dynamics</span></li></ul>';
  const footer = "<footer><p><b>Company:</b> Westbrook Career Link LLC</p></footer>";
  assert.deepEqual(companies(loadSite("generic", page(similar), url).run()), [], "a similar job's card");
  assert.deepEqual(companies(loadSite("generic", page(footer), url).run()), [], "the footer's operator");
  const two = "<dl><dt>Employer</dt><dd>Tamsin Geotechnical</dd></dl><dl><dt>Employer</dt><dd>Oriel Dynamics</dd></dl>";
  assert.deepEqual(companies(loadSite("generic", page(two), url).run()), [], "two employers: no guess");
});

test("a board that declares itself in og:site_name is the site's brand, even where the employer's logo heads the job", () => {
  const html = '<title>Field Engineer Intern | Marlow Span Engineering | Campusly</title>' +
    '<meta property="og:site_name" content="Campusly"><meta name="description" content="Apply to Field Engineer Intern at Marlow Span Engineering.">' +
    // (the host, "joincampusly", does not spell the board's name: only its declaration names the site)
    '<main><div class="employer-header"><img alt="Marlow Span Engineering logo" src="/logos/88.png"></div>' +
    '<h1>Field Engineer Intern</h1><p>Site inspections across the region.</p></main><footer>Campusly, Inc.</footer>';
  const { run } = loadSite("generic", html, "https://app.joincampusly.example/stu/jobs/9384716");
  assert.deepEqual(companies(run()), ["Marlow Span Engineering"]);
});

test("a school's careers office that runs the portal is not the employer of the jobs on it", () => {
  const html = '<title>Jobs - Ashford College Career Services</title><meta property="og:site_name" content="Portalis">' +
    '<header><img alt="Ashford College" src="/school.png"></header><main><div class="job-header"><img alt="Tidemark Health logo" src="/l.png">' +
    '<h1>Data Analyst</h1></div><div class="row"><div class="label">Employer</div><div class="value">Tidemark Health</div></div></main>';
  const { run } = loadSite("generic", html, "https://ashford-csm.portalis.example/students/app/jobs/detail/8e3b");
  assert.deepEqual(companies(run()), ["Tidemark Health"]);
});

test("a legal entity whose name holds the brand the site calls itself badges the brand ('Jobs bei' read as 'Jobs at')", () => {
  const html = '<title>Backend Developer (m/w/d) | Jobs bei Lindqvart</title><meta property="og:site_name" content="Lindqvart">' +
    '<script type="application/ld+json">{"@type":"JobPosting","title":"Backend Developer","hiringOrganization":' +
    '{"name":"LQS Lindqvart Software Solutions GmbH","sameAs":"https://www.lindqvart.example"}}</script>' +
    '<header><img alt="LQS Lindqvart Software Solutions GmbH" src="/logo.png"></header><main><h1>Backend Developer (m/w/d)</h1></main>';
  const { run } = loadSite("generic", html, "https://lindqvart.jobs.personio.example/job/1849201");
  assert.deepEqual(companies(run()), ["Lindqvart"]);
  // a longer name holding a word of the brand is no brand inside it when the site does not call itself that
  const other = html.replace('<meta property="og:site_name" content="Lindqvart">', "").replace("Jobs bei Lindqvart", "Jobs");
  assert.deepEqual(companies(loadSite("generic", other, "https://jobs.personio.example/job/1849201").run()),
    ["LQS Lindqvart Software Solutions"]);
});

test("a logo that spells out the name the careers site shortens is the name a person reads; a tagline or a wordmark is not", () => {
  const page = (alt) => `<title>Claims Adjuster | Fabrikam Careers</title><meta property="og:site_name" content="Fabrikam Careers">` +
    `<header><a href="/"><img class="site-logo" alt="${alt}" src="/logo.svg"></a></header><main><h1>Claims Adjuster</h1><p>Apply now</p></main>`;
  const url = "https://careers.fabrikam.example/jobs/claims-adjuster-1187";
  assert.deepEqual(companies(loadSite("generic", page("Fabrikam Insurance"), url).run()), ["Fabrikam Insurance"]);
  assert.deepEqual(companies(loadSite("generic", page("Fabrikam – Insurance since 1952"), url).run()), ["Fabrikam"]);
  assert.deepEqual(companies(loadSite("generic", page("FABRIKAM INSURANCE"), url).run()), ["Fabrikam"]);
  assert.deepEqual(companies(loadSite("generic", page("Fabrikam Insurance GmbH"), url).run()), ["Fabrikam"],
    "a name with its legal form is a legal entity's, not the brand spelled out");
});

test("a board's profile reached by several links ('41 reviews', 'More about this company') is one profile backing the advertiser", () => {
  const card = (name, slug) => `<article data-card-type="JobCard"><h3><a href="/job/9${slug.length}">Nurse</a></h3>` +
    `<a data-automation="jobCompany" href="/${slug}-jobs/at-this-company">${name}</a></article>`;
  const html = '<title>Registered Nurse Job in Ballarat, Victoria - Kestboard</title><meta property="og:site_name" content="Kestboard">' +
    '<main><h1>Registered Nurse</h1><span data-automation="advertiser-name">Wirrin Aged Care</span>' +
    '<a href="/companies/wirrin-aged-care-552190/reviews">3.9 · 12 reviews · View all jobs</a>' +
    '<p>Wirrin Aged Care is part of the Coolabah Health Group.</p>' +
    '<section><h3>Wirrin Aged Care</h3><a href="/companies/wirrin-aged-care-552190">More about this company</a></section></main>' +
    `<section><h2>Similar jobs</h2>${card("Coolabah Health Group", "coolabah-health-group")}` +
    `${card("Mallee Nursing Agency", "mallee-nursing-agency")}</section>`;
  const jobs = loadSite("generic", html, "https://www.kestboard.example/job/77120931").run();
  assert.equal(companies(jobs)[0], "Wirrin Aged Care");
  assert.ok(!companies(jobs).slice(1).includes("Wirrin Aged Care"), "the page's employer is not also a card");
});

test("a tab titled as a job offer is a job page whatever its address, and a link the template ids as the company's names the employer", () => {
  const html = '<title>Oferta de trabajo Mozo/a de Almacén en Getafe - Hornillos Distribución | Tablonjobs</title>' +
    '<meta property="og:site_name" content="Tablonjobs"><main><h1>Mozo/a de Almacén</h1>' +
    '<a id="linkEmpresa" href="/empresa/hornillos">Hornillos Distribución</a><p>Trabajarás para clientes como Supermercados Olmo.</p></main>';
  const url = "https://www.tablonjobs.example/getafe/mozo-almacen/of-i8c2d0e1f3a4";
  assert.deepEqual(companies(loadSite("generic", html, url).run()), ["Hornillos Distribución"]);
  // a page whose title does not call it an offer, on such an address, is no job page
  const other = html.replace("Oferta de trabajo Mozo/a de Almacén en Getafe - ", "");
  assert.deepEqual(companies(loadSite("generic", other, url).run()), []);
});

test("an element whose whole class names the employer ('span.company') marks it, outside the list's cards", () => {
  const card = (name) => `<article class="job-card"><a href="/job/${name.length}">Picker</a><span class="company">${name}</span></article>`;
  const html = '<title>Warehouse Team Leader Job in Dandenong VIC - Kestjobs</title><meta property="og:site_name" content="Kestjobs">' +
    '<meta name="description" content="Wattle Cold Chain is hiring a Warehouse Team Leader in Dandenong VIC.">' +
    '<main><h1>Warehouse Team Leader</h1><div id="company-location"><span class="company">Wattle Cold Chain</span>' +
    '<span class="location">Dandenong VIC</span></div><p>You will serve customers such as Greenway Grocers.</p></main>' +
    `<section><h2>Similar jobs</h2>${card("Wattle Fresh Foods")}${card("Sentry Workforce")}</section>`;
  const jobs = loadSite("generic", html, "https://au.kestjobs.example/job/Warehouse-Team-Leader-5b1e7c3a").run();
  assert.equal(companies(jobs)[0], "Wattle Cold Chain");
  // without the mark, the description alone names no employer
  const bare = html.replace('<span class="company">Wattle Cold Chain</span>', "");
  assert.notEqual(companies(loadSite("generic", bare, "https://au.kestjobs.example/job/Warehouse-Team-Leader-5b1e7c3a").run())[0],
    "Wattle Cold Chain");
});

test("a board's page of one company (its address the company's profile) badges that company, not the strip of others hiring", () => {
  const other = (name, slug) => `<li><a href="/fr/companies/${slug}" data-testid="similar-company-card"><img alt="${name}">` +
    `<h4>${name}</h4><p>Papeterie durable</p><p>Paris · 12 jobs</p></a></li>`;
  const job = (title, slug) => `<li data-testid="company-jobs-list-item"><a href="/fr/companies/brindelle/jobs/${slug}">` +
    `<h3>${title}</h3><p>Lyon</p></a></li>`;
  const html = "<title>Brindelle : offres d'emploi | Jungleboard</title><meta property=\"og:site_name\" content=\"Jungleboard\">" +
    '<main><h1 data-testid="company-name">Brindelle</h1>' +
    `<ul>${job("Chef de projet", "chef-de-projet_lyon")}${job("Comptable", "comptable_lyon")}</ul></main>` +
    `<section><h2>Ces entreprises recrutent aussi</h2><ul>${other("Papyra & Co", "papyra-and-co")}` +
    `${other("Octavie Mobilité", "octavie-mobilite")}${other("Frigolo", "frigolo")}</ul></section>`;
  const jobs = loadSite("generic", html, "https://www.jungleboard.example/fr/companies/brindelle/jobs").run();
  assert.deepEqual(companies(jobs), ["Brindelle"]);
});

test("a company's own site's sections under /company/ ('about', 'leadership') are no board's profiles of others", () => {
  const nav = ["about", "leadership", "news", "careers", "investors"].map((s) => `<a href="/company/${s}">${s}</a>`).join("");
  const html = `<title>Field Service Engineer | Careers | Tamberlane Instruments</title>
    <meta property="og:site_name" content="Tamberlane Instruments">
    <script type="application/ld+json">{"@type":"JobPosting","title":"Field Service Engineer","hiringOrganization":{"@type":"Organization","name":"Tamberlane Instruments"}}</script>
    <header><nav>${nav}</nav></header><main><h1>Field Service Engineer</h1></main>`;
  const { run } = loadSite("generic", html, "https://www.tamberlaneinstruments.example/jobs/4187");
  assert.deepEqual(companies(run()), ["Tamberlane Instruments"]);
});

test("a template's placeholder logo ('Site Logo') names no one; an ATS page titled 'Job Details | X Careers' names X", () => {
  const html = `<title>Job Details | Merriwell Careers</title>
    <header><img class="logo" src="/logo.png" alt="Site Logo"></header><main><h1>Dispatch Planner</h1></main>`;
  const { run } = loadSite("generic", html, "https://ecxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/24017");
  assert.deepEqual(companies(run()), ["Merriwell"]);
  // (a guard: beside a job title the careers segment is not enough on its own)
  const titled = loadSite("generic", html.replace("Job Details", "Dispatch Planner"),
    "https://ecxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/24017");
  assert.notDeepEqual(companies(titled.run()), ["Site"]);
});

test("the longer name a site calls itself stays, though its subdomain holds only a word of it", () => {
  const html = `<title>Chargé de communication - Cidrerie Kervolin</title>
    <meta property="og:site_name" content="Cidrerie Kervolin">
    <meta name="description" content="Rejoignez Kervolin, cidrerie familiale en Bretagne.">
    <script type="application/ld+json">{"@type":"JobPosting","title":"Chargé de communication","hiringOrganization":{"@type":"Organization","name":"Cidrerie Kervolin"}}</script>
    <main><h1>Chargé de communication</h1></main>`;
  const { run } = loadSite("generic", html, "https://kervolin.recruitee.com/o/charge-de-communication");
  assert.deepEqual(companies(run()), ["Cidrerie Kervolin"]);
});

test("a logo's tagline after a dash is no part of the employer's name", () => {
  const html = `<title>Job Description - Staff Nurse (260041)</title>
    <meta property="og:title" content="Staff Nurse - Medical Surgical"><meta property="og:description" content="Larkspur Health - Careers">
    <div id="larkspurHeader"><table><tr><td class="header-logo"><a href="https://www.larkspurhealth.example"><img alt="Larkspur Health - Care Close to Every Home" src="/careersection/theme/images/larkspur-logo.png"></a></td></tr></table></div>
    <h1>Staff Nurse - Medical Surgical</h1><p>Job Number: 260041</p><p>Apply now to join our nursing team.</p>`;
  const { run } = loadSite("generic", html, "https://larkspurhealth.taleo.net/careersection/ex/jobdetail.ftl?job=260041");
  assert.deepEqual(companies(run()), ["Larkspur Health"]);
});

test("a legal entity holding the brand with an entity's word between ('Kestrel Harbor Mutual Insurance Company') gives way to the brand", () => {
  const html = '<title>Claims Adjuster | Kestrel Harbor Insurance</title>' +
    '<meta property="og:site_name" content="Kestrel Harbor Insurance Careers">' +
    '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Kestrel Harbor Mutual Insurance Company"}}</script>' +
    '<main><h1>Claims Adjuster</h1><dl><dt>Company</dt><dd>Kestrel Harbor Mutual Insurance Company</dd></dl></main>';
  const jobs = loadSite("generic", html, "https://careers-kestrelharbor.icims.com/jobs/4521/claims-adjuster/job").run();
  assert.deepEqual(companies(jobs), ["Kestrel Harbor Insurance"]);
});

test("a member employer whose name interleaves another word with the group's brand keeps its own name", () => {
  const html = '<title>Registered Nurse | Granite Health</title>' +
    '<meta property="og:site_name" content="Granite Health Careers">' +
    '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Granite Valley Health"}}</script>' +
    '<main><h1>Registered Nurse</h1><dl><dt>Company</dt><dd>Granite Valley Health</dd></dl></main>';
  const jobs = loadSite("generic", html, "https://careers.granitehealth.org/jobs/4521/registered-nurse").run();
  assert.deepEqual(companies(jobs), ["Granite Valley Health"]);
});

test("a holding entity's legal name opening with the brand's first word gives way to the brand the site calls itself", () => {
  const page = (legal) => '<title>Stock Associate | Careers at Wrenfield Outfitters</title>' +
    '<meta property="og:site_name" content="Wrenfield Outfitters Careers"><img class="logo" alt="Wrenfield Outfitters">' +
    `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"${legal}"}}</script>` +
    `<main><h1>Stock Associate</h1><dl><dt>Company</dt><dd>${legal}</dd></dl></main>`;
  const url = "https://careers-wrenfield.icims.com/jobs/3310/stock-associate/job";
  assert.deepEqual(companies(loadSite("generic", page("Wrenfield Retail Holdings, Inc."), url).run()), ["Wrenfield Outfitters"]);
  assert.deepEqual(companies(loadSite("generic", page("Wrenfield Retail Stores, Inc."), url).run()), ["Wrenfield Retail Stores"],
    "an operating company's name (no holding word) is an employer of its own: the labelled field and JSON-LD agree on it");
});

test("a member employer whose name ends in 'Group' is no holding entity: it keeps its own name", () => {
  const html = '<title>Registered Nurse | Granite Health</title>' +
    '<meta property="og:site_name" content="Granite Health Careers">' +
    '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Granite Orthopaedic Group"}}</script>' +
    '<main><h1>Registered Nurse</h1><dl><dt>Company</dt><dd>Granite Orthopaedic Group</dd></dl></main>';
  const jobs = loadSite("generic", html, "https://careers.granitehealth.org/jobs/4521/registered-nurse").run();
  assert.deepEqual(companies(jobs), ["Granite Orthopaedic Group"]);
});
