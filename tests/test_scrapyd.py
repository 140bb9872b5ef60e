"""Crawling on Scrapyd (docs/scale-out.md), for real: two Scrapyd 1.6 daemons on loopback, the egg that
scrapyd-deploy builds uploaded to both through addversion.json, each node scheduled with its shard of a
local feed set (`upheaval sources --shard 1/2 --names`, UPHEAVAL_SHARD=2/2), UPHEAVAL_SOURCES naming the sources file and a
FEEDS setting pointing at one folder; then `upheaval ingest DIR` must leave exactly the articles and
events (and runs) that one local `upheaval crawl` of the same sources leaves.

The nodes run a Python that sees the project's dependencies but not the project itself, so the code the
jobs run is the deployed egg's, as on a real node."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from support import FAST_CRAWL_ENV, REPO, SCALE_OUT_SOURCES, crawl_content, free_port, scale_out_feeds

pytest.importorskip("scrapyd", reason="needs Scrapyd: pip install -e '.[test]'")

PROJECT = "upheaval"
START_SECONDS = 30  # a daemon answers daemonstatus.json within this
JOB_SECONDS = 120  # a node's crawl of three or four local feeds takes a few seconds


def run(command, env=None, cwd=REPO, timeout=180):
    result = subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                            timeout=timeout)
    return result


def upheaval(*args, env=None):
    return run([sys.executable, "-m", "pipeline.cli", *args], env=env)


@pytest.fixture(scope="module")
def node_python(tmp_path_factory) -> Path:
    """A Python with this venv's packages (Scrapy, Scrapyd, feedparser...) but not the project: the
    venv's editable install is a finder its own .pth file starts, and a path listed in another .pth file
    is put on sys.path without its .pth files being run."""
    home = tmp_path_factory.mktemp("node-python")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True, timeout=60)
    python = home / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    (Path(purelib) / "upheaval_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    probe = subprocess.run([str(python), "-c", "import scrapyd, scrapy, feedparser\nimport pipeline"],
                           capture_output=True, text=True, cwd=home)
    assert "No module named 'pipeline'" in probe.stderr, f"the node Python should see the dependencies only:\n{probe.stderr}"
    return python


@pytest.fixture(scope="module")
def egg(tmp_path_factory) -> Path:
    """The egg scrapyd-deploy builds, from a copy of the project (it writes build/ and *.egg-info beside
    scrapy.cfg), checked for the entry point Scrapyd needs."""
    build = tmp_path_factory.mktemp("egg-build")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pipeline", "server"):
        shutil.copytree(REPO / name, build / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "scrapy.cfg", "README.md"):
        shutil.copy(REPO / name, build / name)
    path = build / "upheaval.egg"
    result = run([str(Path(sys.executable).parent / "scrapyd-deploy"), "--build-egg", str(path)], cwd=build)
    assert result.returncode == 0 and path.exists(), f"scrapyd-deploy --build-egg failed:\n{result.stderr[-3000:]}"
    import zipfile

    entry_points = zipfile.ZipFile(path).read("EGG-INFO/entry_points.txt").decode()
    assert "[scrapy]\nsettings = pipeline.settings" in entry_points, entry_points
    return path


class Node:
    """One Scrapyd daemon in a folder of its own, on a loopback port."""

    def __init__(self, name: str, folder: Path, python: Path):
        self.name, self.folder = name, folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        folder.mkdir()
        (folder / "scrapyd.conf").write_text(
            f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {self.port}\neggs_dir = {folder / 'eggs'}\n"
            f"logs_dir = {folder / 'logs'}\ndbs_dir = {folder / 'dbs'}\nitems_dir =\nmax_proc = 2\n"
            "poll_interval = 0.2\n")
        self.database = folder / "never-written.db"  # a node writes no SQLite: this must never appear
        env = {**os.environ, **FAST_CRAWL_ENV, "UPHEAVAL_DB": str(self.database)}
        self.log = open(folder / "scrapyd.out", "wb")
        # A session of its own: teardown ends the daemon and any job it started, and nothing else.
        self.process = subprocess.Popen([str(python), "-m", "scrapyd"], cwd=folder, env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"Scrapyd {self.name} exited ({self.process.returncode}):\n{self.output()}")
            try:
                if self.get("daemonstatus.json")["status"] == "ok":
                    return
            except OSError:
                time.sleep(0.2)
        pytest.fail(f"Scrapyd {self.name} did not answer daemonstatus.json within {START_SECONDS} s:\n{self.output()}")

    def get(self, action: str, **query) -> dict:
        url = self.url + action + ("?" + urllib.parse.urlencode(query) if query else "")
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.load(response)

    def post(self, action: str, fields: list[tuple[str, str]]) -> dict:
        data = urllib.parse.urlencode(fields).encode()
        with urllib.request.urlopen(self.url + action, data=data, timeout=10) as response:
            answer = json.load(response)
        assert answer.get("status") == "ok", f"{self.name} {action}: {answer}"
        return answer

    def wait_finished(self, job: str) -> None:
        deadline = time.monotonic() + JOB_SECONDS
        while time.monotonic() < deadline:
            jobs = self.get("listjobs.json", project=PROJECT)
            if any(entry["id"] == job for entry in jobs["finished"]):
                return
            time.sleep(0.3)
        pytest.fail(f"job {job} on Scrapyd {self.name} did not finish within {JOB_SECONDS} s:\n{self.job_log(job)}")

    def job_log(self, job: str) -> str:
        logs = list((self.folder / "logs").rglob(f"{job}.log"))
        return logs[0].read_text(errors="replace")[-4000:] if logs else f"(no job log)\n{self.output()}"

    def output(self) -> str:
        self.log.flush()
        return (self.folder / "scrapyd.out").read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self.log.close()


@pytest.fixture
def nodes(tmp_path, node_python):
    started = [Node(name, tmp_path / name, node_python) for name in ("node1", "node2")]
    try:
        for node in started:
            node.wait_ready()
        yield started
    finally:
        for node in started:
            node.stop()


def test_two_scrapyd_nodes_and_one_ingest_store_what_one_local_crawl_stores(tmp_path, nodes, egg):
    exports = tmp_path / "exports"
    with scale_out_feeds(tmp_path) as sources:
        # Deploy as an operator does: scrapyd-deploy TARGET from a scrapy.cfg naming both nodes.
        deploy = tmp_path / "deploy"
        deploy.mkdir()
        (deploy / "scrapy.cfg").write_text("[settings]\ndefault = pipeline.settings\n\n" + "".join(
            f"[deploy:{node.name}]\nurl = {node.url}\nproject = {PROJECT}\n\n" for node in nodes))
        for node in nodes:
            result = run([str(Path(sys.executable).parent / "scrapyd-deploy"), node.name, "--egg", str(egg),
                          "--version", "1"], cwd=deploy)
            assert result.returncode == 0 and '"status": "ok"' in result.stdout, \
                f"deploy to {node.name} failed:\n{result.stdout}\n{result.stderr[-2000:]}"
            assert node.get("listspiders.json", project=PROJECT)["spiders"] == ["edgar", "feeds", "pages", "warn"]

        shards = []
        for number, node in enumerate(nodes, 1):
            names = upheaval("sources", "--sources", str(sources), "--shard", f"{number}/2", "--names")
            assert names.returncode == 0, names.stderr
            shards.append(names.stdout.strip())
        assert sorted(",".join(shards).split(",")) == sorted(SCALE_OUT_SOURCES)  # every source, once
        assert all(shards)

        # A node gets its shard either way: node 1 by the names `upheaval sources --shard 1/2 --names`
        # printed, node 2 by UPHEAVAL_SHARD (a job setting here; a node's environment in production).
        feeds = json.dumps({f"file://{exports}/%(name)s-%(_job)s.jsonl": {"format": "jsonlines"}})
        common = [("project", PROJECT), ("spider", "feeds"), ("setting", f"UPHEAVAL_SOURCES={sources}"),
                  ("setting", f"FEEDS={feeds}")]
        jobs = [nodes[0].post("schedule.json", common + [("source", shards[0])])["jobid"],
                nodes[1].post("schedule.json", common + [("setting", "UPHEAVAL_SHARD=2/2")])["jobid"]]
        for node, job in zip(nodes, jobs):
            node.wait_finished(job)
            assert not node.database.exists(), "a node wrote SQLite"
            assert (exports / f"feeds-{job}.jsonl").exists(), f"no export from {node.name}:\n{node.job_log(job)}"
            assert "Traceback" not in node.job_log(job), node.job_log(job)
        for shard, job in zip(shards, jobs):
            lines = (exports / f"feeds-{job}.jsonl").read_text().splitlines()
            assert {json.loads(line)["source"] for line in lines} == set(shard.split(","))

        scaled = tmp_path / "scaled.db"
        loaded = upheaval("ingest", str(exports), "--sources", str(sources), env={"UPHEAVAL_DB": str(scaled)})
        assert loaded.returncode == 1, loaded.stderr  # 1, as for the crawl: the broken feed's run is `error`
        assert "broken-feed" in loaded.stdout and "Traceback" not in loaded.stderr

        direct = tmp_path / "direct.db"
        crawled = upheaval("crawl", "--sources", str(sources), env={**FAST_CRAWL_ENV, "UPHEAVAL_DB": str(direct)})
        assert crawled.returncode == 1, crawled.stderr

    expected, got = crawl_content(direct), crawl_content(scaled)
    assert len(expected["articles"]) == 14 and len(expected["events"]) == 15
    for part in expected:
        assert got[part] == expected[part], part

    again = upheaval("ingest", str(exports), "--sources", str(sources), env={"UPHEAVAL_DB": str(scaled)})
    assert again.returncode == 0 and again.stderr.count("loaded before") == 2, again.stderr
    assert crawl_content(scaled) == got
