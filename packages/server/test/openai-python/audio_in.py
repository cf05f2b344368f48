"""Sends a recording to g4f's server as OpenAI's `input_audio` part, with OpenAI's official Python client.

`python audio_in.py BASE_URL API_KEY WAV_PATH` prints one JSON object: the answer, or the error.
"""

import base64
import json
import sys

import openai

base_url, api_key, wav_path = sys.argv[1], sys.argv[2], sys.argv[3]
client = openai.OpenAI(base_url=base_url, api_key=api_key, max_retries=0)
with open(wav_path, "rb") as file:
    data = base64.b64encode(file.read()).decode()


def ask(model):
    try:
        completion = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": [{"type": "text", "text": "What do you hear?"}, {"type": "input_audio", "input_audio": {"data": data, "format": "wav"}}]}],
        )
        return {"content": completion.choices[0].message.content}
    except openai.APIStatusError as error:
        return {"status": error.status_code, "message": error.message}


print(json.dumps({"phi": ask("phi-4"), "qvq": ask("qvq-72b")}))
