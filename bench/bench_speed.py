"""Throughput against spaCy-sm, cost against length, and cold start of `spinscope analyze` (issue 14).

    python bench/bench_speed.py                 # everything (the 5 MB sweep point takes minutes)
    python bench/bench_speed.py --quick         # 10 articles, sweep to 100 KB, cold start best of 2
    python bench/bench_speed.py --only ratio    # one part: ratio, breakdown, long, sweep, cold

Articles: the first --docs PTC train articles, read at run time from the shared dataset folder when it
exists (never copied into the repo), else synthetic texts of our own. The reference is spaCy-sm with
all its components (``load_english()``), timed in the same process on the same texts. Prints figures
and the load average; it asserts nothing (targets are read here, never from unit tests).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PTC = Path("/work/shared/datasets/ptc-semeval2020-task11/train-articles")
# Added to the default pipeline by issue 12; reported with and without so the time can be placed.
ISSUE12 = ("roles", "narratives_semeval25")
PARAGRAPH = (
    "The Ministry of Foreign Affairs of Veloria said on Tuesday that the report published by the Western "
    "press was a fabrication. Minister Ivo Tarn told reporters in Nordhaven that “no evidence whatsoever” "
    "had been offered, and his spokesman, Lena Brandt, added that the claims were part of a smear campaign. "
    "According to the United Nations, 40,000 people have fled the region since March, while the EU called "
    "for an independent investigation. Tarn denied that his troops had shelled the border town of Dorna.\n\n"
)


def articles(n: int) -> tuple[list[str], str]:
    if PTC.is_dir():
        files = sorted(PTC.glob("*.txt"))[:n]
        return [f.read_text(encoding="utf-8") for f in files], f"{len(files)} PTC train articles"
    return [f"Report {i}\n\n" + PARAGRAPH * 8 for i in range(n)], f"{n} synthetic articles"


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def load_avg() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def make_docs(texts: list[str], prefix: str = "d"):
    from spinscope.core.document import Document

    return [Document(id=f"{prefix}{i}", text=t, source="bench") for i, t in enumerate(texts)]


# CPU seconds of the last timing (all threads of this process): on a loaded machine wall time
# depends on the neighbours, CPU time much less; both are printed.
LAST_CPU = {"s": 0.0}


def _timed(run) -> float:
    c0, t0 = time.process_time(), time.perf_counter()
    run()
    wall = time.perf_counter() - t0
    LAST_CPU["s"] = time.process_time() - c0
    return wall


def time_spacy(texts: list[str], reps: int) -> float:
    from spinscope.models.spacy_model import load_english

    nlp = load_english()
    list(nlp.pipe(texts[:2]))  # warm
    best, cpu = float("inf"), float("inf")
    for _ in range(reps):
        best = min(best, _timed(lambda: list(nlp.pipe(texts, batch_size=8))))
        cpu = min(cpu, LAST_CPU["s"])
    LAST_CPU["s"] = cpu
    return best


def time_pipeline(names: list[str], texts: list[str], reps: int, threaded: bool | None = None) -> float:
    from spinscope.core.pipeline import Pipeline

    pipe = Pipeline(names, on_error="record")
    kwargs = {} if threaded is None else {"threaded": threaded}
    pipe.pipe(make_docs(texts[:4], "w"), **kwargs)  # load models
    best, cpu = float("inf"), float("inf")
    for _ in range(reps):
        docs = make_docs(texts)
        best = min(best, _timed(lambda: pipe.pipe(docs, **kwargs)))  # noqa: B023 - run at once
        cpu = min(cpu, LAST_CPU["s"])
    LAST_CPU["s"] = cpu
    return best


def breakdown(names: list[str], texts: list[str], spacy_s: float, spacy_cpu: float) -> None:
    """Each analyzer's own wall and CPU time, run one after the other on batches of 16 (no overlap).

    CPU seconds (all threads of the process) are the figure to compare on a shared machine: wall
    time depends on the neighbours' load, CPU time much less."""
    from spinscope.core.pipeline import Pipeline

    pipe = Pipeline(names, on_error="record")
    pipe.pipe(make_docs(texts[:2], "w"))
    spent = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    docs = make_docs(texts)
    for i in range(0, len(docs), 16):
        batch = docs[i : i + 16]
        for a in pipe.analyzers:
            c0, t0 = time.process_time(), time.perf_counter()
            a.pipe(batch)
            spent[a.name] += time.perf_counter() - t0
            cpu[a.name] += time.process_time() - c0
        for d in batch:
            d.cache.clear()
    print("per analyzer, sequential: wall and CPU seconds, and CPU as a multiple of spaCy-sm's CPU:")
    for name in names:
        print(f"  {name:<22} {spent[name]:7.2f} s  CPU {cpu[name]:7.2f} s  {cpu[name] / spacy_cpu:5.2f}x")
    print(f"  {'sum':<22} {sum(spent.values()):7.2f} s  CPU {sum(cpu.values()):7.2f} s  "
          f"{sum(cpu.values()) / spacy_cpu:5.2f}x  (spaCy-sm: {spacy_s:.2f} s, CPU {spacy_cpu:.2f} s)")


