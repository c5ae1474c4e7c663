"""Nabd (نبض): Arabic health press releases in, a warehouse of auditable facts out."""
