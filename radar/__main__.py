"""`python -m radar`."""

from radar.cli import main

main()
