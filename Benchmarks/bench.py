#!/usr/bin/env python3
"""apispec's benchmark (issue #8): whole-process time and peak memory of `apispec
validate` and each `apispec emit` against a libyaml-only parse of the same file (the
floor), and against cfn-lint and the AWS SAM translator on the equivalent SAM template;
then apispec alone on the same routes as a REST and as a WebSocket API.

Run it through `scripts/bench`, which builds the release binary and the floor first.
Exits 1 when apispec fails on a generated spec (or a generated spec does not validate
clean), 2 on a usage problem; missed targets exit 0 unless --require-targets.
"""

import argparse
import datetime
import json
import os
import platform
import sys

import generate
import measure
import report

DEFAULT_SIZES = [10, 1_000, 10_000, 100_000]
# Warnings no spec past API Gateway's and CloudFormation's default quotas can avoid; they
# are adjustable quotas, so big specs still validate and emit with them.
QUOTA_WARNINGS = {"too-many-routes", "cloudformation-too-many-resources", "cloudformation-template-too-large"}


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--apispec", required=True, help="the apispec binary (a release build)")
    parser.add_argument("--floor", required=True, help="the compiled Benchmarks/yaml_floor.c")
    parser.add_argument("--work", required=True, help="folder for generated specs and outputs (git-ignored)")
    parser.add_argument("--venv", help="virtualenv with cfn-lint and aws-sam-translator"
                        " (default: $APISPEC_VENV, else .venv at the repository root)")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="route counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per apispec command (default 5)")
    parser.add_argument("--peers-up-to", type=int, default=1_000,
                        help="largest route count cfn-lint and the SAM translator run at (default 1000)")
    parser.add_argument("--peer-runs", type=int, default=3, help="timed runs per peer (default 3)")
    parser.add_argument("--peer-budget", type=float, default=60.0,
                        help="stop repeating a peer once its runs took this many seconds (default 60)")
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=BINARY",
                        help="another apispec build whose `validate` is timed at the smallest size"
                             " (start-up comparisons); repeatable")
    parser.add_argument("--smoke", action="store_true",
                        help="CI smoke test: the smallest size only, no peers, three runs")
    parser.add_argument("--markdown", help="also write the report to this file")
    parser.add_argument("--require-targets", action="store_true", help="exit 1 when a target is missed")
    arguments = parser.parse_args(argv)
    try:
        arguments.sizes = sorted({int(size) for size in arguments.sizes.split(",")})
    except ValueError:
        parser.error("--sizes takes route counts such as 10,1000")
    if arguments.smoke:
        arguments.sizes, arguments.runs, arguments.peers_up_to = arguments.sizes[:1], 3, 0
    arguments.variants = []
    for variant in arguments.variant:
        label, _, binary = variant.partition("=")
        if not label or not binary:
            parser.error("--variant takes LABEL=BINARY")
        arguments.variants.append((label, binary))
    return arguments


def venv_folder(arguments):
    if arguments.venv:
        return arguments.venv
    if os.environ.get("APISPEC_VENV"):
        return os.environ["APISPEC_VENV"]
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".venv")


def progress(routes, command):
    print(f"bench: {routes:,} routes: {command}", file=sys.stderr, flush=True)


def fail(message):
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(1)


def check_generated_spec(apispec, spec, stderr_path):
    """The generated spec must reach every emitter: no errors, and no warnings other
    than the quota ones its size makes unavoidable."""
    json_path = stderr_path + ".json"
    result = measure.run_once([apispec, "validate", "--format", "json", spec], stderr_path, stdout_path=json_path)
    with open(json_path, encoding="utf-8") as file:
        try:
            diagnostics = json.load(file)["diagnostics"]
        except (ValueError, KeyError):
            fail(f"`apispec validate --format json {spec}` printed no diagnostics document"
                 f" (exit {result.status}): {result.stderr.strip()}")
    unexpected = [d for d in diagnostics if d["severity"] == "error" or d["id"] not in QUOTA_WARNINGS]
    if result.status != 0 or unexpected:
        found = "; ".join(f"{d['line']}:{d['column']} {d['severity']} {d['message']} [{d['id']}]" for d in unexpected)
        fail(f"{spec} does not validate clean (exit {result.status}): {found}")
    return sorted({d["id"] for d in diagnostics})


def local_emit_available(apispec, spec, output, stderr_path):
    """`emit --local` may not exist yet in this build; anything else it says is a failure."""
    probe = measure.run_once([apispec, "emit", "--local", spec, "-o", output], stderr_path)
    if probe.status == 2 and "not available" in probe.stderr:
        return False
    if probe.status != 0:
        fail(measure.describe([apispec, "emit", "--local", spec], probe))
    return True


