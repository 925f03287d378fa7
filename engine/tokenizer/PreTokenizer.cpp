#include "engine/tokenizer/PreTokenizer.h"

#include "engine/core/Utf8.h"
#include "engine/tokenizer/UnicodeTables.h"

namespace sb {

namespace {

using detail::UnicodeClass;

// ASCII classes without a function call (most text is ASCII).
struct AsciiClasses {
    UnicodeClass cls[128];
    constexpr AsciiClasses()
        : cls()
    {
        for (int c = 0; c < 128; ++c) {
            UnicodeClass k = detail::O;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                k = detail::L;
            else if (c >= '0' && c <= '9')
                k = detail::N;
            else if (c == ' ' || (c >= 0x09 && c <= 0x0D))
                k = detail::S;
            cls[c] = k;
        }
    }
};
constexpr AsciiClasses kAscii;

// The decoded text: one entry per character.
struct Chars {
    std::vector<uint32_t> cp; // code point; ill-formed bytes become 0x110000 + byte
    std::vector<uint8_t> cls; // UnicodeClass
    std::vector<uint32_t> offset; // byte offset of each character, plus the end
};

void decode(std::string_view text, Chars &c)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    c.cp.reserve(n);
    c.cls.reserve(n);
    c.offset.reserve(n + 1);
    size_t i = 0;
    while (i < n) {
        c.offset.push_back(uint32_t(i));
        if (p[i] < 0x80) {
            c.cp.push_back(p[i]);
            c.cls.push_back(kAscii.cls[p[i]]);
            ++i;
            continue;
        }
        uint32_t cp = 0;
        size_t len = 0;
        if (decodeUtf8(p + i, n - i, cp, len) == Utf8Status::Ok) {
            c.cp.push_back(cp);
            c.cls.push_back(detail::unicodeClass(cp));
            i += len;
        } else {
            c.cp.push_back(0x110000u + p[i]);
            c.cls.push_back(detail::O);
            ++i;
        }
    }
    c.offset.push_back(uint32_t(n));
}

inline bool isNewline(uint32_t cp)
{
    return cp == '\r' || cp == '\n';
}

// Simple case folding for the contraction letters ('ſ' U+017F folds to 's').
inline uint32_t foldContraction(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp == 0x17F)
        return 's';
    return cp;
}

// End (character index) of the piece starting at i.
size_t matchAt(const Chars &c, size_t i, size_t n)
{
    const uint32_t *cp = c.cp.data();
    const uint8_t *cls = c.cls.data();
    const uint32_t c0 = cp[i];

    // (?i:'s|'t|'re|'ve|'m|'ll|'d)
    if (c0 == '\'' && i + 1 < n) {
        const uint32_t a = foldContraction(cp[i + 1]);
        if (a == 's' || a == 't' || a == 'm' || a == 'd')
            return i + 2;
        if (i + 2 < n) {
            const uint32_t b = foldContraction(cp[i + 2]);
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
                return i + 3;
        }
    }

    // [^\r\n\p{L}\p{N}]?\p{L}+
    if (cls[i] == detail::L) {
        size_t j = i + 1;
        while (j < n && cls[j] == detail::L)
            ++j;
        return j;
    }
    if (cls[i] != detail::N && !isNewline(c0) && i + 1 < n && cls[i + 1] == detail::L) {
        size_t j = i + 2;
        while (j < n && cls[j] == detail::L)
            ++j;
        return j;
    }

    // \p{N}{1,3}
    if (cls[i] == detail::N) {
        size_t j = i + 1;
        while (j < n && j < i + 3 && cls[j] == detail::N)
            ++j;
        return j;
    }

    //  ?[^\s\p{L}\p{N}]+[\r\n]*
    {
        size_t j = i;
        if (c0 == ' ' && i + 1 < n && cls[i + 1] == detail::O)
            j = i + 1;
        if (cls[j] == detail::O) {
            while (j < n && cls[j] == detail::O)
                ++j;
            while (j < n && isNewline(cp[j]))
                ++j;
            return j;
        }
    }

    // Only whitespace is left here.
    size_t runEnd = i + 1;
    while (runEnd < n && cls[runEnd] == detail::S)
        ++runEnd;
    // \s*[\r\n]+ : up to and including the last newline of the run
    for (size_t k = runEnd; k > i; --k)
        if (isNewline(cp[k - 1]))
            return k;
    // \s+(?!\S) : the run, less the character before a non-space
    if (runEnd == n)
        return runEnd;
    if (runEnd - 1 > i)
        return runEnd - 1;
    // \s+
    return runEnd;
}

} // namespace

void preTokenizeLlama3(std::string_view text, std::vector<TextPiece> &out)
{
    if (text.empty())
        return;
    Chars chars;
    decode(text, chars);
    const size_t n = chars.cp.size();
    size_t i = 0;
    while (i < n) {
        const size_t j = matchAt(chars, i, n);
        out.push_back({ chars.offset[i], chars.offset[j] });
        i = j;
    }
}

} // namespace sb
