// The hand-written Llama 3 pre-tokenizer against the regex itself (vectors made with Python's
// `regex` module by tools/gen_pretokenizer_vectors.py), plus the Unicode class table.

#include "engine/core/Json.h"
#include "engine/tokenizer/PreTokenizer.h"
#include "engine/tokenizer/UnicodeTables.h"

#include <QtTest>

#include <fstream>

class TestPreTokenizer : public QObject {
    Q_OBJECT

private slots:
    void matchesRegex_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QByteArray>>("pieces");
        std::ifstream in(SB_TEST_DATA_DIR "/tokenizer/pretokenizer_vectors.jsonl");
        QVERIFY(in.good());
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            auto row = sb::Json::parse(line);
            QVERIFY2(row.ok(), line.c_str());
            QList<QByteArray> pieces;
            for (const sb::Json &p : row.value()["pieces"].asArray())
                pieces.append(QByteArray::fromStdString(p.asString()));
            QTest::addRow("line %d", ++n)
                << QByteArray::fromStdString(row.value()["text"].asString()) << pieces;
        }
        QVERIFY(n > 300);
    }

    void matchesRegex()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QByteArray>, pieces);
        std::vector<sb::TextPiece> out;
        const std::string s = text.toStdString();
        sb::preTokenizeLlama3(s, out);
        QList<QByteArray> got;
        for (const sb::TextPiece &p : out)
            got.append(QByteArray::fromStdString(s.substr(p.begin, p.end - p.begin)));
        QCOMPARE(got, pieces);
    }

    void illFormedBytesArePunctuation()
    {
        // 0xFF is no character: it is kept as one "other" character, so it joins a leading space
        // like punctuation does, and the pieces still tile the input.
        const std::string s = "a \xFF\xFEz \xE4\xB8";
        std::vector<sb::TextPiece> out;
        sb::preTokenizeLlama3(s, out);
        QList<QByteArray> got;
        for (const sb::TextPiece &p : out)
            got.append(QByteArray::fromStdString(s.substr(p.begin, p.end - p.begin)));
        QCOMPARE(got, (QList<QByteArray> { "a", " \xFF\xFE", "z", " \xE4\xB8" }));
    }

    void unicodeClasses()
    {
        using namespace sb::detail;
        QCOMPARE(unicodeClass('a'), L);
        QCOMPARE(unicodeClass(0x65E5), L); // 日
        QCOMPARE(unicodeClass(0x10400), L); // Deseret capital long I (outside the BMP)
        QCOMPARE(unicodeClass('7'), N);
        QCOMPARE(unicodeClass(0x0663), N); // Arabic-Indic three
        QCOMPARE(unicodeClass(0x00BD), N); // ½ (No)
        QCOMPARE(unicodeClass(0x2167), N); // Roman numeral eight (Nl)
        QCOMPARE(unicodeClass(0x1D7CE), N); // mathematical bold digit zero
        QCOMPARE(unicodeClass(' '), S);
        QCOMPARE(unicodeClass(0x00A0), S);
        QCOMPARE(unicodeClass(0x3000), S);
        QCOMPARE(unicodeClass(0x0085), S);
        QCOMPARE(unicodeClass(0x200B), O); // zero width space is not White_Space
        QCOMPARE(unicodeClass(0x0301), O); // combining acute (Mn)
        QCOMPARE(unicodeClass(0x1F37A), O); // 🍺
        QCOMPARE(unicodeClass(0x10FFFF), O);
        QCOMPARE(unicodeClass(0x110000), O);
        // The table is sorted and disjoint.
        for (size_t i = 1; i < kUnicodeRangeCount; ++i)
            QVERIFY(kUnicodeRanges[i - 1].hi < kUnicodeRanges[i].lo);
    }
};

QTEST_GUILESS_MAIN(TestPreTokenizer)
#include "TestPreTokenizer.moc"
