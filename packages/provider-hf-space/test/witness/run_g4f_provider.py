"""Runs one of g4f's own hf_space providers, unchanged, against a local stand-in Space.

Only three things differ from a real run: every https://*.hf.space URL in the provider's class is
pointed at the local Space, the ZeroGPU token fetch (a page of huggingface.co) is stubbed, and
aiohttp's sessions keep cookies from an IP address (127.0.0.1), as they do from the Space's host
name (chat-ui's session cookie).

    python run_g4f_provider.py '{"provider": "Qwen_Qwen_3", "url": "http://127.0.0.1:PORT",
                                "model": "qwen3-8b", "messages": [...], "media": ["path.png"],
                                "kwargs": {...}}'

Prints one JSON object: {"text", "reasoning", "statuses", "previews", "images", "conversation"} as
g4f's stream gave them, or {"error": {"type", "message"}} when the provider raised. A
"conversation" among the kwargs is given to the provider as g4f's JsonConversation.
"""

import asyncio
import importlib

import aiohttp
import json
import re
import sys

import g4f.Provider.hf_space as hf_space
from g4f.providers.response import ImagePreview, ImageResponse, JsonConversation, Reasoning

HF_SPACE_HOST = re.compile(r"https://[a-z0-9-]+\.hf\.space")


async def stub_zerogpu_token(space, session, conversation, cookies=None):
    return "local-zerogpu-uuid", "local-zerogpu-token"


class LocalSession(aiohttp.ClientSession):
    """aiohttp's session, keeping cookies from 127.0.0.1 too (its default jar drops them from IP addresses)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("cookie_jar", aiohttp.CookieJar(unsafe=True))
        super().__init__(*args, **kwargs)


def point_at(cls, url):
    for klass in cls.__mro__:
        for name, value in list(vars(klass).items()):
            if isinstance(value, str) and HF_SPACE_HOST.search(value):
                setattr(cls, name, HF_SPACE_HOST.sub(url, value))


def urls_of(response):
    return [str(url) for url in response.get_list()]


async def run(request):
    cls = getattr(hf_space, request["provider"])
    point_at(cls, request["url"])
    # Both ZeroGPU providers call the function by its name in their own module.
    for module in ("DeepseekAI_JanusPro7b", "BlackForestLabs_Flux1Dev"):
        importlib.import_module(f"g4f.Provider.hf_space.{module}").get_zerogpu_token = stub_zerogpu_token
    module = importlib.import_module(cls.__module__)
    if getattr(module, "ClientSession", None) is aiohttp.ClientSession:
        module.ClientSession = LocalSession
    kwargs = dict(request.get("kwargs", {}))
    if "conversation" in kwargs:
        kwargs["conversation"] = JsonConversation(**kwargs["conversation"])
    if request.get("media"):
        kwargs["media"] = [(path, path.rsplit("/", 1)[-1]) for path in request["media"]]
    result = {"text": "", "reasoning": "", "statuses": [], "previews": [], "images": [], "conversation": None}
    async for chunk in cls.create_async_generator(request["model"], request["messages"], **kwargs):
        if isinstance(chunk, str):
            result["text"] += chunk
        elif isinstance(chunk, Reasoning):
            result["reasoning"] += chunk.token or ""
            if chunk.status:
                result["statuses"].append(chunk.status)
        elif isinstance(chunk, ImagePreview):
            result["previews"] += urls_of(chunk)
        elif isinstance(chunk, ImageResponse):
            result["images"] += urls_of(chunk)
        elif isinstance(chunk, JsonConversation):
            result["conversation"] = chunk.get_dict()
    return result


def main():
    request = json.loads(sys.argv[1])
    try:
        result = asyncio.run(run(request))
    except Exception as error:  # noqa: BLE001 - the error is the witness's answer
        result = {"error": {"type": type(error).__name__, "message": str(error)}}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
