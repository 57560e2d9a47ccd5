# Amuddu QGIS plugin: set up, build, test and package.  `make` (or `make help`) lists the
# targets. Made for Debian 12 and its QGIS 3.22; run as root or with sudo for `make deps`.
#
# Layout: the Python package is amuddu_plugin/; metadata.txt, LICENSE, resources/, i18n/ and
# data/ live at the top level. The zip (make package) and the staging folder that QGIS loads
# (make deploy, make demo) put them INSIDE the plugin folder, as QGIS expects.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

PLUGIN := amuddu_plugin
# Debian's Python: the only one that can import QGIS (a pyenv python3 may come first on PATH).
SYS_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
DEPS_STAMP := $(VENV)/.amuddu-deps-installed

APT_PACKAGES := python3-qgis qgis-providers qgis xvfb qttools5-dev-tools gdal-bin \
	poppler-utils fonts-noto-core fonts-dejavu-core python3-venv sqlite3
# The HSDS tests validate the export against the official JSON Schemas.
APT_PACKAGES += python3-jsonschema
# The handouts' tests read their QR codes back with zbarimg.
APT_PACKAGES += zbar-tools
# The multi-user store: the tests start a throwaway PostgreSQL + PostGIS cluster of their own.
APT_PACKAGES += postgresql-15 postgresql-15-postgis-3 python3-psycopg2
# The web map: Chromium for its tests and screenshots, Java for the Nu HTML checker (vnu-jar),
# Node.js and npm to build it (Debian's, only where no node is installed already).
APT_PACKAGES += chromium $(if $(shell command -v java),,default-jre-headless) \
	$(if $(shell command -v node),,nodejs npm)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

