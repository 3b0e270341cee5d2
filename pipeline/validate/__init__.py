"""Validation: every document's tables against the rules in expectations/, with Great
Expectations. Light on purpose: rules.py (the rules files and their version) needs no GX;
validator.py, which starts GX (seconds), is imported only when a document needs checking."""
