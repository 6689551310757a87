"""Every cart route in one function, dispatched on the route key."""
import json

from answer import answer, customer

CARTS = {}


def handle(event, context):
    cart = CARTS.setdefault(customer(event), {})
    route = event["routeKey"]
    if route == "POST /cart/items":
        item = json.loads(event.get("body") or "{}")
        cart[item["sku"]] = item
    elif route == "PATCH /cart/items/{itemId}":
        cart[event["pathParameters"]["itemId"]].update(json.loads(event.get("body") or "{}"))
    elif route == "DELETE /cart/items/{itemId}":
        cart.pop(event["pathParameters"]["itemId"], None)
    elif route == "DELETE /cart":
        cart.clear()
    return answer(200, list(cart.values()))
