#!/usr/bin/env python3
"""Writes the desk's alert sounds (no recordings, no downloads): alert.wav, a bright rising
three-note chime for a guest who needs a person, and emergency.wav, one second of a two-tone
siren that the desk repeats until the emergency is acknowledged. 22 050 Hz, 16-bit mono.
Run it here: python3 make-sounds.py"""
import math
import struct
import wave

RATE = 22050


def tone(freq, seconds, level=0.9, decay=0.0, edge=0.004, harmonics=(1.0,)):
    samples = []
    total = int(RATE * seconds)
    for i in range(total):
        t = i / RATE
        value = sum(a * math.sin(2 * math.pi * freq * (n + 1) * t) for n, a in enumerate(harmonics))
        value /= sum(harmonics)
        envelope = math.exp(-decay * t) if decay else 1.0
        # Short fades at both ends: no clicks.
        envelope *= min(1.0, t / edge, (seconds - t) / edge)
        samples.append(level * envelope * value)
    return samples


def write(name, samples, peak=0.97):
    # Loud on purpose: scaled so the loudest sample is just under full scale.
    gain = peak / max(abs(s) for s in samples)
    samples = [s * gain for s in samples]
    with wave.open(name, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


chime = []
for freq in (880.0, 1108.73, 1318.51):  # A5, C#6, E6
    chime += tone(freq, 0.16, level=1.0, decay=6.0, harmonics=(1.0, 0.35, 0.15))
chime += tone(1760.0, 0.34, level=1.0, decay=7.0, harmonics=(1.0, 0.3))
write("alert.wav", chime)

siren = []
for _ in range(2):
    # Rich in harmonics so small laptop speakers carry it.
    siren += tone(960.0, 0.25, level=0.95, harmonics=(1.0, 0.5, 0.33, 0.25))
    siren += tone(770.0, 0.25, level=0.95, harmonics=(1.0, 0.5, 0.33, 0.25))
write("emergency.wav", siren)
