"""Local stand-ins for Qwen's classic chat Spaces: a `model_chat` handler streaming into a tuple Chatbot.

python app.py VARIANT PORT, VARIANT one of:
  qwen2-72b    Qwen/Qwen2-72B-Instruct, Gradio 4 (no API prefix)
  qwen2-5-max  Qwen/Qwen2.5-Max-Demo, Gradio 5
               both: fn_index 0, trigger_id 11, [query, history, system] -> [query, chatbot, system]
  qwen2-5      Qwen/Qwen2.5, Gradio 4: fn_index 3, trigger_id 25,
               [query, history, system, size] -> [query, chatbot, system]; its chatbot is
               modelscope_studio's legacy Chatbot, whose replies are {"text", "flushing"} dicts
The reply is "<system> | <query>" streamed word by word into the last chat message.

Evidence (see docs/architecture.md, "Keeping the stand-ins true"): g4f 0.5.3.0's Qwen_Qwen_2_72B,
Qwen_Qwen_2_5_Max and Qwen_Qwen_2_5 give the fn_index, trigger_id, input values and where the
reply sits (output 1, `[[query, reply], ...]`; Qwen2.5's reply read as `reply["text"]`). The
layouts are Qwen's chat demo layout (markdown header, system row, chatbot, input, buttons, one
`gr.on` for Enter and Send), which puts the input box at component id 11 as g4f's trigger_id says;
for Qwen2.5, three handlers and filler components come first so the ids match g4f's (3 and 25).
The api_name `model_chat` is the handler's function name in Qwen's demos; g4f does not confirm it.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import answers_nothing, check_triggers, fail_midway, launch, slow_delay, words  # noqa: E402

variant = sys.argv[1]
DEFAULT_SYSTEM = "You are a helpful assistant."


class LegacyChatbot(gr.Chatbot):
    """modelscope_studio's legacy Chatbot as it looks on the wire: tuple turns whose replies are dicts."""

    def preprocess(self, payload):
        # Gradio hands a Chatbot's input over as a pydantic root model; the turns are its root.
        return getattr(payload, "root", payload)

    def postprocess(self, value):
        return value


def as_reply(text):
    return {"text": text, "flushing": False} if variant == "qwen2-5" else text


def reply_text(reply):
    return reply.get("text", "") if isinstance(reply, dict) else (reply or "")


def model_chat(query, history, system, size=None):
    check_triggers(query)
    prefix = f"{system} ({size})" if size else system
    turns = [[user, reply_text(bot)] for user, bot in (history or [])] + [[query, ""]]
    if answers_nothing(query):
        yield "", [[user, as_reply(bot)] for user, bot in turns], system
        return
    for index, piece in enumerate(words(f"{prefix} | {query}")):
        fail_midway(query, index)
        turns[-1][1] += piece
        time.sleep(slow_delay(query))
        yield "", [[user, as_reply(bot)] for user, bot in turns], system


def clear_session():
    return "", []


def modify_system_session(system):
    return system, system, []


with gr.Blocks(title=f"{variant} (local)") as demo:
    if variant == "qwen2-5":
        # Filler in the real Space's order of ids: header, notes and the size picker come first.
        for note in ("Qwen2.5", "72B", "32B", "14B", "7B", "3B", "1.5B", "0.5B", "Notes", "Limits", "Links", "Terms", "Credits"):
            gr.Markdown(note)
        size = gr.Radio(["72B", "32B", "14B", "7B", "3B", "1.5B", "0.5B"], value="72B", label="Model size")
    gr.Markdown(f"<center><font size=8>{variant} (local)</center>")
    with gr.Row():
        with gr.Column(scale=3):
            system_input = gr.Textbox(value=DEFAULT_SYSTEM, lines=1, label="System")
        with gr.Column(scale=1):
            modify_system = gr.Button("Set system prompt and clear history", scale=2)
        system_state = gr.Textbox(value=DEFAULT_SYSTEM, visible=False)
    chatbot = LegacyChatbot(label=variant) if variant == "qwen2-5" else gr.Chatbot(label=variant)
    textbox = gr.Textbox(lines=2, label="Input")
    with gr.Row():
        clear_history = gr.Button("Clear history")
        submit = gr.Button("Send")
    if variant == "qwen2-5":
        size.change(clear_session, None, [textbox, chatbot])
        clear_history.click(clear_session, None, [textbox, chatbot])
        modify_system.click(modify_system_session, [system_input], [system_state, system_state, chatbot])
        gr.on([textbox.submit, submit.click], model_chat, [textbox, chatbot, system_state, size], [textbox, chatbot, system_input], api_name="model_chat")
    else:
        gr.on([textbox.submit, submit.click], model_chat, [textbox, chatbot, system_state], [textbox, chatbot, system_input], api_name="model_chat")
        clear_history.click(clear_session, None, [textbox, chatbot])
        modify_system.click(modify_system_session, [system_input], [system_state, system_state, chatbot])

if __name__ == "__main__":
    launch(demo)
