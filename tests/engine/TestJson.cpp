// sb::Json: the engine's JSON reader (tokenizer.json, config.json, safetensors headers).

#include "engine/core/Json.h"

#include <QtTest>

// Note: no raw string literal here may contain a backslash-quote; Qt 6.4's moc misreads it and
// silently drops the test class.

using sb::Json;

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void parsesScalarsAndContainers()
    {
        auto r
            = Json::parse(R"( {"a": 1, "b": [true, false, null, -2.5e3, "x"], "c": {"d": {}} , "e": []} )");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const Json &v = r.value();
        QVERIFY(v.isObject());
        QCOMPARE(v.size(), size_t(4));
        QVERIFY(v["a"].isInteger());
        QCOMPARE(v["a"].asInt64(), int64_t(1));
        QCOMPARE(v["b"].size(), size_t(5));
        QCOMPARE(v["b"][0].asBool(), true);
        QCOMPARE(v["b"][1].asBool(true), false);
        QVERIFY(v["b"][2].isNull());
        QCOMPARE(v["b"][3].asDouble(), -2500.0);
        QVERIFY(!v["b"][3].isInteger());
        QCOMPARE(v["b"][4].asString(), std::string("x"));
        QVERIFY(v["c"]["d"].isObject());
        QCOMPARE(v["c"]["d"].size(), size_t(0));
        QVERIFY(v["e"].isArray());
        QVERIFY(v["missing"].isNull());
        QVERIFY(v["b"][99].isNull());
        QCOMPARE(v["b"].asString(), std::string()); // wrong type -> fallback, no throw
    }

    void keepsMemberOrder()
    {
        auto r = Json::parse(R"({"z":1,"a":2,"m":3})");
        QVERIFY(r.ok());
        const auto &o = r.value().asObject();
        QCOMPARE(o[0].first, std::string("z"));
        QCOMPARE(o[1].first, std::string("a"));
        QCOMPARE(o[2].first, std::string("m"));
        QCOMPARE(r.value().dump(), std::string(R"({"z":1,"a":2,"m":3})"));
    }

    void largeIntegersStayExact()
    {
        auto r
            = Json::parse("[9007199254740993, -9223372036854775808, 18446744073709551616, 1e400, -1e-400]");
        QVERIFY(r.ok());
        QCOMPARE(r.value()[0].asInt64(), int64_t(9007199254740993LL));
        QCOMPARE(r.value()[1].asInt64(), INT64_MIN);
        QVERIFY(!r.value()[2].isInteger()); // too big for int64: kept as a double
        QVERIFY(std::isinf(r.value()[3].asDouble()));
        QCOMPARE(r.value()[4].asDouble(), 0.0);
    }

    void stringEscapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("simple") << QByteArray("\"a\\\"b\\\\c\\/d\"") << QByteArray("a\"b\\c/d");
        QTest::addRow("controls") << QByteArray(R"("\b\f\n\r\t")") << QByteArray("\b\f\n\r\t");
        QTest::addRow("bmp") << QByteArray(R"("\u00e9\u4e2d")") << QByteArray("\xC3\xA9\xE4\xB8\xAD");
        QTest::addRow("nul") << QByteArray(R"("a\u0000b")") << QByteArray("a\0b", 3);
        QTest::addRow("surrogate pair") << QByteArray(R"("\ud83c\udf7a")") << QByteArray("\xF0\x9F\x8D\xBA");
        QTest::addRow("raw utf8") << QByteArray("\"Gr\xC3\xBC\xC3\x9F\x65\"")
                                  << QByteArray("Gr\xC3\xBC\xC3\x9F\x65");
        QTest::addRow("uppercase hex") << QByteArray(R"("\u00C9")") << QByteArray("\xC3\x89");
    }

    void stringEscapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        auto r = Json::parse(std::string_view(json.constData(), size_t(json.size())));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(QByteArray::fromStdString(r.value().asString()), expected);
        // dump() and parse() round-trip.
        auto again = Json::parse(r.value().dump());
        QVERIFY(again.ok());
        QCOMPARE(QByteArray::fromStdString(again.value().asString()), expected);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset");
        QTest::addRow("empty") << QByteArray("") << 0;
        QTest::addRow("trailing comma array") << QByteArray("[1,]") << 3;
        QTest::addRow("trailing comma object") << QByteArray("{\"a\":1,}") << 7;
        QTest::addRow("missing colon") << QByteArray("{\"a\" 1}") << 5;
        QTest::addRow("unterminated string") << QByteArray("\"abc") << 4;
        QTest::addRow("unterminated array") << QByteArray("[1, 2") << 5;
        QTest::addRow("bad literal") << QByteArray("[tru]") << 1;
        QTest::addRow("leading zero") << QByteArray("01") << 1;
        QTest::addRow("bare minus") << QByteArray("-") << 1;
        QTest::addRow("dot without digits") << QByteArray("1.") << 2;
        QTest::addRow("exponent without digits") << QByteArray("1e+") << 3;
        QTest::addRow("bad escape") << QByteArray("\"\\x\"") << 2;
        QTest::addRow("short unicode escape") << QByteArray("\"\\u12\"") << 3;
        QTest::addRow("lone high surrogate") << QByteArray("\"\\ud800x\"") << 7;
        QTest::addRow("lone low surrogate") << QByteArray("\"\\udc00\"") << 7;
        QTest::addRow("raw control char") << QByteArray("\"a\nb\"") << 2;
        QTest::addRow("invalid utf8") << QByteArray("\"a\xFF\"") << 2;
        QTest::addRow("truncated utf8") << QByteArray("\"a\xE4\xB8") << 2;
        QTest::addRow("two documents") << QByteArray("{} {}") << 3;
        QTest::addRow("single quotes") << QByteArray("{'a':1}") << 1;
        QTest::addRow("nan") << QByteArray("NaN") << 0;
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        auto r = Json::parse(std::string_view(json.constData(), size_t(json.size())));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, sb::ErrorCode::Format);
        const std::string prefix = "offset " + std::to_string(offset) + ":";
        QVERIFY2(r.error().message.rfind(prefix, 0) == 0, r.error().message.c_str());
    }

    void deepNestingIsAnErrorNotACrash()
    {
        const std::string deep(100000, '[');
        auto r = Json::parse(deep);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("nesting too deep") != std::string::npos);
        auto ok = Json::parse(std::string(100, '[') + std::string(100, ']'));
        QVERIFY(ok.ok());
    }

    void everyTruncationOfADocumentFailsCleanly()
    {
        const std::string doc
            = R"({"name": "x\u00e9", "list": [1, 2.5, -3e2, true, null], "nested": {"k": ["\ud83c\udf7a"]}})";
        QVERIFY(Json::parse(doc).ok());
        for (size_t n = 0; n < doc.size(); ++n)
            QVERIFY2(!Json::parse(std::string_view(doc).substr(0, n)).ok(), doc.substr(0, n).c_str());
    }

    void builders()
    {
        Json o = Json::object();
        o.set("b", Json(1));
        o.set("a", Json("x"));
        o.set("b", Json(2)); // replaces in place
        Json arr = Json::array();
        arr.push(Json(true));
        arr.push(Json(nullptr));
        arr.push(Json(0.5));
        o.set("list", arr);
        QCOMPARE(o.dump(), std::string(R"({"b":2,"a":"x","list":[true,null,0.5]})"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "TestJson.moc"
