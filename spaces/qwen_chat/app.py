"""Local stand-ins for Qwen's classic chat Spaces (tuple Chatbot, `model_chat` endpoint).

python app.py VARIANT PORT, VARIANT one of:
  qwen2-72b    [query, history, system] -> [query, history, system]   (Gradio 4, no API prefix)
  qwen2-5      [query, history, system, size] -> [query, history, system]   (Gradio 4)
  qwen2-5-max  [query, history, system] -> [query, history, system]   (Gradio 5)
The reply is "<system> | <query>" streamed word by word into the last chat message.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import check_triggers, fail_midway, launch, slow_delay, words  # noqa: E402

variant = sys.argv[1]


def reply(query, history, system, size=None):
    check_triggers(query)
    prefix = f"{system} ({size})" if size else system
    history = [list(turn) for turn in (history or [])] + [[query, ""]]
    for index, piece in enumerate(words(f"{prefix} | {query}")):
        fail_midway(query, index)
        history[-1][1] += piece
        time.sleep(slow_delay(query))
        yield "", history, system


def model_chat(query, history, system):
    yield from reply(query, history, system)


def model_chat_sized(query, history, system, size):
    yield from reply(query, history, system, size)


with gr.Blocks(title=f"{variant} (local)") as demo:
    system_input = gr.Textbox(value="You are a helpful assistant.", label="System")
    chatbot = gr.Chatbot(label="Chat")
    query = gr.Textbox(label="Input")
    send = gr.Button("Send")
    if variant == "qwen2-5":
        size = gr.Radio(["72B", "32B", "14B", "7B"], value="72B", label="Model size")
        send.click(model_chat_sized, [query, chatbot, system_input, size], [query, chatbot, system_input], api_name="model_chat")
    else:
        send.click(model_chat, [query, chatbot, system_input], [query, chatbot, system_input], api_name="model_chat")

if __name__ == "__main__":
    launch(demo)
