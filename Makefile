# Factstream: `make run` starts everything locally, `make test` runs every test. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell deploy/local/find-jdk.sh 2>/dev/null)
export JAVA_HOME
MVN := mvn -B -q -e
STACK := deploy/local/stack.sh
SERVICES := deploy/local/services.sh
BENCH := services/benchmarks

.PHONY: help jdk build up down run stop status test chaos bench bench-ingest bench-evidence bench-extraction bench-stories bench-reprints bench-cleaning bench-techniques bench-summary bench-topics bench-load bench-claims bench-stance bench-news-stance bench-news-pair-model bench-factcheck import-corpus import-factchecks ratings-table editor-password

help:
	@echo "make run    build, start the local stack and all services, load the demo articles"
	@echo "make stop   stop the services and the local stack of 'make run'"
	@echo "make test   unit, integration and end-to-end tests on a stack of their own"
	@echo "make chaos  fault tests under load on the test stack: services killed, Elasticsearch stopped, Kafka restarted"
	@echo "make bench  every benchmark without a dataset (bench-ingest, bench-evidence) on the stack of 'make run', which stays up"
	@echo "make bench-ingest   articles/s accepted over HTTP and through CDC, cleaning cost per core"
	@echo "make bench-evidence   claims/s searched and judged, passages/s indexed by evidence-search"
	@echo "make bench-extraction   sentences/s and articles/s of claim extraction alone, in one process"
	@echo "make bench-stories [DATA=path]   story clustering pairwise P/R/F1 on a labelled set (default: ours; a JSON set or a BASIL folder), articles/s of the rule and of the service"
	@echo "make bench-cleaning DATA=path/to/seeds [BASIL=path/to/basil]   furniture kept and story lines lost by cleaning, on the sample pages and BASIL"
	@echo "make bench-techniques DATA=path/to/basil   persuasion techniques: sentence precision and recall against BASIL's lexical-bias spans"
	@echo "make bench-summary DATA=path/to/basil [SEEDS=path/to/seeds]   'What happened' of one article and of the story across outlets, stated by the event's other outlets; furniture in summaries of uncleaned pages"
	@echo "make bench-topics DATA=path/to/basil   IPTC topic precision and recall against our labels of basil-dev"
	@echo "make bench-reprints DATA=path/to/basil   reprint detection recall and precision on copies cut short, with a new lede or a paragraph added"
	@echo "make bench-load [DATA=path/to/basil]   the whole pipeline under load: throughput, latency p50/p95/p99, lag, CPU per process and Elasticsearch time per request type, memory, chart"
	@echo "make up / make down / make status   only the infrastructure of 'make run'"
	@echo "make bench-claims DATA=path/to/claimbuster-train.json   cross-validated check-worthiness P/R/F1 and sentences/s"
	@echo "make bench-stance DATA=path/to/climate-fever.jsonl   cross-validated stance accuracy, macro-F1 and pairs/s"
	@echo "make bench-news-stance DATA=path/to/fnc-1   news stance on FNC-1: false refutation and support rates, P/R per stance and rule"
	@echo "make bench-news-pair-model DATA=path/to/fnc-1   what a pair model trained on FNC-1 would add to news stance, cross-validated by body and by story"
	@echo "make bench-factcheck DATA=path/to/liar   matching claims to fact-checks: precision@1 and recall on our LIAR restatements"
	@echo "make import-corpus FILE=path [ARGS=...]   load a reference corpus (Wikipedia abstracts .xml[.gz], .jsonl[.gz]) into Elasticsearch"
	@echo "make import-factchecks FILE=path [ARGS=...]   load published fact-checks (LIAR .tsv, ClaimReview .json/.jsonld/.jsonl[.gz]) into Elasticsearch"
	@echo "make ratings-table DATA=path/to/datasets   rebuild the default outlet ratings table from the MBFC and AllSides sets"
	@echo "make editor-password   read a password and print its hash for an editors' accounts file"

jdk:
	@deploy/local/find-jdk.sh >/dev/null

# Running services of `make run` are stopped first: a build replaces the jars they are loading classes from.
build: jdk
	$(SERVICES) stop run
	$(MVN) install -DskipTests

up: jdk
	$(STACK) up run

down:
	$(SERVICES) stop run
	$(STACK) down run

