# Factstream: `make run` starts everything locally, `make test` runs every test. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell deploy/local/find-jdk.sh 2>/dev/null)
export JAVA_HOME
MVN := mvn -B -q -e
STACK := deploy/local/stack.sh
SERVICES := deploy/local/services.sh

.PHONY: help jdk build up down run stop status test

help:
	@echo "make run    build, start the local stack and all services, load the demo articles"
	@echo "make stop   stop the services and the local stack of 'make run'"
	@echo "make test   unit, integration and end-to-end tests on a stack of their own"
	@echo "make up / make down / make status   only the infrastructure of 'make run'"

jdk:
	@deploy/local/find-jdk.sh >/dev/null

build: jdk
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

# The test stack runs on ports of its own, so a running `make run` is left alone.
test: jdk
	$(STACK) up test
	$(MVN) clean install; status=$$?; \
	  $(SERVICES) stop test; $(STACK) down test; deploy/local/test-summary.sh; exit $$status
