"""The v7 record and operation generator (a development tool, not shipped in the wheel)."""
