#!/usr/bin/env python3
"""Independent reference for the tokenizer: the Llama 3 regex (third-party `regex` module) and
textbook byte-level BPE (repeatedly merge the leftmost lowest-rank pair; a word that is a whole
vocabulary token is taken as is, model.ignore_merges) over tests/data/smollm3/tokenizer.json.
It first checks itself against tokenizer_vectors.jsonl, then writes
tests/data/tokenizer/bpe_reference_vectors.jsonl ({"text", "ids"}) for texts that exercise long
words, rare scripts and odd spacing.

    python3 tools/gen_bpe_reference_vectors.py > tests/data/tokenizer/bpe_reference_vectors.jsonl
"""
import json
import random
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests/data/smollm3"


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


class Reference:
    def __init__(self):
        tok = json.loads((DATA / "tokenizer.json").read_text())
        self.pattern = regex.compile(tok["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"])
        self.vocab = tok["model"]["vocab"]
        self.ranks = {}
        for i, m in enumerate(tok["model"]["merges"]):
            pair = tuple(m.split(" ")) if isinstance(m, str) else tuple(m)
            self.ranks.setdefault(pair, i)
        self.byte_map = bytes_to_unicode()

    def word(self, piece):
        w = "".join(self.byte_map[b] for b in piece.encode("utf-8"))
        if w in self.vocab:
            return [self.vocab[w]]
        parts = list(w)
        while len(parts) > 1:
            best, at = None, -1
            for i in range(len(parts) - 1):
                r = self.ranks.get((parts[i], parts[i + 1]))
                if r is not None and (best is None or r < best):
                    best, at = r, i
            if best is None:
                break
            parts[at:at + 2] = [parts[at] + parts[at + 1]]
        return [self.vocab[p] for p in parts]

    def encode(self, text):
        ids = []
        for piece in self.pattern.findall(text):
            ids += self.word(piece)
        return ids


def texts():
    rng = random.Random(424242)
    out = []
    corpus = (ROOT / "tools/gen_bpe_reference_vectors.py").read_text().splitlines()
    corpus += (ROOT / "tests/data/smollm3/chat_template.jinja").read_text().splitlines()
    out += [line for line in corpus if line.strip()][:150]
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for _ in range(40):  # long words take the heap merge path (> 64 bytes)
        out.append("".join(rng.choice(letters) for _ in range(rng.randint(60, 400))))
    for _ in range(20):
        out.append(" ".join("".join(rng.choice("éàüößçñøåæœ") for _ in range(rng.randint(1, 80))) for _ in range(3)))
    pool = (list("aZé日本語ßЖж한글ไทยअआ") + list("0٣½") + [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000"] +
            list("'.,!?-()\"#<>|{}[]") + ["'s", "'LL", "\U0001F37A", "\U0001F469\u200d\U0001F4BB", "€", "\u0301"])
    for _ in range(120):
        out.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 40))))
    return out


def main():
    ref = Reference()
    for line in (DATA / "tokenizer_vectors.jsonl").read_text().splitlines():
        row = json.loads(line)
        if ref.encode(row["text"]) != row["ids"]:
            sys.exit("reference BPE does not reproduce %r" % row["text"])
    for t in texts():
        print(json.dumps({"text": t, "ids": ref.encode(t)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
