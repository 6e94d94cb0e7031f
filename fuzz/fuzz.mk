# libFuzzer harnesses with ASan and UBSan (clang).  The top Makefile's
# `make fuzz` runs `run`: a short run of each harness (FUZZ_TIME seconds,
# default 30).  `make -f fuzz/fuzz.mk run FUZZ_TIME=600` is the long run.
# Seeds are copied from the corpus into build-fuzz/ at run time, never
# committed; findings (crash-*, timeout-*, leak-*) land in build-fuzz/NAME/.
FUZZ_CC    ?= clang
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME  ?= 30
FUZZ_ARGS  ?=
FUZZ_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS := -O1 -g -std=c11 -Wall -Wextra -Wno-unused-parameter -D_GNU_SOURCE -Iinclude $(FUZZ_SAN)
UNRES_CORPUS ?= $(abspath ../shared/corpus)

FUZZERS  := fuzz_parse fuzz_symbols fuzz_dates fuzz_pdf
LIB_SRC  := $(wildcard src/*.c) $(wildcard src/lang/*.c)
LIB_OBJ  := $(LIB_SRC:%.c=$(FUZZ_BUILD)/obj/%.o)
BINS     := $(FUZZERS:%=$(FUZZ_BUILD)/bin/%)

.PHONY: all run seeds $(FUZZERS:%=run-%)

all: $(BINS)

# the objects are kept between runs
.SECONDARY: $(LIB_OBJ)

$(FUZZ_BUILD)/obj/%.o: %.c include/unres.h src/internal.h src/render.h src/filter.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_BUILD)/bin/%: fuzz/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB_OBJ) -lutf8proc -pthread

# Seeds: whole texts for the parser, their lines (deduplicated, short) for
# the scanners, the PDFs for the PDF path.  Skipped when the corpus is absent.
seeds:
	@sh fuzz/seeds.sh "$(UNRES_CORPUS)" "$(FUZZ_BUILD)"

# One harness: -max_total_time seconds, findings in its own directory, the
# corpus it grows kept in build-fuzz/NAME/corpus for the next run.
$(FUZZERS:%=run-%): run-%: $(FUZZ_BUILD)/bin/% seeds
	@mkdir -p $(FUZZ_BUILD)/$*/corpus
	@echo "== $* ($(FUZZ_TIME) s)"
	@cd $(FUZZ_BUILD)/$* && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ../bin/$* -max_total_time=$(FUZZ_TIME) -timeout=25 -rss_limit_mb=2048 \
	    -dict=$(CURDIR)/fuzz/$(if $(filter fuzz_pdf,$*),pdf.dict,un.dict) \
	    -max_len=$(if $(filter fuzz_pdf,$*),300000,$(if $(filter fuzz_parse,$*),16384,4096)) \
	    -print_final_stats=1 $(FUZZ_ARGS) corpus ../seeds/$(if $(filter fuzz_pdf,$*),pdf,$(if $(filter fuzz_parse,$*),text,lines)) \
	    2>fuzz.log; rc=$$?; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' fuzz.log; \
	  if [ $$rc -ne 0 ]; then grep -E 'ERROR|SUMMARY|runtime error|Test unit written' fuzz.log; \
	    echo "$*: FINDING (log in $(FUZZ_BUILD)/$*/fuzz.log)"; exit 1; fi; \
	  echo "$*: no findings"

run: $(FUZZERS:%=run-%)
