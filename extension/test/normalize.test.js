import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { normalizeName } from "../lib/normalize.js";

const vectors = JSON.parse(
  readFileSync(new URL("../../tests/vectors/company_names.json", import.meta.url), "utf8"),
);

test("the shared vectors are there to check against", () => {
  assert.ok(vectors.length >= 20, `only ${vectors.length} vectors`);
});

test("every shared vector normalises to its key, as pipeline/companies.py does", () => {
  const wrong = vectors
    .filter((row) => normalizeName(row.name) !== row.key)
    .map((row) => `${JSON.stringify(row.name)} -> ${JSON.stringify(normalizeName(row.name))}, want ${JSON.stringify(row.key)}`);
  assert.deepEqual(wrong, []);
});

test("empty and missing names give an empty key", () => {
  assert.equal(normalizeName(""), "");
  assert.equal(normalizeName(null), "");
  assert.equal(normalizeName(undefined), "");
});
