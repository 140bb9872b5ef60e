"""Does private mode match as well as the server? The same names go to the server (online mode) and to
the extension's own local matcher (extension/background/snapshot.js, run under node) over the server's
snapshot. The agreement figure is printed. Private mode promises the server's exact and alias matching
(the same normaliser, the snapshot's keys); any name the server matched that way and flagged differently
fails the test, since that is the Python and JavaScript normalisers, or the snapshot's keys, drifting
apart. Names the server reached only by its guarded fuzzy match are counted apart: private mode has no
fuzzy match, which is one reason online mode is the default (docs/extension.md)."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.request

import pytest

from harness import EXTENSION, REPO, fixture_companies, report

MATCH_LOCALLY = """
import { matchLocally } from "./background/snapshot.js";
const input = JSON.parse(await new Promise((resolve) => {
  let text = ""; process.stdin.on("data", (c) => (text += c)); process.stdin.on("end", () => resolve(text));
}));
const results = matchLocally({ data: input.snapshot }, input.names.map((name) => ({ name })));
process.stdout.write(JSON.stringify(results.map((r) => r.level)));
"""


def variants(name: str) -> list[str]:
    """How the same company shows up across job sites: case, legal suffixes, punctuation, a leading 'The'."""
    return [name, name.upper(), f"{name}, Inc.", f"{name} Ltd", f"The {name}", f"{name} GmbH", name.replace(" ", "  ")]


def server_levels(base: str, names: list[str]) -> list[tuple[str, str | None]]:
    """(level, matched_on) per name."""
    levels = []
    for i in range(0, len(names), 50):
        request = urllib.request.Request(f"{base}/api/v1/alerts/batch", method="POST",
                                         data=json.dumps({"companies": [{"name": n} for n in names[i:i + 50]]}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            levels += [(alert["level"], (alert.get("match") or {}).get("matched_on"))
                       for alert in json.load(response)["results"]]
    return levels


def local_levels(snapshot: dict, names: list[str]) -> list[str]:
    node = shutil.which("node")
    assert node, "node is needed to run the extension's matcher"
    done = subprocess.run([node, "--input-type=module", "-e", MATCH_LOCALLY], cwd=EXTENSION, capture_output=True,
                          text=True, input=json.dumps({"snapshot": snapshot, "names": names}), timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_private_mode_flags_the_same_names_as_the_server(api_servers):
    base = api_servers["flagged"]
    with urllib.request.urlopen(f"{base}/api/v1/snapshot", timeout=10) as response:
        snapshot = json.load(response)
    vectors = json.loads((REPO / "tests" / "vectors" / "company_names.json").read_text(encoding="utf-8"))
    names = [v for company in fixture_companies() + ["Globex", "Vandelay Industries"] for v in variants(company)]
    names += [row["name"] for row in vectors if row["name"].strip()] + ["Quiet Harbor Labs", "Initech Holdings", "Globex Bank"]
    answers = server_levels(base, names)
    online = [level for level, _ in answers]
    fuzzy = {n for n, (_, matched_on) in zip(names, answers) if matched_on == "fuzzy"}
    private = local_levels(snapshot, names)
    flagged = ("warning", "watch")
    agree = [n for n, a, b in zip(names, online, private) if (a in flagged) == (b in flagged) and (a not in flagged or a == b)]
    differ = [(n, a, b) for n, a, b in zip(names, online, private) if n not in agree and n not in fuzzy]
    fuzzy_only = [(n, a, b) for n, a, b in zip(names, online, private) if n not in agree and n in fuzzy]
    report(f"private mode vs server on {len(names)} names ({sum(l in flagged for l in online)} flagged by the server): "
           f"{len(agree)} agree; differ: {differ}; reached only by the server's fuzzy match: {fuzzy_only}")
    assert len(agree) + len(fuzzy_only) > len(names) * 0.9  # the comparison really ran over the names
    assert differ == []
