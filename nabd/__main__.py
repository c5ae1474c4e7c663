import sys

from nabd.cli import main

sys.exit(main())
