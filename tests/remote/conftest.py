"""The session's servers and example store (see remote_servers.py, importable by the tests)."""

from remote_servers import oxigraph_server, seed_store, server, virtuoso_server

__all__ = ["oxigraph_server", "seed_store", "server", "virtuoso_server"]
