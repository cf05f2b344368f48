"""A local Gradio app shaped like the Qwen QVQ-72B-preview Space's `generate` API.

The answer is deterministic from the inputs: the image's format and size (when one is given),
then the prompt echoed word by word. Trigger words in the prompt make it fail like the real Space:
  trigger:quota        -> gr.Error with a ZeroGPU quota message
  trigger:silent-error -> gr.Error without a message
  trigger:fail-midway  -> a few words, then gr.Error
  trigger:slow         -> one word every 0.2 s (for abort tests)
  trigger:length=N     -> an answer of exactly N characters (for benchmarks)
A second endpoint, `stats`, tells how many generations started, finished and were cancelled, so
tests can see that a client's disconnect reached the server.
"""

import os
import re
import sys
import time

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

import gradio as gr  # noqa: E402
from PIL import Image  # noqa: E402

TOKEN_DELAY = float(os.environ.get("SPACE_TOKEN_DELAY", "0.002"))
QUOTA_MESSAGE = (
    "You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23"
)
stats = {"started": 0, "finished": 0, "cancelled": 0}


def describe_image(path):
    with Image.open(path) as image:
        return f"The image is a {image.format} of {image.width}x{image.height} pixels. "


def filler_text(length):
    words = []
    size = 0
    index = 0
    while size < length:
        word = f"w{index} "
        words.append(word)
        size += len(word)
        index += 1
    return "".join(words)[:length]


def chunks_for(image, text):
    if "trigger:quota" in text:
        raise gr.Error(QUOTA_MESSAGE)
    if "trigger:silent-error" in text:
        raise gr.Error(None)
    length = re.search(r"trigger:length=(\d+)", text)
    if length:
        body = filler_text(int(length.group(1)))
        return [body[i : i + 16] for i in range(0, len(body), 16)]
    head = describe_image(image) if image else ""
    words = text.split(" ")
    return [head] + [w if i == 0 else " " + w for i, w in enumerate(words)]


def generate(image, text):
    stats["started"] += 1
    delay = 0.2 if "trigger:slow" in text else TOKEN_DELAY
    answer = ""
    finished = False
    try:
        for index, chunk in enumerate(chunks_for(image, text)):
            if "trigger:fail-midway" in text and index == 3:
                raise gr.Error("The model crashed halfway through.")
            answer += chunk
            if delay:
                time.sleep(delay)
            yield answer
        finished = True
    finally:
        stats["finished" if finished else "cancelled"] += 1


def get_stats():
    return dict(stats)


with gr.Blocks(title="QVQ-72B-preview (local)") as demo:
    image_input = gr.Image(type="filepath", label="Image")
    text_input = gr.Textbox(label="Question")
    answer_output = gr.Textbox(label="Answer")
    ask = gr.Button("Ask")
    ask.click(generate, [image_input, text_input], answer_output, api_name="generate")
    stats_output = gr.JSON(visible=False)
    stats_button = gr.Button(visible=False)
    stats_button.click(get_stats, None, stats_output, api_name="stats")

if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 7860
    demo.queue(default_concurrency_limit=None).launch(
        server_name="127.0.0.1", server_port=port, show_error=True, ssr_mode=False
    )
