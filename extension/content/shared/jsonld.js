// Reads schema.org JobPosting objects from a page's JSON-LD, forgiving the broken JSON that real job
// pages ship (trailing commas, HTML-escaped quotes, raw newlines in strings, comments). Never throws.
(function () {
  "use strict";
  const UR = (globalThis.UpheavalRadar = globalThis.UpheavalRadar || {});

  const MAX_DEPTH = 16;
  const MAX_NODES = 5000;
  const NAMED_ENTITIES = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: " ", "#39": "'" };

  function decodeEntities(text) {
    return String(text).replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, code) => {
      const lower = code.toLowerCase();
      if (lower[0] === "#") {
        const n = lower[1] === "x" ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, lower) ? NAMED_ENTITIES[lower] : whole;
    });
  }

  // One pass that knows where strings are: drops comments and trailing commas outside them, escapes
  // raw control characters inside them.
  function repair(text) {
    let out = "";
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === "\\") {
          out += ch + (text[i + 1] || "");
          i++;
        } else if (ch === '"') {
          inString = false;
          out += ch;
        } else if (ch < " ") {
          out += ch === "\n" ? "\\n" : ch === "\t" ? "\\t" : ch === "\r" ? "\\r" : " ";
        } else out += ch;
        continue;
      }
      if (ch === '"') {
        inString = true;
        out += ch;
      } else if ((ch < " " && !/[\t\n\r]/.test(ch)) || "\u00a0\u2028\u2029\ufffd\ufeff".includes(ch)) {
        out += " ";
      } else if (ch === "/" && text[i + 1] === "/") {
        while (i < text.length && text[i] !== "\n") i++;
      } else if (ch === "/" && text[i + 1] === "*") {
        const end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length : end + 1;
      } else if (ch === ",") {
        let j = i + 1;
        while (j < text.length && /\s/.test(text[j])) j++;
        if (text[j] !== "}" && text[j] !== "]") out += ch;
      } else out += ch;
    }
    return out;
  }

  function tryParse(text) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (_) {
      return { ok: false };
    }
  }

  function parse(raw) {
    try {
      let text = String(raw == null ? "" : raw).trim();
      text = text.replace(/^<!--|-->$/g, "").replace(/^<!\[CDATA\[|\]\]>$/g, "").replace(/^\ufeff/, "").trim();
      if (!text) return null;
      // Cheapest first, each made only when the one before failed: a repair walks the text character by
      // character, and LinkedIn's embedded blocks run to hundreds of kilobytes of sound (if escaped) JSON.
      const escaped = /&(quot|#34|#x22|amp|lt|gt|#\d+|#x[0-9a-f]+);/i.test(text);
      const candidates = [() => text, () => (escaped ? decodeEntities(text) : null), () => repair(text),
        () => (escaped ? repair(decodeEntities(text)) : null)];
      for (const candidate of candidates) {
        const made = candidate();
        const parsed = made === null ? { ok: false } : tryParse(made);
        if (parsed.ok) return parsed.value;
      }
      // Some pages put several objects in one script: {...}{...}
      const glued = tryParse("[" + repair(text).replace(/}\s*{/g, "},{") + "]");
      return glued.ok ? glued.value : null;
    } catch (_) {
      return null;
    }
  }

  function typesOf(node) {
    const type = node["@type"] || node.type;
    return [].concat(type || []).filter((t) => typeof t === "string").map((t) => t.replace(/^.*[/:#]/, "").toLowerCase());
  }

  // Every object in the tree, depth-first, bounded so a hostile page cannot stall the content script.
  function collectNodes(roots) {
    const nodes = [];
    const seen = new Set();
    const stack = roots.map((value) => [value, 0]).reverse();
    while (stack.length && nodes.length < MAX_NODES) {
      const [value, depth] = stack.pop();
      if (!value || typeof value !== "object" || seen.has(value) || depth > MAX_DEPTH) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
        continue;
      }
      nodes.push(value);
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) stack.push([value[keys[i]], depth + 1]);
    }
    return nodes;
  }

  function firstText(value) {
    for (const item of [].concat(value == null ? [] : value)) {
      if (typeof item === "string" && item.trim()) return decodeEntities(item).trim();
      if (item && typeof item === "object" && typeof item["@value"] === "string") return decodeEntities(item["@value"]).trim();
    }
    return "";
  }

  function domainFrom(values) {
    const domainOf = UR.page && UR.page.domainOf;
    if (!domainOf) return null;
    for (const value of [].concat(values == null ? [] : values)) {
      const url = typeof value === "string" ? value : value && (value["@id"] || value.url);
      const domain = typeof url === "string" && /^(https?:)?\/\/|^www\./i.test(url.trim()) ? domainOf(/^www\./i.test(url.trim()) ? "https://" + url.trim() : url) : null;
      if (domain) return domain;
    }
    return null;
  }

  // hiringOrganization may be a string, an Organization, an array of them, or an {@id} pointing elsewhere.
  function organization(value, byId) {
    for (let item of [].concat(value == null ? [] : value)) {
      if (typeof item === "string") {
        const name = decodeEntities(item).trim();
        if (name && !/^https?:\/\//i.test(name)) return { name, legalName: "", domain: null };
        continue;
      }
      if (!item || typeof item !== "object") continue;
      if (item["@id"] && !item.name && byId.has(item["@id"])) item = byId.get(item["@id"]);
      const name = firstText(item.name) || firstText(item.alternateName) || firstText(item.legalName);
      if (!name) continue;
      return { name, legalName: firstText(item.legalName), domain: domainFrom([].concat(item.url || [], item.sameAs || [])) };
    }
    return null;
  }

  function scriptsOf(document) {
    const scripts = document.querySelectorAll ? document.querySelectorAll("script[type]") : [];
    return Array.from(scripts).filter((s) => /^\s*application\/ld\+json\b/i.test(s.getAttribute("type") || ""));
  }

  // All JobPosting nodes on the page, each with its hiring organisation resolved.
  function jobPostings(document) {
    try {
      const roots = [];
      for (const script of scriptsOf(document)) {
        const value = parse(script.textContent);
        if (value != null) roots.push(value);
      }
      const nodes = collectNodes(roots);
      const byId = new Map();
      for (const node of nodes) if (typeof node["@id"] === "string" && Object.keys(node).length > 1) byId.set(node["@id"], node);
      return nodes
        .filter((node) => typesOf(node).includes("jobposting"))
        .map((node) => ({
          title: firstText(node.title) || firstText(node.name),
          organization: organization(node.hiringOrganization, byId),
          posting: node,
        }));
    } catch (_) {
      return [];
    }
  }

  UR.jsonld = { parse, jobPostings, decodeEntities };
})();
