"""`python -m auditkit`."""

from auditkit.cli.main import main

main()
