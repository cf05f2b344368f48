"""Small Gradio apps that no provider was written for, for `space:owner/name` (any Space by its id).

Runs on Gradio 4, 5 and 6: `python app.py PORT`. One server holds every app, each mounted at its
own path (`http://127.0.0.1:PORT/chat-messages`), as `gr.mount_gradio_app` does; each path is a
whole Gradio app with its own `/config` and `/info`. `GET /config` at the root lists the paths.

The apps are the shapes Spaces commonly take, written as their authors write them, not as our
provider expects: ChatInterfaces (messages history, multimodal, additional inputs), Blocks apps
(text to text streaming, image and question to text, text to image, a Chatbot that returns the
history), and three that cannot be mapped without help (no text input, two candidate
endpoints, a required input with no default). Answers are deterministic and tell what the app
received, so tests can see each input arrive in the app's own format.
"""

import inspect
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
import uvicorn  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from space_kit import TOKEN_DELAY, answers_nothing, check_triggers, describe_image, fail_midway, make_png, slow_delay, words  # noqa: E402

IMAGES = tempfile.mkdtemp(prefix="any-space-")


def accepts(function, name):
    return name in inspect.signature(function).parameters


def messages_kwargs(function):
    # Gradio 6 has only the messages format and no `type` parameter.
    return {"type": "messages"} if accepts(function, "type") else {}


def history_summary(history):
    """What the app received as history, in its own format: each turn's shape and text."""
    turns = []
    for turn in history or []:
        if isinstance(turn, dict):
            content = turn.get("content")
            if isinstance(content, list):
                # Gradio 6 sends content as a list of typed parts.
                content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
            turns.append(f"{turn.get('role')}:{content}")
        else:
            turns.append(f"pair:{turn[0]}|{turn[1]}")
    return json.dumps(turns)


def stream(text):
    answer = ""
    for piece in words(text):
        time.sleep(TOKEN_DELAY)
        answer += piece
        yield answer


def chat_messages():
    """`gr.ChatInterface` with the messages history; answers with the history it received."""

    def reply(message, history):
        yield from stream(f"You said: {message} History: {history_summary(history)}")

    return gr.ChatInterface(reply, **messages_kwargs(gr.ChatInterface))


def chat_multimodal():
    """A multimodal ChatInterface: the message is `{"text", "files"}`."""

    def reply(message, history):
        files = message.get("files") or []
        head = describe_image(files[0] if isinstance(files[0], str) else files[0]["path"]) if files else "No image. "
        yield from stream(f"{head}You said: {message.get('text')}")

    return gr.ChatInterface(reply, multimodal=True, **messages_kwargs(gr.ChatInterface))


def chat_extras():
    """A ChatInterface with additional inputs that must take their defaults.

    On Gradio 6 it thinks first, in a titled message, as reasoning Spaces do; Gradio 5.9.1's API
    route fails on a list of messages ("'list' object has no attribute 'get'") and Gradio 4's
    sends its repr, so there it answers only.
    """
    thinks = int(gr.__version__.split(".")[0]) >= 6

    def reply(message, history, temperature, size):
        answer = f"You said: {message} (temperature {temperature}, size {size})"
        if not thinks:
            yield from stream(answer)
            return
        thought = {"role": "assistant", "content": f"Thinking about {message}", "metadata": {"title": "Thinking"}}
        yield [thought]
        for partial in stream(answer):
            yield [thought, {"role": "assistant", "content": partial}]

    return gr.ChatInterface(
        reply,
        additional_inputs=[gr.Slider(0, 2, value=0.7, label="Temperature"), gr.Dropdown(["small", "large"], value="small", label="Size")],
        **messages_kwargs(gr.ChatInterface),
    )


def text_stream():
    """Blocks: Textbox to Textbox, streaming. Takes space_kit's triggers, for the conformance checks."""

    def complete(prompt):
        check_triggers(prompt)
        if answers_nothing(prompt):
            yield ""
            return
        answer = ""
        for index, piece in enumerate(words(f"Completion of: {prompt}")):
            fail_midway(prompt, index)
            time.sleep(slow_delay(prompt))
            answer += piece
            yield answer

    with gr.Blocks() as demo:
        prompt = gr.Textbox(label="Prompt")
        output = gr.Textbox(label="Completion")
        gr.Button("Run").click(complete, prompt, output, api_name="complete")
    return demo


def image_question():
    """Blocks: Image and Textbox to Textbox."""

    def ask(image, question):
        head = describe_image(image) if image else "No image. "
        return f"{head}Question: {question}"

    with gr.Blocks() as demo:
        image = gr.Image(type="filepath", label="Image")
        question = gr.Textbox(label="Question")
        answer = gr.Textbox(label="Answer")
        gr.Button("Ask").click(ask, [image, question], answer, api_name="ask")
    return demo


def text_to_image():
    """Blocks: prompt, seed and size to an Image."""

    def draw(prompt, seed, size):
        side = int(size)
        return make_png(f"{prompt}/{int(seed)}", side, side, IMAGES)

    with gr.Blocks() as demo:
        prompt = gr.Textbox(label="Prompt")
        seed = gr.Number(value=0, label="Seed", precision=0)
        size = gr.Slider(64, 512, value=64, step=64, label="Size")
        image = gr.Image(type="filepath", label="Result")
        gr.Button("Draw").click(draw, [prompt, seed, size], image, api_name="draw")
    return demo


