"""Handlers the gateway tests run under the real awslambdaric.

Every answer carries the process id in `x-pid`, so a test can tell a warm process (same
pid on the second call) from a new one."""
import base64
import json
import os
import sys
import time


def _headers():
    return {"content-type": "application/json", "x-pid": str(os.getpid())}


def echo(event, context):
    """Answers with the event it received, so the test can compare it with AWS's."""
    return {"statusCode": 200, "headers": _headers(), "body": json.dumps(event)}


def bare(event, context):
    """Payload 2.0 lets a function return plain JSON: 200, application/json."""
    return {"hello": "world", "pid": os.getpid()}


def shaped(event, context):
    """Cookies, multi-value headers and a binary body, as functions return them."""
    return {
        "statusCode": 201,
        "headers": {"x-single": "one", "content-type": "application/octet-stream"},
        "multiValueHeaders": {"x-multi": ["a", "b"]},
        "cookies": ["session=abc; HttpOnly", "theme=dark"],
        "body": base64.b64encode(bytes([0, 1, 2, 255])).decode(),
        "isBase64Encoded": True,
    }


def fail(event, context):
    raise ValueError("handler failed on purpose")


def crash(event, context):
    os._exit(3)


def hang(event, context):
    time.sleep(600)


def garbage(event, context):
    """Writes junk to both streams, then answers with something that is not a proxy response."""
    sys.stdout.buffer.write(bytes(range(256)))
    sys.stdout.flush()
    sys.stderr.write("\x00\x1b[31mnot a log line\n")
    return "this is not a proxy response"


def slow(event, context):
    time.sleep(2)
    return {"statusCode": 200, "body": "late"}


def authorize_policy(event, context):
    """A Lambda authorizer answering with an IAM policy; denies the token `deny`."""
    token = event.get("authorizationToken") or event.get("headers", {}).get("x-token") or ""
    effect = "Deny" if token.endswith("deny") else "Allow"
    return {
        "principalId": "user-" + token,
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": event.get("methodArn") or event.get("routeArn")}],
        },
        "context": {"tier": "gold", "calls": _count()},
    }


def authorize_simple(event, context):
    """A Lambda authorizer with simple responses (HTTP APIs)."""
    token = event["headers"].get("x-token", "")
    return {"isAuthorized": token == "let-me-in", "context": {"who": token, "calls": _count()}}


_CALLS = [0]


def _count():
    """How many times this process decided: shows whether the gateway cached the answer."""
    _CALLS[0] += 1
    return _CALLS[0]


def nap(event, context):
    """Half a second of work: two at once show whether they ran side by side."""
    time.sleep(0.5)
    return {"statusCode": 200, "headers": _headers(), "body": "rested"}


def huge(event, context):
    """An answer over Lambda's 6 MB response limit."""
    return {"statusCode": 200, "body": "x" * (7 * 1024 * 1024)}
