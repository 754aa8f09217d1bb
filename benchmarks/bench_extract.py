"""Extraction speed against the bare spaCy pipeline, and peak memory of a large ingest.

Issue #3 sets two targets, checked here rather than in unit tests:

1. end-to-end extraction on one core is at least as fast as merely running spaCy's
   statistical pipeline (``en_core_web_sm`` as shipped) over the same texts
   (ratio bare / ours >= 1.0);
2. ingesting a 10,000-article JSONL file peaks under 1 GB of memory (streamed).

Run on one core:  ``taskset -c 0 .venv/bin/python benchmarks/bench_extract.py``
Memory:           ``.venv/bin/python benchmarks/bench_extract.py --memory 10000``
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (
    ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl",
    ROOT / "data" / "eval" / "project-articles.jsonl",
)


def _corpus(path: Path | None) -> Path:
    if path is not None:
        return path
    for candidate in DEFAULT_CORPORA:
        if candidate.is_file():
            return candidate
    raise SystemExit("no corpus found: pass --articles FILE.jsonl")


def _articles(path: Path) -> list[object]:
    from diplograph.articles import ArticleError, read_articles

    return [a for a in read_articles([path]) if not isinstance(a, ArticleError)]


def bench_speed(path: Path, repeat: int) -> None:
    """Time the bare model and our extraction over the same articles, alternately."""
    import spacy

    from diplograph.extract.pipeline import MODEL, build_pipeline, extract_articles

    articles = _articles(path)
    texts = [a.text for a in articles]  # type: ignore[attr-defined]
    chars = sum(len(t) for t in texts)
    bare = spacy.load(MODEL)
    ours = build_pipeline()
    # Warm both up (first calls allocate).
    list(bare.pipe(texts[:5]))
    list(extract_articles(ours, articles[:5]))  # type: ignore[arg-type]
    bare_times, our_times, meetings = [], [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=32):
            pass
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        meetings = sum(len(m) for _, m in extract_articles(ours, articles))  # type: ignore[arg-type]
        our_times.append(time.perf_counter() - start)
    b, o = statistics.median(bare_times), statistics.median(our_times)
    print(f"corpus: {path.name}: {len(texts)} articles, {chars:,} characters")
    print(f"bare spaCy pipeline ({', '.join(bare.pipe_names)})")
    print(f"  median of {repeat}: {b:.2f} s  ({len(texts) / b:.1f} articles/s)")
    print(f"diplograph extraction ({meetings} meetings)")
    print(f"  median of {repeat}: {o:.2f} s  ({len(texts) / o:.1f} articles/s)")
    print(f"ratio bare / ours: {b / o:.2f}  (target >= 1.0)")
    print(f"cpu affinity: {sorted(os.sched_getaffinity(0))}")


def bench_memory(path: Path, count: int) -> None:
    """Ingest ``count`` articles from one JSONL file in a child process; report peak RSS."""
    source = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.jsonl"
        with big.open("w", encoding="utf-8") as out:
            for i in range(count):
                record = dict(source[i % len(source)])
                # Distinct URLs make distinct articles (distinct named graphs).
                record["id"] = f"bench-{i}"
                record["url"] = f"https://bench.example/{i}"
                out.write(json.dumps(record) + "\n")
        size = big.stat().st_size
        exe = Path(sys.executable).with_name("diplograph")
        start = time.perf_counter()
        subprocess.run(
            [str(exe), "--store", str(Path(tmp) / "store"), "ingest", "-q", str(big)],
            check=True,
        )
        seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"ingest of {count:,} articles ({size / 1e6:.1f} MB JSONL) into an on-disk store")
    print(f"  wall time: {seconds:.1f} s  ({count / seconds:.1f} articles/s)")
    print(f"  peak RSS of the ingest process: {peak_kib / 1024:.0f} MiB  (target < 1024 MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=None, help="articles JSONL")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory", type=int, default=0, metavar="N", help="ingest N articles")
    args = parser.parse_args()
    path = _corpus(args.articles)
    if args.memory:
        bench_memory(path, args.memory)
    else:
        bench_speed(path, args.repeat)


if __name__ == "__main__":
    main()
