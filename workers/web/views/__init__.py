"""The desk's pages, one module per page family; each exposes ``ROUTES``."""
