// StreamingDecoder and the UTF-8 helpers: every split of multi-byte characters across tokens,
// ill-formed input replaced the way from_utf8_lossy does.

#include "engine/core/Utf8.h"
#include "engine/tokenizer/Tokenizer.h"

#include <QtTest>

#include <optional>
#include <random>

namespace {

// Three 4-byte, two 3-byte, two 2-byte characters and ASCII.
const std::string kText
    = "a\xC3\xA9\xF0\x9F\x8D\xBA\xE6\x97\xA5 \xF0\x9F\x9A\x80\xC3\x9F\xE2\x80\x94\xF0\x9F\x91\xA9z";

} // namespace

class TestUtf8Decoder : public QObject {
    Q_OBJECT

private:
    std::optional<sb::Tokenizer> m_tok; // byte tokens are ids 0-255 in the mini tokenizer

    // The id of the token that is exactly byte b.
    int32_t byteId(unsigned char b) const { return m_tok->tokenId(std::string(1, char(b))); }

private slots:
    void initTestCase()
    {
        auto r = sb::Tokenizer::fromFile(SB_TEST_DATA_DIR "/tokenizer/mini_tokenizer.json");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        m_tok.emplace(std::move(r.value()));
    }

    void byteByByteEmitsWholeCharacters()
    {
        sb::StreamingDecoder dec(*m_tok);
        std::string out;
        for (const char c : kText) {
            const std::string piece = dec.push(byteId(static_cast<unsigned char>(c)));
            QVERIFY(sb::isValidUtf8(piece));
            // Output only ever ends on a character boundary of the input.
            out += piece;
            QCOMPARE(out.size() + dec.pendingBytes() <= kText.size(), true);
            QVERIFY(dec.pendingBytes() < 4);
        }
        QCOMPARE(dec.flush(), std::string());
        QCOMPARE(out, kText);
    }

    void everySplitIntoTokensGivesTheSameText()
    {
        // Random groupings of the bytes into "tokens": the concatenated output never changes and
        // each piece is valid UTF-8. Tokens here are pushed as runs of byte tokens.
        std::mt19937 rng(7);
        for (int round = 0; round < 300; ++round) {
            sb::StreamingDecoder dec(*m_tok);
            std::string out;
            size_t i = 0;
            while (i < kText.size()) {
                const size_t len = std::min(kText.size() - i, size_t(1 + rng() % 5));
                std::string piece;
                for (size_t k = 0; k < len; ++k)
                    piece += dec.push(byteId(static_cast<unsigned char>(kText[i + k])));
                QVERIFY(sb::isValidUtf8(piece));
                out += piece;
                i += len;
            }
            out += dec.flush();
            QCOMPARE(out, kText);
        }
    }

    void illFormedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray r = "\xEF\xBF\xBD"; // U+FFFD
        QTest::addRow("lone continuation") << QByteArray("a\x80z") << QByteArray("a" + r + "z");
        QTest::addRow("invalid lead") << QByteArray("\xFF\xC0\xC1") << r + r + r;
        QTest::addRow("overlong 3-byte") << QByteArray("\xE0\x80\x80") << r + r + r;
        QTest::addRow("surrogate") << QByteArray("\xED\xA0\x80") << r + r + r;
        QTest::addRow("above 10FFFF") << QByteArray("\xF4\x90\x80\x80") << r + r + r + r;
        QTest::addRow("truncated then ascii") << QByteArray("\xE6\x97z") << QByteArray(r + "z");
        QTest::addRow("truncated 4-byte then 4-byte")
            << QByteArray("\xF0\x9F\x8D\xF0\x9F\x8D\xBA") << QByteArray(r + "\xF0\x9F\x8D\xBA");
        QTest::addRow("truncated at end") << QByteArray("ok\xF0\x9F") << QByteArray("ok" + r);
    }

    void illFormedInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const std::string in = input.toStdString();
        QCOMPARE(QByteArray::fromStdString(sb::toValidUtf8(in)), expected);
        sb::StreamingDecoder dec(*m_tok);
        std::string out;
        for (const char c : in)
            out += dec.push(byteId(static_cast<unsigned char>(c)));
        out += dec.flush();
        QCOMPARE(QByteArray::fromStdString(out), expected);
        QCOMPARE(sb::isValidUtf8(in), false);
    }

    void decodeUtf8Statuses()
    {
        uint32_t cp = 0;
        size_t len = 0;
        const auto *beer = reinterpret_cast<const unsigned char *>("\xF0\x9F\x8D\xBA");
        QCOMPARE(sb::decodeUtf8(beer, 4, cp, len), sb::Utf8Status::Ok);
        QCOMPARE(cp, uint32_t(0x1F37A));
        QCOMPARE(len, size_t(4));
        for (size_t n = 1; n < 4; ++n)
            QCOMPARE(sb::decodeUtf8(beer, n, cp, len), sb::Utf8Status::Incomplete);
        std::string s;
        sb::appendUtf8(s, 0x1F37A);
        sb::appendUtf8(s, 0xE9);
        sb::appendUtf8(s, 0x20AC);
        QCOMPARE(s, std::string("\xF0\x9F\x8D\xBA\xC3\xA9\xE2\x82\xAC"));
    }

    void resetDropsPending()
    {
        sb::StreamingDecoder dec(*m_tok);
        QCOMPARE(dec.push(byteId(0xF0)), std::string());
        QCOMPARE(dec.pendingBytes(), size_t(1));
        dec.reset();
        QCOMPARE(dec.push(byteId('x')), std::string("x"));
    }
};

QTEST_GUILESS_MAIN(TestUtf8Decoder)
#include "TestUtf8Decoder.moc"
