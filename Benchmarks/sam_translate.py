#!/usr/bin/env python3
"""Runs the AWS SAM translator (aws-sam-translator, the library behind `sam build`,
`sam deploy` and CloudFormation's own SAM transform) on one template and writes the
CloudFormation JSON it produces, like the project's own `bin/sam-translate.py` but
offline: the managed-policy map comes from a stub instead of IAM.

Usage: sam_translate.py TEMPLATE OUTPUT
"""

import json
import os
import sys

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class OfflinePolicyLoader:
    """The templates name no managed policies, so there is nothing to look up."""

    def load(self):
        return {}


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: sam_translate.py TEMPLATE OUTPUT")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    with open(argv[1], encoding="utf-8") as file:
        template = yaml_parse(file.read())
    translated = transform(template, {}, OfflinePolicyLoader())
    with open(argv[2], "w", encoding="utf-8") as file:
        json.dump(translated, file, indent=1)


if __name__ == "__main__":
    main(sys.argv)
