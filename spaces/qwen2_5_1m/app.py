"""A local stand-in for the Qwen/Qwen2.5-1M-Demo Space (Gradio 4, no API prefix).

Evidence: g4f 0.5.3.0's Qwen_Qwen_2_5M. It posts the question to fn_index 1 on `/run/predict`
(`[{"files": [], "text": question}, [], []]`, trigger_id 5: a multimodal input's submit), then
joins the queue at fn_index 2, trigger_id 5, with `[chatbot, None, 0]`, the chatbot holding one
turn `[user_message, None]` in modelscope_studio's legacy message shape (`{"id", "elem_id",
"elem_classes", "name", "text", "flushing", "avatar", "files"}`). It reads the reply of the first
turn as a list of such messages (`[0][0][1][0]["text"]`), cut at "\n<summary>"; while the Space
works, the first edit's value is the whole text, and "Qwen is thinking..." is a status, not
the answer. So the reply starts empty, becomes "Qwen is thinking...", then the whole answer with
a summary after it; the answer is "[qwen2.5-1m] <question>".
Those are the ids, inputs and outputs of Qwen-Agent's web UI (`add_text(input, chatbot,
history)` with queue=False, then `agent_run(chatbot, history)`), which the demo looks built on;
its api_names are those functions' names. As there, `history` is a session State: `agent_run`
answers the question `add_text` kept in the session, and nothing when there is none.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import answers_nothing, check_triggers, launch, slow_delay  # noqa: E402

THINKING = "Qwen is thinking..."


class LegacyChatbot(gr.JSON):
    """modelscope_studio's legacy Chatbot as it looks on the wire: tuple turns of message dicts
    (Gradio's own Chatbot refuses dicts for the user's side)."""

    def postprocess(self, value):
        return value


def message(text):
    return {"id": None, "elem_id": None, "elem_classes": None, "name": None, "text": text, "flushing": False, "avatar": "", "files": []}


def add_text(user_input, chatbot, history):
    text = (user_input or {}).get("text", "")
    return None, (chatbot or []) + [[message(text), None]], (history or []) + [{"role": "user", "content": text}]


def agent_run(chatbot, history):
    if not history or not chatbot:
        yield chatbot, history
        return
    question = history[-1]["content"]
    check_triggers(question)
    delay = slow_delay(question)
    reply = message("")
    chatbot[-1][1] = [reply]
    yield chatbot, history
    if answers_nothing(question):
        return
    time.sleep(delay)
    reply["text"] = THINKING
    yield chatbot, history
    time.sleep(delay)
    reply["text"] = f"[qwen2.5-1m] {question}\n<summary>{len(question)} characters read</summary>"
    yield chatbot, history + [{"role": "assistant", "content": reply["text"]}]


with gr.Blocks(title="Qwen2.5-1M (local)") as demo:
    history = gr.State([])
    with gr.Row():
        with gr.Column(scale=4):
            chatbot = LegacyChatbot(label="Qwen2.5-1M")
            user_input = gr.MultimodalTextbox(placeholder="Ask a question")
    gr.Markdown("# Qwen2.5-1M (local)")
    # fn_index 0: the page's clear button, before the input's handlers; the input is component 5.
    clear = gr.Button("Clear")
    clear.click(lambda: ([], []), None, [chatbot, history], queue=False)
    submitted = user_input.submit(add_text, [user_input, chatbot, history], [user_input, chatbot, history], queue=False)
    submitted.then(agent_run, [chatbot, history], [chatbot, history])

if __name__ == "__main__":
    launch(demo)
