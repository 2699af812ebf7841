"""py3langid's language model, scored without numpy from a memory-mapped cache file.

py3langid ships its model LZMA-compressed (4.5 MB unpacking to 68 MB): decompressing it costs
about a second of CPU, and numpy alone tens of milliseconds to import.  The first run that
needs language detection therefore writes the model, restricted to the candidate languages,
to a cache file laid out for this module; every later run maps that file into memory
(``mmap``) and reads it through ``memoryview`` casts.  Opening it costs a fraction of a
millisecond, numpy is never imported, and only the pages a text touches are read (each run
and each worker holds a few hundred kilobytes of it, shared through the page cache).

The scorer is py3langid's own naive Bayes classifier, reimplemented: the same byte DFA, the
same feature weights (``log1p`` of each feature's count) and the same normalisation.  The
model's float16 weights are stored as exact integers (each weight times a power of two), so
the weights of all features seen the same number of times add up exactly in one Python
integer holding a 32-bit lane per language; py3langid adds them in float32.  Decisions are
therefore those of py3langid except where two languages tie to float32 precision;
``bench/bench_langid.py`` checks them on its labelled set and on every corpus text.

Any problem with the cache (no home folder, a read-only disk, a truncated, damaged or foreign
file) falls back to building the same tables in memory from the shipped model, with numpy, and
rewrites the file.  The header is checked when the file is opened; tables damaged behind a
sound header are caught when a walk leads outside them, and rebuilt then.  (A checksum of the
whole file would cost tens of milliseconds and read every page on every run.)
The cache lives in ``$PROFILELINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/profilelint``, else
``~/.cache/profilelint``; ``PROFILELINT_CACHE_DIR=""`` turns it off.  Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import math
import mmap
import os
import struct
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from importlib.util import find_spec
from itertools import repeat
from pathlib import Path
from typing import Any

#: Bumped when the cached layout changes, so an old file is never read as a new one.
CACHE_FORMAT = 4

_MAGIC = b"profilelint-lid\n"
# format, classes, rows of transitions, features, features emitted by one state only, states
# emitting the others, the start state, scale, metadata length, total size
_HEADER = struct.Struct("<16s10I")
_ALIGN = 8
#: At most this many features' weights are kept as integers (about 200 bytes each).
_KNOWN = 4096
#: At most this many words' walks are kept, of words of at most _WORD bytes (a few hundred
#: bytes each).
_WALKS = 4096
_WORD = 32
_PAGE = 4096


def cache_dir() -> Path | None:
    """Where the cache lives, or None when it is turned off or no home is known."""
    configured = os.environ.get("PROFILELINT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or (
        str(Path.home() / ".cache") if Path.home() != Path("/") else ""
    )
    return Path(base) / "profilelint" if base else None


def shipped_model() -> Path | None:
    """py3langid's compressed model file, found without importing py3langid (or numpy)."""
    spec = find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "model.npz.xz"


def model_key(model: Path, languages: Sequence[str]) -> str | None:
    """What names a cache: the model's own bytes (not its path), the languages, the layout.

    Every virtual environment with the same py3langid shares one cache file.  The model's size
    and the hash of its first and last 16 KiB tell models apart (an xz file ends with the
    checksums of its content) at a fraction of a millisecond.
    """
    digest = hashlib.sha256()
    try:
        with model.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(0)
            digest.update(handle.read(1 << 14))
            handle.seek(max(0, size - (1 << 14)))
            digest.update(handle.read())
    except OSError:
        return None
    return f"{CACHE_FORMAT}|{sys.byteorder}|{size}|{digest.hexdigest()}|" + ",".join(languages)


