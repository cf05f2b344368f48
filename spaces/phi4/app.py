"""A local stand-in for the microsoft/phi-4-multimodal Space (Gradio 5): text, images and audio in.

Evidence: g4f 0.5.3.0's Microsoft_Phi_4_Multimodal. It uploads the files, posts the message to
fn_index 10 on `/gradio_api/run/predict` in its session (`[[], {"text", "files"}, None]`,
trigger_id 8: a multimodal input's submit, whose third input, sent as None, is a session State),
then joins the queue at fn_index 11 (trigger_id 8) in the same session with the chatbot holding
the user's text (`[{"role": "user", "content": text}]`; the file messages it sends after it as a
second value land on the State, whose value Gradio takes from the session instead), and reads the
last message's content when the job completes. So `bot` finds the files where `add_message`
kept them, in the session's State. g4f sends `"files": None` without media, which the multimodal
input refuses (a 500): its text-only call fails, as the issue says of the real Space; a message
without files is `"files": []`. The ten handlers before `add_message` are filler that puts the
ids where g4f says they are.

The answer describes each file (an image's format and size, an audio file's format and length in
bytes), then "[phi-4-multimodal] <question>" streamed word by word into the last assistant message.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import answers_nothing, check_triggers, describe_image, fail_midway, launch, slow_delay, words  # noqa: E402

AUDIO_MAGIC = [(b"RIFF", "WAV"), (b"ID3", "MP3"), (b"\xff\xfb", "MP3"), (b"\xff\xf3", "MP3"), (b"OggS", "OGG"), (b"fLaC", "FLAC"), (b"\x1a\x45\xdf\xa3", "WEBM")]


def describe_file(path):
    with open(path, "rb") as file:
        head = file.read(12)
    for magic, name in AUDIO_MAGIC:
        if head.startswith(magic) and not (magic == b"RIFF" and head[8:12] != b"WAVE"):
            return f"The audio is a {name} of {os.path.getsize(path)} bytes. "
    return describe_image(path)


def file_path(file):
    """A multimodal input's file: a path, or a FileData dict."""
    return file.get("path") if isinstance(file, dict) else file


def add_message(history, message, files):
    history = list(history or []) + [{"role": "user", "content": (message or {}).get("text", "")}]
    return history, gr.MultimodalTextbox(value=None), list((message or {}).get("files") or [])


def bot(history, files):
    turn = []
    for message in reversed(history):
        if message["role"] != "user":
            break
        turn.insert(0, message["content"])
    question = " ".join(content for content in turn if isinstance(content, str))
    check_triggers(question)
    history = list(history) + [{"role": "assistant", "content": ""}]
    if answers_nothing(question):
        yield history
        return
    head = "".join(describe_file(file_path(file)) for file in files or [])
    for index, piece in enumerate([head] + words(f"[phi-4-multimodal] {question}")):
        fail_midway(question, index)
        history[-1]["content"] += piece
        time.sleep(slow_delay(question))
        yield history


with gr.Blocks(title="Phi-4-multimodal (local)") as demo:
    gr.Markdown("# Phi-4-multimodal (local)")
    with gr.Row():
        examples = [gr.Button(f"Example {n}") for n in range(1, 5)]
    chatbot = gr.Chatbot(type="messages", label="Phi-4-multimodal")
    chat_input = gr.MultimodalTextbox(interactive=True, file_count="multiple", placeholder="Ask about an image or a recording")
    files_state = gr.State([])
    with gr.Row():
        clear = gr.Button("Clear")
    # fn_index 0..9: the examples and the clear button (filler before the input's handlers).
    for button in examples:
        button.click(lambda: None, None, None)
        button.click(lambda: [], None, chatbot)
    clear.click(lambda: [], None, chatbot)
    clear.click(lambda: None, None, chat_input)
    submitted = chat_input.submit(add_message, [chatbot, chat_input, files_state], [chatbot, chat_input, files_state])
    submitted.then(bot, [chatbot, files_state], chatbot)

if __name__ == "__main__":
    launch(demo)
