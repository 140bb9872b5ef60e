// The brand helpers every adapter shares: brandName (a registered name -> the brand a person reads) and
// sharesBrand (is a name plausibly the company the page's own URL and header are about?).
import test from "node:test";
import assert from "node:assert/strict";
import { loadShared } from "./support/load-adapter.js";

const { UR } = loadShared();
const { brandName, sharesBrand, distinctiveWords, spelledOut } = UR.page;

test("brandName drops legal forms and, before them, a country or region", () => {
  for (const [legal, brand] of [
    ["Acme Canada Co.", "Acme"],
    ["Globex UK Limited", "Globex"],
    ["Contoso GmbH", "Contoso"],
    ["Contoso Deutschland GmbH", "Contoso"],
    ["Fabrikam S.A.", "Fabrikam"],
    ["Litware Pty Ltd", "Litware"],
    ["Acme, Inc.", "Acme"],
    ["Acme (UK) Limited", "Acme"],
    ["Initech Co., Ltd.", "Initech"],
    ["Grupo Contoso S.A. de C.V.", "Grupo Contoso"],
    ["Tailspin Sp. z o.o.", "Tailspin"],
    ["Kenanga Freight Sdn Bhd", "Kenanga Freight"],
    ["Gemilang Cold Chain Berhad", "Gemilang Cold Chain"],
    ["Woodgrove International Holdings Ltd", "Woodgrove"],
    ["Woodgrove Holdings (UK) Limited", "Woodgrove"],  // a region between two legal forms
    ["Procter & Gamble Co.", "Procter & Gamble"],
    ["Northwind Verteilte Systeme GmbH", "Northwind Verteilte Systeme"],
    // legal forms and countries written in other scripts
    ["Tailspin Biosciences Japan 合同会社", "Tailspin Biosciences"],
    ["Contoso Korea (주)", "Contoso"],
    ["Fabrikam 有限公司", "Fabrikam"],
    ["Litware ООО", "Litware"],
  ]) {
    assert.equal(brandName(legal), brand, legal);
  }
});

test("brandName keeps names that only end like a region, and never returns nothing", () => {
  for (const name of ["Air Canada", "Bank of America", "Litware Europe", "Ltd", "GmbH", "Contoso", "ABC Engineering Services PL"]) {
    assert.equal(brandName(name), name, name);
  }
  assert.equal(brandName("Bank of America Corporation"), "Bank of America", "a region after 'of' is part of the name");
  assert.equal(brandName("  Fabrikam\u00a0 Ltd "), "Fabrikam");
});

test("distinctiveWords leaves out legal forms, regions and generic business words", () => {
  assert.deepEqual(Array.from(distinctiveWords("ABC Engineering Services PL")), ["abc"]);
  assert.deepEqual(Array.from(distinctiveWords("Globex UK Limited")), ["globex"]);
  assert.deepEqual(Array.from(distinctiveWords("Global Solutions Group Ltd")), []);
});

test("sharesBrand: a distinctive word begins a slug or is a word of a text; the run-together name or initials match a slug", () => {
  assert.equal(sharesBrand("Acme Canada Co.", ["acme"]), true);
  assert.equal(sharesBrand("Globex UK Limited", ["globexcorp"]), true, "the tenant starts with the brand");
  assert.equal(sharesBrand("Fourth Coffee Ltd", ["fourthcoffee"]), true, "the brand run together");
  assert.equal(sharesBrand("Tailspin Toys UK Limited", ["tst4", "TailspinToysCareers"]), true, "the site id");
  assert.equal(sharesBrand("Contoso Robotics", ["zz", "Careers at Contoso"]), true, "a word of the header");
  assert.equal(sharesBrand("Woodgrove Bank Corp", ["wb"]), true, "initials");
});

test("sharesBrand: a code of the name's letters in order, vowels mostly dropped, abbreviates it", () => {
  assert.equal(sharesBrand("Fabrikam Holdings (UK) Limited", ["fbrkmhldg"]), true);
  assert.equal(sharesBrand("Northwind Systems", ["nws"]), true);
  assert.equal(sharesBrand("Tailspin Pharma", ["tph"]), true);
  assert.equal(sharesBrand("Tailspin Holdings (UK) Limited", ["tailspnhldg"]), true, "a long code may keep a vowel in four");
  assert.equal(sharesBrand("Northwind Systems", ["swn"]), false, "the letters out of order");
  assert.equal(sharesBrand("Alpine Cabinet Makers", ["acme"]), false, "a word, not a code: two vowels");
  assert.equal(sharesBrand("Northwind Systems", ["ws"]), false, "too short to tell");
});

