# Newsline: `make run` opens the app, `make test` runs every check,
# `make package` builds the Linux package and `make install` installs it
# for you (~/.local, no root). Each installs the Debian/Ubuntu packages it
# needs first, after checking Go (scripts/setup.sh).

GO ?= go
export GO # setup.sh, package.sh and fyne build with the same Go
BIN := newsline
# migrated_fynedo is what `fyne build` and `fyne package` set for
# FyneApp.toml's [Migrations] fyneDo = true: every UI change from a
# goroutine goes through fyne.Do, so Fyne need not guard against the old ways.
TAGS := -tags migrated_fynedo

.PHONY: all run build test vet unit smoke package check-package install uninstall \
	setup setup-test setup-package bench eval-dates eval-draft eval-review clean

all: build

setup:
	@sh scripts/setup.sh

setup-test:
	@sh scripts/setup.sh --test

setup-package:
	@sh scripts/setup.sh --package

build: setup
	$(GO) build $(TAGS) -o $(BIN) .

run: build
	./$(BIN)

test: setup-test vet unit build smoke check-package

# fyne and staticcheck run from the module proxy at pinned versions, so a
# fresh machine needs nothing installed for them.
FYNE := fyne.io/tools/cmd/fyne@v1.7.4
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# dist/Newsline.tar.xz: the release binary, the .desktop file and the icon,
# from FyneApp.toml, built by fyne package on a copy of the sources, so
# that it changes no file here (it would raise FyneApp.toml's build number).
package: setup-package
	@FYNE=$(FYNE) sh scripts/package.sh

install: package
	@sh scripts/install.sh dist/Newsline.tar.xz

uninstall:
	@sh scripts/install.sh --uninstall dist/Newsline.tar.xz

# Unpacks the package and checks it: desktop-file-validate, the binary's
# tags, the icon, and install/uninstall into a home folder of its own.
check-package: package
	sh scripts/check-package.sh dist/Newsline.tar.xz

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

# Score the importer's drafts against other people's annotations
# (../shared/bench/draft, its README): quotes and speakers on PolNeAR's dev
# split, event dates on TimeBank and AQUAINT. Set DRAFT_SPLIT=train for the
# training split; the scorers' files stay in $(EVAL_OUT).
BENCH := ../shared/bench/draft
DRAFT_SPLIT ?= dev
EVAL_OUT ?= $(or $(TMPDIR),/tmp)/newsline-eval-draft
eval-draft:
	$(GO) build $(TAGS) -o $(EVAL_OUT)/newsline .
	@ERRORS=0 bash $(BENCH)/attribution/run_attribution.sh $(EVAL_OUT)/newsline $(BENCH)/attribution/$(DRAFT_SPLIT) $(EVAL_OUT)/$(DRAFT_SPLIT) > $(EVAL_OUT)/attribution.log 2>&1; \
	  rc=$$?; grep -E '^(imported|articles=|speaker_acc|attribution:)' $(EVAL_OUT)/attribution.log; \
	  [ $$rc -eq 0 ] || { tail -n 20 $(EVAL_OUT)/attribution.log; exit $$rc; }
	@ERRORS=0 bash $(BENCH)/anchoring/run_anchoring.sh $(EVAL_OUT)/newsline ../shared/timeml/TimeBank ../shared/timeml/AQUAINT $(EVAL_OUT)/tbaq > $(EVAL_OUT)/anchoring.log 2>&1; \
	  rc=$$?; grep -E '^(imported|FAILED|without DCT links: gold|anchoring:)' $(EVAL_OUT)/anchoring.log; \
	  [ $$rc -eq 0 ] || { tail -n 20 $(EVAL_OUT)/anchoring.log; exit $$rc; }

# How well the import review's confidences put the likeliest mistakes first
# (README, "For review"): AUC of the date confidences on AQUAINT and of the
# speaker confidences on PolNeAR, judged on the drafts eval-draft left in
# $(EVAL_OUT).
eval-review: eval-draft
	$(GO) build $(TAGS) -o $(EVAL_OUT)/newsline-dev ./cmd/newsline-dev
	python3 scripts/eval-review.py --dev $(EVAL_OUT)/newsline-dev --bench $(BENCH) \
	  --tbaq $(EVAL_OUT)/tbaq --polnear $(EVAL_OUT)/$(DRAFT_SPLIT) ../shared/timeml/TimeBank ../shared/timeml/AQUAINT

clean:
	rm -f $(BIN) newsline-dev
	rm -rf dist
	rm -rf app/testdata/failed
