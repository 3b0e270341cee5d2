"""Imported once by the workers' forkserver (pipeline.isolation), so that what every
worker would otherwise pay again is paid before they fork: Arrow's one-time start-up (its
memory pool and parquet writer, ~0.2 s) happens here, not once per document."""

import io

import pyarrow.parquet as pq

from pipeline.schemas import TABLES

for _schema in TABLES.values():
    _buffer = io.BytesIO()
    pq.write_table(_schema.empty_table(), _buffer)
    pq.read_table(io.BytesIO(_buffer.getvalue()))