LANGS := fr ar en
TS_FILES := $(LANGS:%=i18n/amuddu_%.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

DB := data/amuddu.gpkg
DB_INPUTS := tools/build_data.py tools/sample_data.py tools/communes.py tools/communes_report.py requirements-build.txt $(wildcard $(PLUGIN)/definitions/*.py) \
	$(wildcard $(PLUGIN)/core/store/*.py)

ZIP := dist/$(PLUGIN).zip
STAGE_DIR := build/deploy
STAGE := $(STAGE_DIR)/$(PLUGIN)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
DEMO := build/demo
DEMO_DB := $(CURDIR)/$(DEMO)/amuddu_demo.gpkg
DEMO_PNG := $(CURDIR)/$(DEMO)/overview.png
# Debian's /usr/bin/qgis_process wrapper is broken on 3.22: call the binary itself.
QGIS_PROCESS := /usr/bin/qgis_process.bin
PYTEST_ARGS ?=
# The web map's application (webapp/, built with esbuild from npm packages, make webapp).
WEBAPP := resources/webmap/index.template.html
WEBAPP_SOURCES := $(wildcard webapp/src/*.* webapp/src/icons/*.svg) webapp/build.mjs webapp/package.json
NPM_STAMP := webapp/node_modules/.amuddu-npm-ci
DEMO_WEBMAP := $(CURDIR)/$(DEMO)/webmap
DEMO_ATLAS := $(CURDIR)/$(DEMO)/atlas
DEMO_HSDS := $(CURDIR)/$(DEMO)/hsds
DEMO_HANDOUTS := $(CURDIR)/$(DEMO)/handouts
DEMO_TOWNS := oujda,casablanca,tanger,agadir,laayoune
DEMO_REPORT := $(CURDIR)/$(DEMO)/cp3-report-fr.pdf
# Libraries the plugin zip carries (requirements-plugin.txt), made by make ext-libs.
EXT_LIBS := ext_libs/.amuddu-vendored
PORT ?= 8000

.PHONY: help deps apt-deps data i18n ts webapp ext-libs test test-webapp lint package stage deploy demo demo-postgis demo-postgis-stop serve bench-phone bench-kill screenshots clean distclean

help: ## List the targets (this text)
	@echo "Amuddu QGIS plugin. Targets:"
	@awk 'BEGIN {FS = ":[^#]*## "} /^[a-z][a-z-]*:.*## / {printf "  %-10s %s\n", $$1, $$2}' \
		$(firstword $(MAKEFILE_LIST))
	@echo "Variables: PYTEST_ARGS='-k name -x' (make test), QGIS_PROFILE=... (make deploy), PORT=8000 (make serve)"

# ---------------------------------------------------------------------------- dependencies

deps: apt-deps $(DEPS_STAMP) ## Install what is missing: Debian packages (QGIS 3.22, lrelease...) and .venv
	@echo "==> deps: Debian packages and $(VENV) are up to date"

apt-deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
		status=$$(dpkg -s "$$pkg" 2>/dev/null || true); \
		case "$$status" in *"Status: install ok installed"*) ;; *) missing="$$missing $$pkg" ;; esac; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "==> apt-get install$$missing"; \
		$(SUDO) apt-get update -q -o Acquire::Retries=3; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Acquire::Retries=3 --no-install-recommends $$missing; \
	fi

# The venv sees Debian's python3-qgis (--system-site-packages). Re-installed only when a
# requirements file changes; the stamp lives in the venv, so deleting .venv redoes it all.
# (pip's warnings about a configured local index that is absent are left out of the log.)
$(DEPS_STAMP): requirements-dev.txt requirements-build.txt requirements-plugin.txt | apt-deps
	@if [ -x $(PY) ] && ! $(PY) -c 'import qgis.core' 2>/dev/null; then \
		echo "==> $(VENV) cannot import qgis (not made from $(SYS_PYTHON)?): recreating it"; \
		rm -rf $(VENV); \
	fi
	@if [ ! -x $(PY) ]; then \
		echo "==> Creating $(VENV) with $(SYS_PYTHON) --system-site-packages"; \
		$(SYS_PYTHON) -m venv --system-site-packages $(VENV); \
	fi
	@echo "==> pip install -r requirements-dev.txt -r requirements-build.txt -r requirements-plugin.txt"
	@$(PY) -m pip install -q --disable-pip-version-check --progress-bar off \
		-r requirements-dev.txt -r requirements-build.txt -r requirements-plugin.txt 2>&1 \
		| { grep -v "^WARNING: Location '.*' is ignored" || true; }
	@touch $@

# ------------------------------------------------------------------------------------ data

data: $(DB) ## Build data/amuddu.gpkg from the pinned reference packages (when inputs changed)

$(DB): $(DB_INPUTS) | $(DEPS_STAMP)
	@echo "==> Building $@ (tools/build_data.py; a failed build keeps the previous file)"
	QT_QPA_PLATFORM=offscreen $(PY) tools/build_data.py --output $@

# ------------------------------------------------------------------------------------ i18n

i18n: $(QM_FILES) ## Compile the translations i18n/*.ts to i18n/*.qm (lrelease)

i18n/%.qm: i18n/%.ts | apt-deps
	@lrelease=""; \
	for candidate in /usr/lib/qt5/bin/lrelease lrelease; do \
		if command -v "$$candidate" >/dev/null 2>&1; then lrelease=$$(command -v "$$candidate"); break; fi; \
	done; \
	if [ -z "$$lrelease" ]; then \
		echo "lrelease not found: it comes with qttools5-dev-tools (make deps)" >&2; exit 1; \
	fi; \
	"$$lrelease" $< -qm $@

# A committed .ts that is missing is created from the code (then commit it). A static
# pattern rule, so that make does not take the new .ts for an intermediate file and delete it.
$(TS_FILES): i18n/amuddu_%.ts:
	@echo "==> $@ is missing: creating it from the tr() calls (commit it)"
	$(SYS_PYTHON) tools/update_ts.py --langs $*

ts: ## Refresh i18n/*.ts from the tr() calls in the code (then translate and commit them)
	$(SYS_PYTHON) tools/update_ts.py

# --------------------------------------------------------------------------------- web map

webapp: $(WEBAPP) ## Build the web map application into resources/webmap/ (npm ci, esbuild)

# npm ci installs exactly what webapp/package-lock.json pins. --ignore-scripts: no package
# needs its install script here (vnu-jar's would fetch a Java runtime; Debian's is used).
$(NPM_STAMP): webapp/package.json webapp/package-lock.json | apt-deps
	@echo "==> npm ci in webapp/ (pinned by package-lock.json)"
	@cd webapp && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

$(WEBAPP): $(WEBAPP_SOURCES) $(NPM_STAMP)
	@echo "==> Building the web map application into resources/webmap/"
	@cd webapp && node build.mjs

# ---------------------------------------------------------------- bundled libraries

ext-libs: $(EXT_LIBS) ## Install the plugin's bundled libraries (requirements-plugin.txt: segno) into ext_libs/

$(EXT_LIBS): requirements-plugin.txt | $(DEPS_STAMP)
	@echo "==> pip install --target ext_libs -r requirements-plugin.txt"
	@rm -rf ext_libs
	@$(PY) -m pip install -q --disable-pip-version-check --progress-bar off --no-deps --no-compile \
		--target ext_libs -r requirements-plugin.txt 2>&1 | { grep -v "^WARNING: Location '.*' is ignored" || true; }
	@rm -rf ext_libs/bin ext_libs/share
	@touch $@

# ----------------------------------------------------------------------------------- tests

test: deps data i18n webapp ext-libs test-webapp ## Run the test suite headless (pytest + pytest-qgis on QGIS 3.22)
	@echo "==> pytest tests $(PYTEST_ARGS)"
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:cacheprovider $(PYTEST_ARGS) tests \
		|| { status=$$?; echo "pytest exited with status $$status" >&2; exit $$status; }

test-webapp: $(NPM_STAMP) ## Run the web map's own tests (node --test webapp/test/: search, filters, URL)
	@echo "==> node --test webapp/test/"
	@cd webapp && node --test test/

lint: deps ## Check the plugin and tools with ruff and mypy
	@status=0; \
	echo "==> ruff check $(PLUGIN) tools"; $(PY) -m ruff check $(PLUGIN) tools || status=1; \
	echo "==> mypy $(PLUGIN) tools"; $(PY) -m mypy $(PLUGIN) tools || status=1; \
	exit $$status

# --------------------------------------------------------------------- package and deploy

package: data i18n webapp ext-libs ## Build dist/amuddu_plugin.zip and check it against the plugin repository's rules
	$(SYS_PYTHON) tools/package.py --output $(ZIP)
	$(SYS_PYTHON) tools/package.py --check $(ZIP)

# build/deploy/amuddu_plugin/: a plugin folder as QGIS expects it, made of symlinks into the
# repository (the package's entries plus metadata.txt, LICENSE, resources/, i18n/, data/), so
# edits show up without rebuilding. Run it again after adding a top-level module or folder.
stage: data i18n webapp ext-libs ## Lay out build/deploy/amuddu_plugin/ (symlinks into the repo) for QGIS to load
	@rm -rf $(STAGE)
	@mkdir -p $(STAGE)
	@for entry in $(PLUGIN)/* metadata.txt LICENSE resources i18n data ext_libs; do \
		name=$${entry##*/}; \
		case "$$name" in __pycache__) continue ;; esac; \
		ln -s "../../../$$entry" "$(STAGE)/$$name"; \
	done
	@echo "==> $(STAGE)/ staged (symlinks into the repository)"

