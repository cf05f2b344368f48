"""Drives g4f serve with OpenAI's official Python client and prints what a user would check, as JSON.

Usage: check_endpoints.py BASE_URL API_KEY (the server fronts the local QVQ and FLUX Spaces).
"""

import base64
import json
import sys

import openai

base_url, api_key = sys.argv[1], sys.argv[2]
client = openai.OpenAI(base_url=base_url, api_key=api_key, max_retries=0)
results = {}

results["models"] = [model.id for model in client.models.list().data]
results["retrieved"] = client.models.retrieve("qvq-72b").id

url_image = client.images.generate(model="flux", prompt="a red boat", size="256x256")
results["image_url"] = url_image.data[0].url
b64_image = client.images.generate(model="flux", prompt="a blue boat", response_format="b64_json")
results["image_png_magic"] = base64.b64decode(b64_image.data[0].b64_json)[:4].hex()

response = client.responses.create(model="qvq-72b", input="one two three")
results["response"] = {"status": response.status, "text": response.output_text}

events = []
text = ""
with client.responses.create(model="qvq-72b", input="four five", stream=True) as stream:
    for event in stream:
        events.append(event.type)
        if event.type == "response.output_text.delta":
            text += event.delta
results["stream"] = {"first": events[0], "last": events[-1], "text": text}

follow_up = client.responses.create(model="qvq-72b", previous_response_id=response.id, input="six")
results["follow_up"] = {
    "previous_response_id": follow_up.previous_response_id,
    "text": follow_up.output_text,
    "retrieved": client.responses.retrieve(follow_up.id).output_text,
}

try:
    client.chat.completions.create(model="gpt-nothing", messages=[{"role": "user", "content": "x"}])
except openai.NotFoundError as error:
    results["not_found"] = {"status": error.status_code, "code": error.code}

# Default retries: a long quota wait must come back at once, not after a sleep.
retrying = openai.OpenAI(base_url=base_url, api_key=api_key)
try:
    retrying.chat.completions.create(model="qvq-72b", messages=[{"role": "user", "content": "trigger:quota"}])
except openai.RateLimitError as error:
    results["quota"] = {"status": error.status_code, "retry_after": error.response.headers.get("retry-after")}

print(json.dumps(results))
