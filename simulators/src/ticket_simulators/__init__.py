"""Stateful simulators of the vendor APIs."""
