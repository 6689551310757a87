"""The benchmarked function: as small as a handler gets, so the numbers measure the gateway."""


def hello(event, context):
    return {"statusCode": 200, "headers": {"content-type": "text/plain"}, "body": "hello"}