def part_ratio(texts: list[str], label: str, reps: int, do_breakdown: bool) -> None:
    from spinscope.core.pipeline import DEFAULT_ANALYZERS

    n = words(texts)
    print(f"\n== throughput: {label}, {n:,} words ({load_avg()})")
    spacy_s = time_spacy(texts, reps)
    spacy_cpu = LAST_CPU["s"]
    print(f"spaCy-sm alone (all components, nlp.pipe): {n / spacy_s:,.0f} words/s ({spacy_cpu:.1f} s CPU)")
    full = list(DEFAULT_ANALYZERS)
    variants = [("default pipeline", full)]
    without = [a for a in full if a not in ISSUE12]
    if without != full:
        variants.append(("default without " + "+".join(a for a in ISSUE12 if a in full), without))
    for title, names in variants:
        s = time_pipeline(names, texts, reps)
        print(f"{title} [{','.join(names)}]: {n / s:,.0f} words/s, ratio to spaCy-sm {spacy_s / s:.3f} "
              f"(CPU {LAST_CPU['s']:.1f} s, CPU ratio {spacy_cpu / LAST_CPU['s']:.3f})")
    # The sequential path in a process of its own: sessions there keep their configured threads (a
    # threaded run caps them at one per stage), as before the stages existed.
    out = subprocess.run([sys.executable, __file__, "--sequential-child", "--docs", str(len(texts)),
                          "--reps", str(reps)], capture_output=True, text=True, cwd=ROOT)
    r = json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else None
    if r is None:
        print(f"sequential run failed: {out.stderr.strip().splitlines()[-1:]}")
    else:
        print(f"default pipeline, sequential (threaded=False, own process): {n / r['pipe_s']:,.0f} words/s, "
              f"ratio {r['spacy_s'] / r['pipe_s']:.3f} (its spaCy-sm {n / r['spacy_s']:,.0f} words/s; "
              f"CPU ratio {r['spacy_cpu'] / r['pipe_cpu']:.3f})")
    if do_breakdown:
        breakdown(full, texts, spacy_s, spacy_cpu)


def part_long(texts: list[str], reps: int) -> None:
    from spinscope.core.pipeline import DEFAULT_ANALYZERS

    n = words(texts)
    print(f"\n== one long document vs its {len(texts)} articles ({load_avg()})")
    sep = time_pipeline(list(DEFAULT_ANALYZERS), texts, reps)
    one = time_pipeline(list(DEFAULT_ANALYZERS), ["\n\n".join(texts)], reps)
    print(f"{len(texts)} articles: {sep / n * 1e6:.0f} µs/word; as one document: {one / n * 1e6:.0f} µs/word; "
          f"per-word ratio {one / sep:.2f} (target <= 1.2)")