def _cache_file(key: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"langid-{hashlib.sha256(key.encode()).hexdigest()[:16]}.bin"


class Identifier:
    """py3langid's classifier over one model's tables, held in any buffer (a map or bytes)."""

    __slots__ = (
        "_aliases",
        "_buffer",
        "_columns",
        "_groups",
        "_known",
        "_members",
        "_moves",
        "_pc",
        "_repair",
        "_rows_at",
        "_scale",
        "_shared",
        "_start",
        "_stride",
        "_unpack",
        "_walks",
        "_width",
        "classes",
    )

    def __init__(self, buffer: Any, key: str) -> None:
        """Read the tables from ``buffer``; ValueError unless it is a model made for ``key``."""
        # Everything is checked on copies of the header first: a file that is refused leaves
        # no view on its map behind, so the map can be closed and the file replaced.
        if len(buffer) < _HEADER.size:
            raise ValueError("too short for a model")
        header = _HEADER.unpack(buffer[: _HEADER.size])
        magic, fmt, classes, rows, features, shared, members, start, scale, meta_size = header[:10]
        total = header[10]
        if magic != _MAGIC or fmt != CACHE_FORMAT or total != len(buffer) or scale <= 0:
            raise ValueError("not a model of this layout")
        if not shared <= features or rows * (features + 1) > 1 << 32:
            raise ValueError("inconsistent table sizes")
        offset = _aligned(_HEADER.size)
        # The metadata: the key the file was built for, then the class labels, a line each.
        meta = bytes(buffer[offset : offset + meta_size]).decode().split("\n")
        if meta[0] != key or len(meta) != classes + 1:
            raise ValueError("a model for another py3langid or other languages")
        offset = _aligned(offset + meta_size)
        self._width = 4 * classes
        layout = []
        for code, count in (
            ("d", classes),
            ("I", 256 * rows),
            ("I", features - shared + 1),
            ("I", members),
            ("B", features * self._width),
        ):
            size = count * struct.calcsize(code)
            layout.append((code, offset, size))
            offset = _aligned(offset + size)
        if offset != _aligned(total) or layout[-1][1] + layout[-1][2] != total:
            raise ValueError("inconsistent section sizes")
        view = memoryview(buffer)
        sections = [view[begin : begin + size].cast(code) for code, begin, size in layout[:-1]]
        pc, self._moves, self._groups, self._members = sections
        # The rows of weights are sliced from the buffer itself (bytes, read at once).
        self._rows_at = layout[-1][1]
        #: The weights of the features met lately, by state: common n-grams recur in every
        #: text, and a hit saves slicing and converting a row (bounded: see _KNOWN).
        self._known: dict[int, int] = {}
        #: The states each word leads through, by the state it starts from (see _visits);
        #: None until the first text is classified.
        self._walks: dict[tuple[int, bytes], tuple[tuple[int, ...], int]] | None = None
        self._columns = tuple(byte * rows for byte in range(256))
        self._stride = rows
        self._shared = shared
        self._start = start
        self._pc = pc.tolist()
        self._scale = float(scale)
        self._unpack = struct.Struct(f"<{classes}I").unpack
        self.classes: list[str] = meta[1:]
        first: dict[str, int] = {}
        self._aliases = [
            (first.setdefault(c, i), i) for i, c in enumerate(self.classes) if c in first
        ]
        self._buffer = buffer  # keeps the map open for as long as the views live
        #: Rebuilds the tables from the shipped model when a cached table proves damaged.
        self._repair: Callable[[], Identifier] | None = None

    def classify(self, text: str) -> tuple[str, float]:
        """The most probable language of ``text`` and its probability, as py3langid's."""
        try:
            return self._classify(text)
        except (IndexError, OverflowError):
            # A cache file whose header is sound but whose tables lead outside themselves
            # (damaged on disk): rebuild from the shipped model, once, and answer from that.
            if self._repair is None:
                raise
            repaired, self._repair = self._repair(), None
            for name in Identifier.__slots__:
                setattr(self, name, getattr(repaired, name))
            return self._classify(text)

    def _visits(self, data: bytes) -> Counter[int]:
        """How often the DFA walk over ``data`` enters each state, in the order first entered.

        A state is named by one number, ``row + stride * feature``: its row of transitions
        (rows are shared by states that move alike) and the feature it emits.  The walk reads
        the next state's number straight from the column of the byte read, so a step costs
        one lookup, and the visits name their features without another table.

        Words recur (in a text and from text to text), and the states a word and the space
        after it lead through depend only on the state it starts from: those are remembered,
        without the states that emit no feature (a third of all visits), which count nothing.
        """
        moves, columns, stride, walks = self._moves, self._columns, self._stride, self._walks
        state = self._start
        if walks is None:  # the first text (a single file has one or two): walked plainly
            self._walks = {}
            return Counter([state := moves[columns[byte] + state % stride] for byte in data])
        silent = stride * (self._shared + len(self._groups) - 1)  # the first emitting none
        visited: list[int] = []
        *words, last = data.split(b" ")
        for word in words:
            key = (state, word)
            walk = walks.get(key)
            if walk is None:
                steps = [state := moves[columns[byte] + state % stride] for byte in word]
                state = moves[columns[32] + state % stride]  # the space after it
                steps.append(state)
                if max(steps) >= silent + stride:  # no state is numbered so: a damaged table
                    raise IndexError("a transition leads outside the tables")
                walk = (tuple([step for step in steps if step < silent]), state)
                if len(word) <= _WORD:  # longer ones seldom recur: memory stays bounded
                    if len(walks) >= _WALKS:
                        walks.clear()
                    walks[key] = walk
            visited += walk[0]
            state = walk[1]
        visited += [state := moves[columns[byte] + state % stride] for byte in last]
        return Counter(visited)

    def _feature_counts(self, data: bytes) -> dict[int, int]:
        """How often the walk over ``data`` meets each feature, in the order first met."""
        visits = self._visits(data)
        stride = self._stride
        unique, emitting = stride * self._shared, stride * (self._shared + len(self._groups) - 1)
        counts: dict[int, int] = {}
        for state, seen in visits.items():
            if state < unique:  # the only state emitting its feature
                counts[state // stride] = seen
            elif state < emitting:  # a feature several states emit: all their visits count
                feature = state // stride
                if feature not in counts:
                    counts[feature] = sum(map(visits.get, self._emitters(feature), repeat(0)))
            elif state >= emitting + stride:  # no state is numbered so: the table is damaged
                raise IndexError("a transition leads outside the tables")
        return counts

    def _emitters(self, feature: int) -> list[int]:
        """The numbers of the states that emit ``feature`` (one of those several emit)."""
        group = feature - self._shared
        return self._members[self._groups[group] : self._groups[group + 1]].tolist()

    def _classify(self, text: str) -> tuple[str, float]:
        data = _encode(text)
        first = self._walks is None  # nothing is remembered from a first text (see _visits)
        visits = self._visits(data)
        # Features seen equally often weigh the same (log1p of the count): add their integer
        # weights up exactly, all languages at once, then scale each sum once.  The loop is
        # _feature_counts' with the sums added as it goes (one pass over the visits).
        buffer, at, width, read = self._buffer, self._rows_at, self._width, int.from_bytes
        stride, known = self._stride, self._known
        unique, emitting = stride * self._shared, stride * (self._shared + len(self._groups) - 1)
        by_count: dict[int, int] = {}
        shared: set[int] = set()
        for state, count in visits.items():
            if state < unique:
                lanes = known.get(state)
                if lanes is None:
                    start = at + state // stride * width
                    lanes = read(buffer[start : start + width], "little")
                    if not first:
                        if len(known) >= _KNOWN:
                            known.clear()
                        known[state] = lanes
            elif state < emitting:
                feature = state // stride
                if feature in shared:
                    continue
                shared.add(feature)
                count = sum(map(visits.get, self._emitters(feature), repeat(0)))
                start = at + feature * width
                lanes = read(buffer[start : start + width], "little")
            elif state >= emitting + stride:
                raise IndexError("a transition leads outside the tables")
            else:  # a state emitting no feature
                continue
            by_count[count] = by_count.get(count, 0) + lanes
        n = len(self.classes)
        if not by_count:  # no feature at all: every language equally likely, as py3langid
            return self.classes[0], 1.0 / n
        scores = self._pc
        for count, total in by_count.items():
            weight = _weight(count) / self._scale
            lanes = self._unpack(total.to_bytes(width, "little"))
            scores = [s - weight * lane for s, lane in zip(scores, lanes, strict=True)]
        factor = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores) * factor
        probabilities = [math.exp(s * factor - top) for s in scores]
        norm = math.fsum(probabilities)
        probabilities = [p / norm for p in probabilities]
        for first, again in self._aliases:
            probabilities[first] += probabilities[again]
            probabilities[again] = 0.0
        best = max(range(n), key=probabilities.__getitem__)  # the first of equals, as argmax
        return self.classes[best], probabilities[best]


def _aligned(offset: int) -> int:
    return -(-offset // _ALIGN) * _ALIGN


def _encode(text: str) -> bytes:
    """The bytes py3langid classifies: lower case if all upper case, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


_WEIGHTS: dict[int, float] = {}


def _weight(count: int) -> float:
    """py3langid's weight of a feature seen ``count`` times: log1p(count) in float32."""
    weight = _WEIGHTS.get(count)
    if weight is None:
        (weight,) = struct.unpack("<f", struct.pack("<f", math.log1p(count)))
        _WEIGHTS[count] = weight
    return weight


def build_model(languages: Sequence[str], key: str) -> bytes:
    """The cache file's bytes, built from py3langid's shipped model (imports numpy)."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    source = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    source.set_languages(list(languages))
    ptc = np.asarray(source.nb_ptc, dtype=np.float64)
    # The weights are float16: some power of two makes every one an exact integer.
    for bits in range(25):
        scaled = -ptc * (1 << bits)
        if np.array_equal(scaled, np.rint(scaled)):
            break
    else:
        raise ValueError("the model's weights are not float16")
    lanes = scaled.astype(np.int64)
    features, classes = lanes.shape
    if lanes.min() < 0 or int(lanes.max()) * features >= 1 << 32:
        raise ValueError("the model's weights do not fit 32-bit sums")
    meta = "\n".join([key, *source.nb_classes]).encode()
    row = np.asarray(source.tk_row, dtype=np.int64)
    output = np.asarray(source.tk_output, dtype=np.int64)
    nextmove = np.frombuffer(source.tk_nextmove, dtype=f"u{source.tk_nextmove.itemsize}")
    rows = len(nextmove) // 256
    # Features renumbered: first those that one state emits, then those several states emit
    # (a few hundred), so a state's number tells which kind its feature is.
    emitted = output[output >= 0]
    several = np.bincount(emitted, minlength=features) > 1
    order = np.argsort(several, kind="stable")  # new number -> py3langid's
    renumbered = np.empty(features, dtype=np.int64)
    renumbered[order] = np.arange(features)
    shared = int(features - several.sum())
    # A state is numbered row + rows * feature (features: no feature at all), which fits 32
    # bits: the walk finds the row by one modulo and the feature by one division.
    feature = np.where(output >= 0, renumbered[np.maximum(output, 0)], features)
    state = row + rows * feature
    if rows * (features + 1) > 1 << 32 or state.min() < 0:
        raise ValueError("the model's states do not fit 32-bit numbers")
    # Byte-major: the transitions on one byte value lie together, so a text in one script
    # touches the few columns of its bytes rather than a page of every state it visits.
    moves = state[nextmove.astype(np.int64)].reshape(rows, 256).T.ravel()
    emitters: dict[int, set[int]] = {}
    several_at = np.nonzero((feature >= shared) & (feature < features))[0]
    for number, value in zip(feature[several_at].tolist(), state[several_at].tolist(), strict=True):
        emitters.setdefault(number, set()).add(value)
    groups, members = [0], []
    for number in range(shared, features):
        members += sorted(emitters[number])
        groups.append(len(members))
    parts = [
        meta,
        np.asarray(source.nb_pc, dtype=np.float64).tobytes(),
        moves.astype("<u4").tobytes(),
        np.asarray(groups, dtype="<u4").tobytes(),
        np.asarray(members, dtype="<u4").tobytes(),
        lanes[order].astype("<u4").tobytes(),
    ]
    body = bytearray(_HEADER.size)
    for part in parts:
        body += bytes(_aligned(len(body)) - len(body))  # the reader's section offsets
        body += part
    _HEADER.pack_into(
        body,
        0,
        _MAGIC,
        CACHE_FORMAT,
        classes,
        rows,
        features,
        shared,
        len(members),
        int(state[0]),
        1 << bits,
        len(meta),
        len(body),
    )
    return bytes(body)


def _from_cache(path: Path, key: str) -> Identifier | None:
    try:
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable or empty
        return None
    if hasattr(mapped, "madvise") and hasattr(mmap, "MADV_RANDOM"):
        mapped.madvise(mmap.MADV_RANDOM)  # no read-ahead: a text reads a few scattered pages
    try:
        return Identifier(mapped, key)
    except (ValueError, TypeError, KeyError, UnicodeDecodeError, struct.error):
        mapped.close()
        return None


def _to_cache(path: Path, model: bytes) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:  # a read-only disk or no such folder: run without a cache
        return
    try:
        # Written a page at a time: a file written in one piece is cached in large folios,
        # and a process that touches one byte of a folio maps (and counts) all of it.
        with os.fdopen(handle, "wb", buffering=0) as out:
            view = memoryview(model)
            for start in range(0, len(view), _PAGE):
                out.write(view[start : start + _PAGE])
        os.replace(temporary, path)  # readers never see a half-written file
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return
    # Caches of the first format (whole numpy arrays, 46 MB each) are read by no version now,
    # nor are those of an earlier layout of this file (50 MB each).
    for stale in path.parent.glob("langid-*.npz"):
        stale.unlink(missing_ok=True)
    for other in path.parent.glob("langid-*.bin"):
        if other != path and _earlier_format(other):
            other.unlink(missing_ok=True)


def _earlier_format(path: Path) -> bool:
    """True when ``path`` is a cache of this module in an earlier layout."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_MAGIC) + 4)
    except OSError:
        return False
    if len(head) < len(_MAGIC) + 4 or not head.startswith(_MAGIC):
        return False
    return int.from_bytes(head[len(_MAGIC) :], "little") < CACHE_FORMAT


def load_identifier(languages: Sequence[str]) -> Identifier:
    """py3langid's classifier restricted to ``languages``, read from the cache if possible."""
    model = shipped_model()
    key = model_key(model, languages) if model is not None else None
    if key is None:
        raise RuntimeError("py3langid's model is not installed")
    cached_at = _cache_file(key)

    def build() -> Identifier:
        built = build_model(languages, key)
        if cached_at is not None:
            _to_cache(cached_at, built)
        return Identifier(built, key)

    if cached_at is not None:
        identifier = _from_cache(cached_at, key)
        if identifier is not None:
            identifier._repair = build
            return identifier
    return build()