def file_question():
    """Blocks: a File and a Textbox to a Textbox."""

    def ask(path, question):
        head = describe_image(path) if path else "No file. "
        return f"{head}Question: {question}"

    with gr.Blocks() as demo:
        upload = gr.File(type="filepath", label="File")
        question = gr.Textbox(label="Question")
        answer = gr.Textbox(label="Answer")
        gr.Button("Ask").click(ask, [upload, question], answer, api_name="ask")
    return demo


def gallery_question():
    """Blocks: a Gallery and a Textbox to a Textbox."""

    def ask(images, question):
        # Gallery items are (path, caption) pairs.
        first = images[0][0] if images else None
        head = describe_image(first) if first else "No image. "
        return f"{head}{len(images or [])} image(s). Question: {question}"

    with gr.Blocks() as demo:
        images = gr.Gallery(label="Images", type="filepath")
        question = gr.Textbox(label="Question")
        answer = gr.Textbox(label="Answer")
        gr.Button("Ask").click(ask, [images, question], answer, api_name="ask")
    return demo


def text_to_gallery():
    """Blocks: a prompt to a Gallery of two images."""

    def draw(prompt):
        return [make_png(f"{prompt}/{index}", 32, 32, IMAGES) for index in range(2)]

    with gr.Blocks() as demo:
        prompt = gr.Textbox(label="Prompt")
        gallery = gr.Gallery(label="Results")
        gr.Button("Draw").click(draw, prompt, gallery, api_name="draw")
    return demo


def chatbot_blocks():
    """Blocks: a Chatbot and a Textbox; the handler returns the whole history (tuples where Gradio has them)."""
    tuples = accepts(gr.Chatbot, "type")

    def respond(message, history):
        history = list(history or [])
        summary = history_summary(history)
        if tuples:
            history.append([message, ""])
            for partial in stream(f"Echo: {message} History: {summary}"):
                history[-1][1] = partial
                yield "", history
        else:
            history.append({"role": "user", "content": message})
            history.append({"role": "assistant", "content": ""})
            for partial in stream(f"Echo: {message} History: {summary}"):
                history[-1]["content"] = partial
                yield "", history

    with gr.Blocks() as demo:
        chatbot = gr.Chatbot(**({"type": "tuples"} if tuples else {}))
        message = gr.Textbox(label="Message")
        message.submit(respond, [message, chatbot], [message, chatbot], api_name="respond")
    return demo


def chatbot_then():
    """Gradio's own streaming chatbot demo: `submit` adds the user's turn, `.then()` streams the reply."""
    tuples = accepts(gr.Chatbot, "type")

    def user(message, history):
        turn = [message, None] if tuples else {"role": "user", "content": message}
        return "", list(history or []) + [turn]

    def bot(history):
        history = list(history or [])
        *before, last = history
        said = last[0] if tuples else history_summary([last]).split(":", 1)[1].rstrip('"]')
        reply = f"Then: {said} History: {history_summary(before)}"
        if tuples:
            for partial in stream(reply):
                history[-1] = [said, partial]
                yield history
        else:
            for partial in stream(reply):
                yield history[:-1] + [last, {"role": "assistant", "content": partial}]

    with gr.Blocks() as demo:
        chatbot = gr.Chatbot(**({"type": "tuples"} if tuples else {}))
        message = gr.Textbox(label="Message")
        message.submit(user, [message, chatbot], [message, chatbot], queue=False, api_name="user").then(bot, chatbot, chatbot, api_name="bot")
    return demo


def no_text_input():
    """Refused: an Image to an Image, no text input."""
    with gr.Blocks() as demo:
        source = gr.Image(type="filepath")
        result = gr.Image(type="filepath")
        gr.Button("Flip").click(lambda image: image, source, result, api_name="flip")
    return demo


def two_endpoints():
    """Refused unless one is named: two Textbox to Textbox endpoints."""
    with gr.Blocks() as demo:
        text = gr.Textbox(label="Text")
        result = gr.Textbox(label="Result")
        gr.Button("Shout").click(lambda value: value.upper(), text, result, api_name="shout")
        gr.Button("Whisper").click(lambda value: value.lower(), text, result, api_name="whisper")
    return demo


def required_input():
    """Refused unless given: a Number with no default beside the prompt."""
    with gr.Blocks() as demo:
        prompt = gr.Textbox(label="Prompt")
        count = gr.Number(label="Count")
        result = gr.Textbox(label="Result")
        gr.Button("Repeat").click(lambda text, n: " ".join([text] * int(n)), [prompt, count], result, api_name="repeat")
    return demo


APPS = {
    "chat-messages": chat_messages,
    "chat-multimodal": chat_multimodal,
    "chat-extras": chat_extras,
    "text-stream": text_stream,
    "image-question": image_question,
    "text-to-image": text_to_image,
    "chatbot-blocks": chatbot_blocks,
    "chatbot-then": chatbot_then,
    "file-question": file_question,
    "gallery-question": gallery_question,
    "text-to-gallery": text_to_gallery,
    "no-text-input": no_text_input,
    "two-endpoints": two_endpoints,
    "required-input": required_input,
}


def main():
    port = int(sys.argv[-1])
    app = FastAPI()

    @app.get("/config")
    def apps():
        return {"apps": list(APPS)}

    for path, build in APPS.items():
        demo = build().queue()
        kwargs = {"allowed_paths": [IMAGES]} if accepts(gr.mount_gradio_app, "allowed_paths") else {}
        if accepts(gr.mount_gradio_app, "ssr_mode"):
            kwargs["ssr_mode"] = False
        app = gr.mount_gradio_app(app, demo, path=f"/{path}", **kwargs)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    main()
