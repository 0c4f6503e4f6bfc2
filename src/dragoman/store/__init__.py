"""The ledger's database: schema and migrations, the repository, and the read queries.

All SQL of dragoman lives in this package. It never touches HTTP or the command line: the CLI
and the web layer call ``Store`` and the functions of ``store.queries``.
"""

from dragoman.store.repository import Ingested, Store

__all__ = ["Ingested", "Store"]
