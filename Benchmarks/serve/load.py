"""A closed-loop HTTP load generator (standard library only): CONNECTIONS keep-alive
connections each send GET requests back to back for DURATION seconds; prints requests/s
and latency percentiles as JSON. Loopback only."""
import argparse
import asyncio
import json
import time


async def worker(host, port, path, deadline, latencies, errors):
    reader, writer = await asyncio.open_connection(host, port)
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
    try:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            writer.write(request)
            await writer.drain()
            status = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if not status.startswith(b"HTTP/1.1 200"):
                errors.append(status.decode().strip())
    finally:
        writer.close()


def percentile(sorted_values, fraction):
    index = min(len(sorted_values) - 1, int(round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", default="/hello")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--duration", type=float, default=10)
    options = parser.parse_args()
    if options.host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("load.py only targets loopback")
    latencies, errors = [], []
    started = time.perf_counter()
    deadline = started + options.duration
    await asyncio.gather(*(
        worker(options.host, options.port, options.path, deadline, latencies, errors)
        for _ in range(options.connections)
    ))
    elapsed = time.perf_counter() - started
    latencies.sort()
    print(json.dumps({
        "connections": options.connections,
        "seconds": round(elapsed, 2),
        "requests": len(latencies),
        "errors": len(errors),
        "requestsPerSecond": round(len(latencies) / elapsed, 1),
        "p50Milliseconds": round(percentile(latencies, 0.50) * 1000, 2),
        "p99Milliseconds": round(percentile(latencies, 0.99) * 1000, 2),
    }))


asyncio.run(main())
