"""Local stand-ins for the text-to-image Spaces, each `infer(...)` giving `(image, seed)`.

python app.py VARIANT PORT, VARIANT one of:
  sd35  stabilityai/stable-diffusion-3.5-large:
        infer(prompt, negative_prompt, seed, randomize_seed, width, height, guidance_scale, steps),
        returns the image once; g4f 0.5.3.0 calls it on the REST call route as /infer.
  flux  black-forest-labs/FLUX.1-dev:
        infer(prompt, seed, randomize_seed, width, height, guidance_scale, steps), a generator:
        it streams preview images while it draws (the real app iterates
        `flux_pipe_call_that_returns_an_iterable_of_images`), then the final image.
        fn_index 2, trigger_id 4 as g4f sends them: gr.Examples(fn=infer, run_on_click=True, cache_examples=False)
        registers handlers 0 and 1, then one gr.on for Run and Enter; g4f reads the previews from
        process_generating edits at the image's "url".
  schnell voodoohop/flux-1-schnell, a Gradio 4 Space:
        infer(prompt, seed, randomize_seed, width, height, steps) returns the image once; g4f
        0.5.3.0's Voodoohop_Flux1Schnell calls it on the REST call route as /call/infer (no API
        prefix) and reads the image's "url" from the complete event. The inputs and their
        defaults are those of black-forest-labs/FLUX.1-schnell's app.py, which the Space copies.
All have the real apps' layout (prompt row with the Run button, result, advanced settings,
examples). The images are real PNGs of the asked size whose colour follows the prompt (and the
step, for previews); ZeroGPU's progress bar is reported as Gradio progress messages.
"""

import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
import gradio as gr  # noqa: E402
from space_kit import answers_nothing, check_triggers, launch, make_png, slow_delay  # noqa: E402

variant = sys.argv[1]
images_dir = tempfile.mkdtemp(prefix=f"{variant}-local-")
PREVIEWS = 3


def infer_sd35(prompt, negative_prompt="", seed=42, randomize_seed=False, width=1024, height=1024, guidance_scale=4.5, num_inference_steps=40):
    check_triggers(prompt)
    if answers_nothing(prompt):
        return None, seed
    return make_png(prompt, int(width), int(height), images_dir, num_inference_steps), seed


def infer_flux(prompt, seed=42, randomize_seed=False, width=1024, height=1024, guidance_scale=3.5, num_inference_steps=28, progress=gr.Progress()):
    check_triggers(prompt)
    if answers_nothing(prompt):
        yield None, seed
        return
    for step in range(PREVIEWS):
        progress((step, PREVIEWS), desc="Denoising")
        time.sleep(slow_delay(prompt))
        yield make_png(f"{prompt} (preview {step + 1})", int(width), int(height), images_dir, num_inference_steps), seed
    yield make_png(prompt, int(width), int(height), images_dir, num_inference_steps), seed


def infer_schnell(prompt, seed=42, randomize_seed=False, width=1024, height=1024, num_inference_steps=4, progress=gr.Progress()):
    return infer_sd35(prompt, "", seed, randomize_seed, width, height, 0, num_inference_steps)


infer = {"flux": infer_flux, "schnell": infer_schnell}.get(variant, infer_sd35)

with gr.Blocks() as demo:
    with gr.Column(elem_id="col-container"):
        with gr.Row():
            prompt = gr.Text(label="Prompt", show_label=False, max_lines=1, placeholder="Enter your prompt", container=False)
            run_button = gr.Button("Run", scale=0)
        gr.Markdown(f"# {variant} (local)")
        result = gr.Image(label="Result", show_label=False, type="filepath")
        with gr.Accordion("Advanced Settings", open=False):
            negative_prompt = gr.Text(label="Negative prompt", max_lines=1, visible=variant == "sd35")
            seed = gr.Slider(label="Seed", minimum=0, maximum=2147483647, step=1, value=0)
            randomize_seed = gr.Checkbox(label="Randomize seed", value=True)
            with gr.Row():
                width = gr.Slider(label="Width", minimum=256, maximum=2048, step=32, value=1024)
                height = gr.Slider(label="Height", minimum=256, maximum=2048, step=32, value=1024)
            with gr.Row():
                guidance_scale = gr.Slider(label="Guidance Scale", minimum=0, maximum=15, step=0.1, value=3.5, visible=variant != "schnell")
                num_inference_steps = gr.Slider(label="Number of inference steps", minimum=1, maximum=50, step=1, value=28)
        gr.Examples(examples=["a tiny astronaut hatching from an egg on the moon"], fn=infer, inputs=[prompt], outputs=[result, seed], run_on_click=True, cache_examples=False)
    size = [seed, randomize_seed, width, height]
    inputs = {
        "sd35": [prompt, negative_prompt, *size, guidance_scale, num_inference_steps],
        "flux": [prompt, *size, guidance_scale, num_inference_steps],
        "schnell": [prompt, *size, num_inference_steps],
    }[variant]
    gr.on(triggers=[run_button.click, prompt.submit], fn=infer, inputs=inputs, outputs=[result, seed], api_name="infer")

if __name__ == "__main__":
    launch(demo)