def long_text(texts: list[str], size: int) -> str:
    """The articles joined and repeated to about ``size`` characters, cut at a paragraph break."""
    body = "\n\n".join(texts)
    text = (body + "\n\n") * (size // (len(body) + 2) + 1)
    cut = text.rfind("\n\n", 0, size)
    return text[: cut if cut > size // 2 else size]


def part_scaling(texts: list[str], sizes: list[int], profile: str | None) -> None:
    """Each analyzer's per-word time on one document of each size, analyzers run one after the other
    (sequential, no prefetch): the analyzer whose µs/word grows with the size is the superlinear one.
    ``profile`` names an analyzer to run under cProfile at the largest size (top 25 by own time)."""
    from spinscope.core.pipeline import DEFAULT_ANALYZERS, Pipeline

    print(f"\n== per-analyzer cost against length, one document per size ({load_avg()})")
    pipe = Pipeline(list(DEFAULT_ANALYZERS), on_error="raise", threaded=False)
    pipe.pipe(make_docs([texts[0][:2000]], "w"))
    rows: dict[str, list[float]] = {a.name: [] for a in pipe.analyzers}
    counts = []
    for size in sizes:
        text = long_text(texts, size)
        n = len(text.split())
        counts.append(n)
        doc = make_docs([text], "s")[0]
        for a in pipe.analyzers:
            if a.name in (profile or "").split(",") and size == sizes[-1]:
                import cProfile
                import pstats

                prof = cProfile.Profile()
                t0 = time.perf_counter()
                prof.runcall(a.pipe, [doc])
                rows[a.name].append(time.perf_counter() - t0)
                pstats.Stats(prof).sort_stats("tottime").print_stats(25)
                continue
            t0 = time.perf_counter()
            a.pipe([doc])
            rows[a.name].append(time.perf_counter() - t0)
        doc.cache.clear()
    print(f"{'analyzer':<22}" + "".join(f"{f'{s // 1000} KB µs/w':>14}" for s in sizes))
    for name, secs in rows.items():
        print(f"{name:<22}" + "".join(f"{s / w * 1e6:>14.0f}" for s, w in zip(secs, counts, strict=True)))
    total = [sum(r[i] for r in rows.values()) for i in range(len(sizes))]
    print(f"{'sum':<22}" + "".join(f"{s / w * 1e6:>14.0f}" for s, w in zip(total, counts, strict=True)))
    print("words: " + ", ".join(f"{w:,}" for w in counts))


SWEEP_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from bench_speed import articles, long_text
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline, DEFAULT_ANALYZERS
size, n = int(sys.argv[1]), int(sys.argv[2])
texts, _ = articles(n)
text = long_text(texts, size)
pipe = Pipeline(list(DEFAULT_ANALYZERS), on_error="record")
pipe.pipe([Document(id="w", text=texts[0][:2000], source="bench")])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
doc = pipe(Document(id="x", text=text, source="bench"))
s = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": len(text), "words": len(text.split()), "s": s, "peak_mb": peak / 1024,
                  "warm_mb": base / 1024, "errors": len(doc.meta.get("analysis_errors", []))}))
