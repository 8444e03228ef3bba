# One command installs everything (make install), one runs the tests (make test).
PYTHON ?= python3

.PHONY: install test lint schemas

install:
	$(PYTHON) -m pip install --upgrade pip
	# torch first: 2.13.0 resolves to a CPU wheel here, where a bare `torch` would pull GBs of CUDA packages.
	$(PYTHON) -c "import torch" 2>/dev/null || $(PYTHON) -m pip install "torch==2.13.0"
	$(PYTHON) -m pip install -e ".[all,dev]"

test:
	$(PYTHON) -m pytest -q

lint:
	$(PYTHON) -m ruff check auditkit tests benchmarks

schemas:
	$(PYTHON) -m auditkit probes schema > probes/schema.json
	$(PYTHON) -m auditkit policy schema > policies/schema.json
	$(PYTHON) -c "from auditkit.report.json_report import schema_text; print(schema_text(), end='')" > reports/schemas/report.schema.json
