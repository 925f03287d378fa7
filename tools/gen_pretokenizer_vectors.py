#!/usr/bin/env python3
"""Generate tests/data/tokenizer/pretokenizer_vectors.jsonl: how the Llama 3 pre-tokenizer regex
(run by the third-party `regex` module, which has \\p{..} classes and scoped (?i:)) splits tricky
and random strings. TestPreTokenizer compares the hand-written splitter with every line.

    python3 tools/gen_pretokenizer_vectors.py > tests/data/tokenizer/pretokenizer_vectors.jsonl
"""
import json
import random
import regex

PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|"
           r" ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")

FIXED = [
    "", " ", "  ", "\n", " \n", "\n ", "a\n\n b", "x  \n  y", "x \t y", "end   ", "  start",
    "it's", "IT'S", "we'RE", "they'Ve", "I'M", "you'LL", "he'D", "'s", "'", "''s", "x'sy",
    "'ſ", "don'T", "l'll'll", "rock'n'roll", "3'd",
    "a1b2c3", "12345678", "x١٢٣٤y", "½¾", "Ⅻ", "²³", "1,000,000.50",
    "foo.bar(baz)", "a!!!\n\nb", " ...\r\n\r\nx", "-> =>", "¡Hola!", "«quote»",
    "\u00a0word", "a\u00a0\u00a0b", "\u3000全角", "x\u2009y", "\u0085z", "\r\rx", "\x0bv\x0cf",
    "e\u0301", "naïve", "ﬁne", "Ω≈ç√∫", "한국어 텍스트", "ไทย", "עברית 123", "🙂🙂 x🙂", "a\u200db",
    "\ttab", "\t\tab", "\n\tx", "x\n\t", " ?!", " \u00a0?",
]

POOL = (list("aZé日ß") + list("0٣½") + [" ", " ", "\t", "\n", "\r", "\u00a0", "\u3000", "\u2028"] +
        list("'.,!?-()\"#") + ["s", "S", "t", "re", "ll", "D"] + ["\u0301", "\U0001F37A", "\u200d", "€"])


def main():
    rng = random.Random(20260525)
    texts = list(FIXED)
    for _ in range(300):
        n = rng.randint(1, 24)
        texts.append("".join(rng.choice(POOL) for _ in range(n)))
    for t in texts:
        pieces = regex.findall(PATTERN, t)
        assert "".join(pieces) == t, t
        print(json.dumps({"text": t, "pieces": pieces}, ensure_ascii=False))


if __name__ == "__main__":
    main()