test("sharesBrand: no shared distinctive word, generic site ids and words inside a slug are not evidence", () => {
  assert.equal(sharesBrand("XY1 ABC - ABC Engineering Services PL", ["initech", "External"]), false);
  assert.equal(sharesBrand("Tech Data Corp", ["initech"]), false, "'tech' ends the slug, it does not begin it");
  assert.equal(sharesBrand("External Staffing Ltd", ["initech", "External", "ExternalCareerSite"]), false);
  assert.equal(sharesBrand("Hewlett Packard Enterprise", ["hp"]), false, "initials must be the whole slug");
  assert.equal(sharesBrand("Contoso", []), false);
  assert.equal(sharesBrand("Contoso", ["", null]), false);
});

test("cleanCompany: `condition && text` that is false is no name, not the word 'false'", () => {
  assert.equal(UR.page.cleanCompany(false), null);
  assert.equal(UR.page.job(false, "visible", null, {}), null);
  assert.equal(UR.page.cleanCompany("False Bay Brewing"), "False Bay Brewing");
});

test("cleanCompany drops the word 'logo' in other languages too, before or after the name", () => {
  for (const [alt, name] of [["Логотип Карпатська Логістика", "Карпатська Логістика"], ["Contoso ロゴ", "Contoso"],
    ["로고 Fabrikam", "Fabrikam"], ["Logotipo de Tailspin", "Tailspin"], ["Wingtip logo", "Wingtip"]]) {
    assert.equal(UR.page.cleanCompany(alt), name, alt);
  }
});

test("a publisher line in other languages is no name: 'Indeed 経由', 'عبر LinkedIn', '사람인을(를) 통해'", () => {
  for (const line of ["Indeed 経由", "経由: Indeed", "عبر LinkedIn", "사람인을(를) 통해", "через hh.ru", "przez Pracuj.pl"]) {
    assert.equal(UR.page.cleanCompany(line), null, line);
  }
  assert.equal(UR.page.cleanCompany("Via Verde Logistics"), null);  // as before: a name that starts like one is lost
});

test("cardJobs reads each card's first company element with text: an empty logo link with the same class is passed over", () => {
  const { document, UR: shared } = loadShared(`<!DOCTYPE html><html><body><ul>
    <li class="card"><a class="co"><img alt=""></a><span class="co">Orrin Freight</span></li>
    <li class="card"><span class="co">Bellwick Foods</span></li>
    <li class="card"><a class="co"><img alt=""></a></li>
  </ul></body></html>`);
  const jobs = shared.page.cardJobs(document, "li.card", [".co"]);
  assert.deepEqual(Array.from(jobs, (j) => j.company), ["Orrin Freight", "Bellwick Foods"]);  // the third, empty, is skipped
  assert.equal(jobs[0].anchor.tagName, "SPAN");
});

test("a site's words for a hidden employer are no name: 'Company name hidden', 'Employer confidential'", () => {
  for (const shown of ["Company name hidden", "Employer confidential", "Client name withheld", "Hidden company"]) {
    assert.equal(UR.page.isPlaceholder(shown), true, shown);
  }
  assert.equal(UR.page.isPlaceholder("Hidden Valley Foods"), false);
});

test("spelledOut finds the Title Case words a code of capitals stands for, within one clause", () => {
  assert.equal(spelledOut("MLH", ["About Us", "Marlowe Lane Hospitality (MLH) runs hotels."]), "Marlowe Lane Hospitality");
  assert.equal(spelledOut("HFS", ["Since 1990, Halcyon Freight Systems has moved goods."]), "Halcyon Freight Systems");
  assert.equal(spelledOut("HFS", ["Halcyon Freight. Systems work here."]), null, "not across a full stop");
  assert.equal(spelledOut("HFS", ["HALCYON FREIGHT SYSTEMS"]), null, "capitals are a code or a shout, not Title Case");
  assert.equal(spelledOut("GE", ["General Electric"]), null, "two letters match too many runs");
});

test("visibleText leaves out what only a screen reader reads", () => {
  const { document, UR: shared } = loadShared('<div id="c"><span class="visually-hidden">Company Name</span> Calderwood ' +
    'Robotics <span class="sr-only">(opens in a new tab)</span></div><div id="k"><span class="name">Kestrel</span></div>');
  assert.equal(shared.page.visibleText(document.getElementById("c")), "Calderwood Robotics");
  assert.equal(shared.page.visibleText(document.getElementById("k")), "Kestrel"); // (a guard: any other class is read)
});
