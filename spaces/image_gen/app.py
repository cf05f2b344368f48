"""Local stand-ins for text-to-image Spaces with an `infer` endpoint returning (image, seed).

python app.py VARIANT PORT, VARIANT one of:
  sd35  infer(prompt, negative_prompt, seed, randomize_seed, width, height, guidance_scale, steps)
  flux  infer(prompt, seed, randomize_seed, width, height, guidance_scale, steps)
The image is a real PNG of the asked size whose colour follows the prompt.
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import check_triggers, launch, make_png  # noqa: E402

variant = sys.argv[1]
images_dir = tempfile.mkdtemp(prefix=f"{variant}-local-")


def render(prompt, seed, width, height):
    check_triggers(prompt)
    return make_png(prompt, int(width), int(height), images_dir), seed


def infer_sd35(prompt, negative_prompt, seed, randomize_seed, width, height, guidance_scale, steps):
    return render(prompt, seed, width, height)


def infer_flux(prompt, seed, randomize_seed, width, height, guidance_scale, steps):
    return render(prompt, seed, width, height)


with gr.Blocks(title=f"{variant} (local)") as demo:
    prompt = gr.Textbox()
    negative = gr.Textbox()
    seed = gr.Number(value=0, precision=0)
    randomize = gr.Checkbox(value=True)
    width = gr.Number(value=1024, precision=0)
    height = gr.Number(value=1024, precision=0)
    guidance = gr.Number(value=4.5)
    steps = gr.Number(value=28, precision=0)
    result = gr.Image(type="filepath")
    seed_out = gr.Number()
    run = gr.Button("Run")
    if variant == "sd35":
        inputs = [prompt, negative, seed, randomize, width, height, guidance, steps]
        run.click(infer_sd35, inputs, [result, seed_out], api_name="infer")
    else:
        inputs = [prompt, seed, randomize, width, height, guidance, steps]
        run.click(infer_flux, inputs, [result, seed_out], api_name="infer")

if __name__ == "__main__":
    launch(demo)
