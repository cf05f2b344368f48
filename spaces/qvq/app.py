"""A local Gradio app shaped like the Qwen QVQ-72B-preview Space's `generate` API.

Runs on Gradio 4, 5 and 6: `python app.py PORT`; with SPACE_SHOW_ERROR=0 it hides its
exceptions' details (`show_error=False`), as many real Spaces do.

The answer is deterministic from the inputs: the image's format and size (when one is given),
then the prompt echoed word by word. Trigger words in the prompt make it fail like the real Space
(see space_kit.check_triggers: every ZeroGPU wording, an error without message, a hidden exception),
and besides:
  trigger:fail-midway  -> a few words, then gr.Error
  trigger:slow         -> one word every 0.2 s (for abort tests)
  trigger:length=N     -> an answer of exactly N characters (for benchmarks)
With SPACE_ZEROGPU_IDENTITY=token:uuid it answers only callers that send those as the
`x-zerogpu-token` and `x-zerogpu-uuid` headers (or an hf_ token), and gives others ZeroGPU's quota error.
A second endpoint, `stats`, tells how many generations started, finished and were cancelled, so
tests can see that a client's disconnect reached the server.
"""

import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import answers_nothing, check_triggers, describe_image, fail_midway, launch, slow_delay, words, zerogpu_error  # noqa: E402

# running: jobs under way now; peak: the most ever under way at once (what a concurrency cap must bound).
stats = {"started": 0, "finished": 0, "cancelled": 0, "running": 0, "peak": 0}


def filler_text(length):
    pieces = []
    size = 0
    index = 0
    while size < length:
        piece = f"w{index} "
        pieces.append(piece)
        size += len(piece)
        index += 1
    return "".join(pieces)[:length]


def chunks_for(image, text):
    check_triggers(text)
    length = re.search(r"trigger:length=(\d+)", text)
    if length:
        body = filler_text(int(length.group(1)))
        return [body[i : i + 16] for i in range(0, len(body), 16)]
    if answers_nothing(text):
        return [""]
    head = describe_image(image) if image else ""
    return [head] + words(text)


def check_zerogpu_identity(request):
    """With SPACE_ZEROGPU_IDENTITY=token:uuid, an anonymous caller without those headers has no
    quota left, as on a ZeroGPU Space where many share an address; a caller with a token passes."""
    required = os.environ.get("SPACE_ZEROGPU_IDENTITY")
    headers = getattr(request, "headers", None) or {}
    if not required or "bearer hf_" in headers.get("authorization", "").lower():
        return
    token, uuid = required.split(":", 1)
    if headers.get("x-zerogpu-token") != token or headers.get("x-zerogpu-uuid") != uuid:
        raise zerogpu_error("quota-0.51")


def generate(image, text, request: gr.Request):
    check_zerogpu_identity(request)
    stats["started"] += 1
    stats["running"] += 1
    stats["peak"] = max(stats["peak"], stats["running"])
    delay = slow_delay(text)
    answer = ""
    finished = False
    try:
        for index, chunk in enumerate(chunks_for(image, text)):
            fail_midway(text, index)
            answer += chunk
            if delay:
                time.sleep(delay)
            yield answer
        finished = True
    finally:
        stats["finished" if finished else "cancelled"] += 1
        stats["running"] -= 1


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
    launch(demo)
