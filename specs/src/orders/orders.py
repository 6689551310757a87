"""Orders handlers (REST API, payload 1.0). In-memory data keeps the example self-contained."""
import json

ORDERS = {"A-1": {"id": "A-1", "items": [{"sku": "SKU-1", "quantity": 2}], "status": "open"}}


def _answer(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}


def list_orders(event, context):
    return _answer(200, list(ORDERS.values()))


def get_order(event, context):
    order = ORDERS.get(event["pathParameters"]["orderId"])
    return _answer(200, order) if order else _answer(404, {"message": "no such order"})


def create_order(event, context):
    order = json.loads(event.get("body") or "{}")
    order["id"] = f"A-{len(ORDERS) + 1}"
    order["status"] = "open"
    ORDERS[order["id"]] = order
    return _answer(201, order)
