import json
import sys

lines = sys.stdin.read().splitlines()
values = [json.loads(line) for line in lines if line.strip()]
# values[0], values[1], ...: the arguments, in the order of the signature
print(json.dumps(None))
