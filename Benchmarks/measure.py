"""Whole-process measurements: wall time, CPU time and peak memory of one command.

Peak memory comes from GNU time (`/usr/bin/time -f %M`), not from our own wait4(2):
Linux counts the memory a child had before exec in its `ru_maxrss`, so a command
spawned straight from this Python process (about 15 MiB) could never report less.
`time` is small, so what it reports is the command's own peak. Timed runs spawn the
command directly, so `time`'s own start-up never counts against a 1 ms floor.
"""

import os
import statistics
import time
from dataclasses import dataclass


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds
    peak_kib: int | None  # only for runs under GNU time
    status: int
    stderr: str


@dataclass
class Sample:
    """Several runs of one command; `failure` is set when any run did not exit 0."""

    runs: list
    failure: str = ""
    peak_kib: int = 0  # the largest of the runs under GNU time

    @property
    def wall_min(self):
        return min(run.wall for run in self.runs)

    @property
    def wall_median(self):
        return statistics.median(run.wall for run in self.runs)

    @property
    def cpu_min(self):
        return min(run.cpu for run in self.runs)


TIME = "/usr/bin/time"


def run_once(argv, stderr_path, stdout_path=os.devnull, peak=False):
    """Spawns `argv` with stdout in `stdout_path` (discarded by default) and stderr kept
    in `stderr_path`; with `peak`, under GNU time, to learn its peak memory."""
    peak_path = stderr_path + ".peak"
    if peak:
        argv = [TIME, "-f", "%M", "-o", peak_path] + argv
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, stdout_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    with open(stderr_path, encoding="utf-8", errors="replace") as file:
        stderr = file.read()
    peak_kib = None
    if peak:
        with open(peak_path, encoding="utf-8") as file:
            # The last line: GNU time writes "Command exited with non-zero status N" before it.
            peak_kib = int(file.read().split()[-1])
    return Run(wall, usage.ru_utime + usage.ru_stime, peak_kib, os.waitstatus_to_exitcode(status), stderr)


def measure_peer(argv, runs, stderr_path, budget):
    """Runs a peer up to `runs` times, every run under GNU time (a peer's seconds dwarf
    `time`'s start-up), stopping early once the runs so far took longer than `budget`
    seconds: the slowest peers need minutes per run."""
    sample = Sample([])
    while len(sample.runs) < runs:
        result = run_once(argv, stderr_path, peak=True)
        sample.runs.append(result)
        sample.peak_kib = max(sample.peak_kib, result.peak_kib)
        if result.status != 0:
            sample.failure = describe(argv, result)
            break
        if sum(run.wall for run in sample.runs) > budget:
            break
    return sample


def measure_rounds(commands, runs, stderr_path):
    """Runs each of `commands` (argv lists) `runs` times, in rounds of one run each, the
    round's first command moving on by one each round: a stretch of a busy host then slows
    every command a little rather than all the runs of one, and ratios between them compare
    runs made under the same conditions. Each command first gets one untimed run under GNU
    time, which loads the binary and its inputs into the page cache and gives the peak
    memory. Returns a `Sample` per command; a
    failure stops the rounds and is set on the command that failed."""
    samples = []
    for argv in commands:
        first = run_once(argv, stderr_path, peak=True)
        if first.status != 0:
            return samples + [Sample([first], failure=describe(argv, first))]
        samples.append(Sample([], peak_kib=first.peak_kib))
    for round_ in range(runs):
        for offset in range(len(commands)):
            index = (round_ + offset) % len(commands)
            result = run_once(commands[index], stderr_path)
            samples[index].runs.append(result)
            if result.status != 0:
                samples[index].failure = describe(commands[index], result)
                return samples
    return samples


def describe(argv, run):
    tail = run.stderr.strip().splitlines()[-5:]
    return f"`{' '.join(argv)}` exited {run.status}" + "".join(f"\n    {line}" for line in tail)
