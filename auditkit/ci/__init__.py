"""Integration with the CI systems teams already use: GitHub Actions, pytest, pre-commit."""
