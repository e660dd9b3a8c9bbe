"""Deterministic OCI fixtures for Berth's tests: build (catalog), push (registry), write (layout)."""
