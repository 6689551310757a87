#!/usr/bin/env python3
"""Two apispec builds in one sitting (docs/performance.md, "What changed in this round"):
whole-process wall time of `validate` and each `emit` on the benchmark's generated specs,
the two builds' runs alternated (which one goes first swaps every round), so that both
see the same state of a noisy machine. Each build is copied to a fresh file first: a
binary just written by the linker, or long cached, can run measurably differently from a
fresh copy of the same bytes, which once showed as a difference between identical builds.

Run it through `scripts/bench-compare`. Prints a Markdown table: the minimum and the
median of each build's runs, and the ratio base / new of the minimums (above 1: the new
build is faster).
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile

import bench
import generate
import measure

PROTOCOLS = ["http"] + generate.OTHER_PROTOCOLS
# Runs per build at each size unless --runs says: fewer where a run takes longer.
DEFAULT_RUNS = {10: 40, 1_000: 20, 10_000: 8, 100_000: 5}


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="the build to compare against (an apispec binary)")
    parser.add_argument("new", help="the build being measured (an apispec binary)")
    parser.add_argument("--work", required=True, help="folder for generated specs and outputs (git-ignored)")
    parser.add_argument("--sizes", default="10,1000,10000", help="route counts, comma-separated (default 10,1000,10000)")
    parser.add_argument("--runs", type=int, help="runs per build and command (default: 40 at 10 routes, 20 at 1,000, "
                        "8 at 10,000, 5 at 100,000)")
    parser.add_argument("--markdown", help="also write the table to this file")
    arguments = parser.parse_args(argv[1:])
    try:
        arguments.sizes = [int(size) for size in arguments.sizes.split(",")]
    except ValueError:
        parser.error("--sizes takes route counts separated by commas")
    if arguments.runs is not None and arguments.runs < 1:
        parser.error("--runs must be at least 1")
    return arguments


def fresh_copy(binary, folder, name):
    if not os.access(binary, os.X_OK):
        bench.fail(f"{binary} is not an executable")
    copy = os.path.join(folder, name)
    shutil.copyfile(binary, copy)
    os.chmod(copy, 0o755)
    return copy


def commands(spec, protocol):
    """Each command's arguments; an emit's output is a function of the build that writes it."""
    yield "validate", lambda output: ["validate", "-q", spec]
    for flag in bench.EMIT_FLAGS[protocol]:
        yield f"emit --{flag}", lambda output, flag=flag: ["emit", f"--{flag}", spec, "-o", output]


def alternate(base, new, command, outputs, runs, stderr_path):
    """`runs` runs of each build, in rounds that swap which goes first; a failure stops the comparison.
    Each build writes its own output, as the benchmark's commands do: a file replaced right after
    the other build wrote it is still being written out, and its removal waits for that."""
    samples = measure.measure_rounds([[base] + command(outputs[0]), [new] + command(outputs[1])], runs, stderr_path)
    for sample in samples:
        if sample.failure:
            bench.fail(sample.failure)
    return [[run.wall * 1000 for run in sample.runs] for sample in samples]


def main(argv):
    arguments = parse_arguments(argv)
    work = arguments.work
    os.makedirs(os.path.join(work, "out"), exist_ok=True)
    stderr_path = os.path.join(work, "stderr.txt")
    outputs = [os.path.join(work, "out", f"compare-output-{build}.json") for build in ("base", "new")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        base = fresh_copy(arguments.base, folder, "base")
        new = fresh_copy(arguments.new, folder, "new")
        for routes in arguments.sizes:
            generate.main(["generate.py", str(routes), work])
            runs = arguments.runs or DEFAULT_RUNS.get(routes, 5)
            for protocol in PROTOCOLS:
                spec = os.path.join(work, f"{'api' if protocol == 'http' else protocol}-{routes}.yaml")
                for label, command in commands(spec, protocol):
                    print(f"compare: {routes:,} routes ({protocol}): {label}", file=sys.stderr, flush=True)
                    before, after = alternate(base, new, command, outputs, runs, stderr_path)
                    rows.append((routes, protocol, label, runs, before, after))
    table = ["| routes | API | command | runs | base min (ms) | new min (ms) | base median (ms) | new median (ms) "
             "| base / new (min) |", "|--:|---|---|--:|--:|--:|--:|--:|--:|"]
    for routes, protocol, label, runs, before, after in rows:
        table.append(f"| {routes:,} | {protocol} | `{label}` | {runs} | {min(before):,.2f} | {min(after):,.2f} "
                     f"| {statistics.median(before):,.2f} | {statistics.median(after):,.2f} "
                     f"| {min(before) / min(after):.3f} |")
    text = "\n".join(table) + "\n"
    print(text)
    if arguments.markdown:
        with open(arguments.markdown, "w", encoding="utf-8") as file:
            file.write(text)


if __name__ == "__main__":
    main(sys.argv)
