"""argparse with a one-line error, like every other error of the commands (``reader``,
``reader batch``): the cause and where to read more, not the whole usage block."""

from __future__ import annotations

import argparse
from typing import NoReturn

EXIT_USAGE = 2  # argparse's own status for a usage error, and reader's for bad input


class OneLineParser(argparse.ArgumentParser):
    """argparse with a one-line error, like every other error of the command: the cause and
    where to read more, not the whole usage block (exit 2, argparse's own)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} ({self.prog} --help for usage)\n")
