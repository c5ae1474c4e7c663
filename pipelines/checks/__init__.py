"""Asset checks: data quality is checked beside the assets, never asserted inside them."""
