"""Runs one Python contender (g4f, gradio_client) on the bench's line protocol.

Usage: child.py '<spec json>'. Like bench/src/child.ts: one request a stdin line, one JSON reply
a stdout line; when stdin closes, the peak RSS (see bench/src/child-protocol.ts).
"""

import asyncio
import concurrent.futures
import hashlib
import json
import os
import resource
import sys
import time

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

spec = json.loads(sys.argv[1])


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(pieces, growing):
    start = time.perf_counter()
    ttfd = None
    text = ""
    for piece in pieces:
        if not piece:
            continue
        if ttfd is None:
            ttfd = (time.perf_counter() - start) * 1000
        text = piece if growing else text + piece
    return {"ttfdMs": ttfd, "totalMs": (time.perf_counter() - start) * 1000, "text": text}


def g4f_contender(url):
    from g4f.Provider.hf_space.Qwen_QVQ_72B import Qwen_QVQ_72B

    Qwen_QVQ_72B.url = url

    async def one(prompt):
        start = time.perf_counter()
        ttfd = None
        text = ""
        async for chunk in Qwen_QVQ_72B.create_async_generator("qwen-qvq-72b-preview", [{"role": "user", "content": prompt}]):
            if isinstance(chunk, str) and chunk:
                if ttfd is None:
                    ttfd = (time.perf_counter() - start) * 1000
                text += chunk
        return {"ttfdMs": ttfd, "totalMs": (time.perf_counter() - start) * 1000, "text": text}

    def ask_many(prompt, count):
        async def all_of():
            return await asyncio.gather(*(one(prompt) for _ in range(count)))

        return asyncio.run(all_of())

    return ask_many


def gradio_client_contender(url):
    from gradio_client import Client

    # gradio_client runs each job on three threads of one pool (the job, its stream, its cancel
    # check) and reads the event stream on a fourth; the pool has 40 by default. Short of
    # threads, the reader can queue behind jobs that wait for it, and every job waits forever.
    client = Client(url, verbose=False, max_workers=3 * spec["maxConcurrency"] + 8)

    def one(prompt):
        job = client.submit(None, prompt, api_name="/generate")
        return timed(job, True)

    def ask_many(prompt, count):
        if count == 1:
            return [one(prompt)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=count) as pool:
            return list(pool.map(one, [prompt] * count))

    return ask_many


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


ask_many = (g4f_contender if spec["contender"].startswith("g4f") else gradio_client_contender)(spec["url"])
for line in iter(sys.stdin.readline, ""):
    request = json.loads(line)
    before = cpu_seconds()
    answers = ask_many(request["prompt"], request["concurrency"])
    used = cpu_seconds() - before
    reply({
        "ttfdMs": answers[0]["ttfdMs"],
        "totalMs": max(answer["totalMs"] for answer in answers),
        "cpuMs": used * 1000,
        "answers": [{"length": len(a["text"]), "sha256": hashlib.sha256(a["text"].encode()).hexdigest()} for a in answers],
    })
reply({"maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})