deploy: stage ## Symlink the staged plugin into your QGIS profile (QGIS_PROFILE=...), then enable it in QGIS
	@plugins="$(QGIS_PROFILE)/python/plugins"; link="$$plugins/$(PLUGIN)"; \
	mkdir -p "$$plugins"; \
	if [ -e "$$link" ] && [ ! -L "$$link" ]; then \
		echo "$$link exists and is not a symlink: move it away first (an installed zip?)" >&2; \
		exit 1; \
	fi; \
	ln -sfn "$(CURDIR)/$(STAGE)" "$$link"; \
	echo "==> $$link -> $(CURDIR)/$(STAGE)"; \
	echo "    Restart QGIS (or use Plugin Reloader) and enable Amuddu in Plugins > Manage."

# qgis_process.bin run with a throw-away HOME (its own QGIS profile, where the plugin gets
# enabled), headless; its chatter goes to build/demo/<step>.log and only the results show.
# $(1): log name, $(2): qgis_process arguments.
define qgis_process
	@echo "==> qgis_process $(2)"
	@HOME="$(CURDIR)/$(DEMO)/home" QT_QPA_PLATFORM=offscreen QGIS_PLUGINPATH="$(CURDIR)/$(STAGE_DIR)" \
		$(QGIS_PROCESS) $(2) > $(DEMO)/$(1).log 2>&1 \
		|| { status=$$?; echo "qgis_process failed (exit $$status); end of $(DEMO)/$(1).log:" >&2; \
		     tail -n 40 $(DEMO)/$(1).log >&2; exit $$status; }
	@sed -n '/^Results$$/,$$p' $(DEMO)/$(1).log | grep -v -e '^Results$$' -e '^-*$$' | sed 's/^/    /' || true
