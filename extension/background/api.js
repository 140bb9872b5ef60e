// The HTTP client for the upheaval-radar server: batches lookups, retries with backoff, and makes
// conditional GETs of the snapshot, and of a published folder's index (static mode). Pure of chrome.*: fetch and sleep come in as options, so tests
// drive it with fakes.

export const BATCH_LIMIT = 50; // the server takes 1..50 companies per batch (docs/contracts.md)
const DEFAULTS = { retries: 3, baseDelayMs: 300, maxDelayMs: 8000, timeoutMs: 8000 };

export class ApiError extends Error {
  constructor(message, { status = null, retryable = false } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.retryable = retryable;
  }
}

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function options(overrides) {
  return {
    ...DEFAULTS,
    fetch: (...args) => globalThis.fetch(...args),
    sleep: defaultSleep,
    random: Math.random,
    ...overrides,
  };
}

// 429 and 5xx are worth another try; other 4xx mean the request itself is wrong.
function retryableStatus(status) {
  return status === 429 || status >= 500;
}

function retryAfterMs(response) {
  const header = response.headers && response.headers.get && response.headers.get("Retry-After");
  if (header === null || header === undefined || header === "") return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

// Full jitter around an exponential step, so many browsers do not retry in lockstep.
export function backoffDelay(attempt, opts, response = null) {
  const fromServer = response ? retryAfterMs(response) : null;
  if (fromServer !== null) return Math.min(fromServer, opts.maxDelayMs);
  const step = Math.min(opts.baseDelayMs * 2 ** attempt, opts.maxDelayMs);
  return Math.round(step / 2 + (opts.random() * step) / 2);
}

// fetch with retries. Returns the Response for 2xx/3xx/non-retryable 4xx; throws ApiError when the
// server cannot be reached or keeps failing.
export async function fetchWithRetry(url, init = {}, overrides = {}) {
  const opts = options(overrides);
  let lastError = null;
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    let response = null;
    try {
      const signal = typeof AbortSignal !== "undefined" && AbortSignal.timeout ? AbortSignal.timeout(opts.timeoutMs) : undefined;
      response = await opts.fetch(url, { ...init, signal });
    } catch (error) {
      lastError = new ApiError("server unreachable", { retryable: true });
    }
    if (response) {
      if (!retryableStatus(response.status)) return response;
      lastError = new ApiError(`server error ${response.status}`, { status: response.status, retryable: true });
    }
    if (attempt < opts.retries) await opts.sleep(backoffDelay(attempt, opts, response));
  }
  throw lastError;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (_) {
    throw new ApiError("the server sent something that is not JSON", { status: response.status });
  }
}

function jsonError(response, body) {
  const message = (body && body.message) || `server answered ${response.status}`;
  return new ApiError(message, { status: response.status });
}

function query(company) {
  const params = new URLSearchParams({ company: company.name });
  if (company.domain) params.set("domain", company.domain);
  if (company.ats) params.set("ats", company.ats);
  return params.toString();
}

// One alert per company, in order. Uses POST /api/v1/alerts/batch in chunks of 50; a server without
// the batch endpoint (404/405) is asked one company at a time instead.
export async function fetchAlerts(serverUrl, companies, overrides = {}) {
  const results = [];
  for (let i = 0; i < companies.length; i += BATCH_LIMIT) {
    const chunk = companies.slice(i, i + BATCH_LIMIT).map((c) => ({
      name: c.name,
      ...(c.domain ? { domain: c.domain } : {}),
      ...(c.ats ? { ats: c.ats } : {}),
    }));
    const response = await fetchWithRetry(`${serverUrl}/api/v1/alerts/batch`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ companies: chunk }),
    }, overrides);
    if (response.status === 404 || response.status === 405) {
      for (const company of chunk) results.push(await fetchAlert(serverUrl, company, overrides));
      continue;
    }
    const body = await readJson(response);
    if (!response.ok) throw jsonError(response, body);
    if (!body || !Array.isArray(body.results) || body.results.length !== chunk.length) {
      throw new ApiError("the batch answer does not match the question");
    }
    results.push(...body.results);
  }
  return results;
}

export async function fetchAlert(serverUrl, company, overrides = {}) {
  const response = await fetchWithRetry(`${serverUrl}/api/v1/alerts?${query(company)}`, {
    headers: { Accept: "application/json" },
  }, overrides);
  const body = await readJson(response);
  if (!response.ok) throw jsonError(response, body);
  return body;
}

// Conditional GET of the snapshot: {notModified: true} on 304, else {etag, data}.
export async function fetchSnapshot(serverUrl, etag, overrides = {}) {
  const headers = { Accept: "application/json" };
  if (etag) headers["If-None-Match"] = etag;
  const response = await fetchWithRetry(`${serverUrl}/api/v1/snapshot`, { headers }, overrides);
  if (response.status === 304) return { notModified: true };
  const body = await readJson(response);
  if (!response.ok) throw jsonError(response, body);
  return { etag: response.headers.get("ETag"), data: body };
}

// A folder written by `upheaval publish` (docs/publish.md). index.json is its one file whose content changes
// under the same name: a conditional GET with both validators a static server may give (nginx and object
// stores send an ETag, `python -m http.server` only Last-Modified). {notModified: true} on 304, else
// {etag, lastModified, data}.
export const PUBLICATION_FORMAT = "upheaval-radar publication";
export const PUBLICATION_VERSION = 1;

export async function fetchPublishedIndex(folderUrl, { etag = null, lastModified = null } = {}, overrides = {}) {
  const headers = { Accept: "application/json" };
  if (etag) headers["If-None-Match"] = etag;
  if (lastModified) headers["If-Modified-Since"] = lastModified;
  const response = await fetchWithRetry(`${folderUrl}/index.json`, { headers }, overrides);
  if (response.status === 304) return { notModified: true };
  if (!response.ok) throw new ApiError(`no publication at ${folderUrl}: index.json answered ${response.status}`, { status: response.status });
  const data = await readJson(response);
  if (!data || data.format !== PUBLICATION_FORMAT || data.version !== PUBLICATION_VERSION) {
    throw new ApiError(`${folderUrl}/index.json is not an upheaval-radar publication (format version ${PUBLICATION_VERSION})`);
  }
  return { etag: response.headers.get("ETag"), lastModified: response.headers.get("Last-Modified"), data };
}

// Every other file of a publication is named by its content (snapshot/, keys/, alerts/), so it is fetched
// once and never revalidated. A path of any other shape in an index is refused rather than followed.
const PUBLISHED_FILE = /^(snapshot|keys|alerts)\/[0-9a-f]{16}\.json$/;

export async function fetchPublishedFile(folderUrl, path, overrides = {}) {
  if (typeof path !== "string" || !PUBLISHED_FILE.test(path)) throw new ApiError(`the publication names an odd file: ${String(path).slice(0, 80)}`);
  const response = await fetchWithRetry(`${folderUrl}/${path}`, { headers: { Accept: "application/json" } }, overrides);
  if (!response.ok) throw new ApiError(`${folderUrl}/${path} answered ${response.status} (published again since?)`, { status: response.status });
  return readJson(response);
}

// Best effort: a correction the user agreed to share. The server may not take them yet.
export async function postCorrection(serverUrl, correction, overrides = {}) {
  const response = await fetchWithRetry(`${serverUrl}/api/v1/corrections`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(correction),
  }, { retries: 1, ...overrides });
  return response.ok;
}

export async function fetchHealth(serverUrl, overrides = {}) {
  const response = await fetchWithRetry(`${serverUrl}/healthz`, {}, { retries: 0, ...overrides });
  return response.ok ? readJson(response) : null;
}
