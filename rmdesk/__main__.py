from rmdesk.cli import main

raise SystemExit(main())
