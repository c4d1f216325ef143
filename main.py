"""Start rmdesk from a source checkout: same as the `rmdesk` command."""

from rmdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
