"""Pet store handlers (API Gateway HTTP API, payload 2.0). An in-memory table keeps
the example self-contained: `apispec serve` runs it with awslambdaric as is."""
import json

PETS = {"1": {"id": "1", "name": "Rex", "kind": "dog", "owner": "alice"}}


def _answer(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}


def _caller(event):
    claims = event.get("requestContext", {}).get("authorizer", {}).get("jwt", {}).get("claims", {})
    return claims.get("sub")


def list_pets(event, context):
    return _answer(200, sorted(PETS.values(), key=lambda pet: pet["id"], reverse=True))


def get_pet(event, context):
    pet = PETS.get(event["pathParameters"]["petId"])
    return _answer(200, pet) if pet else _answer(404, {"message": "no such pet"})


def create_pet(event, context):
    pet = json.loads(event.get("body") or "{}")
    pet["id"] = str(len(PETS) + 1)
    pet["owner"] = _caller(event)
    PETS[pet["id"]] = pet
    return _answer(201, pet)


def delete_pet(event, context):
    removed = PETS.pop(event["pathParameters"]["petId"], None)
    return _answer(204, {}) if removed else _answer(404, {"message": "no such pet"})


def list_my_pets(event, context):
    owner = _caller(event)
    return _answer(200, [pet for pet in PETS.values() if pet["owner"] == owner])
