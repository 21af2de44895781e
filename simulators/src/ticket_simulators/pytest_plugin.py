"""Pytest fixtures for the simulators (registered through the pytest11 entry point)."""
