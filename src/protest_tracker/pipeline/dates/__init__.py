"""Dates: recognising date expressions, resolving them, dating undated articles."""
