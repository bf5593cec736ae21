"""``python -m thousandeyes_async``: the same as the ``thousandeyes-async`` command."""

import sys

from .cli import main

sys.exit(main())
