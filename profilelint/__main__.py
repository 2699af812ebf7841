"""``python -m profilelint``."""

import sys

from profilelint.cli import main

sys.exit(main())
