#!/usr/bin/env python3
"""Draw HelpBot's Teams icons with no image library: a white speech bubble with a question mark.

color.png   192x192, the bubble on the accent color (#1F5FAD), opaque.
outline.png 32x32, the bubble outline in white on a transparent background, as Teams requires.

Run it from this folder: python3 make-icons.py
"""
import struct
import zlib

ACCENT = (0x1F, 0x5F, 0xAD, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixel):
    """Write an RGBA PNG whose pixel (x, y) comes from pixel(x, y)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def in_bubble(u, v, inset=0.0):
    """Return whether the point (u, v), in unit coordinates, lies in the bubble (a rounded box and a tail)."""
    left, top, right, bottom, radius = 0.14 + inset, 0.18 + inset, 0.86 - inset, 0.70 - inset, 0.12
    cx = min(max(u, left + radius), right - radius)
    cy = min(max(v, top + radius), bottom - radius)
    box = left <= u <= right and top <= v <= bottom and (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2
    tail = 0.28 + inset <= u <= 0.46 - inset and bottom <= v <= 0.86 - inset * 2 and (u - 0.28) >= (v - bottom) * 1.1
    return box or tail


def in_question_mark(u, v):
    """Return whether (u, v) lies on the question mark drawn inside the bubble."""
    ring = 0.0049 <= (u - 0.5) ** 2 + (v - 0.35) ** 2 <= 0.0144 and not (v > 0.35 and u < 0.5)
    stem = 0.46 <= u <= 0.54 and 0.43 <= v <= 0.53
    dot = (u - 0.5) ** 2 + (v - 0.61) ** 2 <= 0.0020
    return ring or stem or dot


def color_pixel(x, y, size=192):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    if in_bubble(u, v) and not in_question_mark(u, v):
        return WHITE
    return ACCENT


def outline_pixel(x, y, size=32):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    edge = in_bubble(u, v) and not in_bubble(u, v, inset=0.07)
    return WHITE if edge or in_question_mark(u, v) else CLEAR


if __name__ == "__main__":
    png("color.png", 192, color_pixel)
    png("outline.png", 32, outline_pixel)
