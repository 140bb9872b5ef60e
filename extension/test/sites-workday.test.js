import test from "node:test";
import assert from "node:assert/strict";
import { loadFixture, loadSite, companies, plain } from "./support/load-adapter.js";

const JOB_URL = "https://litware.wd3.myworkdayjobs.com/en-US/LitwareExternalCareers/job/Austin-TX/Test-Engineer---Autonomous-Forklifts_JR100200";
const EMPTY_URL = "https://contoso.wd1.myworkdayjobs.com/en-US/External/job/Remote/Robotics-Engineer_R-5521";

test("workday claims job pages and the site's search page on tenant hosts, not other hosts", () => {
  const { adapter, window } = loadFixture("workday", "workday-job.html", JOB_URL);
  const at = (href) => adapter.matches(new window.URL(href));
  assert.equal(adapter.spa, true, "Workday fills its body by script");
  assert.equal(at(JOB_URL), true);
  assert.equal(at("https://acme.wd1.myworkdayjobs.com/External/job/Remote/Engineer_JR-100"), true);
  assert.equal(at("https://litware.wd3.myworkdayjobs.com/en-US/LitwareExternalCareers"), true);
  assert.equal(at("https://litware.wd3.myworkdayjobs.com/"), false, "no site id: the tenant's landing, no board");
  assert.equal(at("https://www.workday.com/en-us/company/careers/job/1"), false);
});

test("the 'CAREERS AT X' header names the company; the tenant is the ats hint", () => {
  const { run, document } = loadFixture("workday", "workday-job.html", JOB_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Litware"], "the capitals of the header, spelled as the site id spells it");
  assert.equal(jobs[0].source, "visible");
  assert.deepEqual(plain(jobs[0].hints), { ats: "workday:litware" });
  assert.equal(jobs[0].anchor, document.querySelector('[data-automation-id="headerTitle"] h1'));
});

test("other header wordings", () => {
  for (const [header, expected] of [["Careers at Fabrikam Group", "Fabrikam Group"], ["Fabrikam Careers", "Fabrikam"], ["Karriere bei Fabrikam", "Fabrikam"], ["Join us", null]]) {
    const html = `<div data-automation-id="headerTitle"><h1>${header}</h1></div><h2 data-automation-id="jobPostingHeader">Engineer</h2>`;
    const { run } = loadSite("workday", html, "https://zz.wd1.myworkdayjobs.com/en-US/Site/job/X/Engineer_R1");
    const found = run();
    if (expected) assert.deepEqual(companies(found), [expected], header);
    else assert.equal(found[0].source, "url", header);
  }
});

test("without a header: the site id's leading run spells the tenant", () => {
  const { run, document } = loadFixture("workday", "workday-job.html", JOB_URL);
  document.querySelector('[data-automation-id="headerTitle"]').remove();
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Litware"]);
  assert.equal(jobs[0].source, "url");
});

test("empty body (before Workday's script runs): the tenant as og:description spells it", () => {
  const { run } = loadFixture("workday", "workday-job-empty.html", EMPTY_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso"]);
  assert.equal(jobs[0].source, "url");
  assert.deepEqual(plain(jobs[0].hints), { ats: "workday:contoso" });
});

test("empty body filled later: the next read uses the rendered header", () => {
  const { run, document } = loadFixture("workday", "workday-job-empty.html", EMPTY_URL);
  document.getElementById("root").innerHTML = '<div data-automation-id="headerTitle"><h1>Careers at Contoso Robotics</h1></div><h2 data-automation-id="jobPostingHeader">Robotics Engineer</h2>';
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Contoso Robotics"]);
  assert.equal(jobs[0].source, "visible");
});

test("with nothing but the host, the raw tenant is still offered, marked as from the URL", () => {
  const { run } = loadSite("workday", "<title>Workday</title><body></body>", "https://quietco.wd5.myworkdayjobs.com/Careers/job/X/Y_R1");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["quietco"]);
  assert.equal(jobs[0].source, "url");
});

const LEGAL_URL = "https://fabrikam.wd3.myworkdayjobs.com/en-US/External/job/Toronto-ON/Data-Analyst--Retail-Insights_R-20417";
const SHELL_URL = "https://relecloud.wd1.myworkdayjobs.com/en-US/External/job/Krakow/Field-Service-Engineer_JR-3301";

test("JSON-LD names the legal entity: trimmed to the brand the tenant shares, badge by the job title", () => {
  const { run, document } = loadFixture("workday", "workday-job-legal-entity.html", LEGAL_URL);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Fabrikam"]);
  assert.equal(jobs[0].source, "jsonld");
  assert.deepEqual(plain(jobs[0].hints), { ats: "workday:fabrikam", domain: "fabrikam.example" });
  assert.equal(jobs[0].anchor, document.querySelector('[data-automation-id="jobPostingHeader"]'), "not the empty header");
});

test("legal suffixes and countries after the brand are trimmed; the header still wins when it has text", () => {
  for (const [tenant, legal, expected] of [
    ["acme", "Acme Canada Co.", "Acme"],
    ["globex", "Globex UK Limited", "Globex"],
    ["contoso", "Contoso Deutschland GmbH", "Contoso"],
    ["litware", "Litware Pty Ltd", "Litware"],
    ["fabrikamgroup", "Fabrikam S.A.", "Fabrikam"],
  ]) {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"${legal}"}}</script><body></body>`;
    const { run, document } = loadSite("workday", html, `https://${tenant}.wd1.myworkdayjobs.com/External/job/X/Engineer_R1`);
    assert.deepEqual(companies(run()), [expected], legal);
    document.body.innerHTML = '<div data-automation-id="headerTitle"><h1>Careers at Woodgrove</h1></div>';
    assert.deepEqual(companies(run()), ["Woodgrove"], `${legal}: the header a person reads`);
  }
});

