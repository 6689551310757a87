"""Back-office daily report; staff only."""
import datetime
import json


def daily(event, context):
    report = {"date": datetime.date.today().isoformat(), "orders": 0, "quotes": 0}
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps(report)}
