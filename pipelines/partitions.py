"""Inbox batches: each delivery folder dropped into the inbox is one partition, loaded incrementally."""

import dagster as dg

inbox_batches = dg.DynamicPartitionsDefinition(name="inbox_batches")
