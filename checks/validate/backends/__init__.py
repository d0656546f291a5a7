"""Validation backends: Great Expectations over pandas (and, later, Spark). Only these modules import GX."""

import os

# Great Expectations may report usage unless told not to; set before any backend imports it.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
