"""``python -m stakegraph``: the same command as ``stakegraph``."""

from stakegraph.cli import main

if __name__ == "__main__":
    main()