endef

demo: deps data i18n webapp stage ## Make a sample database, an overview map, the web map, the 12 regional maps and the HSDS export with qgis_process, in build/demo/
	@rm -rf $(DEMO)/home
	@mkdir -p $(DEMO)/home
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_PNG)
	$(call qgis_process,enable_plugin,plugins enable $(PLUGIN))
	$(call qgis_process,create_database,run amuddu:create_database -- OUTPUT=$(DEMO_DB) SAMPLE_DATA=true)
	$(call qgis_process,render_overview,run amuddu:render_overview -- DATABASE=$(DEMO_DB) OUTPUT=$(DEMO_PNG))
	$(call qgis_process,export_webmap,run amuddu:export_webmap -- DATABASE=$(DEMO_DB) OUTPUT=$(DEMO_WEBMAP) ZIP=true)
	@rm -rf $(DEMO_ATLAS)
	$(call qgis_process,export_atlas,run amuddu:export_atlas -- DATABASE=$(DEMO_DB) OUTPUT=$(DEMO_ATLAS) FORMAT=pdf PAPER=A4)
	$(call qgis_process,export_hsds,run amuddu:export_hsds -- DATABASE=$(DEMO_DB) OUTPUT=$(DEMO_HSDS) FORMAT=both)
	@test -s $(DEMO_DB) && test -s $(DEMO_PNG) && test -s $(DEMO_WEBMAP)/index.html
	@test -s $(DEMO_HSDS)/datapackage.json && test -s $(DEMO_HSDS)/services.json
	$(call qgis_process,export_open_data,run amuddu:export_open_data -- DATABASE=$(DEMO_DB) OUTPUT=$(CURDIR)/$(DEMO)/open-data CSV_DELIMITER=';')
	@test -s $(DEMO)/open-data/service_points.geojson && test -s $(DEMO)/open-data/metadata.json
	@test $$(ls $(DEMO_ATLAS)/*.pdf | wc -l) -eq 12
	$(call qgis_process,export_handouts,run amuddu:export_handouts -- DATABASE=$(DEMO_DB) OUTPUT=$(DEMO_HANDOUTS) TOWNS=$(DEMO_TOWNS) WEBMAP_URL=https://amuddu.example.org/)
	@test $$(ls $(DEMO_HANDOUTS)/*-fr-ar.pdf | wc -l) -eq 6
	$(call qgis_process,cp3_report,run amuddu:cp3_report -- DATABASE=$(DEMO_DB) OUTPUT=$(DEMO_REPORT) LANGUAGE=fr PAPER=A4)
	@test -s $(DEMO_REPORT) && test -s $(DEMO_REPORT:.pdf=.qgz)
	@echo "==> Demo database: $(DEMO_DB)"
	@echo "==> Overview map:  $(DEMO_PNG)"
	@echo "==> Web map:       $(DEMO_WEBMAP)/index.html (make serve: http://127.0.0.1:$(PORT)/)"
	@echo "==> Regional maps: $(DEMO_ATLAS)/ (12 PDFs, e.g. 06-casablanca-settat.pdf)"
	@echo "==> HSDS 3.0:      $(DEMO_HSDS)/ (datapackage.json and CSVs, organizations.json, services.json)"
	@echo "==> Open data:     $(DEMO)/open-data/ (GeoJSON, CSV, GeoPackage, README.md, metadata.json)"
	@echo "==> Handouts:      $(DEMO_HANDOUTS)/ (5 towns, e.g. oujda-fr-ar.pdf, and amuddu-handouts-fr-ar.pdf)"
	@echo "==> CP3 report:    $(DEMO_REPORT) (its layout: cp3-report-fr.qgz, Project > Layouts)"
	@echo "    (qgis_process logs: $(DEMO)/*.log)"

demo-postgis: deps data i18n ## A shared database on a PostgreSQL + PostGIS server of its own in build/demo-postgis/ (sample data, one editor per institution, a reviewer, a reader); prints how to connect
	QT_QPA_PLATFORM=offscreen $(PY) tools/demo_postgis.py start

demo-postgis-stop: ## Stop and remove the server of make demo-postgis
	$(SYS_PYTHON) tools/demo_postgis.py stop

bench-phone: deps data webapp ## Web map on a throttled phone (1.6 Mbit/s, 150 ms, CPU 4x) and Lighthouse mobile scores (bench/bench_phone.py)
	cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_phone.py

bench-kill: deps stage ## Kill -9 import, web export, atlas and create_database at random moments: integrity, nothing partial, no debris (bench/bench_kill.py)
	$(SYS_PYTHON) bench/bench_kill.py --runs $(or $(RUNS),6)

serve: ## Serve the demo web map (make demo) on http://127.0.0.1:8000/ (PORT=...) until Ctrl-C
	@test -s $(DEMO_WEBMAP)/index.html || { echo "No web map in $(DEMO_WEBMAP): run make demo first" >&2; exit 1; }
	@echo "==> http://127.0.0.1:$(PORT)/ serves $(DEMO_WEBMAP) (Ctrl-C stops)"
	@$(SYS_PYTHON) tools/serve_webmap.py $(DEMO_WEBMAP) --port $(PORT) --bind 127.0.0.1

docs/overview.png: $(DB) $(wildcard $(PLUGIN)/core/*.py $(PLUGIN)/core/*/*.py) | $(DEPS_STAMP)
	@mkdir -p docs
	QT_QPA_PLATFORM=offscreen $(PY) tools/render_docs.py --database $(DB) --output $@

