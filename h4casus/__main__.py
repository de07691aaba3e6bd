"""`python -m h4casus`."""

import sys

from h4casus.cli import main

sys.exit(main())
