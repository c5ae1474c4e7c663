"""`python -m bench`: the same benchmark as `nabd bench`."""

import argparse
import sys

from bench.run import add_arguments, run

if __name__ == "__main__":
    parser = add_arguments(argparse.ArgumentParser(prog="python -m bench", description=__doc__))
    sys.exit(run(parser.parse_args()))
