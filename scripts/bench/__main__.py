"""``python scripts/bench``: run the benchmark (see the package docstring)."""

import sys
from pathlib import Path

# Run as a folder, the package's own folder is on sys.path; its parent makes it a package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cli import main

sys.exit(main())
