"""migkg beyond one store folder: a SPARQL endpoint over the store (`serve`), uploads to a triple
store's Graph Store (`push`), and the named queries run against a remote endpoint (`RemoteEndpoint`)."""
