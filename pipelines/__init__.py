"""Dagster definitions for Nabd: assets by stage, resources for everything outside, checks for quality."""
