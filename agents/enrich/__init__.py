"""Enrichment of extracted incidents: merging reports of one real event into one incident."""
