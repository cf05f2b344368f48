"""A local stand-in for the Janus-Pro-7B Space: image understanding and image generation.

multimodal_understanding(image, question, seed, top_p, temperature) -> text
    "The image is a PNG of 4x3 pixels. <question>"; without an image it fails as the Space does.
generate_image(prompt, seed, guidance, temperature) -> a gallery of two PNGs whose colour follows
    the prompt, captioned with it.
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import check_triggers, describe_image, launch, make_png  # noqa: E402

images_dir = tempfile.mkdtemp(prefix="janus-local-")


def multimodal_understanding(image, question, seed, top_p, temperature):
    check_triggers(question)
    if image is None:
        raise gr.Error("Missing image input: this model needs an image to look at.")
    return describe_image(image) + question


def generate_image(prompt, seed, guidance, temperature):
    check_triggers(prompt)
    return [(make_png(prompt + str(n), 48, 32, images_dir), prompt) for n in range(2)]


with gr.Blocks(title="Janus-Pro-7B (local)") as demo:
    image_input = gr.Image(type="filepath")
    question = gr.Textbox()
    und_seed = gr.Number(value=42, precision=0)
    top_p = gr.Slider(0, 1, value=0.95)
    temperature = gr.Slider(0, 1, value=0.1)
    understanding = gr.Textbox()
    understand = gr.Button("Chat")
    understand.click(multimodal_understanding, [image_input, question, und_seed, top_p, temperature], understanding, api_name="multimodal_understanding")

    prompt = gr.Textbox()
    seed = gr.Number(value=12345, precision=0)
    cfg = gr.Slider(1, 10, value=5)
    t2i_temperature = gr.Slider(0, 1, value=1)
    gallery = gr.Gallery()
    generate = gr.Button("Generate")
    generate.click(generate_image, [prompt, seed, cfg, t2i_temperature], gallery, api_name="generate_image")

if __name__ == "__main__":
    launch(demo)
