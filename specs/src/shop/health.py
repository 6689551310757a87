"""Liveness check for uptime monitors."""
from answer import answer


def check(event, context):
    return answer(200, {"ok": True})
