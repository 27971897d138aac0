"""Drive a command through a pseudo-terminal, as a person at a terminal would.

Usage: pty-session.py <cwd> <steps-json> <command> [args...]
Each step is [text, keys]: wait until `text` has appeared in the output since the previous step,
then type `keys`. Prints one JSON object: {"output": ..., "exitCode": ..., "timedOut": ...}.
"""
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

STEP_TIMEOUT = 20.0


def main() -> None:
    cwd, steps_json, *command = sys.argv[1:]
    steps = json.loads(steps_json)
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.environ.update({'NO_COLOR': '1', 'COLUMNS': '160', 'LINES': '50', 'TERM': 'xterm'})
        os.execvp(command[0], command)
    # A wide window, so prompts and messages are not wrapped in the middle of a phrase.
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 200, 0, 0))

    output = bytearray()
    closed = False

    def pump(seconds: float) -> None:
        nonlocal closed
        end = time.time() + seconds
        while not closed and time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b''
            if not data:
                closed = True
            output.extend(data)

    timed_out = None
    seen = 0
    for text, keys in steps:
        wanted = text.encode()
        deadline = time.time() + STEP_TIMEOUT
        while output.find(wanted, seen) < 0 and not closed and time.time() < deadline:
            pump(0.1)
        found = output.find(wanted, seen)
        if found < 0:
            timed_out = text
            break
        seen = found + len(wanted)
        pump(0.15)  # let the prompt finish drawing before typing
        os.write(fd, keys.encode())

    deadline = time.time() + (1 if timed_out else 60)
    while not closed and time.time() < deadline:
        pump(0.2)
    status = None
    for _ in range(100):
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
            break
        time.sleep(0.05)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    print(json.dumps({'output': output.decode('utf8', 'replace'), 'exitCode': status, 'timedOut': timed_out}))


main()
