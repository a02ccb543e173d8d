# KAM Workbench. `make run` opens the app, `make test` runs every test; both
# install what is missing first (Debian/Ubuntu).
SHELL := /bin/bash
.DELETE_ON_ERROR:

VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)
BIN      := build/bin/kam-workbench
KAMW     := build/bin/kamw
WAILS    := go tool wails
FUZZTIME ?= 5s

# Debian packages: the window (build), and the tools the tests drive.
APT_BUILD := libgtk-3-dev libwebkit2gtk-4.0-dev pkg-config gcc
APT_TEST  := xvfb xauth chromium chromium-l10n xdotool imagemagick poppler-utils qpdf strace
# Packaging: the Windows installer and the WebKitGTK 4.1 program (Ubuntu 24.04).
APT_DIST  := nsis libwebkit2gtk-4.1-dev

.PHONY: run build test lint bench bench-ui fuzz soak deps deps-test go-test go-fuzz frontend-test e2e screenshots smoke clean dist icons

run: deps build
	$(BIN)

# The window, and kamw: the same command line without it (tag headless, no
# cgo, so no GTK or WebKit) for scripts and servers.
build: deps frontend/node_modules
	$(WAILS) build -ldflags "$(LDFLAGS)" -trimpath
	CGO_ENABLED=0 go build -tags headless -ldflags "$(LDFLAGS)" -trimpath -o $(KAMW) .
	@ls -l $(BIN) $(KAMW)

test: deps deps-test lint go-test go-fuzz frontend-test e2e smoke
	@echo "make test: all passed"

# --- installing what is missing -------------------------------------------
deps:
	@./.ci/apt-ensure $(APT_BUILD)
	@go mod download

deps-test:
	@./.ci/apt-ensure $(APT_TEST)

frontend/node_modules: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

# --- tests ----------------------------------------------------------------
# Go packages of ours (npm ships a Go package inside node_modules).
GOPKGS = $(shell go list ./... | grep -v /node_modules/)

go-test:
	go test $(GOPKGS)

# Each fuzz target briefly; `make fuzz` runs them longer.
FUZZ_TARGETS := $(shell grep -rl --include='*_test.go' '^func Fuzz' internal 2>/dev/null)
go-fuzz:
	@for f in $(FUZZ_TARGETS); do \
	  pkg=./$$(dirname $$f); \
	  for t in $$(grep -o '^func Fuzz[A-Za-z0-9_]*' $$f | sed 's/^func //'); do \
	    echo "fuzz $$pkg $$t ($(FUZZTIME))"; \
	    go test $$pkg -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) || exit 1; \
	  done; \
	done

fuzz:
	$(MAKE) go-fuzz FUZZTIME=60s

frontend-test: frontend/node_modules
	cd frontend && npx vitest run

# End to end: the real UI in Debian's Chromium against `wails dev` with the
# real Go bindings and a scratch SQLite file (see frontend/playwright.config.ts).
# The specs share one scratch workspace; the tour of the main screens then
# runs on a fresh one (its pictures go into artefacts/tour).
e2e: frontend/node_modules
	cd frontend && npx playwright test
	cd frontend && KAMW_TOUR_DIR=$(CURDIR)/artefacts/tour npx playwright test e2e/tour.spec.ts

# The README's pictures of the main screens, taken anew into docs/screenshots.
screenshots: frontend/node_modules
	cd frontend && KAMW_TOUR_DIR=$(CURDIR)/docs/screenshots npx playwright test e2e/tour.spec.ts

# The built window under Xvfb on a scratch workspace.
smoke: build
	KAMW_SMOKE_BINARY=$(CURDIR)/$(BIN) go test ./internal/smoke -run Smoke -count=1 -v

# Lint, first in `make test`: gofmt, go vet and staticcheck (pinned in go.mod
# as a tool), each also over kamw's build (tag headless); Prettier, ESLint
# and tsc over the frontend.
lint: frontend/node_modules
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet $(GOPKGS)
	go vet -tags headless .
	go tool staticcheck $(GOPKGS)
	go tool staticcheck -tags headless .
	cd frontend && npx prettier --check . && npx eslint . --max-warnings 0 && npx tsc -b

bench:
	go test $(GOPKGS) -run='^$$' -bench=. -benchmem
	$(MAKE) bench-ui

# The stakeholder map with 300 people and 600 relations in Chromium: time to
# open, frame times while page.mouse drags cards. The production bundle under
# wails dev (real Go bindings, scratch SQLite); KAMW_BENCH_DEV=1 measures the
# Vite dev server instead.
bench-ui: frontend/node_modules
	cd frontend && flock /tmp/kamw-e2e.lock npx vite-node -c vitest.config.ts bench/map-drag.bench.ts

# The crash harness with 2,000 kills instead of 200, then the fuzz targets.
soak:
	KAMW_SOAK=1 go test ./internal/crashtest -count=1 -timeout 60m -v -run Crash
	$(MAKE) fuzz

# --- packages -------------------------------------------------------------
# The Windows installer and both .debs into dist/ (see build/dist.sh).
dist: deps frontend/node_modules
	@./.ci/apt-ensure $(APT_DIST)
	./build/version_test.sh
	VERSION="$(VERSION)" LDFLAGS="$(LDFLAGS)" BIN="$(BIN)" WAILS="$(WAILS)" ./build/dist.sh

# Renders the icons from build/appicon.svg; the results are committed.
icons:
	@./.ci/apt-ensure librsvg2-bin imagemagick
	./build/icons.sh

clean:
	rm -rf build/bin frontend/dist/assets frontend/dist/index.html
