"""A conversation the Space keeps, through the server, with OpenAI's official Python client.

    python conversation.py BASE_URL

The first answer's `conversation` (an extra field, in `model_extra`) goes back with `extra_body`;
prints {"first", "second", "conversation"} as JSON.
"""

import json
import sys

from openai import OpenAI

client = OpenAI(base_url=sys.argv[1], api_key="unused", max_retries=0)
question = {"role": "user", "content": "Name a colour"}
first = client.chat.completions.create(model="command-r", messages=[question])
conversation = first.model_extra["conversation"]
second = client.chat.completions.create(
    model="command-r",
    messages=[question, {"role": "assistant", "content": first.choices[0].message.content}, {"role": "user", "content": "And another"}],
    extra_body={"conversation": conversation},
)
print(json.dumps({"first": first.choices[0].message.content, "second": second.choices[0].message.content, "conversation": conversation}))
