"""The benchmark's Markdown report: one table per size, then the targets from issue #8.

Every number is formatted with fixed precision and rows come in a fixed order, so two
reports differ only where measurements differ.
"""

FLOOR = "libyaml parse (floor)"
VALIDATE = "apispec validate"
CFN_LINT = "cfn-lint (SAM template)"
EMITS = ["apispec emit --cloudformation", "apispec emit --openapi", "apispec emit --local"]
APISPEC = [VALIDATE] + EMITS

# Issue #8's targets.
FLOOR_RATIO_AT_1K = 3.0
FLOOR_RATIO_AT_100K = 2.0
CFN_LINT_SPEEDUP = 500.0
LINEAR_SLACK = 1.5  # per-route cost at the largest size within this factor of the one below
VALIDATE_PEAK_MIB = 100.0
EMIT_PEAK_PER_OUTPUT = 2.0


def milliseconds(seconds):
    return f"{seconds * 1000:,.1f}"


def mebibytes(kib):
    return f"{kib / 1024:,.1f}"


def ratio(value):
    return f"{value:,.1f}×"


def size_heading(routes, inputs):
    spec, sam = inputs
    return f"### {routes:,} routes (spec {spec / 1024:,.1f} KiB, SAM template {sam / 1024:,.1f} KiB)"


def protocol_heading(routes, protocol, spec):
    return f"### {routes:,} routes, {PROTOCOL_NAMES[protocol]} (spec {spec / 1024:,.1f} KiB)"


PROTOCOL_NAMES = {"rest": "REST API", "websocket": "WebSocket API"}


def table(heading, rows):
    """`rows`: (command, Sample, output bytes or None), in display order."""
    floor = next(sample for command, sample, _ in rows if command == FLOOR)
    lines = [
        heading,
        "",
        "| command | runs | wall min (ms) | wall median (ms) | CPU min (ms) | peak RSS (MiB) | output (KiB) | wall min / floor | CPU min / floor |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for command, sample, output in rows:
        size = "" if output is None else f"{output / 1024:,.1f}"
        lines.append(
            f"| {command} | {len(sample.runs)} | {milliseconds(sample.wall_min)} | {milliseconds(sample.wall_median)}"
            f" | {milliseconds(sample.cpu_min)} | {mebibytes(sample.peak_kib)} | {size}"
            f" | {ratio(sample.wall_min / floor.wall_min)} | {ratio(sample.cpu_min / floor.cpu_min)} |")
    return "\n".join(lines)


def targets(results):
    """`results`: routes -> {command: (Sample, output bytes or None)}. Returns Markdown
    lines, one per target that the measured sizes let us check, and whether all held."""
    checks = []

    def check(held, text):
        checks.append(f"- {'met' if held else '**MISSED**'}: {text}")
        return held

    for routes, limit in [(1_000, FLOOR_RATIO_AT_1K), (100_000, FLOOR_RATIO_AT_100K)]:
        measured = results.get(routes)
        if not measured:
            continue
        floor = measured[FLOOR][0].wall_min
        for command in APISPEC:
            if command in measured:
                value = measured[command][0].wall_min / floor
                cpu = measured[command][0].cpu_min / measured[FLOOR][0].cpu_min
                check(value <= limit, f"{command} at {routes:,} routes: {ratio(value)} the floor's wall time"
                                      f" (limit {ratio(limit)}; CPU time {ratio(cpu)})")

    for routes, measured in sorted(results.items()):
        if CFN_LINT in measured and VALIDATE in measured:
            value = measured[CFN_LINT][0].wall_min / measured[VALIDATE][0].wall_min
            check(value >= CFN_LINT_SPEEDUP,
                  f"{VALIDATE} at {routes:,} routes: {ratio(value)} faster than cfn-lint (at least {ratio(CFN_LINT_SPEEDUP)})")

    growth_and_memory(results, check)
    return checks, all(line.startswith("- met") for line in checks)


def other_protocol_targets(results_by_protocol):
    """The targets that hold for any API, checked for the other protocols' specs: cost
    linear in the routes, and peak memory. Returns Markdown lines and whether all held."""
    checks = []

    def check(held, text):
        checks.append(f"- {'met' if held else '**MISSED**'}: {text}")
        return held

    for protocol, results in results_by_protocol.items():
        growth_and_memory(results, check, f" ({PROTOCOL_NAMES[protocol]})")
    return checks, all(line.startswith("- met") for line in checks)


def growth_and_memory(results, check, label=""):
    """Linear growth up to the largest size, and peak memory there, for each apispec command
    `results` holds; `label` names the spec in each line."""
    sizes = sorted(results)
    if len(sizes) >= 3:
        smallest, middle, largest = sizes[0], sizes[-2], sizes[-1]
        for command in APISPEC:
            if all(command in results[size] for size in (smallest, middle, largest)):
                base = results[smallest][command][0].wall_min

                def per_route(size):
                    return (results[size][command][0].wall_min - base) / (size - smallest)

                growth = per_route(largest) / per_route(middle)
                check(growth <= LINEAR_SLACK,
                      f"{command}{label} grows linearly: the cost per route from {smallest:,} to {largest:,} routes is"
                      f" {growth:.2f} times the cost from {smallest:,} to {middle:,} (at most {LINEAR_SLACK:.2f})")

    largest = max(sizes, default=None)
    if largest is not None and largest >= 100_000:
        measured = results[largest]
        if VALIDATE in measured:
            peak = measured[VALIDATE][0].peak_kib / 1024
            check(peak < VALIDATE_PEAK_MIB,
                  f"{VALIDATE}{label} peak memory at {largest:,} routes: {peak:,.1f} MiB"
                  f" (under {VALIDATE_PEAK_MIB:.0f} MiB)")
        for command in EMITS:
            if command in measured:
                sample, output = measured[command]
                value = sample.peak_kib * 1024 / output
                check(value <= EMIT_PEAK_PER_OUTPUT,
                      f"{command}{label} peak memory at {largest:,} routes: {ratio(value)} its output"
                      f" (at most {ratio(EMIT_PEAK_PER_OUTPUT)})")