test("an empty shell whose JSON-LD is an internal code names the tenant, and keeps it once rendered", () => {
  const { run, document } = loadFixture("workday", "workday-job-shell-internal-code.html", SHELL_URL);
  let jobs = run();
  assert.deepEqual(companies(jobs), ["Relecloud"], "spelled as og:description spells the tenant");
  assert.equal(jobs[0].source, "url");
  assert.equal(jobs[0].anchor, null, "nothing rendered yet: the page top");
  document.getElementById("root").innerHTML = '<div data-automation-id="headerTitle"><h1>CAREERS AT RELECLOUD</h1></div><h2 data-automation-id="jobPostingHeader">Field Service Engineer</h2>';
  jobs = run();
  assert.deepEqual(companies(jobs), ["Relecloud"], "the same name, so the same lookup");
  assert.equal(jobs[0].source, "visible");
});

test("a JSON-LD name that shares no distinctive word with the tenant, site id or header is never the badge", () => {
  for (const legal of ["XY1 ABC - ABC Engineering Services PL", "Northwind Traders Ltd", "Global Engineering Services Ltd"]) {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"${legal}"}}</script><body></body>`;
    const jobs = loadSite("workday", html, "https://initech.wd1.myworkdayjobs.com/en-US/External/job/X/Engineer_R1").run();
    assert.deepEqual(companies(jobs), ["initech"], legal);
    assert.equal(jobs[0].source, "url");
  }
});

test("the site id or the header is evidence too: a tenant code does not hide the brand they share", () => {
  const html = '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Tailspin Toys UK Limited"}}</script><body></body>';
  const jobs = loadSite("workday", html, "https://tst4.wd3.myworkdayjobs.com/en-GB/TailspinToysCareers/job/X/Engineer_R1").run();
  assert.deepEqual(companies(jobs), ["Tailspin Toys"]);
  assert.equal(jobs[0].source, "jsonld");
});

test("a logo alt counts when it names the tenant's brand, not when it says 'careers home' or names someone else", () => {
  const page = (alt) => `<a data-automation-id="logoLink" href="https://www.contoso.example/"><img data-automation-id="logo" alt="${alt}"></a><h2 data-automation-id="jobPostingHeader">Engineer</h2>`;
  const at = "https://contoso.wd5.myworkdayjobs.com/en-US/Careers/job/X/Engineer_R1";
  assert.deepEqual(companies(loadSite("workday", page("Contoso Robotics logo"), at).run()), ["Contoso Robotics"]);
  assert.deepEqual(companies(loadSite("workday", page(" careers home"), at).run()), ["contoso"]);
  assert.deepEqual(companies(loadSite("workday", page("Proud member of Fourth Coffee"), at).run()), ["contoso"]);
  assert.deepEqual(plain(loadSite("workday", page("careers home"), at).run()[0].hints), { ats: "workday:contoso", domain: "contoso.example" });
});

test("a header naming the brand by its first word gives way to the logo that spells it in full", () => {
  const html = `<div data-automation-id="headerTitle"><h1>Careers at Contoso</h1></div>
    <a data-automation-id="logoLink" href="https://www.contoso.example/">
      <img data-automation-id="logoImage" alt="Contoso Pet Nutrition"></a>
    <h2 data-automation-id="jobPostingHeader">Engineer</h2>`;
  const at = "https://fabrikamgroup.wd5.myworkdayjobs.com/en-US/Contoso/job/X/Engineer_R1";
  assert.deepEqual(companies(loadSite("workday", html, at).run()), ["Contoso Pet Nutrition"]);
});

test("a search page with 0 results gets nothing", () => {
  const { adapter, run, location } = loadFixture("workday", "workday-search-no-results.html", "https://litware.wd3.myworkdayjobs.com/en-US/ExternalCareerSite?q=Atlantis");
  assert.equal(adapter.matches(location), true);
  assert.deepEqual(companies(run()), []);
});

test("a search page that lists postings is the tenant's board: one badge, by the logo", () => {
  const html = `<title>Careers</title><header><img data-automation-id="logo" alt="Litware Foods"></header>
    <ul><li><a data-automation-id="jobTitle" href="/en-US/External/job/Leeds/Baker_R1">Baker</a></li>
    <li><a data-automation-id="jobTitle" href="/en-US/External/job/York/Driver_R2">Driver</a></li></ul>`;
  const { run, document } = loadSite("workday", html, "https://litwarefoods.wd5.myworkdayjobs.com/en-US/External");
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Litware Foods"]);
  assert.equal(jobs[0].anchor, document.querySelector("img[data-automation-id=logo]"));
});

test("myworkdaysite.com names the tenant in the path; /details/ pages are job pages too", () => {
  const { adapter, run, window } = loadSite("workday", "<body></body>", "https://wd3.myworkdaysite.com/en-US/recruiting/woodgrove/WoodgroveBankCareers/job/Remote/Teller_R9");
  assert.equal(adapter.matches(window.location), true);
  const jobs = run();
  assert.deepEqual(companies(jobs), ["Woodgrove"]);
  assert.deepEqual(plain(jobs[0].hints), { ats: "workday:woodgrove" });
  assert.equal(adapter.matches(new window.URL("https://wd3.myworkdaysite.com/en-US/recruiting/woodgrove/WoodgroveBankCareers")), true,
    "the site's search page");
  assert.equal(adapter.matches(new window.URL("https://wd3.myworkdaysite.com/en-US/recruiting/woodgrove")), false);
  assert.equal(adapter.matches(new window.URL("https://acme.wd5.myworkdayjobs.com/en-US/External/details/Engineer_JR-100")), true);
});

test("an empty shell: the logo image's alt or the tab's title names the brand in full, the tenant only its first word", () => {
  const at = "https://quillon.wd5.myworkdayjobs.com/en-US/Quillon_External/job/Leeds/Fitter_R-77";
  const shell = (head, body) => `<html><head><title>${head}</title></head><body>${body}<div data-automation-id="jobPostingHeader"></div><footer><img alt="Workday"> Powered by Workday</footer></body></html>`;
  const logo = `<img data-automation-id="logoImage" src="/logo" alt="Quillon Marine Systems logo">`;
  assert.deepEqual(companies(loadSite("workday", shell("Careers", logo), at).run()), ["Quillon Marine Systems"]);
  const titled = loadSite("workday", shell("Quillon Marine Systems Careers", ""), at).run();
  assert.deepEqual(companies(titled), ["Quillon Marine Systems"]);
  assert.equal(titled[0].source, "title");
  // a title that shares no word with the tenant names someone else (a recruiter's site, a stale tab): the tenant stays
  assert.deepEqual(companies(loadSite("workday", shell("Harbour Staffing Careers", ""), at).run()), ["Quillon"], "as the site id spells it");
  // the job's title before a bar is no part of the brand (failed before 2026-12-07)
  assert.deepEqual(companies(loadSite("workday", shell("Pipe Fitter | Quillon Marine Systems Careers", ""), at).run()),
    ["Quillon Marine Systems"]);
  // and the site's section after a bar, where the pattern's words come first
  assert.deepEqual(companies(loadSite("workday", shell("Careers at Quillon Marine Systems | Job Search", ""), at).run()),
    ["Quillon Marine Systems"]);
});

test("a tenant that only abbreviates the brand vouches for the JSON-LD name, and the logo's shorter brand shows", () => {
  const html = '<a data-automation-id="logoLink" href="/"><img data-automation-id="logo" alt="Fabrikam"></a>' +
    '<h2 data-automation-id="jobPostingHeader">Treasury Analyst</h2><script type="application/ld+json">' +
    '{"@type":"JobPosting","title":"Treasury Analyst","hiringOrganization":{"@type":"Organization","name":"Fabrikam Holdings (UK) Limited"}}</script>';
  const { run } = loadSite("workday", html, "https://fbrkmhldg.wd3.myworkdayjobs.com/en-US/fbrkm_ext/job/London/Treasury-Analyst_R1");
  assert.deepEqual(companies(run()), ["Fabrikam"]);
});

test("a logo of initials gives way to the name the page writes out; a logo that names no one, to the site's name", () => {
  const initials = '<img data-automation-id="logo" alt="NWI logo"><h2 data-automation-id="jobPostingHeader">Adjuster</h2>' +
    '<script type="application/ld+json">{"@type":"JobPosting","title":"Adjuster","hiringOrganization":{"name":"Northwind Insurance Company"}}</script>';
  const spelled = loadSite("workday", initials, "https://www.myworkdaysite.com/recruiting/northwindins/NWI_Careers/job/Columbus-OH/Adjuster_R-1");
  assert.deepEqual(companies(spelled.run()), ["Northwind Insurance"], "and www.myworkdaysite.com is Workday's too");
  const siteName = '<meta property="og:site_name" content="Tailspin Pharma Careers"><img data-automation-id="logo" alt="Company Logo">' +
    '<h2 data-automation-id="jobPostingHeader">Chemist</h2>';
  const named = loadSite("workday", siteName, "https://tph.wd5.myworkdayjobs.com/en-US/External/job/Basel/Chemist_R-2");
  assert.deepEqual(companies(named.run()), ["Tailspin Pharma"]);
});

test("a code of initials in the logo and the JSON-LD is the name the description writes out", () => {
  const page = (about) => `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"TBH"}}</script>
    <body><img data-automation-id="logoImage" alt="TBH"><h2 data-automation-id="jobPostingHeader">Night Auditor</h2>
    <div data-automation-id="jobPostingDescription">${about}</div></body>`;
  const url = "https://tbh.wd1.myworkdayjobs.com/en-US/TBH_Careers/job/Mobile-AL/Night-Auditor_R-88";
  let jobs = loadSite("workday", page("<h3>About us</h3><p>Tidewell Bay Hospitality (TBH) runs nine inns on the Gulf.</p>"), url).run();
  assert.deepEqual(companies(jobs), ["Tidewell Bay Hospitality"]);
  jobs = loadSite("workday", page("<p>Our inns, The Harbour House and The Pier, are hiring. Join us.</p>"), url).run();
  assert.deepEqual(companies(jobs), ["TBH"], "written out nowhere: the code stays (never a run of other words)");
});

test("a parent group's tenant: the JSON-LD employer its description opens with is the badge, a code is not", () => {
  const page = (legal, description) => `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"${legal}"}}</script>
    <body><img data-automation-id="logoImage" alt="Fabrikam Group"><h2 data-automation-id="jobPostingHeader">Shift Manager</h2>
    <div data-automation-id="jobPostingDescription">${description}</div></body>`;
  const url = "https://fabrikam.wd3.myworkdayjobs.com/en-GB/Fabrikam_Careers/job/Leeds/Shift-Manager_JR-1";
  const opening = "Moorfield Dairies is one of the north's largest milk processors and part of the Fabrikam Group.";
  let jobs = loadSite("workday", page("Moorfield Dairies Ltd", `${opening} We are hiring a shift manager.`), url).run();
  assert.deepEqual(companies(jobs), ["Moorfield Dairies"], "named in the description's opening");
  const later = `You will lead a shift of 40. ${"x ".repeat(200)} Fabrikam Group is the parent of Moorfield Dairies.`;
  jobs = loadSite("workday", page("Moorfield Dairies Ltd", later), url).run();
  assert.deepEqual(companies(jobs), ["Fabrikam Group"], "named only further down: told about, not whose job it is");
  jobs = loadSite("workday", page("Moorfield Dairies Ltd", `Lead a shift of 40. ${"x ".repeat(200)} Moorfield Dairies Ltd is an equal opportunities employer.`), url).run();
  assert.deepEqual(companies(jobs), ["Fabrikam Group"], "at the end: the legal entity's boilerplate, the logo wins");
  jobs = loadSite("workday", page("XY1 ABC - ABC Engineering Services PL", "ABC Engineering Services PL builds things. ABC Engineering Services PL is hiring."), url).run();
  assert.deepEqual(companies(jobs), ["Fabrikam Group"], "an internal code is never the badge");
});

test("a holding company the description names after the brand the tenant's initials vouch for is not the badge", () => {
  // (failed before 2026-12-08: "Kestrel Ridge" for the "hmd" tenant of Halvorsen Medical Devices)
  const page = (description) => `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Kestrel Ridge Holdings, LLC"}}</script>
    <body><header><img data-automation-id="logoImage" alt="Halvorsen Medical Devices"></header>
    <h2 data-automation-id="jobPostingHeader">Quality Engineer II</h2>
    <div data-automation-id="jobPostingDescription">${description}</div></body>`;
  const url = "https://hmd.wd1.myworkdayjobs.com/en-US/HMD_External/job/Minneapolis-MN/Quality-Engineer-II_R-0048213";
  const brandFirst = "At Halvorsen Medical Devices, we make cardiac monitors. We became part of the Kestrel Ridge family in 2020.";
  assert.deepEqual(companies(loadSite("workday", page(brandFirst), url).run()), ["Halvorsen Medical Devices"]);
  // (a guard: the holding named first, as its subsidiaries' boards write it, is still the employer)
  const holdingFirst = "Kestrel Ridge is hiring a quality engineer for its Halvorsen Medical Devices plant.";
  assert.deepEqual(companies(loadSite("workday", page(holdingFirst), url).run()), ["Kestrel Ridge"]);
});

test("a parent group's abbreviated tenant: a logo naming a brand the job's description opens with is the badge", () => {
  const page = (alt, description) => `<body><header><img data-automation-id="logo" alt="${alt}"></header>
    <h2 data-automation-id="jobPostingHeader">Process Engineer</h2>
    <div data-automation-id="jobPostingDescription">${description}</div></body>`;
  const url = "https://fgn.wd3.myworkdayjobs.com/en-US/FGN_External/job/Rotterdam/Process-Engineer_JR-4812";
  const opening = "Halvard Coatings makes powder coatings for the building trade. As a Process Engineer you will run our lines.";
  assert.deepEqual(companies(loadSite("workday", page("Halvard Coatings", opening), url).run()), ["Halvard Coatings"]);
  // (not a logo the description never names: the tenant stays)
  const other = "As a Process Engineer you will run our lines in Rotterdam.";
  assert.notDeepEqual(companies(loadSite("workday", page("Halvard Coatings", other), url).run()), ["Halvard Coatings"]);
});

test("a logo read aloud ('Pennock and Hale') takes the ampersand the JSON-LD writes ('Pennock & Hale plc')", () => {
  const html = '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Pennock &amp; Hale plc"}}</script>' +
    '<body><img data-automation-id="logo" alt="Pennock and Hale Careers" src="/logo.png"><h2 data-automation-id="jobPostingHeader">Store Manager</h2></body>';
  const jobs = loadSite("workday", html, "https://pennockhale.wd5.myworkdayjobs.com/en-GB/PennockHaleCareers/job/Leeds/Store-Manager_R1").run();
  assert.deepEqual(companies(jobs), ["Pennock & Hale"]);
  // (a guard: another company's "and" is left as the logo writes it)
  const other = html.replace("Pennock &amp; Hale plc", "Pennock Holdings plc");
  assert.deepEqual(companies(loadSite("workday", other, "https://pennockhale.wd5.myworkdayjobs.com/en-GB/PennockHaleCareers/job/Leeds/Store-Manager_R1").run()),
    ["Pennock and Hale"]);
});

test("a logo alt that is the tenant's code in lower case gives way to the JSON-LD name whose initials it is", () => {
  const page = (org) => `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"${org}"}}</script>
    <body><img data-automation-id="logoImage" alt="fcu logo"><h2 data-automation-id="jobPostingHeader">Lineworker</h2></body>`;
  const url = "https://fcu.wd3.myworkdayjobs.com/en-US/FCU_External/job/Salem-OR/Lineworker_R0001";
  assert.deepEqual(companies(loadSite("workday", page("Fernbrook Coastal Utilities, Inc."), url).run()), ["Fernbrook Coastal Utilities"]);
  assert.deepEqual(companies(loadSite("workday", page("Basinview Holdings Corp."), url).run()), ["fcu"],
    "a JSON-LD name whose initials are not the code is not vouched for: the code stays");
});

test("a lower-case code's letters spelled by a description's words, or a JSON-LD name of other initials, never replace it", () => {
  const page = (org) => `${org ? `<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"${org}"}}</script>` : ""}
    <body><img data-automation-id="logoImage" alt="csr logo"><h2 data-automation-id="jobPostingHeader">Role</h2>
    <div data-automation-id="jobPostingDescription">As a Customer Service Representative at our plant you will answer calls.</div></body>`;
  const url = "https://csr.wd3.myworkdayjobs.com/en-US/External/job/Sydney/Role_R0001";
  assert.deepEqual(companies(loadSite("workday", page(null), url).run()), ["csr"]);
  assert.deepEqual(companies(loadSite("workday", page("Coral Sands Resorts Limited"), url).run()), ["Coral Sands Resorts"]);
});
