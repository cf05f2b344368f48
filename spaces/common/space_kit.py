"""What the local test Spaces share: a quiet Gradio, deterministic answers, the launch call."""

import inspect
import os
import re
import sys
import tempfile

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


# ZeroGPU's error wordings, as the `spaces` package has raised them, by the release that
# introduced each (see docs/gradio-transport.md). Each is (message, text, title): `text` is what
# str() gives when the message is HTML (Gradio 4 sends str(error), later ones the message itself).
_JOIN = "https://huggingface.co/join"
_LINK_STYLE = "white-space: nowrap;text-underline-offset: 2px;color: var(--body-text-color)"
ZEROGPU_ERRORS = {
    "quota": ("You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23", None, None),
    "quota-0.26": ("You have exceeded your GPU quota (46s left vs. 60s requested). Please retry in 0:09:48", None, None),
    "quota-0.28": (
        "You have exceeded your GPU quota (46s left vs. 60s requested). "
        "Sign-up on Hugging Face to get more quotas or retry in 0:09:48",
        None,
        None,
    ),
    "quota-0.29": (
        "You have exceeded your GPU quota (46s left vs. 60s requested). "
        f'<a href="{_JOIN}">Sign-up on Hugging Face</a> to get more quotas or retry in 0:09:48',
        None,
        None,
    ),
    "quota-0.30": (
        "You have exceeded your GPU quota (60s requested vs. 45s left). "
        f'<a style="{_LINK_STYLE}" href="{_JOIN}">Create a free account</a> to get more usage quota.',
        f"You have exceeded your GPU quota (60s requested vs. 45s left). [Create a free account]({_JOIN}) to get more usage quota.",
        "ZeroGPU quota exceeded",
    ),
    "quota-0.40": (
        "You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23",
        "Unlogged user is runnning out of daily ZeroGPU quotas. Signup for free on https://huggingface.co/join "
        "or login on https://huggingface.co/login to get more ZeroGPU quota now.",
        "ZeroGPU quota exceeded",
    ),
    "quota-0.51": (
        "You have exceeded your ZeroGPU quota (60s requested vs. 45s left). Try again in 0:12:07. "
        "Authenticate with a Hugging Face token for more quota - https://huggingface.co/settings/tokens",
        None,
        "ZeroGPU quota exceeded",
    ),
    "no-gpu": (
        f'No GPU was available after 60s. <a style="{_LINK_STYLE}" href="{_JOIN}">Create a free account</a> '
        "to get a higher priority in ZeroGPU queues.",
        f"No GPU was available after 60s [Create a free account]({_JOIN}) to get a higher priority in ZeroGPU queues.",
        "ZeroGPU queue timeout",
    ),
}


class _HtmlMessage(str):
    """A message that is HTML as data and plain text as str()."""

    def __new__(cls, html, text):
        message = super().__new__(cls, html)
        message.text = text
        return message

    def __str__(self):
        return self.text


class _HtmlError(gr.Error):
    # Gradio's own Error.__str__ is repr(message), with quotes; an HTML toast keeps its text.
    def __str__(self):
        return str(self.message)


def zerogpu_error(name):
    """The error a ZeroGPU Space raises, in the wording named (a key of ZEROGPU_ERRORS)."""
    message, text, title = ZEROGPU_ERRORS[name]
    # Gradio 4's Error takes no title.
    kwargs = {"title": title} if title and "title" in inspect.signature(gr.Error).parameters else {}
    if text is None:
        return gr.Error(message, **kwargs)
    return _HtmlError(_HtmlMessage(message, text), **kwargs)


def triggers(text):
    """The trigger words in a prompt: "trigger:quota-0.30" gives "quota-0.30"."""
    # A sentence's full stop after the last trigger is not part of its name.
    return {name.rstrip(".") for name in re.findall(r"trigger:([\w.=-]+)", text)}


def check_triggers(text):
    """Fails like a ZeroGPU Space, or any Space, when the prompt asks for it.

    trigger:<a key of ZEROGPU_ERRORS> -> that ZeroGPU error
    trigger:silent-error              -> gr.Error without a message
    trigger:hidden-error              -> an exception that is not a gr.Error, which Gradio
                                         hides when launched with show_error=False
    """
    asked = triggers(text)
    for name in ZEROGPU_ERRORS:
        if name in asked:
            raise zerogpu_error(name)
    if "silent-error" in asked:
        raise gr.Error(None)
    if "hidden-error" in asked:
        raise RuntimeError("CUDA error: device-side assert triggered (in /home/user/app/model.py)")


def fail_midway(text, index):
    """Fails a few pieces into the answer when the prompt asks for it, like a Space that crashes."""
    if "fail-midway" in triggers(text) and index == 3:
        raise gr.Error("The model crashed halfway through.")


def answers_nothing(text):
    """Whether the prompt asks the Space to answer with nothing at all: no text, no image."""
    return "empty" in triggers(text)


def slow_delay(text):
    return 0.2 if "trigger:slow" in text else TOKEN_DELAY


def describe_image(path):
    with Image.open(path) as image:
        return f"The image is a {image.format} of {image.width}x{image.height} pixels. "


def make_png(prompt, width, height, directory, steps=None):
    """A real PNG whose colour follows the prompt, saved where Gradio may serve it; its name
    tells the prompt's shade, the size and the steps asked for, so tests can see what arrived."""
    shade = sum(prompt.encode()) % 256
    asked = f"{width}x{height}" if steps is None else f"{width}x{height}-{int(steps)}steps"
    path = os.path.join(directory, f"img-{shade}-{asked}-{abs(hash(prompt)) % 10**8}.png")
    # Written aside, then renamed: two jobs with the same prompt share the name, and Gradio must
    # never copy a file while another job is still writing it (a real Space's files are unique).
    fd, partial = tempfile.mkstemp(dir=directory, suffix=".part")
    with os.fdopen(fd, "wb") as out:
        Image.new("RGB", (width, height), (shade, 255 - shade, 128)).save(out, "PNG")
    os.replace(partial, path)
    return path


def launch(demo):
    port = int(sys.argv[-1])
    # SPACE_SHOW_ERROR=0 makes a Space that hides its exceptions' details, as many real ones do.
    show_error = os.environ.get("SPACE_SHOW_ERROR", "1") != "0"
    kwargs = dict(server_name="127.0.0.1", server_port=port, show_error=show_error)
    # Gradio 4 has no server-side rendering to turn off.
    if "ssr_mode" in inspect.signature(gr.Blocks.launch).parameters:
        kwargs["ssr_mode"] = False
    # SPACE_CONCURRENCY=1 runs one job at a time, as a ZeroGPU Space does, so that a second job waits in the queue.
    concurrency = os.environ.get("SPACE_CONCURRENCY")
    demo.queue(default_concurrency_limit=int(concurrency) if concurrency else None).launch(**kwargs)
