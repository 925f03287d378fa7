#include "engine/core/Utf8.h"

namespace sb {

Utf8Status decodeUtf8(const unsigned char *p, size_t n, uint32_t &cp, size_t &len)
{
    const unsigned char c = p[0];
    if (c < 0x80) {
        cp = c;
        len = 1;
        return Utf8Status::Ok;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        cp = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        cp = c & 0x07;
        if (c == 0xF0)
            lo = 0x90; // overlong
        else if (c == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        len = 1;
        return Utf8Status::Invalid;
    }
    for (size_t i = 1; i < need; ++i) {
        if (i >= n)
            return Utf8Status::Incomplete;
        const unsigned char b = p[i];
        const bool ok = (i == 1) ? (b >= lo && b <= hi) : ((b & 0xC0) == 0x80);
        if (!ok) {
            len = i; // the maximal subpart ends before the offending byte
            return Utf8Status::Invalid;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    len = need;
    return Utf8Status::Ok;
}

void appendUtf8(std::string &out, uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::string toValidUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    size_t i = 0;
    const size_t n = bytes.size();
    while (i < n) {
        uint32_t cp;
        size_t len = 0;
        switch (decodeUtf8(p + i, n - i, cp, len)) {
        case Utf8Status::Ok:
            out.append(bytes.data() + i, len);
            i += len;
            break;
        case Utf8Status::Invalid:
            out += "\xEF\xBF\xBD";
            i += len;
            break;
        case Utf8Status::Incomplete:
            out += "\xEF\xBF\xBD";
            i = n;
            break;
        }
    }
    return out;
}

bool isValidUtf8(std::string_view bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    size_t i = 0;
    while (i < bytes.size()) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        uint32_t cp;
        size_t len = 0;
        if (decodeUtf8(p + i, bytes.size() - i, cp, len) != Utf8Status::Ok)
            return false;
        i += len;
    }
    return true;
}

} // namespace sb
