"""WebSocket $connect authorizer: a ticket is `chat.<user>` here; deployed, the ticket
is a signed token from TICKET_ISSUER."""


def check(event, context):
    ticket = (event.get("queryStringParameters") or {}).get("ticket", "")
    user = ticket.split(".", 1)[1] if ticket.startswith("chat.") else None
    return {
        "principalId": user or "anonymous",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": "Allow" if user else "Deny", "Resource": event["methodArn"]}],
        },
    }
