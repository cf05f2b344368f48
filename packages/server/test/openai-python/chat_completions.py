"""Drives g4f's server with OpenAI's official Python client: `python chat_completions.py BASE_URL API_KEY IMAGE_DATA_URI`.

Prints one JSON object of what the client saw in each case, for the vitest test to check.
"""

import json
import sys

import openai

base_url, api_key, image = sys.argv[1], sys.argv[2], sys.argv[3]
client = openai.OpenAI(base_url=base_url, api_key=api_key, max_retries=0)
seen = {}


def error_of(call):
    try:
        call()
    except openai.APIStatusError as error:
        return {
            "class": type(error).__name__,
            "status": error.status_code,
            "code": error.code,
            "param": error.param,
            "retry_after": error.response.headers.get("retry-after"),
        }
    return None


completion = client.chat.completions.create(
    model="qvq-72b",
    messages=[
        {"role": "developer", "content": "Be brief."},
        {"role": "system", "content": "Answer in English."},
        {"role": "user", "content": "Hello from Python"},
    ],
)
seen["text"] = {
    "content": completion.choices[0].message.content,
    "finish_reason": completion.choices[0].finish_reason,
    "usage": completion.usage.model_dump(include={"prompt_tokens", "completion_tokens", "total_tokens"}),
}

content = ""
usage = None
for chunk in client.chat.completions.create(
    model="qvq-72b",
    stream=True,
    stream_options={"include_usage": True},
    messages=[{"role": "user", "content": [{"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": {"url": image}}]}],
):
    if chunk.choices:
        content += chunk.choices[0].delta.content or ""
    if chunk.usage is not None:
        usage = chunk.usage.model_dump(include={"prompt_tokens", "completion_tokens", "total_tokens"})
seen["image_stream"] = {"content": content, "usage": usage}

limited = client.chat.completions.create(model="qvq-72b", max_tokens=2, messages=[{"role": "user", "content": "alpha beta gamma delta"}])
seen["max_tokens"] = {"content": limited.choices[0].message.content, "finish_reason": limited.choices[0].finish_reason}
stopped = client.chat.completions.create(model="qvq-72b", stop=["gamma"], messages=[{"role": "user", "content": "alpha beta gamma delta"}])
seen["stop"] = {"content": stopped.choices[0].message.content, "finish_reason": stopped.choices[0].finish_reason}

seen["errors"] = {
    "401": error_of(lambda: openai.OpenAI(base_url=base_url, api_key="wrong", max_retries=0).chat.completions.create(model="qvq-72b", messages=[{"role": "user", "content": "x"}])),
    "404": error_of(lambda: client.chat.completions.create(model="gpt-nothing", messages=[{"role": "user", "content": "x"}])),
    "400": error_of(lambda: client.chat.completions.create(model="qvq-72b", messages=[])),
    "400_tools": error_of(lambda: client.chat.completions.create(model="qvq-72b", messages=[{"role": "user", "content": "x"}], tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}])),
    "413": error_of(lambda: client.chat.completions.create(model="qvq-72b", messages=[{"role": "user", "content": "x" * 60_000_000}])),
    "429": error_of(lambda: client.chat.completions.create(model="qvq-72b", messages=[{"role": "user", "content": "trigger:quota"}])),
}
print(json.dumps(seen))
