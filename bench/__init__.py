"""Measurements that are not tests: throughput (make bench) and conformance (make conformance)."""
