# Metodeveilederhåndboka. `make book` and `make test` set everything up from scratch.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD_FLAGS := -W -n --keep-going
ZIP := dist/metodeveilederhandboka.zip
PDF := dist/metodeveilederhandboka.pdf
PORT ?= 8000

.PHONY: book html zip pdf handouts test test-fast lint-py bench serve clean distclean

book: zip

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

html: $(STAMP)
	$(BIN)/jupyter-book build . $(BUILD_FLAGS)

# The offline copy. The build itself already wrote it to _build/html/metodeveilederhandboka.zip, where the
# landing page and the course chapter link it (widgets/downloads.py); this puts the same zip in dist/ too.
zip: html
	$(BIN)/python -m widgets.offline_zip _build/html $(ZIP)

# The course booklet: the whole book as one A4 PDF, printed by the system Chromium.
pdf: html
	$(BIN)/python -m widgets.course_pdf _build/html $(PDF)

# The handouts: one A4 sheet per course session (dist/kursark/dag-1.pdf, …), from the built course chapter.
handouts: html
	$(BIN)/python -m widgets.handouts _build/html dist/kursark

test: lint-py
	$(BIN)/python -m pytest tests

# The widget scripts: js/ (ES modules) -> widgets/static/built/ (committed, so `make book` needs no Node).
.PHONY: js js-check
test: js-check

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

js: node_modules/.installed
	node js/build.mjs

# Types (tsc --strict), format and lint (Biome), and the pure JS against the shared vectors (node --test).
# It does not rebuild the committed bundles: tests/test_bundle_fresh.py builds to a temporary folder and
# compares, so a stale bundle fails the suite instead of being rewritten by it.
js-check: node_modules/.installed
	node_modules/.bin/tsc -p tsconfig.json
	node_modules/.bin/biome check js tests/js widgets/static/search-nav.js widgets/static/search-results.js widgets/static/glossary-popovers.js widgets/static/sphinx-search.d.ts
	node --test --test-reporter=dot tests/js/

# Everything that needs no book build (schemas, scoring, answers, Jupyter host, tiny Sphinx sites): seconds.
test-fast: $(STAMP)
	$(BIN)/python -m pytest tests -m "not book"

lint-py: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python bench/run.py

serve: html
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

clean:
	rm -rf _build dist

distclean: clean
	rm -rf $(VENV) .jupyter_cache
