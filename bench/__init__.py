"""The scale benchmark (issue #7): a realistic synthetic corpus and the figures that matter at scale."""
