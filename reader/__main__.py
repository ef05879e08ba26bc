"""``python -m reader``: the same program as the ``reader`` command."""

from __future__ import annotations

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
