"""WebSocket handlers for the gateway tests: they answer through the @connections API, as
real WebSocket functions do, and note $connect/$disconnect events in files the test reads."""
import json
import os
import urllib.request


def _connection_url(event):
    context = event["requestContext"]
    return "http://%s/%s/@connections/%s" % (context["domainName"], context["stage"], context["connectionId"])


def _post(event, payload):
    request = urllib.request.Request(_connection_url(event), data=json.dumps(payload).encode(), method="POST")
    urllib.request.urlopen(request).read()


def _note(name, event):
    with open(name, "a") as notes:
        notes.write(json.dumps(event) + "\n")


def on_connect(event, context):
    if (event.get("queryStringParameters") or {}).get("refuse"):
        return {"statusCode": 403}
    _note("connects.jsonl", event)
    return {"statusCode": 200}


def on_disconnect(event, context):
    _note("disconnects.jsonl", event)
    return {"statusCode": 200}


def on_message(event, context):
    _post(event, {"route": event["requestContext"]["routeKey"], "pid": os.getpid(), "event": event})
    return {"statusCode": 200}


def whoami(event, context):
    """Reads its own connection with GET, tells the client, then hangs up with DELETE."""
    with urllib.request.urlopen(_connection_url(event)) as response:
        info = json.loads(response.read())
    _post(event, {"route": "whoami", "info": info})
    urllib.request.urlopen(urllib.request.Request(_connection_url(event), method="DELETE")).read()
    return {"statusCode": 200}


def fail(event, context):
    raise RuntimeError("message handler failed on purpose")


def check_ticket(event, context):
    """A REQUEST authorizer on $connect reading the `ticket` query parameter."""
    ticket = (event.get("queryStringParameters") or {}).get("ticket", "")
    effect = "Allow" if ticket == "good" else "Deny"
    return {
        "principalId": "alice",
        "policyDocument": {"Version": "2012-10-17", "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": event["methodArn"]}]},
        "context": {"room": "lobby"},
    }
