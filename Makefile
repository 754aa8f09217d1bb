# The README's two commands: `make demo` and `make test`. Everything they need is installed here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= ./diplograph-store

.PHONY: demo test lint install eval docs gazetteers clean bench browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# One install for demo and tests: the package (editable) with its pinned deps, plus the dev tools.
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[shacl,server]'
	$(BIN)/python -m pip install --quiet -c constraints.txt --group dev
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf $(STORE) out
	$(BIN)/diplograph --store $(STORE) ingest data/articles
	@echo
	@echo "== Countries that met Pakistan =="
	$(BIN)/diplograph --store $(STORE) query countries_met_by --param country=PK
	@echo
	@echo "== Meetings, newest first =="
	$(BIN)/diplograph --store $(STORE) query meetings
	$(BIN)/diplograph --store $(STORE) viz -o out/network.html
	$(BIN)/diplograph --store $(STORE) stats

# Debian's Chromium drives the real-browser tests of the network page (apt, as root or sudo).
browser:
	bash .ci/install-chromium.sh

test: $(STAMP) browser
	$(BIN)/ruff check diplograph tests scripts benchmarks
	$(BIN)/ruff format --check diplograph tests scripts benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check --fix diplograph tests scripts benchmarks
	$(BIN)/ruff format diplograph tests scripts benchmarks

gazetteers: $(STAMP)
	$(BIN)/python scripts/build_gazetteers.py --reference ../shared/reference --out data/gazetteers

