"""Public catalog reads, and reviews by signed-in customers. In-memory data keeps the
example self-contained."""
import json

from answer import answer, customer

PRODUCTS = {"p1": {"id": "p1", "name": "Espresso cup", "category": "kitchen", "price": 9.5}}
REVIEWS = {"p1": [{"author": "alice", "stars": 5, "text": "Holds coffee."}]}


def list_products(event, context):
    return answer(200, list(PRODUCTS.values()))


def get_product(event, context):
    product = PRODUCTS.get(event["pathParameters"]["productId"])
    return answer(200, product) if product else answer(404, {"message": "no such product"})


def list_reviews(event, context):
    return answer(200, REVIEWS.get(event["pathParameters"]["productId"], []))


def add_review(event, context):
    review = json.loads(event.get("body") or "{}")
    review["author"] = customer(event)
    REVIEWS.setdefault(event["pathParameters"]["productId"], []).append(review)
    return answer(201, review)


def list_categories(event, context):
    return answer(200, sorted({product["category"] for product in PRODUCTS.values()}))


def list_category_products(event, context):
    category = event["pathParameters"]["categoryId"]
    return answer(200, [product for product in PRODUCTS.values() if product["category"] == category])
