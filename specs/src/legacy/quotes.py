"""The quote endpoint moved out of the legacy system (payload 1.0, as the old clients expect)."""
import json


def create(event, context):
    request = json.loads(event.get("body") or "{}")
    quantity = int(request.get("quantity", 1))
    quote = {"sku": request.get("sku"), "quantity": quantity, "total": round(quantity * 9.5, 2)}
    return {"statusCode": 201, "headers": {"Content-Type": "application/json"}, "body": json.dumps(quote)}