def apispec_rows(arguments, spec, routes, label, outputs, stderr_path, local_checked, flags):
    """The floor's and apispec's rows for one spec: validate, then each emit in `flags`, their
    runs interleaved (`measure.measure_rounds`)."""
    def emit(flag):
        path = os.path.join(outputs, f"{flag}-{label}-{routes}.json")
        return [arguments.apispec, "emit", f"--{flag}", spec, "-o", path], path

    commands = [(report.FLOOR, [arguments.floor, spec], None),
                (report.VALIDATE, [arguments.apispec, "validate", spec], None)]
    for variant, binary in arguments.variants if label == "http" and routes == arguments.sizes[0] else []:
        commands.append((f"{report.VALIDATE} [{variant}]", [binary, "validate", spec], None))
    for flag in [flag for flag in flags if flag != "local" or local_checked]:
        argv_, path = emit(flag)
        commands.append((f"apispec emit --{flag}", argv_, path))
    progress(routes, "apispec and the floor" if label == "http" else f"apispec and the floor ({label})")
    samples = measure.measure_rounds([argv_ for _, argv_, _ in commands], arguments.runs, stderr_path)
    for sample in samples:
        if sample.failure:
            fail(sample.failure)
    return [(command, sample, None if path is None else os.path.getsize(path))
            for (command, _, path), sample in zip(commands, samples)]


# The emits each protocol has: OpenAPI cannot describe a WebSocket API.
EMIT_FLAGS = {"http": ["cloudformation", "openapi", "local"], "rest": ["cloudformation", "openapi", "local"],
              "websocket": ["cloudformation", "local"]}


def machine_description():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as file:
            model = next(line.split(":", 1)[1].strip() for line in file if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} × {model}, {memory:.0f} GiB RAM"


def main(argv):
    arguments = parse_arguments(argv)
    work = arguments.work
    outputs = os.path.join(work, "out")
    os.makedirs(outputs, exist_ok=True)
    stderr_path = os.path.join(work, "stderr.txt")
    venv = venv_folder(arguments)
    cfn_lint = os.path.join(venv, "bin", "cfn-lint")
    python = os.path.join(venv, "bin", "python")
    translator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sam_translate.py")
    if any(size <= arguments.peers_up_to for size in arguments.sizes):
        for tool in (cfn_lint, python):
            if not os.access(tool, os.X_OK):
                fail(f"{tool} is missing: run scripts/test (it installs .venv), or set APISPEC_VENV")

    apispec = arguments.apispec
    local_checked = None
    results, sections, quota_notes = {}, [], []
    other_results = {protocol: {} for protocol in generate.OTHER_PROTOCOLS}
    for routes in arguments.sizes:
        generate.main(["generate.py", str(routes), work])
        spec = os.path.join(work, f"api-{routes}.yaml")
        sam = os.path.join(work, f"sam-{routes}.yaml")
        warnings = check_generated_spec(apispec, spec, stderr_path)
        if warnings:
            quota_notes.append(f"{routes:,} routes: {', '.join(warnings)}")
        if local_checked is None:
            local_checked = local_emit_available(apispec, spec, os.path.join(outputs, "probe-local.json"),
                                                 stderr_path)

        rows = apispec_rows(arguments, spec, routes, "http", outputs, stderr_path, local_checked, EMIT_FLAGS["http"])
        if routes <= arguments.peers_up_to:
            translated = os.path.join(outputs, f"sam-translated-{routes}.json")
            peers = [(report.CFN_LINT, [cfn_lint, sam], None),
                     ("SAM translator", [python, translator, sam, translated], translated)]
            for command, argv_, path in peers:
                progress(routes, command)
                sample = measure.measure_peer(argv_, arguments.peer_runs, stderr_path, arguments.peer_budget)
                if sample.failure:
                    fail(sample.failure)
                rows.append((command, sample, None if path is None else os.path.getsize(path)))

        results[routes] = {command: (sample, output) for command, sample, output in rows}
        sections.append(report.table(report.size_heading(routes, (os.path.getsize(spec), os.path.getsize(sam))), rows))
        # Each size's table as soon as it is measured: a long run interrupted keeps them.
        print(sections[-1] + "\n", file=sys.stderr, flush=True)

        for protocol in generate.OTHER_PROTOCOLS:
            other = os.path.join(work, f"{protocol}-{routes}.yaml")
            warnings = check_generated_spec(apispec, other, stderr_path)
            if warnings:
                quota_notes.append(f"{routes:,} routes, {report.PROTOCOL_NAMES[protocol]}: {', '.join(warnings)}")
            rows = apispec_rows(arguments, other, routes, protocol, outputs, stderr_path, local_checked,
                                EMIT_FLAGS[protocol])
            other_results[protocol][routes] = {command: (sample, output) for command, sample, output in rows}
            sections.append(report.table(report.protocol_heading(routes, protocol, os.path.getsize(other)), rows))
            print(sections[-1] + "\n", file=sys.stderr, flush=True)

    checks, all_met = report.targets(results)
    other_checks, other_met = report.other_protocol_targets(other_results)
    checks += other_checks
    all_met = all_met and other_met
    text = "\n\n".join([
        f"Measured {datetime.date.today().isoformat()} on {machine_description()}.",
        *sections,
        "Quota warnings the generated specs draw (expected past API Gateway's default quotas): "
        + ("; ".join(quota_notes) if quota_notes else "none") + ".",
        "`emit --local` is not available in this build, so it is not measured." if not local_checked else "",
        "Targets:\n\n" + ("\n".join(checks) if checks else "- none checkable at these sizes"),
    ]).replace("\n\n\n\n", "\n\n") + "\n"
    print(text)
    if arguments.markdown:
        with open(arguments.markdown, "w", encoding="utf-8") as file:
            file.write(text)
    if arguments.require_targets and not all_met:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
