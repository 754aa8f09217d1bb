"""Everything that knows about IRIs and triples: the mapping from plain facts to RDF."""
