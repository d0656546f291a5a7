# A newcomer's path: `make run`, then `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install run test lint bench bench-spark conformance eval mutate clean

$(BIN)/check: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(BIN)/check

install: $(BIN)/check

run: install
	$(BIN)/check run seeds/

test: install
	$(BIN)/python -m pytest
	$(BIN)/ruff check checks tests bench

lint: install
	$(BIN)/ruff check checks tests bench

bench: install
	$(BIN)/python -m bench.throughput
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.validation
	$(BIN)/python -m bench.report

# The pandas and Spark engines end to end on 1M, 5M and 20M characters (installs the spark extra; needs Java 17+).
bench-spark: install
	$(BIN)/pip install --quiet -e '.[spark]'
	$(BIN)/python -m bench.spark

conformance: install
	$(BIN)/python -m bench.conformance

eval: install
	$(BIN)/check eval tests/corpus/zh
	$(BIN)/check eval tests/corpus/en
	$(BIN)/check eval tests/corpus/real/zh --show 0
	$(BIN)/check eval tests/corpus/real/en --show 0
	$(BIN)/python -m bench.consistency
	$(BIN)/python -m bench.consistency_real
	$(BIN)/python -m bench.consistency_real --planted5
	$(BIN)/python -m bench.consistency_real --clean6
	$(BIN)/python -m bench.consistency_real --planted6
	$(BIN)/python -m bench.consistency_real --clean7
	$(BIN)/python -m bench.consistency_real --planted7
	$(BIN)/python -m bench.consistency_real --clean8
	$(BIN)/python -m bench.consistency_real --planted8
	$(BIN)/python -m bench.consistency_real --clean9
	$(BIN)/python -m bench.consistency_real --planted9
	$(BIN)/python -m bench.consistency_real --clean10
	$(BIN)/python -m bench.consistency_real --planted10
	$(BIN)/python -m bench.consistency_real --clean11
	$(BIN)/python -m bench.consistency_real --planted11
	$(BIN)/python -m bench.consistency_real --clean12
	$(BIN)/python -m bench.consistency_real --planted12
	$(BIN)/python -m bench.consistency_real --clean13
	$(BIN)/python -m bench.consistency_real --planted13
	$(BIN)/python -m bench.consistency_real --clean14
	$(BIN)/python -m bench.consistency_real --planted14
	$(BIN)/python -m bench.consistency_real --clean15
	$(BIN)/python -m bench.consistency_real --planted15
	$(BIN)/python -m bench.consistency_real --clean16
	$(BIN)/python -m bench.consistency_real --planted16
	$(BIN)/python -m bench.consistency_real --clean17
	$(BIN)/python -m bench.consistency_real --planted17
	$(BIN)/python -m bench.consistency_real --clean18
	$(BIN)/python -m bench.consistency_real --planted18
	$(BIN)/python -m bench.consistency_real --clean19
	$(BIN)/python -m bench.consistency_real --planted19
	$(BIN)/python -m bench.consistency_real --clean20
	$(BIN)/python -m bench.consistency_real --planted20
	$(BIN)/python -m bench.consistency_real --clean21
	$(BIN)/python -m bench.consistency_real --planted21
	$(BIN)/python -m bench.consistency_real --clean22
	$(BIN)/python -m bench.consistency_real --planted22
	$(BIN)/python -m bench.consistency_real --clean23
	$(BIN)/python -m bench.consistency_real --planted23
	$(BIN)/python -m bench.consistency_real --clean24
	$(BIN)/python -m bench.consistency_real --planted24
	$(BIN)/python -m bench.consistency_real --clean25
	$(BIN)/python -m bench.consistency_real --planted25
	$(BIN)/python -m bench.consistency_real --clean26
	$(BIN)/python -m bench.consistency_real --planted26
	$(BIN)/python -m bench.consistency_real --clean27
	$(BIN)/python -m bench.consistency_real --planted27
	$(BIN)/python -m bench.consistency_real --clean28
	$(BIN)/python -m bench.consistency_real --planted28
	$(BIN)/python -m bench.consistency_real --clean29
	$(BIN)/python -m bench.consistency_real --planted29
	$(BIN)/python -m bench.consistency_real --clean30
	$(BIN)/python -m bench.consistency_real --planted30
	$(BIN)/python -m bench.consistency_real --clean31
	$(BIN)/python -m bench.consistency_real --planted31
	$(BIN)/python -m bench.consistency_real --clean32
	$(BIN)/python -m bench.consistency_real --planted32
	$(BIN)/python -m bench.consistency_real --clean33
	$(BIN)/python -m bench.consistency_real --planted33
	$(BIN)/python -m bench.consistency_real --clean34
	$(BIN)/python -m bench.consistency_real --planted34
	$(BIN)/python -m bench.consistency_real --clean35
	$(BIN)/python -m bench.consistency_real --planted35
	$(BIN)/python -m bench.consistency_real --clean36
	$(BIN)/python -m bench.consistency_real --planted36
	$(BIN)/python -m bench.consistency_real --clean37
	$(BIN)/python -m bench.consistency_real --planted37
	$(BIN)/python -m bench.consistency_real --clean38
	$(BIN)/python -m bench.consistency_real --planted38
	$(BIN)/python -m bench.consistency_real --clean39
	$(BIN)/python -m bench.consistency_real --planted39
	$(BIN)/python -m bench.consistency_real --clean40
	$(BIN)/python -m bench.consistency_real --planted40
	$(BIN)/python -m bench.consistency_real --clean41
	$(BIN)/python -m bench.consistency_real --planted41
	$(BIN)/python -m bench.consistency_real --clean42
	$(BIN)/python -m bench.consistency_real --planted42
	$(BIN)/python -m bench.consistency_real --clean43
	$(BIN)/python -m bench.consistency_real --planted43
	$(BIN)/python -m bench.consistency_real --clean44
	$(BIN)/python -m bench.consistency_real --planted44
	$(BIN)/python -m bench.consistency_real --clean45
	$(BIN)/python -m bench.consistency_real --planted45
	$(BIN)/python -m bench.consistency_real --clean46
	$(BIN)/python -m bench.consistency_real --planted46
	$(BIN)/python -m bench.consistency_real --clean47
	$(BIN)/python -m bench.consistency_real --planted47
	$(BIN)/python -m bench.consistency_real --clean48
	$(BIN)/python -m bench.consistency_real --planted48
	$(BIN)/python -m bench.consistency_real --clean49
	$(BIN)/python -m bench.consistency_real --planted49
	$(BIN)/python -m bench.consistency_real --clean50
	$(BIN)/python -m bench.consistency_real --planted50
	$(BIN)/python -m bench.consistency_real --clean51
	$(BIN)/python -m bench.consistency_real --planted51
	$(BIN)/python -m bench.consistency_real --clean52

# Mutation testing of the gate's core (tests/mutation/run.py; scores in tests/mutation/SCORES.md).
mutate: install
	$(BIN)/python tests/mutation/run.py

clean:
	rm -rf $(VENV) reports/*.html build *.egg-info mutants
