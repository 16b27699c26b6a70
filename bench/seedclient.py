#!/usr/bin/env python3
"""The seed page's Python client loop (ComfyUI's script_examples/websockets_api_example.py,
with the binary preview frames of websockets_api_example_ws_images.py kept as bytes), for
comparing client CPU per job with Easel in the same run (bench_soak).

Standard library only: the example uses the websocket-client package; its recv() is replaced
here by a minimal RFC 6455 reader (server frames are unmasked), so nothing is installed.

usage: seedclient.py BASE_URL PROMPT_JSON_FILE COUNT
prints one line: "seed-client jobs=N outputs=M previews=P cpu_s=... wall_s=... cpu_ms_per_job=..."
"""
import base64
import json
import os
import resource
import socket
import sys
import time
import urllib.parse
import urllib.request
import uuid


class WebSocket:
    def __init__(self, host, port, path):
        self.sock = socket.create_connection((host, port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("handshake")
            self.buf += chunk
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(head.decode(errors="replace"))

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(max(65536, n - len(self.buf)))
            if not chunk:
                raise ConnectionError("closed")
            self.buf += chunk
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def recv(self):
        """One whole message: str for text, bytes for binary (as websocket-client)."""
        parts, kind = [], None
        while True:
            b0, b1 = self._read(2)
            opcode, length = b0 & 0x0F, b1 & 0x7F
            if length == 126:
                length = int.from_bytes(self._read(2), "big")
            elif length == 127:
                length = int.from_bytes(self._read(8), "big")
            payload = self._read(length)
            if opcode == 9:  # ping: answer with a masked pong
                self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)
                continue
            if opcode == 8:
                raise ConnectionError("close frame")
            if opcode in (1, 2):
                kind = opcode
            parts.append(payload)
            if b0 & 0x80:
                data = b"".join(parts)
                return data.decode() if kind == 1 else data


def main():
    base, prompt_file, count = sys.argv[1].rstrip("/"), sys.argv[2], int(sys.argv[3])
    url = urllib.parse.urlparse(base)
    prompt = json.load(open(prompt_file))
    client_id = str(uuid.uuid4())
    ws = WebSocket(url.hostname, url.port, f"/ws?clientId={client_id}")
    outputs = previews = 0
    wall0 = time.monotonic()
    usage0 = resource.getrusage(resource.RUSAGE_SELF)  # the interpreter's start is not a job's
    for job in range(count):
        # As the example sets the KSampler's seed: every job distinct, none cached.
        for node in prompt.values():
            if "seed" in node.get("inputs", {}):
                node["inputs"]["seed"] = job + 1
        # queue_prompt
        body = json.dumps({"prompt": prompt, "client_id": client_id}).encode()
        req = urllib.request.Request(base + "/prompt", data=body)
        prompt_id = json.loads(urllib.request.urlopen(req).read())["prompt_id"]
        # get_images: wait for "executing" with node null for this prompt
        while True:
            out = ws.recv()
            if isinstance(out, str):
                message = json.loads(out)
                if message["type"] == "executing":
                    data = message["data"]
                    if data["node"] is None and data["prompt_id"] == prompt_id:
                        break
            else:
                previews += 1  # websockets_api_example_ws_images.py keeps out[8:]
                _ = out[8:]
        with urllib.request.urlopen(f"{base}/history/{prompt_id}") as response:
            history = json.loads(response.read())[prompt_id]
        for node_id in history["outputs"]:
            for image in history["outputs"][node_id].get("images", []):
                query = urllib.parse.urlencode({"filename": image["filename"],
                                                "subfolder": image["subfolder"],
                                                "type": image["type"]})
                with urllib.request.urlopen(f"{base}/view?{query}") as response:
                    _ = response.read()
                outputs += 1
    wall = time.monotonic() - wall0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - usage0.ru_utime - usage0.ru_stime
    print(f"seed-client jobs={count} outputs={outputs} previews={previews} cpu_s={cpu:.3f} "
          f"wall_s={wall:.3f} cpu_ms_per_job={1000.0 * cpu / max(count, 1):.3f}", flush=True)


if __name__ == "__main__":
    main()
