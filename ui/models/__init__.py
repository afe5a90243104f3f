"""Lazy Qt item models over the vault's records."""
