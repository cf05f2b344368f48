"""A local stand-in for CohereLabs/c4ai-command: not Gradio but Hugging Face's chat-ui, a SvelteKit app.

The API as chat-ui serves it (huggingface/chat-ui, before the universal loads of #1847:
src/routes/conversation/+server.ts, src/routes/conversation/[id]/+page.server.ts and +server.ts,
src/lib/types/MessageUpdate.ts, src/hooks.server.ts), and as g4f 0.5.3.0's CohereForAI_C4AI_Command
calls it:
  POST /conversation  {"model", "preprompt"} -> {"conversationId"}; an anonymous caller gets the
      session cookie "hf-chat", and its conversations are found only with it.
  GET  /conversation/{id}/__data.json?x-sveltekit-invalidated=11 -> SvelteKit's data: one JSON
      line {"type": "data", "nodes": [layout, page]}, each node's "data" a devalue-flattened list
      whose first item maps the page's keys (messages, title, model, preprompt, rootMessageId) to
      indexes; a conversation the session cannot see is a node {"type": "error", ...}.
  POST /conversation/{id}  multipart form, field "data" = {"inputs", "id" (the parent message),
      "is_retry", "is_continue", "web_search", "tools"} -> application/jsonl, one MessageUpdate a
      line: {"type": "status", "status": "started"}, {"type": "stream", "token"} (padded with NUL to
      16 characters, against packet-length side channels), {"type": "title"} on the first answer,
      {"type": "finalAnswer", "text", "interrupted"} followed by 4096 spaces; a failure midway is
      {"type": "status", "status": "error", "message"}. Too many messages: 429.
The answer is "[<model>] <inputs>", streamed word by word, and where the conversation already holds
earlier messages, " (remembering: <each earlier user message> | ...)", which proves the history is
kept per conversation. Trigger words as in the Gradio stand-ins: trigger:quota (429),
trigger:fail-midway, trigger:empty, trigger:slow.
"""

import json
import re
import secrets
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

MODELS = [
    "command-a-03-2025",
    "command-r-plus-08-2024",
    "command-r-08-2024",
    "command-r-plus",
    "command-r",
    "command-r7b-12-2024",
    "command-r7b-arabic-02-2025",
]
RATE_LIMITED = "You are sending too many messages. Try again later."
SESSION_COOKIE = "hf-chat"
TOKEN_DELAY = 0.002

conversations = {}
lock = threading.Lock()


def now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def devalue(value):
    """The value flattened as devalue does for SvelteKit: a list whose first item is the root, references by index."""
    items, seen = [], {}

    def flatten(thing):
        if thing is None:
            key = ("null",)
        elif isinstance(thing, (str, int, float, bool)):
            key = (type(thing).__name__, thing)
        else:
            key = None
        if key is not None and key in seen:
            return seen[key]
        index = len(items)
        items.append(None)
        if key is not None:
            seen[key] = index
        if isinstance(thing, dict):
            items[index] = {k: flatten(v) for k, v in thing.items()}
        elif isinstance(thing, list):
            items[index] = [flatten(v) for v in thing]
        elif isinstance(thing, datetime):
            items[index] = ["Date", thing.isoformat()]
        else:
            items[index] = thing
        return index

    flatten(value)
    return items


def words(text):
    parts = text.split(" ")
    return [p if i == 0 else " " + p for i, p in enumerate(parts)]


