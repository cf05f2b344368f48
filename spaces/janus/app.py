"""A local stand-in for the deepseek-ai/Janus-Pro-7B Space: image understanding and image generation.

The layout is the real app's (deepseek-ai/Janus, demo/app_januspro.py): two gr.Examples register
handlers 0 and 1, so `multimodal_understanding` is fn_index 2 (trigger_id 10, the Chat button) and
`generate_image` fn_index 3 (trigger_id 20), as g4f 0.5.3.0's DeepseekAI_JanusPro7b sends them.
  multimodal_understanding(image, question, seed, top_p, temperature) -> text, returned whole
      "The image is a PNG of 4x3 pixels. <question>". Without an image the real model code fails
      with an AttributeError in the ZeroGPU worker, which the `spaces` package (0.51.3,
      zero/wrappers.py) reports as gr.Error("AttributeError", title="ZeroGPU worker error"); g4f
      turns that message into "Missing images input".
  generate_image(prompt, seed, guidance, t2i_temperature) -> a Gallery of five PNGs (the real one
      gives five 768x768 images) whose colour follows the prompt.
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import answers_nothing, check_triggers, describe_image, launch, make_png  # noqa: E402

images_dir = tempfile.mkdtemp(prefix="janus-local-")
PARALLEL_SIZE = 5


def multimodal_understanding(image, question, seed, top_p, temperature):
    check_triggers(question)
    if image is None:
        raise gr.Error("AttributeError", title="ZeroGPU worker error")
    return "" if answers_nothing(question) else describe_image(image) + question


def generate_image(prompt, seed=None, guidance=5, t2i_temperature=1.0):
    check_triggers(prompt)
    if answers_nothing(prompt):
        return []
    return [make_png(f"{prompt}{n}", 48, 48, images_dir) for n in range(PARALLEL_SIZE)]


with gr.Blocks() as demo:
    gr.Markdown(value="# Multimodal Understanding")
    with gr.Row():
        image_input = gr.Image(type="filepath")
        with gr.Column():
            question_input = gr.Textbox(label="Question")
            und_seed_input = gr.Number(label="Seed", precision=0, value=42)
            top_p = gr.Slider(minimum=0, maximum=1, value=0.95, step=0.05, label="top_p")
            temperature = gr.Slider(minimum=0, maximum=1, value=0.1, step=0.05, label="temperature")
    understanding_button = gr.Button("Chat")
    understanding_output = gr.Textbox(label="Response")
    gr.Examples(label="Multimodal Understanding examples", examples=[["explain this meme", None]], inputs=[question_input, image_input])

    gr.Markdown(value="# Text-to-Image Generation")
    with gr.Row():
        cfg_weight_input = gr.Slider(minimum=1, maximum=10, value=5, step=0.5, label="CFG Weight")
        t2i_temperature = gr.Slider(minimum=0, maximum=1, value=1.0, step=0.05, label="temperature")
    prompt_input = gr.Textbox(label="Prompt. (Prompt in more detail can help produce better images!)")
    seed_input = gr.Number(label="Seed (Optional)", precision=0, value=12345)
    generation_button = gr.Button("Generate Images")
    image_output = gr.Gallery(label="Generated Images", columns=2, rows=2, height=300)
    gr.Examples(label="Text to image generation examples.", examples=["The face of a beautiful girl"], inputs=prompt_input)

    understanding_button.click(multimodal_understanding, inputs=[image_input, question_input, und_seed_input, top_p, temperature], outputs=understanding_output)
    generation_button.click(fn=generate_image, inputs=[prompt_input, seed_input, cfg_weight_input, t2i_temperature], outputs=image_output)

if __name__ == "__main__":
    launch(demo)
