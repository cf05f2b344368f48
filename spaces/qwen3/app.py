"""A local stand-in for the Qwen3 demo Space: thinking, then the answer.

Inputs, as g4f sends them: [question, {"thinking_budget", "model", "sys_prompt"}, state, state].
Output 5 is the conversation as a messages Chatbot; the thinking is an assistant message with a
`metadata.title` (Gradio's way of showing thoughts apart), the answer the message after it.
Thinking: "Thinking about: <question>"; answer: "[<model>] <question>", streamed word by word.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import check_triggers, fail_midway, launch, slow_delay, words  # noqa: E402


def add_message(question, settings, state_a, state_b):
    check_triggers(question)
    settings = settings or {}
    model = settings.get("model", "qwen3-235b-a22b")
    chat = [
        {"role": "user", "content": question},
        {"role": "assistant", "content": "", "metadata": {"title": "Thinking..."}},
    ]
    delay = slow_delay(question)
    for piece in words(f"Thinking about: {question}"):
        chat[1]["content"] += piece
        time.sleep(delay)
        yield "", settings, None, None, "thinking", [dict(m) for m in chat]
    chat.append({"role": "assistant", "content": ""})
    for index, piece in enumerate(words(f"[{model}] {question}")):
        fail_midway(question, index)
        chat[2]["content"] += piece
        time.sleep(delay)
        yield "", settings, None, None, "answering", [dict(m) for m in chat]


with gr.Blocks(title="Qwen3 demo (local)") as demo:
    question = gr.Textbox(label="Question")
    settings = gr.JSON(visible=False)
    state_a = gr.State()
    state_b = gr.State()
    status = gr.Textbox(visible=False)
    chat = gr.Chatbot(type="messages", label="Conversation")
    send = gr.Button("Send")
    send.click(add_message, [question, settings, state_a, state_b], [question, settings, state_a, state_b, status, chat], api_name="add_message")

if __name__ == "__main__":
    launch(demo)