status:
	@$(STACK) status run
	@$(SERVICES) status run

run: build up
	$(SERVICES) start run
	deploy/local/load-demo.sh run

stop: down

# The test stack runs on ports of its own, so a running `make run` is left alone; it starts empty every time.
# The dashboard tests drive Debian's headless Chromium, installed first when missing.
test: jdk
	deploy/local/browser.sh
	$(STACK) clean test
	$(STACK) up test
	$(MVN) clean install; status=$$?; \
	  $(SERVICES) stop test; $(STACK) down test; deploy/local/test-summary.sh; exit $$status

# The fault tests (FaultToleranceTest): on the test stack, started empty, while articles keep arriving, each service is
# killed and restarted, Elasticsearch stopped for 30 s and Kafka restarted. About 12 minutes; CI runs them after make test.
chaos: jdk
	$(STACK) clean test
	$(MVN) install -DskipTests
	$(STACK) up test
	$(MVN) -pl services/end-to-end-tests test -Dtest.groups=chaos; status=$$?; \
	  $(SERVICES) stop test; $(STACK) down test; exit $$status

# Benchmarks run against the stack and services of `make run` (without the demo load) and leave them running.
bench: bench-ingest bench-evidence bench-extraction bench-stories bench-load

# Acceptance is measured on the stack with ingest alone (build stopped every service): the others would only
# work off the backlog.
bench-ingest: build up
	$(SERVICES) start run ingest
	source deploy/local/profile.sh && "$$JAVA_HOME/bin/java" -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.ingest.IngestBenchmark ingest=http://localhost:$${SERVICE_PORT[ingest]} \
	  kafka=localhost:$$KAFKA_PORT cms=jdbc:postgresql://localhost:$$PG_PORT/newsroom report=$(BENCH)/target/bench-ingest.md

# Evidence search alone: generated claims and embedded passages straight onto claims.extracted. Within
# `make bench` the build has run already, so ingest, left running by bench-ingest, is stopped here.
bench-evidence: build up
	$(SERVICES) stop run
	$(SERVICES) start run evidence-search
	source deploy/local/profile.sh && "$$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED \
	  -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" io.factstream.bench.evidence.EvidenceBenchmark \
	  kafka=localhost:$$KAFKA_PORT elasticsearch=http://localhost:$$ES_PORT report=$(BENCH)/target/bench-evidence.md

# Claim extraction alone, in one process: no stack needed.
bench-extraction: build
	"$$JAVA_HOME/bin/java" -Xmx512m --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
	  -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" io.factstream.bench.claims.ExtractionBenchmark \
	  report=$(BENCH)/target/bench-extraction.md

# Story clustering in one process: pairwise precision, recall and F1 on a labelled set (DATA=, a JSON file or a folder
# of them with a storyId per article, or a BASIL folder; default our own set) and the assignment rule's throughput;
# then coverage-spectrum alone on the stack of `make run`, fed generated articles on claims.extracted.
# Cleaning of the customer's sample pages against our labels, and of BASIL's story text (docs/ingest.md#cleaning).
bench-cleaning: build
	"$$JAVA_HOME/bin/java" -Xmx512m -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.cleaning.CleaningBenchmark data=$(DATA) basil=$(BASIL) report=$(BENCH)/target/bench-cleaning.md

# Persuasion techniques against BASIL's lexical-bias annotations (docs/claims.md#persuasion-techniques).
bench-techniques: build
	"$$JAVA_HOME/bin/java" -Xmx512m -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.techniques.TechniquesBenchmark data=$(DATA) report=$(BENCH)/target/bench-techniques.md

# "What happened" on BASIL's events and the sample pages (docs/claims.md#summary).
bench-summary: build
	"$$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
	  -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.summary.SummaryBenchmark data=$(DATA) seeds=$(SEEDS) report=$(BENCH)/target/bench-summary.md

# IPTC topics against our labels of basil-dev (docs/claims.md#topics).
bench-topics: build
	"$$JAVA_HOME/bin/java" -Xmx512m -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.topics.TopicsBenchmark data=$(DATA) report=$(BENCH)/target/bench-topics.md

