# Newsline: `make run` opens the app, `make test` runs every check.
# Both install the Debian/Ubuntu packages they need first (scripts/setup.sh).

GO ?= go
BIN := newsline
# migrated_fynedo is what `fyne build` sets for FyneApp.toml's
# [Migrations] fyneDo = true: every UI change from a goroutine goes
# through fyne.Do, so Fyne need not guard against the old ways.
TAGS := -tags migrated_fynedo

.PHONY: all run build test vet unit smoke setup setup-test bench eval-dates clean

all: build

setup:
	@sh scripts/setup.sh

setup-test:
	@sh scripts/setup.sh --test

build: setup
	$(GO) build $(TAGS) -o $(BIN) .

run: build
	./$(BIN)

test: setup-test vet unit build smoke

# staticcheck runs from the module proxy at a pinned version, so a fresh
# machine needs nothing installed for it.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

vet:
	$(GO) vet $(TAGS) ./...
	$(GO) run $(STATICCHECK) $(TAGS) ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on: $$out"; exit 1; fi

unit:
	$(GO) test $(TAGS) ./...

smoke: build
	bash scripts/smoke.sh ./$(BIN)

bench:
	$(GO) test $(TAGS) -run '^$$' -bench . -benchmem ./...

# Score the date tagger on TimeBank and AQUAINT (TempEval-3 metrics) with
# the developer tool, cmd/newsline-dev, which `make build` leaves out.
eval-dates:
	$(GO) run $(TAGS) ./cmd/newsline-dev eval-dates ../shared/timeml/TimeBank ../shared/timeml/AQUAINT

clean:
	rm -f $(BIN) newsline-dev
	rm -rf app/testdata/failed
