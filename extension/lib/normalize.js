// Company-name normaliser: "Meta Platforms, Inc." -> "meta platforms".
// The JavaScript twin of pipeline/companies.py normalize_name; keep the two in step, line for line.
// Both must produce every key in tests/vectors/company_names.json (extension/test/normalize.test.js).
// An ES module for the worker and node; also hung on globalThis.UpheavalRadar for pages that load it
// as a module script.

// Legal-form words dropped from the end of a name, across many countries.
export const LEGAL_SUFFIXES = new Set(
  `inc incorporated corp corporation co company cos companies ltd limited llc lllp llp lp plc
   sa sas sarl srl spa sl sau ag gmbh kg kgaa mbh nv bv se ab asa as oy oyj kk pty pte bhd tbk
   pjsc ojsc jsc sab cv de`.split(/\s+/),
);
// SEC names carry state-of-incorporation tags such as "/DE/" or "/NEW/".
const SEC_STATE_TAG = /\/[a-z]{2,5}\/?$|\s\/[a-z]{2,5}\//g;
// AT&T, P&G: part of the name, not "and". Python's \w is Unicode-aware, hence the classes.
const AMPERSAND_IN_WORD = /(?<=[\p{L}\p{N}_])&(?=[\p{L}\p{N}_])/gu;
const APOSTROPHES = /['\u2019`]/g;
// Letters and digits of any script: a name written in Japanese, Chinese or Hebrew keeps a key of its own.
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// Accents on Latin letters go ("México" -> "Mexico"); marks other scripts spell with stay ("ブ" is not "フ").
const LATIN_ACCENT = /(?<=[\u0000-\u024f]\p{Mn}*)\p{Mn}/gu;
// Letters that NFKD does not split into a base letter and an accent.
const TRANSLITERATE = { "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ı": "i", "ß": "ss" };
const TRANSLITERABLE = new RegExp(`[${Object.keys(TRANSLITERATE).join("")}]`, "g");

export function normalizeName(name) {
  if (!name) return "";
  let text = String(name).normalize("NFKD").replace(LATIN_ACCENT, "").normalize("NFC");
  text = text.toLowerCase().replace(TRANSLITERABLE, (ch) => TRANSLITERATE[ch]).trim();
  text = text.replace(SEC_STATE_TAG, " ");
  text = text.replace(AMPERSAND_IN_WORD, "");
  text = text.replaceAll("&", " and ");
  text = text.replace(APOSTROPHES, "");
  let tokens = text.replace(NON_WORD, " ").split(" ").filter(Boolean);
  tokens = joinInitials(tokens);
  if (tokens.length > 1 && tokens[0] === "the") tokens = tokens.slice(1);
  // "& Co." leaves a dangling "and" once "co" is gone: drop both.
  while (tokens.length > 1 && (LEGAL_SUFFIXES.has(tokens[tokens.length - 1]) || tokens[tokens.length - 1] === "and")) {
    tokens = tokens.slice(0, -1);
  }
  return tokens.join(" ");
}

// Joins runs of single letters, so "J.P. Morgan" and "JP Morgan" meet at "jp morgan".
function joinInitials(tokens) {
  const joined = [];
  let run = "";
  for (const token of tokens) {
    if (/^\p{L}$/u.test(token)) {
      run += token;
      continue;
    }
    if (run) {
      joined.push(run);
      run = "";
    }
    joined.push(token);
  }
  if (run) joined.push(run);
  return joined;
}

globalThis.UpheavalRadar = globalThis.UpheavalRadar || {};
globalThis.UpheavalRadar.normalizeName = normalizeName;
