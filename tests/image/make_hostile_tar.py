#!/usr/bin/env python3
"""Writes an uncompressed layer tar that no image tool would produce, for the hostile-input
tests: make_hostile_tar.py KIND OUTPUT, KIND one of dotdot, absolute, hardlink-missing,
symlink-loop, zeros (one 200 MB file of zero bytes: a 1000:1 bomb once compressed), long-name
(an entry named with 100 kB, past the path-length limit)."""
import io
import sys
import tarfile


def add_file(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    tar.addfile(info, io.BytesIO(data))


def add_link(tar, name, target, kind):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    tar.addfile(info)


class Zeros(io.RawIOBase):
    def __init__(self, size):
        self.left = size

    def readinto(self, buffer):
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def main():
    kind, output = sys.argv[1], sys.argv[2]
    with tarfile.open(output, "w", format=tarfile.PAX_FORMAT) as tar:
        add_file(tar, "etc/hostname", b"hostile\n")
        if kind == "dotdot":
            add_file(tar, "../../escaped-by-dotdot", b"outside\n")
        elif kind == "absolute":
            add_file(tar, "/tmp/escaped-absolute", b"outside\n")
        elif kind == "hardlink-missing":
            add_link(tar, "usr/bin/tool", "usr/bin/not-in-any-layer", tarfile.LNKTYPE)
        elif kind == "symlink-loop":
            add_link(tar, "usr/local/bin/probe", "loop", tarfile.SYMTYPE)
            add_link(tar, "usr/local/bin/loop", "probe", tarfile.SYMTYPE)
        elif kind == "zeros":
            size = 200 * 1000 * 1000
            info = tarfile.TarInfo("var/zeros")
            info.size = size
            tar.addfile(info, Zeros(size))
        elif kind == "long-name":
            add_file(tar, "d/" + "n" * 100000, b"x")
        else:
            sys.exit("unknown kind " + kind)


if __name__ == "__main__":
    main()
