"""One module per schema revision, applied in order by `warehouse.migrate.upgrade`."""
