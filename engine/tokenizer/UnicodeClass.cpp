#include "engine/tokenizer/UnicodeTables.h"

#include <array>
#include <memory>

namespace sb::detail {

namespace {

UnicodeClass searchRanges(uint32_t cp)
{
    size_t lo = 0, hi = kUnicodeRangeCount;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (kUnicodeRanges[mid].hi < cp)
            lo = mid + 1;
        else if (kUnicodeRanges[mid].lo > cp)
            hi = mid;
        else
            return kUnicodeRanges[mid].cls;
    }
    return O;
}

// Expanded once (64 KiB) because almost all text is in the BMP and a binary search over
// ~800 ranges per character would dominate pre-tokenization.
const std::array<UnicodeClass, 0x10000> &bmpTable()
{
    static const std::unique_ptr<std::array<UnicodeClass, 0x10000>> table = [] {
        auto t = std::make_unique<std::array<UnicodeClass, 0x10000>>();
        t->fill(O);
        for (size_t i = 0; i < kUnicodeRangeCount && kUnicodeRanges[i].lo < 0x10000; ++i) {
            const uint32_t hi = kUnicodeRanges[i].hi < 0xFFFF ? kUnicodeRanges[i].hi : 0xFFFF;
            for (uint32_t cp = kUnicodeRanges[i].lo; cp <= hi; ++cp)
                (*t)[cp] = kUnicodeRanges[i].cls;
        }
        return t;
    }();
    return *table;
}

} // namespace

bool isPythonPrintable(uint32_t cp)
{
    size_t lo = 0, hi = kNonPrintableRangeCount;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (kNonPrintableRanges[mid].hi < cp)
            lo = mid + 1;
        else if (kNonPrintableRanges[mid].lo > cp)
            hi = mid;
        else
            return false;
    }
    return cp <= 0x10FFFF;
}

UnicodeClass unicodeClass(uint32_t cp)
{
    if (cp < 0x10000)
        return bmpTable()[cp];
    return searchRanges(cp);
}

} // namespace sb::detail
