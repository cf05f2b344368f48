"""What the local test Spaces share: a quiet Gradio, deterministic answers, the launch call."""

import os
import sys

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

import gradio as gr  # noqa: E402
from PIL import Image  # noqa: E402

TOKEN_DELAY = float(os.environ.get("SPACE_TOKEN_DELAY", "0.002"))


def words(text):
    """The text in streaming pieces: each word with the space before it."""
    parts = text.split(" ")
    return [p if i == 0 else " " + p for i, p in enumerate(parts)]


def check_triggers(text):
    """Fails like a ZeroGPU Space when the prompt asks for it."""
    if "trigger:quota" in text:
        raise gr.Error("You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23")
    if "trigger:silent-error" in text:
        raise gr.Error(None)


def fail_midway(text, index):
    """Fails a few pieces into the answer when the prompt asks for it, like a Space that crashes."""
    if "trigger:fail-midway" in text and index == 3:
        raise gr.Error("The model crashed halfway through.")


def slow_delay(text):
    return 0.2 if "trigger:slow" in text else TOKEN_DELAY


def describe_image(path):
    with Image.open(path) as image:
        return f"The image is a {image.format} of {image.width}x{image.height} pixels. "


def make_png(prompt, width, height, directory):
    """A real PNG whose colour follows the prompt, saved where Gradio may serve it."""
    shade = sum(prompt.encode()) % 256
    path = os.path.join(directory, f"img-{shade}-{width}x{height}-{abs(hash(prompt)) % 10**8}.png")
    Image.new("RGB", (width, height), (shade, 255 - shade, 128)).save(path, "PNG")
    return path


def launch(demo):
    port = int(sys.argv[-1])
    kwargs = dict(server_name="127.0.0.1", server_port=port, show_error=True)
    if gr.__version__.startswith("5"):
        kwargs["ssr_mode"] = False
    demo.queue(default_concurrency_limit=None).launch(**kwargs)
