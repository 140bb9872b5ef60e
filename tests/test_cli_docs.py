"""Documentation is tested too: every `upheaval` command the README shows exists and has help text."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subcommands():
    parser = build_parser()
    [action] = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return action.choices


def test_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README


@pytest.mark.parametrize("command", sorted(set(re.findall(r"^\s*(?:\$ )?upheaval ([a-z-]+)", README, re.M))))
def test_every_command_in_the_readme_exists(command):
    assert command in _subcommands(), f"README shows `upheaval {command}`, which does not exist"


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_every_command_has_help_text(command):
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "usage: upheaval" in result.stdout
    description = result.stdout.split("\n\n", 2)[1]
    assert len(description.split()) >= 4, f"`upheaval {command} --help` says too little: {description!r}"


def test_top_level_help_lists_every_command():
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "--help"], capture_output=True, text=True)
    for command in _subcommands():
        assert command in result.stdout
