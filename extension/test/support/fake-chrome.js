// An in-memory stand-in for the parts of chrome.* the background modules use, with the same
// get/set/remove semantics as chrome.storage (values are copied in and out, never shared).
export function fakeChrome({ manifest = { content_scripts: [] } } = {}) {
  const data = new Map();
  const listeners = [];
  const copy = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  const changed = (changes) => {
    if (Object.keys(changes).length) for (const listener of listeners) listener(changes, "local");
  };
  const local = {
    calls: 0,
    async get(keys) {
      local.calls += 1;
      const names = keys === null || keys === undefined ? [...data.keys()] : Array.isArray(keys) ? keys : typeof keys === "string" ? [keys] : Object.keys(keys);
      const out = {};
      for (const name of names) if (data.has(name)) out[name] = copy(data.get(name));
      return out;
    },
    async set(items) {
      local.calls += 1;
      const changes = {};
      for (const [name, value] of Object.entries(items)) {
        changes[name] = { oldValue: copy(data.get(name)), newValue: copy(value) };
        data.set(name, copy(value));
      }
      changed(changes);
    },
    async remove(keys) {
      local.calls += 1;
      const changes = {};
      for (const name of Array.isArray(keys) ? keys : [keys]) {
        if (data.has(name)) changes[name] = { oldValue: copy(data.get(name)) };
        data.delete(name);
      }
      changed(changes);
    },
    dump: () => Object.fromEntries([...data].map(([k, v]) => [k, copy(v)])),
  };
  const alarms = new Map();
  return {
    storage: { local, onChanged: { addListener: (fn) => listeners.push(fn) } },
    alarms: {
      all: alarms,
      async create(name, info) { alarms.set(name, info); },
      async get(name) { return alarms.get(name); },
      async clear(name) { return alarms.delete(name); },
    },
    runtime: { id: "upheavalradartestid", getManifest: () => manifest, getURL: (path = "") => `chrome-extension://upheavalradartestid/${path}` },
  };
}

// A fetch that answers from `handler(url, init)` -> {status, body, headers} and records every call.
export function fakeFetch(handler) {
  const calls = [];
  const fetch = async (url, init = {}) => {
    calls.push({ url: String(url), init });
    const answer = await handler(String(url), init, calls.length);
    if (answer instanceof Error) throw answer;
    const headers = new Map(Object.entries(answer.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
    return {
      status: answer.status ?? 200,
      ok: (answer.status ?? 200) >= 200 && (answer.status ?? 200) < 300,
      headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
      json: async () => (typeof answer.body === "string" ? JSON.parse(answer.body) : answer.body),
    };
  };
  return { fetch, calls };
}

export function alertFor(name, level = "none", extra = {}) {
  return {
    query: name,
    match: level === "unknown" ? null : { company_id: name.length, name, matched_on: "exact", confidence: 1 },
    level,
    score: level === "warning" ? 7 : 0,
    window_days: 365,
    events: [],
    generated_at: "2026-11-25T19:00:00Z",
    ...extra,
  };
}
