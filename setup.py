"""A shim for tools that still run `setup.py` (scrapyd-deploy runs `setup.py bdist_egg` to build the egg it
uploads to Scrapyd). Without one, scrapyd-deploy writes a setup.py of its own into the checkout. Every
piece of metadata, the Scrapy settings entry point included, lives in pyproject.toml."""

from setuptools import setup

setup()
