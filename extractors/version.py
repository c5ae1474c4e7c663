"""The extractor version: bump it when a rule changes what it reads, so facts say which code made them.

Dagster uses it as the `code_version` of the extraction asset, so a bump marks the facts stale.
"""

EXTRACTOR_VERSION = "0.2.1"