# Reprint detection on copies made from a BASIL folder (docs/ingest.md#reprints): the rule alone, in memory.
bench-reprints: build
	"$$JAVA_HOME/bin/java" -Xmx512m -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.reprints.ReprintBenchmark data=$(DATA) report=$(BENCH)/target/bench-reprints.md

bench-stories: build up
	"$$JAVA_HOME/bin/java" -Xmx512m --enable-native-access=ALL-UNNAMED -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.stories.ClusteringBenchmark data=$(DATA) report=$(BENCH)/target/bench-stories.md
	$(SERVICES) stop run
	$(SERVICES) start run coverage-spectrum
	source deploy/local/profile.sh && "$$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED \
	  -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" io.factstream.bench.stories.StoryServiceBenchmark data=$(DATA) \
	  kafka=localhost:$$KAFKA_PORT report=$(BENCH)/target/bench-story-service.md

# The whole pipeline under load on the stack of `make run` (docs/operations.md#load-benchmark): generated articles at
# 5 articles/s for latency, as fast as possible for throughput, then as fast as possible with a second claim-extraction
# instance; with DATA= a BASIL folder, real news instead: half its events as fast as possible, then the other half at
# half the rate sustained; RECORD=1 records the services with Java Flight Recorder during the first of those runs and
# writes where their Java code spent its CPU (bench-load-real-profile.md).
LOAD_RUN = source deploy/local/profile.sh && "$$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED \
	  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.load.PipelineLoad ingest=http://localhost:$${SERVICE_PORT[ingest]} kafka=localhost:$$KAFKA_PORT \
	  elasticsearch=http://localhost:$$ES_PORT
bench-load: build up
	$(SERVICES) stop run
	source deploy/local/profile.sh && "$$JAVA_HOME/bin/java" -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.load.SkipBacklog kafka=localhost:$$KAFKA_PORT
	$(SERVICES) start run
	# Services that just started compile their code while the first articles pass, which cost about twice the CPU
	# per article of a warm run (docs/operations.md): the timed runs measure the running system, after this one. They
	# still compile for minutes after it, so the reports count the JIT compilers' CPU apart.
	$(LOAD_RUN) rate=0 articles=50 label="warm-up, not part of the figures" \
	  report=$(BENCH)/target/bench-load-warmup.md chart=$(BENCH)/target/bench-load-warmup.png
