"""Faust agents (thin shells) and the pure core they call: extract, geo, enrich, rules."""

from agents.compiled import install

install()  # before any module of the core is imported: the mypyc build, when one matches the sources
