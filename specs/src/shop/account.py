"""Customer account, addresses and wishlist."""
import json

from answer import answer, customer

ACCOUNTS = {}


def _account(event):
    return ACCOUNTS.setdefault(customer(event), {"profile": {}, "addresses": {}, "wishlist": []})


def handle(event, context):
    account = _account(event)
    route = event["routeKey"]
    if route == "PUT /account":
        account["profile"] = json.loads(event.get("body") or "{}")
    elif route == "POST /account/addresses":
        address = json.loads(event.get("body") or "{}")
        account["addresses"][str(len(account["addresses"]) + 1)] = address
    elif route == "DELETE /account/addresses/{addressId}":
        account["addresses"].pop(event["pathParameters"]["addressId"], None)
    if route.startswith(("GET /account/addresses", "POST /account/addresses", "DELETE /account/addresses")):
        return answer(200, account["addresses"])
    return answer(200, account["profile"])


def wishlist(event, context):
    items = _account(event)["wishlist"]
    product = (event.get("pathParameters") or {}).get("productId")
    if event["routeKey"].startswith("PUT") and product not in items:
        items.append(product)
    elif event["routeKey"].startswith("DELETE") and product in items:
        items.remove(product)
    return answer(200, items)
