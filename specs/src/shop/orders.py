"""Checkout, orders and invoices."""
import base64

from answer import answer, customer

ORDERS = {}


def checkout(event, context):
    order = {"id": f"o{len(ORDERS) + 1}", "customer": customer(event), "status": "placed"}
    ORDERS[order["id"]] = order
    return answer(201, order)


def handle(event, context):
    if event["routeKey"] == "GET /orders":
        return answer(200, [order for order in ORDERS.values() if order["customer"] == customer(event)])
    order = ORDERS.get(event["pathParameters"]["orderId"])
    if not order:
        return answer(404, {"message": "no such order"})
    if event["routeKey"].endswith("/cancel"):
        order["status"] = "cancelled"
    return answer(200, order)


def invoice(event, context):
    """Payload 1.0: a PDF, base64-encoded as API Gateway expects for binary bodies."""
    pdf = b"%PDF-1.4\n% invoice " + event["pathParameters"]["orderId"].encode() + b"\n%%EOF\n"
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/pdf"},
        "isBase64Encoded": True,
        "body": base64.b64encode(pdf).decode(),
    }
