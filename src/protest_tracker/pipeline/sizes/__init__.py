"""Crowd sizes: numbers, number words and size phrases."""