ifneq ($(DATA),)
	$(if $(RECORD),$(SERVICES) record-start run)
	$(LOAD_RUN) data=$(DATA) part=1/2 rate=0 label="real news, every other event, as fast as possible" \
	  throughput-out=$(BENCH)/target/bench-load-real-max.rate \
	  report=$(BENCH)/target/bench-load-real-max.md chart=$(BENCH)/target/bench-load-real-max.png
	$(if $(RECORD),$(SERVICES) record-stop run $(BENCH)/target/recordings && "$$JAVA_HOME/bin/java" \
	  -cp "$(BENCH)/target/classes" io.factstream.bench.load.HotFrames $(BENCH)/target/bench-load-real-profile.md \
	  $(BENCH)/target/recordings/*.jfr)
	$(LOAD_RUN) data=$(DATA) part=2/2 rate=$$(awk '{ print $$1 / 2 }' $(BENCH)/target/bench-load-real-max.rate) \
	  label="real news, the other events, at half the sustained rate" \
	  report=$(BENCH)/target/bench-load-real-half.md chart=$(BENCH)/target/bench-load-real-half.png
else
	$(LOAD_RUN) rate=5 articles=100 label="5 articles/s" \
	  report=$(BENCH)/target/bench-load-rate5.md chart=$(BENCH)/target/bench-load-rate5.png
	$(LOAD_RUN) rate=0 articles=150 label="as fast as possible" \
	  report=$(BENCH)/target/bench-load-max.md chart=$(BENCH)/target/bench-load-max.png
	$(SERVICES) start run claim-extraction#2
	$(LOAD_RUN) rate=0 articles=150 label="as fast as possible, two claim-extraction instances" \
	  report=$(BENCH)/target/bench-load-scaled.md chart=$(BENCH)/target/bench-load-scaled.png
	$(SERVICES) stop run claim-extraction#2
endif

# Check-worthiness quality on a labelled set (JSON array of {sentence_id, label, text}); ARGS passes more
# options to the tool, e.g. ARGS="--folds 10" or ARGS="--write-model services/claim-extraction/src/main/resources/checkworthiness-model.txt".
DATA ?=
ARGS ?=
TRAINING := services/checkworthiness-training
bench-claims: jdk
	@if [ -z "$(DATA)" ]; then echo "bench-claims: pass the labelled sentences, e.g. make bench-claims DATA=../shared/datasets/claimbuster-train.json" >&2; exit 2; fi
	@if [ ! -f "$(DATA)" ]; then echo "bench-claims: no such file: $(DATA)" >&2; exit 2; fi
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl $(TRAINING) -am
	"$(JAVA_HOME)/bin/java" -Xmx512m --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(TRAINING)/target/classes:$$(cat $(TRAINING)/target/classpath.txt)" \
	  io.factstream.claims.training.CheckworthinessTraining "$(DATA)" $(ARGS)

# Stance quality of evidence-search's judge on Climate-FEVER style JSON lines (claim + labelled evidence sentences);
# ARGS passes more options, e.g. ARGS="--folds 10" or ARGS="--write-model services/stance/src/main/resources/stance-model.txt".
bench-stance: jdk
	@if [ -z "$(DATA)" ]; then echo "bench-stance: pass the labelled pairs, e.g. make bench-stance DATA=../shared/datasets/climate-fever-dev.jsonl" >&2; exit 2; fi
	@if [ ! -f "$(DATA)" ]; then echo "bench-stance: no such file: $(DATA)" >&2; exit 2; fi
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl $(BENCH) -am
	"$(JAVA_HOME)/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(BENCH)/target/classes:$$(cat $(BENCH)/target/classpath.txt)" \
	  io.factstream.bench.stance.StanceBenchmark "$(DATA)" --report $(BENCH)/target/bench-stance.md $(ARGS)

# News stance on real news (docs/evidence.md#news-stance): FNC-1's training data (DATA=, headline = claim, body = another
# outlet's article, read as the pipeline reads a cross-reference) and/or our hand-labelled BASIL pairs (BASIL=, the
# basil-dev folder). ARGS passes more options to the FNC-1 run, e.g. ARGS="--every 10" for a quick look.
bench-news-stance: jdk
	@if [ -z "$(DATA)$(BASIL)" ]; then echo "bench-news-stance: pass FNC-1 and/or BASIL, e.g. make bench-news-stance DATA=../shared/datasets/fnc-1 BASIL=../shared/datasets/basil-dev" >&2; exit 2; fi
	@if [ -n "$(DATA)" ] && [ ! -f "$(DATA)/train_stances.csv" ]; then echo "bench-news-stance: no train_stances.csv in $(DATA)" >&2; exit 2; fi
	@if [ -n "$(BASIL)" ] && [ ! -d "$(BASIL)/articles" ]; then echo "bench-news-stance: no articles/ in $(BASIL)" >&2; exit 2; fi
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl $(BENCH) -am
	if [ -n "$(DATA)" ]; then "$(JAVA_HOME)/bin/java" -Xmx2g $(NEWS_STANCE_JVM) io.factstream.bench.newsstance.NewsStanceBenchmark "$(DATA)" \
	  --report $(BENCH)/target/bench-news-stance.md $(ARGS); fi
	if [ -n "$(BASIL)" ]; then "$(JAVA_HOME)/bin/java" -Xmx1g $(NEWS_STANCE_JVM) io.factstream.bench.newsstance.BasilStanceBenchmark "$(BASIL)" \
	  --report $(BENCH)/target/bench-basil-stance.md; fi

# A pair model for news stance, cross-validated on FNC-1 (docs/evidence.md#a-pair-model-for-news-stance): what it
# would add to the rules' reading, at every threshold, with folds by body and by story.
bench-news-pair-model: jdk
	@if [ -z "$(DATA)" ] || [ ! -f "$(DATA)/train_stances.csv" ]; then echo "bench-news-pair-model: pass FNC-1, e.g. make bench-news-pair-model DATA=../shared/datasets/fnc-1" >&2; exit 2; fi
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl $(BENCH) -am
	"$(JAVA_HOME)/bin/java" -Xmx4g $(NEWS_STANCE_JVM) io.factstream.bench.newsstance.PairModelCurve "$(DATA)" \
	  --report $(BENCH)/target/bench-news-pair-model.md

NEWS_STANCE_JVM = --enable-native-access=ALL-UNNAMED -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
	  -cp "$(BENCH)/target/classes:$$(cat $(BENCH)/target/classpath.txt)"

# Matching claims to published fact-checks (docs/evidence.md#fact-checks): LIAR's training split (DATA=, the liar folder)
# is imported into an index of the benchmark's own on the stack of `make run` (resumed when it is there), then our
# restatements and distractors (services/benchmarks/data/factcheck-restatements.jsonl) are matched against it.
BENCH_FACT_CHECKS := factstream-fact-checks-bench
bench-factcheck: build up
	@if [ ! -f "$(DATA)/train.tsv" ]; then echo "bench-factcheck: pass the LIAR folder, e.g. make bench-factcheck DATA=../shared/datasets/liar" >&2; exit 2; fi
	source deploy/local/profile.sh && deploy/local/import.sh factchecks "$(DATA)/train.tsv" --es http://localhost:$$ES_PORT \
	  --index $(BENCH_FACT_CHECKS) --state $(BENCH)/target
	source deploy/local/profile.sh && "$$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED \
	  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(BENCH)/target/classes:$(BENCH)/target/lib/*" \
	  io.factstream.bench.factchecks.FactCheckBenchmark data=$(DATA) es=http://localhost:$$ES_PORT \
	  index=$(BENCH_FACT_CHECKS) restatements=$(BENCH)/data/factcheck-restatements.jsonl \
	  report=$(BENCH)/target/bench-factcheck.md

# Loads a reference corpus into the `factstream-reference` index of the stack of `make run` (docs/evidence.md);
# ARGS passes options, e.g. ARGS="--es http://localhost:19200", "--state DIR" or "--restart". A second run resumes.
FILE ?=
CORPUS := services/corpus-import
import-corpus: jdk
	@if [ -z "$(FILE)" ]; then echo "import-corpus: pass the corpus, e.g. make import-corpus FILE=deploy/local/demo/reference-corpus.jsonl" >&2; exit 2; fi
	@if [ ! -e "$(FILE)" ]; then echo "import-corpus: no such file: $(FILE)" >&2; exit 2; fi
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl $(CORPUS) -am
	deploy/local/import.sh corpus "$(FILE)" $(ARGS)

# Loads published fact-checks (LIAR's TSV, ClaimReview JSON-LD or JSON Lines) into the `factstream-fact-checks` index of
# the stack of `make run` (docs/evidence.md#fact-checks); ARGS as for import-corpus. A second run resumes.
import-factchecks: jdk
	@if [ -z "$(FILE)" ]; then echo "import-factchecks: pass the fact-checks, e.g. make import-factchecks FILE=../shared/datasets/liar/train.tsv" >&2; exit 2; fi
	@if [ ! -e "$(FILE)" ]; then echo "import-factchecks: no such file: $(FILE)" >&2; exit 2; fi
	$(MVN) compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -pl $(CORPUS) -am
	deploy/local/import.sh factchecks "$(FILE)" $(ARGS)

# The default outlet ratings table of coverage-spectrum, rebuilt from the public MBFC and AllSides sets (docs/architecture.md).
SPECTRUM := services/coverage-spectrum
ratings-table: jdk
	@if [ ! -f "$(DATA)/allsides-2019.csv" ]; then echo "ratings-table: pass the datasets folder, e.g. make ratings-table DATA=../shared/datasets" >&2; exit 2; fi
	$(MVN) compile -pl $(SPECTRUM) -am
	"$(JAVA_HOME)/bin/java" -cp "$(SPECTRUM)/target/classes:services/contracts/target/classes" io.factstream.spectrum.ratings.RatingsTableBuilder \
	  "$(DATA)" $(SPECTRUM)/ratings/allsides-domains.csv $(SPECTRUM)/src/main/resources/ratings/outlet-ratings.csv

# Reads a password (twice, without echo) and prints the line's hash for an editors' accounts file
# (docs/operations.md#securing-a-deployment). The hashing class needs nothing but the JDK.
QUERY := services/query
editor-password: jdk
	@$(MVN) compile -pl $(QUERY) -am
	@"$(JAVA_HOME)/bin/java" -cp $(QUERY)/target/classes io.factstream.query.editors.PasswordHash