# Accuracy on the development sets (docs/evaluation.md); figures go to docs/accuracy.md.
# The VOA texts stay in ../shared/corpus (public domain, not copied here); gold is ours.
VOA ?= ../shared/corpus/voa_stories.jsonl
eval: $(STAMP)
	$(BIN)/diplograph evaluate --title "VOA development set" \
	  --gold data/eval/voa-gold.jsonl --articles $(VOA)
	$(BIN)/diplograph evaluate --title "Project-written set" \
	  --gold data/eval/project-gold.jsonl --articles data/eval/project-articles.jsonl
	$(BIN)/diplograph evaluate --title "Second development set" \
	  --gold data/eval/dev2-gold.jsonl --articles data/eval/dev2-articles.jsonl
	$(BIN)/diplograph evaluate --title "First held-out set (spent, now development)" \
	  --gold data/eval/heldout-gold.jsonl --articles data/eval/heldout-articles.jsonl
	$(BIN)/diplograph evaluate --title "Third development set" \
	  --gold data/eval/dev3-gold.jsonl --articles data/eval/dev3-articles.jsonl
	$(BIN)/diplograph evaluate --title "Second held-out set (spent, now development)" \
	  --gold data/eval/heldout2-gold.jsonl --articles data/eval/heldout2-articles.jsonl
	$(BIN)/diplograph evaluate --title "Third held-out set A (spent, now development)" \
	  --gold data/eval/heldout3-gold.jsonl --articles data/eval/heldout3-articles.jsonl
	$(BIN)/diplograph evaluate --title "Third held-out set B (spent, now development)" \
	  --gold data/eval/heldout4-gold.jsonl --articles data/eval/heldout4-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fourth held-out set C (spent, now development)" \
	  --gold data/eval/heldout5-gold.jsonl --articles data/eval/heldout5-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fourth held-out set D (spent, now development)" \
	  --gold data/eval/heldout6-gold.jsonl --articles data/eval/heldout6-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixth held-out set F (spent, now development)" \
	  --gold data/eval/heldout8-gold.jsonl --articles data/eval/heldout8-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifth held-out set E (spent, now development)" \
	  --gold data/eval/heldout7-gold.jsonl --articles data/eval/heldout7-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventh held-out set G (spent, now development)" \
	  --gold data/eval/heldout9-gold.jsonl --articles data/eval/heldout9-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighth held-out set H (spent, now development)" \
	  --gold data/eval/heldout10-gold.jsonl --articles data/eval/heldout10-articles.jsonl
	$(BIN)/diplograph evaluate --title "Ninth held-out set I (spent, now development)" \
	  --gold data/eval/heldout11-gold.jsonl --articles data/eval/heldout11-articles.jsonl
	$(BIN)/diplograph evaluate --title "Tenth held-out set J (spent, now development)" \
	  --gold data/eval/heldout12-gold.jsonl --articles data/eval/heldout12-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eleventh held-out set K (spent, now development)" \
	  --gold data/eval/heldout13-gold.jsonl --articles data/eval/heldout13-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirteenth held-out set M (spent, now development)" \
	  --gold data/eval/heldout15-gold.jsonl --articles data/eval/heldout15-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fourteenth held-out set N (spent, now development)" \
	  --gold data/eval/heldout16-gold.jsonl --articles data/eval/heldout16-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twelfth held-out set L (spent, now development)" \
	  --gold data/eval/heldout14-gold.jsonl --articles data/eval/heldout14-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifteenth held-out set O (spent, now development)" \
	  --gold data/eval/heldout17-gold.jsonl --articles data/eval/heldout17-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixteenth held-out set P (spent, now development)" \
	  --gold data/eval/heldout18-gold.jsonl --articles data/eval/heldout18-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventeenth held-out set Q (spent, now development)" \
	  --gold data/eval/heldout19-gold.jsonl --articles data/eval/heldout19-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighteenth held-out set R (spent, now development)" \
	  --gold data/eval/heldout20-gold.jsonl --articles data/eval/heldout20-articles.jsonl
	$(BIN)/diplograph evaluate --title "Nineteenth held-out set S (spent, now development)" \
	  --gold data/eval/heldout21-gold.jsonl --articles data/eval/heldout21-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twentieth held-out set T (held out, errors unread)" \
	  --gold data/eval/heldout22-gold.jsonl --articles data/eval/heldout22-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-first held-out set U (held out, errors unread)" \
	  --gold data/eval/heldout23-gold.jsonl --articles data/eval/heldout23-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-second held-out set V (spent, now development)" \
	  --gold data/eval/heldout24-gold.jsonl --articles data/eval/heldout24-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-third held-out set W (spent, now development)" \
	  --gold data/eval/heldout25-gold.jsonl --articles data/eval/heldout25-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-fourth held-out set X (spent, now development)" \
	  --gold data/eval/heldout26-gold.jsonl --articles data/eval/heldout26-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-fifth held-out set Y (spent, now development)" \
	  --gold data/eval/heldout27-gold.jsonl --articles data/eval/heldout27-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-sixth held-out set Z (spent, now development)" \
	  --gold data/eval/heldout28-gold.jsonl --articles data/eval/heldout28-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-seventh held-out set AA (held out, errors unread)" \
	  --gold data/eval/heldout29-gold.jsonl --articles data/eval/heldout29-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-eighth held-out set AB (held out, errors unread)" \
	  --gold data/eval/heldout30-gold.jsonl --articles data/eval/heldout30-articles.jsonl
	$(BIN)/diplograph evaluate --title "Twenty-ninth held-out set AC (spent, now development)" \
	  --gold data/eval/heldout31-gold.jsonl --articles data/eval/heldout31-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirtieth held-out set AD (spent, now development)" \
	  --gold data/eval/heldout32-gold.jsonl --articles data/eval/heldout32-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-first held-out set AE (spent, now development)" \
	  --gold data/eval/heldout33-gold.jsonl --articles data/eval/heldout33-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-second held-out set AF (held out, errors unread)" \
	  --gold data/eval/heldout34-gold.jsonl --articles data/eval/heldout34-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-third held-out set AG (spent, now development)" \
	  --gold data/eval/heldout35-gold.jsonl --articles data/eval/heldout35-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-fourth held-out set AH (spent, now development)" \
	  --gold data/eval/heldout36-gold.jsonl --articles data/eval/heldout36-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-fifth held-out set AI (held out, errors unread)" \
	  --gold data/eval/heldout37-gold.jsonl --articles data/eval/heldout37-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-sixth held-out set AJ (held out, errors unread)" \
	  --gold data/eval/heldout38-gold.jsonl --articles data/eval/heldout38-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-seventh held-out set AK (spent, now development)" \
	  --gold data/eval/heldout39-gold.jsonl --articles data/eval/heldout39-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-eighth held-out set AL (spent, now development)" \
	  --gold data/eval/heldout40-gold.jsonl --articles data/eval/heldout40-articles.jsonl
	$(BIN)/diplograph evaluate --title "Thirty-ninth held-out set AM (spent, now development)" \
	  --gold data/eval/heldout41-gold.jsonl --articles data/eval/heldout41-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fortieth held-out set AN (spent, now development)" \
	  --gold data/eval/heldout42-gold.jsonl --articles data/eval/heldout42-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-first held-out set AO (spent, now development)" \
	  --gold data/eval/heldout43-gold.jsonl --articles data/eval/heldout43-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-second held-out set AP (held out, errors unread)" \
	  --gold data/eval/heldout44-gold.jsonl --articles data/eval/heldout44-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-third held-out set AQ (held out, errors unread)" \
	  --gold data/eval/heldout45-gold.jsonl --articles data/eval/heldout45-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-fourth held-out set AR (spent, now development)" \
	  --gold data/eval/heldout46-gold.jsonl --articles data/eval/heldout46-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-fifth held-out set AS (held out, errors unread)" \
	  --gold data/eval/heldout47-gold.jsonl --articles data/eval/heldout47-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-sixth held-out set AT (spent, now development)" \
	  --gold data/eval/heldout48-gold.jsonl --articles data/eval/heldout48-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-seventh held-out set AU (spent, now development)" \
	  --gold data/eval/heldout49-gold.jsonl --articles data/eval/heldout49-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-eighth held-out set AV (spent, now development)" \
	  --gold data/eval/heldout50-gold.jsonl --articles data/eval/heldout50-articles.jsonl
	$(BIN)/diplograph evaluate --title "Forty-ninth held-out set AW (held out, errors unread)" \
	  --gold data/eval/heldout51-gold.jsonl --articles data/eval/heldout51-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fiftieth held-out set AX (held out, errors unread)" \
	  --gold data/eval/heldout52-gold.jsonl --articles data/eval/heldout52-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-first held-out set AY (held out, errors unread)" \
	  --gold data/eval/heldout53-gold.jsonl --articles data/eval/heldout53-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-second held-out set AZ (spent, now development)" \
	  --gold data/eval/heldout54-gold.jsonl --articles data/eval/heldout54-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-third held-out set BA (spent, now development)" \
	  --gold data/eval/heldout55-gold.jsonl --articles data/eval/heldout55-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-fourth held-out set BB (held out, errors unread)" \
	  --gold data/eval/heldout56-gold.jsonl --articles data/eval/heldout56-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-fifth held-out set BC (held out, errors unread)" \
	  --gold data/eval/heldout57-gold.jsonl --articles data/eval/heldout57-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-sixth held-out set BD (spent, now development)" \
	  --gold data/eval/heldout58-gold.jsonl --articles data/eval/heldout58-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-seventh held-out set BE (held out, errors unread)" \
	  --gold data/eval/heldout59-gold.jsonl --articles data/eval/heldout59-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-eighth held-out set BF (spent, now development)" \
	  --gold data/eval/heldout60-gold.jsonl --articles data/eval/heldout60-articles.jsonl
	$(BIN)/diplograph evaluate --title "Fifty-ninth held-out set BG (held out, errors unread)" \
	  --gold data/eval/heldout61-gold.jsonl --articles data/eval/heldout61-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixtieth held-out set BH (held out, errors unread)" \
	  --gold data/eval/heldout62-gold.jsonl --articles data/eval/heldout62-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-first held-out set BI (held out, errors unread)" \
	  --gold data/eval/heldout63-gold.jsonl --articles data/eval/heldout63-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-second held-out set BJ (held out, errors unread)" \
	  --gold data/eval/heldout64-gold.jsonl --articles data/eval/heldout64-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-third held-out set BK (spent, now development)" \
	  --gold data/eval/heldout65-gold.jsonl --articles data/eval/heldout65-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-fourth held-out set BL (held out, errors unread)" \
	  --gold data/eval/heldout66-gold.jsonl --articles data/eval/heldout66-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-fifth held-out set BM (held out, errors unread)" \
	  --gold data/eval/heldout67-gold.jsonl --articles data/eval/heldout67-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-sixth held-out set BN (spent, now development)" \
	  --gold data/eval/heldout68-gold.jsonl --articles data/eval/heldout68-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-seventh held-out set BO (held out, errors unread)" \
	  --gold data/eval/heldout69-gold.jsonl --articles data/eval/heldout69-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-eighth held-out set BP (held out, errors unread)" \
	  --gold data/eval/heldout70-gold.jsonl --articles data/eval/heldout70-articles.jsonl
	$(BIN)/diplograph evaluate --title "Sixty-ninth held-out set BQ (spent, now development)" \
	  --gold data/eval/heldout71-gold.jsonl --articles data/eval/heldout71-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventieth held-out set BR (spent, now development)" \
	  --gold data/eval/heldout72-gold.jsonl --articles data/eval/heldout72-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-first held-out set BS (held out, errors unread)" \
	  --gold data/eval/heldout73-gold.jsonl --articles data/eval/heldout73-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-second held-out set BT (spent, now development)" \
	  --gold data/eval/heldout74-gold.jsonl --articles data/eval/heldout74-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-third held-out set BU (spent, now development)" \
	  --gold data/eval/heldout75-gold.jsonl --articles data/eval/heldout75-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-fourth held-out set BV (held out, errors unread)" \
	  --gold data/eval/heldout76-gold.jsonl --articles data/eval/heldout76-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-fifth held-out set BW (spent, now development)" \
	  --gold data/eval/heldout77-gold.jsonl --articles data/eval/heldout77-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-sixth held-out set BX (held out, errors unread)" \
	  --gold data/eval/heldout78-gold.jsonl --articles data/eval/heldout78-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-seventh held-out set BY (held out, errors unread)" \
	  --gold data/eval/heldout79-gold.jsonl --articles data/eval/heldout79-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-eighth held-out set BZ (spent, now development)" \
	  --gold data/eval/heldout80-gold.jsonl --articles data/eval/heldout80-articles.jsonl
	$(BIN)/diplograph evaluate --title "Seventy-ninth held-out set CA (spent, now development)" \
	  --gold data/eval/heldout81-gold.jsonl --articles data/eval/heldout81-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eightieth held-out set CB (spent, now development)" \
	  --gold data/eval/heldout82-gold.jsonl --articles data/eval/heldout82-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighty-first held-out set CC (spent, now development)" \
	  --gold data/eval/heldout83-gold.jsonl --articles data/eval/heldout83-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighty-second held-out set CD (held out, errors unread)" \
	  --gold data/eval/heldout84-gold.jsonl --articles data/eval/heldout84-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighty-third held-out set CE (spent, now development)" \
	  --gold data/eval/heldout85-gold.jsonl --articles data/eval/heldout85-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighty-fourth held-out set CF (held out, errors unread)" \
	  --gold data/eval/heldout86-gold.jsonl --articles data/eval/heldout86-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighty-fifth held-out set CG (held out, errors unread)" \
	  --gold data/eval/heldout87-gold.jsonl --articles data/eval/heldout87-articles.jsonl
	$(BIN)/diplograph evaluate --title "Eighty-sixth held-out set CH (spent, now development)" \
	  --gold data/eval/heldout88-gold.jsonl --articles data/eval/heldout88-articles.jsonl

# Reference docs generated from the vocabulary: docs/ontology/*.html and docs/queries.md.
docs: $(STAMP)
	$(BIN)/python scripts/build_ontology_docs.py --out docs

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py

clean:
	rm -rf $(VENV) $(STORE) out dist build
