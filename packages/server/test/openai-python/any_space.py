"""Drives g4f's server with OpenAI's official Python client on `space:owner/name` models:
`python any_space.py BASE_URL IMAGE_DATA_URI`.

Prints one JSON object of what the client saw in each case, for the vitest test to check.
"""

import json
import sys

import openai

base_url, image = sys.argv[1], sys.argv[2]
client = openai.OpenAI(base_url=base_url, api_key="none", max_retries=0)
seen = {}

stream = client.chat.completions.create(
    model="space:someone/chatbot-blocks",
    messages=[
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "Echo: first"},
        {"role": "user", "content": "second"},
    ],
    stream=True,
)
seen["history_stream"] = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)

answer = client.chat.completions.create(
    model="space:someone/image-question",
    messages=[{"role": "user", "content": [{"type": "text", "text": "colour?"}, {"type": "image_url", "image_url": {"url": image}}]}],
)
seen["image"] = answer.choices[0].message.content

try:
    client.chat.completions.create(model="space:someone/two-endpoints", messages=[{"role": "user", "content": "x"}])
except openai.BadRequestError as error:
    seen["refusal"] = {"status": error.status_code, "message": error.message}

print(json.dumps(seen))
