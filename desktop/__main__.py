"""``python -m desktop``: run the app, or one of its commands (see ``--help``)."""

import sys

from desktop.app import main

sys.exit(main())
