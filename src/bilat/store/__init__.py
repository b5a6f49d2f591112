"""bilat's store: readings kept in SQLite or PostgreSQL (SQLAlchemy Core), one URL picks which.

``Store.open(url)`` creates or migrates the schema; see :mod:`bilat.store.store` for the API,
:mod:`bilat.store.schema` for the tables and :mod:`bilat.store.migrations` for schema versions.
"""

from bilat.store.dates import date_bounds
from bilat.store.indicators import StoredFigure, StoredItem
from bilat.store.migrations import MIGRATIONS, Migration, migrate, schema_version
from bilat.store.store import DEFAULT_URL, EventQuery, Store, WriteResult, redact

__all__ = [
    "DEFAULT_URL",
    "MIGRATIONS",
    "EventQuery",
    "Migration",
    "Store",
    "StoredFigure",
    "StoredItem",
    "WriteResult",
    "date_bounds",
    "migrate",
    "redact",
    "schema_version",
]