class ChatUi(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def session(self):
        match = re.search(rf"(?:^|;\s*){SESSION_COOKIE}=([^;]+)", self.headers.get("cookie", ""))
        return match.group(1) if match else None

    def send_json(self, status, body, cookie=None):
        data = json.dumps(body, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        if cookie is not None:
            # Without Secure, as chat-ui sets it where it is served over plain http (this app is, on 127.0.0.1).
            self.send_header("set-cookie", f"{SESSION_COOKIE}={cookie}; Path=/; HttpOnly; SameSite=Lax")
        self.end_headers()
        self.wfile.write(data)

    def conversation(self, conversation_id):
        with lock:
            found = conversations.get(conversation_id)
        return found if found is not None and found["sessionId"] == self.session() else None

    def do_GET(self):
        path = urlsplit(self.path).path
        if path == "/":
            return self.send_json(200, {"app": "chat-ui (local)"})
        match = re.fullmatch(r"/conversation/([0-9a-f]{24})/__data\.json", path)
        if match is None:
            return self.send_json(404, {"message": "Not found"})
        layout = {"type": "data", "data": devalue({"models": [{"id": m, "name": m} for m in MODELS]}), "uses": {}}
        found = self.conversation(match.group(1))
        if found is None:
            page = {"type": "error", "error": {"message": "Conversation not found."}, "status": 404}
        else:
            keys = ("messages", "title", "model", "preprompt", "rootMessageId")
            page = {"type": "data", "data": devalue({k: found[k] for k in keys} | {"assistant": None, "shared": False}), "uses": {"params": ["id"]}}
        body = (json.dumps({"type": "data", "nodes": [layout, page]}, separators=(",", ":")) + "\n").encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        path = urlsplit(self.path).path
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        if path == "/conversation":
            return self.create_conversation(body)
        match = re.fullmatch(r"/conversation/([0-9a-f]{24})", path)
        if match is None:
            return self.send_json(404, {"message": "Not found"})
        return self.answer(match.group(1), body)

    def create_conversation(self, body):
        try:
            values = json.loads(body)
        except ValueError:
            return self.send_json(400, {"message": "Invalid request"})
        if values.get("model") not in MODELS:
            return self.send_json(400, {"message": "Invalid model"})
        session = self.session()
        new_cookie = None
        if session is None:
            session = new_cookie = secrets.token_hex(16)
        system = {"id": str(uuid.uuid4()), "from": "system", "content": values.get("preprompt") or "",
                  "createdAt": datetime.now(timezone.utc), "updatedAt": datetime.now(timezone.utc),
                  "children": [], "ancestors": []}
        conversation_id = secrets.token_hex(12)
        with lock:
            conversations[conversation_id] = {
                "sessionId": session, "title": "New Chat", "model": values["model"],
                "preprompt": system["content"], "rootMessageId": system["id"], "messages": [system],
            }
        self.send_json(200, {"conversationId": conversation_id}, cookie=new_cookie)

    def answer(self, conversation_id, body):
        found = self.conversation(conversation_id)
        if found is None:
            return self.send_json(404, {"message": "Conversation not found"})
        form = BytesParser(policy=HTTP).parsebytes(
            f"content-type: {self.headers.get('content-type', '')}\r\n\r\n".encode() + body)
        # A file part is no string to chat-ui's `form.get("data")`, and it refuses it.
        fields = {part.get_param("name", header="content-disposition"): part.get_content()
                  for part in (form.iter_parts() if form.is_multipart() else []) if part.get_filename() is None}
        try:
            data = json.loads(fields["data"])
        except (KeyError, ValueError, TypeError):
            return self.send_json(400, {"message": "Invalid request"})
        inputs = data.get("inputs", "")
        parent = next((m for m in found["messages"] if m["id"] == data.get("id")), None)
        if parent is None:
            return self.send_json(404, {"message": "Message not found"})
        if "trigger:quota" in inputs:
            return self.send_json(429, {"message": RATE_LIMITED})
        earlier = [m["content"] for m in found["messages"] if m["from"] == "user"]
        user = {"id": str(uuid.uuid4()), "from": "user", "content": inputs, "ancestors": [*parent["ancestors"], parent["id"]], "children": []}
        reply = {"id": str(uuid.uuid4()), "from": "assistant", "content": "", "ancestors": [*user["ancestors"], user["id"]], "children": []}
        parent["children"].append(user["id"])
        user["children"].append(reply["id"])
        with lock:
            found["messages"] += [user, reply]

        self.send_response(200)
        self.send_header("content-type", "application/jsonl")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        try:
            self.stream(found, reply, inputs, earlier)
        except (BrokenPipeError, ConnectionResetError):
            reply["interrupted"] = True

    def send_update(self, update, after=""):
        chunk = (json.dumps(update, separators=(",", ":")) + "\n" + after).encode()
        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        self.wfile.flush()

    def stream(self, found, reply, inputs, earlier):
        delay = 0.2 if "trigger:slow" in inputs else TOKEN_DELAY
        self.send_update({"type": "status", "status": "started"})
        text = ""
        if "trigger:empty" not in inputs:
            remembered = f" (remembering: {' | '.join(earlier)})" if earlier else ""
            for index, token in enumerate(words(f"[{found['model']}] {inputs}{remembered}")):
                if "trigger:fail-midway" in inputs and index == 3:
                    self.send_update({"type": "status", "status": "error", "message": "The model crashed halfway through."})
                    self.wfile.write(b"0\r\n\r\n")
                    return
                time.sleep(delay)
                text += token
                self.send_update({"type": "stream", "token": token.ljust(16, "\0")})
        if found["title"] == "New Chat":
            found["title"] = inputs[:30] or "New Chat"
            self.send_update({"type": "title", "title": found["title"]})
        reply["content"] = text
        self.send_update({"type": "finalAnswer", "text": text, "interrupted": False}, after=" " * 4096)
        self.send_update({"type": "status", "status": "finished"})
        self.wfile.write(b"0\r\n\r\n")


if __name__ == "__main__":
    port = int(sys.argv[-1])
    ThreadingHTTPServer(("127.0.0.1", port), ChatUi).serve_forever()
