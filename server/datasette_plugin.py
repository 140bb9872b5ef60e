"""Datasette plugin (registered in pyproject.toml): metadata.yml's canned queries for an alert database
of any name.

Datasette names a database after its file, and metadata.yml can give canned queries to a database only
by name ("upheaval", the default data/upheaval.db); Datasette 0.x reads no top-level queries. So an
UPHEAVAL_DB=data/radar.db served as "radar" would have none. This lends the queries metadata gives
"upheaval" to every other database that holds the alert tables.
"""

from __future__ import annotations

import copy

from datasette import hookimpl

DESCRIBED_AS = "upheaval"
ALERT_TABLES = ("companies", "events", "articles")


@hookimpl
def canned_queries(datasette, database):
    if database == DESCRIBED_AS:  # metadata.yml already gives them
        return None

    async def queries():
        db = datasette.databases.get(database)
        if db is None or db.is_memory:
            return None
        for table in ALERT_TABLES:
            if not await db.table_exists(table):
                return None
        # A copy: Datasette writes each query's name into the dict it is given.
        return copy.deepcopy(datasette.metadata("queries", database=DESCRIBED_AS, fallback=False) or {})

    return queries