WEBMAP_SHOTS := $(foreach l,fr ar,$(foreach s,desktop phone,docs/webmap-$(l)-$(s).png))

$(WEBMAP_SHOTS) &: $(DB) $(WEBAPP) $(wildcard $(PLUGIN)/core/webmap/*.py) tests/web/screenshots.py | $(DEPS_STAMP)
	@mkdir -p docs
	QT_QPA_PLATFORM=offscreen $(PY) tests/web/screenshots.py --database $(DB) --output docs

# Two pages of a regional map (the map, the first page of its table), exported as PNG by
# amuddu:export_atlas headless, as make demo does.
ATLAS_SHOTS := docs/atlas-06-map.png docs/atlas-06-table.png

$(ATLAS_SHOTS) &: $(DB) $(wildcard resources/layouts/*.qpt) $(wildcard $(PLUGIN)/core/*.py $(PLUGIN)/core/*/*.py) | stage
	@rm -rf $(DEMO)/atlas-docs $(DEMO)/home
	@mkdir -p $(DEMO)/home docs
	$(call qgis_process,enable_plugin,plugins enable $(PLUGIN))
	$(call qgis_process,atlas_docs,run amuddu:export_atlas -- DATABASE=$(CURDIR)/$(DB) OUTPUT=$(CURDIR)/$(DEMO)/atlas-docs FORMAT=png PAPER=A4 REGIONS=06 DPI=110)
	cp $(DEMO)/atlas-docs/06-casablanca-settat.png docs/atlas-06-map.png
	cp $(DEMO)/atlas-docs/06-casablanca-settat_2.png docs/atlas-06-table.png

