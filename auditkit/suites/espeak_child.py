"""Speak one text with espeak-ng in a fresh process: JSON on stdin, raw samples on stdout.

Run by path (`python -I espeak_child.py LIBRARY DATA`), never imported: espeak-ng keeps state from one
utterance to the next that its API cannot reset (its voice flutter runs on a global clock), so the same text
comes out slightly different after another. One process per clip makes every clip independent of the others.
Output: 4 bytes of sample rate (little-endian), then mono 16-bit samples.
"""

import ctypes
import json
import sys


def main() -> int:
    """Synthesise the request read from stdin and write the samples to stdout."""
    library, data = sys.argv[1], sys.argv[2]
    job = json.loads(sys.stdin.buffer.read())
    lib = ctypes.CDLL(library)
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
                                 ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
    rate = lib.espeak_Initialize(2, 0, data.encode(), 0)  # 2: synchronous output to the callback
    if rate <= 0:
        sys.stderr.write(f"espeak-ng failed to initialise (code {rate})\n")
        return 3
    chunks: list[bytes] = []

    @ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)
    def collect(wav, count, _events):  # noqa: ANN001, ANN202 - a C callback
        if count > 0 and wav:
            chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    lib.espeak_SetSynthCallback(collect)
    if lib.espeak_SetVoiceByName(job["voice"].encode()) != 0:
        sys.stderr.write(f"espeak-ng has no voice {job['voice']!r} (try en, en-us, en+f3, de, fr, es)\n")
        return 2
    lib.espeak_ng_SetRandSeed(ctypes.c_long(job["seed"]))
    for parameter, value in ((1, job["rate"]), (3, job["pitch"]), (2, 100)):  # rate, pitch, volume
        lib.espeak_SetParameter(parameter, value, 0)
    text = job["text"].encode("utf-8") + b"\0"
    code = lib.espeak_Synth(text, len(text), 0, 1, 0, 1, None, None)  # from character 0, UTF-8 text
    lib.espeak_Synchronize()
    if code != 0:
        sys.stderr.write(f"espeak-ng could not synthesise the text (code {code})\n")
        return 3
    sys.stdout.buffer.write(rate.to_bytes(4, "little") + b"".join(chunks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