"""


def part_sweep(sizes: list[int], n_articles: int) -> None:
    print(f"\n== length sweep, one document per size, each in its own process ({load_avg()})")
    print(f"{'size':>9} {'words':>9} {'s':>8} {'µs/word':>8} {'peak MB':>8} {'after load':>10}")
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-c", SWEEP_CHILD, str(size), str(n_articles), str(Path(__file__).parent)],
            capture_output=True, text=True, cwd=ROOT,
        )
        if out.returncode:
            print(f"{size:>9} failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        err = f"  ({r['errors']} analyzer errors)" if r["errors"] else ""
        print(f"{r['chars']:>9,} {r['words']:>9,} {r['s']:>8.2f} {r['s'] / max(r['words'], 1) * 1e6:>8.0f} "
              f"{r['peak_mb']:>8.0f} {r['peak_mb'] - r['warm_mb']:>+10.0f}{err}")


def bytecode_state() -> str:
    """Whether spaCy's bytecode is on disk: without it every command compiles ~900 modules (+1.6 s)."""
    import importlib.util

    spec = importlib.util.find_spec("spacy")
    pyc = Path(importlib.util.cache_from_source(spec.origin)) if spec and spec.origin else None
    return "bytecode compiled" if pyc and pyc.exists() else "no bytecode: run scripts/_env.sh's compileall"


def part_cold(tries: int, text: str) -> None:
    print(f"\n== cold start: `spinscope analyze` on one document, subprocess, best of {tries} ({load_avg()})")
    exe = Path(sys.executable).with_name("spinscope")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "spinscope.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.txt"
        path.write_text(text, encoding="utf-8")
        best = float("inf")
        for i in range(tries):
            db = Path(tmp) / f"c{i}.db"
            t0 = time.perf_counter()
            subprocess.run([*cmd, "analyze", str(path), "--db", str(db), "-q", "--out", os.devnull],
                           check=True, cwd=tmp, capture_output=True)
            best = min(best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        subprocess.run([*cmd, "--help"], check=True, capture_output=True)
        help_s = time.perf_counter() - t0
    print(f"analyze, one ~{len(text.split())}-word document, default pipeline: {best:.2f} s (target <= 2 s; "
          f"{bytecode_state()})")
    print(f"`spinscope --help`: {help_s:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=40, help="articles for the throughput runs")
    ap.add_argument("--reps", type=int, default=1, help="repeat each timing, keep the best")
    ap.add_argument("--quick", action="store_true", help="10 articles, sweep to 100 KB, cold best of 2")
    ap.add_argument("--max-size", type=int, default=5_000_000, help="largest sweep size in characters")
    ap.add_argument("--only", choices=["ratio", "breakdown", "long", "sweep", "cold", "scaling"], action="append")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000],
                    help="document sizes for --only scaling (characters)")
    ap.add_argument("--profile", help="with --only scaling: cProfile these analyzers (comma-separated) at the largest size")
    ap.add_argument("--sequential-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.sequential_child:
        from spinscope.core.pipeline import DEFAULT_ANALYZERS

        texts, _ = articles(args.docs)
        pipe_s = time_pipeline(list(DEFAULT_ANALYZERS), texts, args.reps, threaded=False)
        pipe_cpu = LAST_CPU["s"]
        spacy_s = time_spacy(texts, args.reps)
        print(json.dumps({"pipe_s": pipe_s, "pipe_cpu": pipe_cpu, "spacy_s": spacy_s, "spacy_cpu": LAST_CPU["s"]}))
        return
    if args.quick:
        args.docs, args.max_size = min(args.docs, 10), min(args.max_size, 100_000)
    parts = set(args.only or ["ratio", "breakdown", "long", "sweep", "cold"])
    texts, label = articles(args.docs)
    print(f"bench_speed: {label}; {os.cpu_count()} CPUs; {load_avg()}")
    if parts & {"ratio", "breakdown"}:
        part_ratio(texts, label, args.reps, "breakdown" in parts)
    if "long" in parts:
        part_long(texts, args.reps)
    if "sweep" in parts:
        sizes = [s for s in (1_000, 10_000, 100_000, 1_000_000, 5_000_000) if s <= args.max_size]
        part_sweep(sizes, args.docs)
    if "scaling" in parts:
        part_scaling(texts, args.sizes, args.profile)
    if "cold" in parts:
        part_cold(2 if args.quick else 3, texts[0])
    print(f"\ndone; {load_avg()}")


if __name__ == "__main__":
    main()
