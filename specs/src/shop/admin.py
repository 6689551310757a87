"""Back-office product management and reports (IAM-signed callers)."""
import json

from answer import answer


def products(event, context):
    body = json.loads(event.get("body") or "{}")
    return answer(200, {"route": event["routeKey"], "product": body})


def sales_report(event, context):
    return answer(200, {"orders": 0, "revenue": 0.0})
