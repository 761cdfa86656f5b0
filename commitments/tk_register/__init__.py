"""The Tweede Kamer's public register of toezeggingen (OData entity ``Toezegging``): fetch, map, import."""
