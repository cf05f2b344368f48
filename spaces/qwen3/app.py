"""A local stand-in for the Qwen/Qwen3-Demo Space: thinking as a `tool` part, then the answer as a `text` part.

`add_message` is fn_index 13, trigger_id 31, as g4f 0.5.3.0's Qwen_Qwen_3 sends it:
  inputs  [question, {"thinking_budget", "model", "sys_prompt"}, thinking_state, state]
  outputs [input, clear_btn, conversation_delete_menu_item, add_conversation_btn, conversations, chatbot, state]
The chatbot (output 5) is modelscope_studio's pro Chatbot, and the handler yields
`gr.update(value=history)` for it, so on the queue the output arrives as {"__type__": "update",
"value": [messages]} and then as edits at paths like ["value", 1, "content", 0, "content"]. An
assistant message's content is a list of typed parts:
  {"type": "tool", "content": <thinking>, "options": {"title": "Thinking...", "status": "pending"}}
      (when thinking ends: title "End of Thought (<seconds>s)", status "done")
  {"type": "text", "content": <answer>}
Thinking: "Thinking about: <question>"; answer: "[<model>] <question>", streamed word by word, and
where the session asked before, " (remembering: <each earlier question> | ...)": the demo keeps a
session's conversation in its State (`state`, per session hash), which g4f's JsonConversation reuses.

Evidence: g4f 0.5.3.0's Qwen_Qwen_3 (fn_index, trigger_id, inputs, and how it reads output 5's
edits: typed parts, "options" title and status, "done"). The output list and the part shapes are
those of modelscope_studio's pro Chatbot as the Qwen3 demo uses it; the 13 handlers before
`add_message` (conversation list, settings) are filler that puts ids where g4f says they are.
"""

import os
import sys
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import answers_nothing, check_triggers, fail_midway, launch, slow_delay, words  # noqa: E402

DEFAULT_MODEL = "qwen3-235b-a22b"


class ProChatbot(gr.JSON):
    """modelscope_studio's pro Chatbot as it looks on the wire: messages with typed content parts."""

    def postprocess(self, value):
        return value


def add_message(question, settings, thinking_enabled, conversations_state):
    check_triggers(question)
    model = (settings or {}).get("model") or DEFAULT_MODEL
    delay = slow_delay(question)
    history = [
        {"role": "user", "content": question, "key": uuid.uuid4().hex},
        {"role": "assistant", "content": [], "key": uuid.uuid4().hex, "header": model, "loading": True},
    ]
    answer = history[1]
    yield {chatbot: gr.update(value=history), input_box: gr.update(value="")}
    if answers_nothing(question):
        answer["content"].append({"type": "text", "content": ""})
        yield {chatbot: gr.update(value=history)}
        return
    started = time.time()
    for piece in words(f"Thinking about: {question}"):
        answer["loading"] = False
        if not answer["content"]:
            answer["content"].append({"type": "tool", "content": "", "options": {"title": "Thinking...", "status": "pending"}})
        answer["content"][0]["content"] += piece
        time.sleep(delay)
        yield {chatbot: gr.update(value=history)}
    answer["content"][0]["options"] = {"title": f"End of Thought ({time.time() - started:.1f}s)", "status": "done"}
    answer["content"].append({"type": "text", "content": ""})
    # The Space keeps each session's conversation in its State: a later question in the same session sees the earlier ones.
    earlier = conversations_state.get("questions", [])
    remembered = f" (remembering: {' | '.join(earlier)})" if earlier else ""
    for index, piece in enumerate(words(f"[{model}] {question}{remembered}")):
        fail_midway(question, index)
        answer["content"][1]["content"] += piece
        time.sleep(delay)
        yield {chatbot: gr.update(value=history)}
    # A State takes its new value as it is (gr.update would be stored as the update itself).
    yield {chatbot: gr.update(value=history), state: {
        "conversations": [*conversations_state["conversations"], history],
        "questions": [*earlier, question],
    }}


def noop(*args):
    return None


with gr.Blocks(title="Qwen3 demo (local)") as demo:
    state = gr.State({"conversations": []})
    thinking_state = gr.State(True)
    with gr.Row():
        with gr.Column(scale=1):
            add_conversation_btn = gr.Button("New Conversation")
            conversations = gr.Dataset(components=[gr.Textbox(visible=False)], samples=[["(none)"]])
            conversation_delete_menu_item = gr.Button("Delete")
            conversation_rename_item = gr.Button("Rename")
        with gr.Column(scale=4):
            gr.Markdown("Qwen3 (local)")
            model_select = gr.Dropdown([DEFAULT_MODEL, "qwen3-32b", "qwen3-8b"], value=DEFAULT_MODEL, label="Model")
            sys_prompt = gr.Textbox(value="You are a helpful and harmless assistant.", label="System prompt")
            thinking_budget = gr.Slider(1, 38, value=38, label="Thinking budget")
            settings_form = gr.JSON(visible=False)
            thinking_btn = gr.Checkbox(value=True, label="Thinking")
            chatbot = ProChatbot(label="Conversation")
            clear_btn = gr.Button("Clear")
            for hint in ("Tips", "Examples", "About", "Privacy", "Terms", "Limits", "Models", "Thinking", "Budget", "Links", "Credits"):
                gr.Markdown(hint)
            input_box = gr.Textbox(label="Question")
            send_btn = gr.Button("Send")
    # The conversation list and settings handlers come first in the real Space's order.
    for trigger in (add_conversation_btn.click, conversations.click, conversation_delete_menu_item.click,
                    conversation_rename_item.click, model_select.change, sys_prompt.change,
                    thinking_budget.change, thinking_btn.change, clear_btn.click, chatbot.change,
                    settings_form.change, input_box.change, send_btn.click):
        trigger(noop, None, None, api_name=False)
    gr.on(
        [input_box.submit],
        add_message,
        [input_box, settings_form, thinking_state, state],
        [input_box, clear_btn, conversation_delete_menu_item, add_conversation_btn, conversations, chatbot, state],
        api_name="add_message",
    )

if __name__ == "__main__":
    launch(demo)