# The service point map at city scale and the editing form (two tabs), drawn by QGIS's own
# widgets under Xvfb (xvfb comes with make deps).
FORM_SHOTS := docs/map.png docs/form.png docs/form-services.png

$(FORM_SHOTS) &: $(DB) tools/screenshots.py $(wildcard $(PLUGIN)/core/*.py $(PLUGIN)/core/*/*.py) $(wildcard resources/icons/*.svg resources/styles/*.qml) | $(DEPS_STAMP)
	@mkdir -p docs
	xvfb-run -a -s "-screen 0 1600x1200x24" env QT_QPA_PLATFORM=xcb $(PY) tools/screenshots.py --database $(DB) --output-dir docs

# The QGIS desktop as the analyst meets it, by the desktop harness (the real qgis under
# Xvfb, the plugin from its zip): main window, the Arabic and French forms refusing a save,
# the Amuddu Options page.
DESKTOP_SHOTS := docs/desktop-open.png docs/desktop-form-ar-invalid.png docs/desktop-form-fr-invalid.png \
	docs/desktop-options-ar.png docs/desktop-city-ar.png docs/desktop-import-ar.png docs/desktop-import-fr.png

$(DESKTOP_SHOTS) &: $(DB) tests/desktop/screenshots.py tests/desktop/driver.py tests/desktop_harness.py \
		$(wildcard $(PLUGIN)/*.py $(PLUGIN)/*/*.py $(PLUGIN)/*/*/*.py) $(QM_FILES) | $(DEPS_STAMP)
	@mkdir -p docs
	$(PY) tests/desktop/screenshots.py --output docs

# Two pages of the committee's report (the national summary, a region), rendered from the PDF
# that amuddu:cp3_report writes headless, as make demo does (pdftoppm, poppler-utils).
REPORT_SHOTS := docs/cp3-report-summary.png docs/cp3-report-region.png

$(REPORT_SHOTS) &: $(DB) $(wildcard $(PLUGIN)/core/*/*.py) | stage
	@rm -rf $(DEMO)/report-docs $(DEMO)/home
	@mkdir -p $(DEMO)/home $(DEMO)/report-docs docs
	$(call qgis_process,enable_plugin,plugins enable $(PLUGIN))
	$(call qgis_process,create_database,run amuddu:create_database -- OUTPUT=$(CURDIR)/$(DEMO)/report-docs/sample.gpkg SAMPLE_DATA=true)
	$(call qgis_process,report_docs,run amuddu:cp3_report -- DATABASE=$(CURDIR)/$(DEMO)/report-docs/sample.gpkg OUTPUT=$(CURDIR)/$(DEMO)/report-docs/cp3-report-fr.pdf LANGUAGE=fr)
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile $(DEMO)/report-docs/cp3-report-fr.pdf docs/cp3-report-summary
	pdftoppm -png -r 80 -f 9 -l 9 -singlefile $(DEMO)/report-docs/cp3-report-fr.pdf docs/cp3-report-region

screenshots: docs/overview.png $(WEBMAP_SHOTS) $(ATLAS_SHOTS) $(FORM_SHOTS) $(DESKTOP_SHOTS) $(REPORT_SHOTS) ## Render the images the README shows (docs/*.png)

# ----------------------------------------------------------------------------------- clean

clean: ## Remove build/, dist/, i18n/*.qm, __pycache__ and tool caches (keeps .venv and data/amuddu.gpkg)
	rm -rf build dist .qgis-settings .pytest_cache .mypy_cache .ruff_cache resources/webmap ext_libs
	rm -f i18n/*.qm
	find . \( -path ./.venv -o -path ./.git \) -prune -o -type d -name __pycache__ -prune \
		-exec rm -rf {} +

distclean: clean ## Also remove .venv and data/amuddu.gpkg
	rm -rf $(VENV) webapp/node_modules
	rm -f $(DB) $(DB)-wal $(DB)-shm
