"""HTTP API Lambda authorizer with simple responses: {"isAuthorized": bool}. A partner
token is `partner.<name>` here; deployed, PARTNER_REGISTRY_URL vouches for it."""


def authorize(event, context):
    token = (event.get("headers") or {}).get("x-partner-token", "")
    partner = token.split(".", 1)[1] if token.startswith("partner.") else None
    return {"isAuthorized": partner is not None, "context": {"partner": partner or ""}}
