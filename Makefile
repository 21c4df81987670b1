# Newsline: `make run` opens the app, `make test` runs every check.
# Both install the Debian/Ubuntu packages they need first (scripts/setup.sh).

GO ?= go
BIN := newsline

.PHONY: all run build test vet unit smoke setup setup-test bench clean

all: build

setup:
	@sh scripts/setup.sh

setup-test:
	@sh scripts/setup.sh --test

build: setup
	$(GO) build -o $(BIN) .

run: build
	./$(BIN)

test: setup-test vet unit build smoke

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on: $$out"; exit 1; fi

unit:
	$(GO) test ./...

smoke: build
	bash scripts/smoke.sh ./$(BIN)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -f $(BIN)
	rm -rf app/testdata/failed
