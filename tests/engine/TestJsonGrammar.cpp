// Constrained JSON output: the byte automaton accepts exactly the documents of the schema, the
// token mask equals stepping every token on its own, and random "models" (random logits) always
// end with a document that parses and validates, also when the token budget cuts them short.
#include <QtTest>

#include <cmath>
#include <random>

#include "engine/chat/ToolCalls.h"
#include "engine/sampling/GrammarConstraint.h"

using namespace sb;

namespace {

// Feeds text byte by byte; -1 when every byte was accepted, else the offset refused.
int feed(const JsonGrammar &g, std::string_view text, bool *complete = nullptr)
{
    std::vector<GrammarFrame> arena;
    GrammarState s = g.initial(arena);
    for (size_t i = 0; i < text.size(); ++i)
        if (!g.step(s, uint8_t(text[i]), arena))
            return int(i);
    if (complete)
        *complete = g.canEnd(s, arena);
    return -1;
}

bool accepts(const JsonGrammar &g, std::string_view text)
{
    bool complete = false;
    return feed(g, text, &complete) < 0 && complete;
}

JsonGrammar schemaGrammar(const char *schema)
{
    auto json = Json::parse(schema);
    if (!json.ok())
        qFatal("bad test schema");
    auto g = JsonGrammar::fromSchema(json.value());
    if (!g.ok())
        qFatal("%s", g.error().message.c_str());
    return std::move(g.value());
}

// A small validator for the schema subset the tests use (types, properties, required, enum,
// const, items, min/max items and lengths, anyOf).
bool validates(const Json &v, const Json &schema)
{
    if (const Json *e = schema.find("enum")) {
        for (const Json &x : e->asArray())
            if (x.dump() == v.dump())
                return true;
        return false;
    }
    if (const Json *c = schema.find("const"))
        return c->dump() == v.dump();
    if (const Json *any = schema.find("anyOf")) {
        for (const Json &alt : any->asArray())
            if (validates(v, alt))
                return true;
        return false;
    }
    std::vector<std::string> types;
    if (schema["type"].isString())
        types.push_back(schema["type"].asString());
    for (const Json &t : schema["type"].asArray())
        types.push_back(t.asString());
    if (types.empty())
        return true;
    for (const std::string &t : types) {
        if (t == "null" && v.isNull())
            return true;
        if (t == "boolean" && v.isBool())
            return true;
        if (t == "integer" && v.isNumber() && std::floor(v.asDouble()) == v.asDouble())
            return true;
        if (t == "number" && v.isNumber())
            return true;
        if (t == "string" && v.isString()) {
            // Characters, not bytes: count UTF-8 lead bytes.
            int64_t chars = 0;
            for (const char c : v.asString())
                chars += (uint8_t(c) & 0xC0) != 0x80;
            return chars >= schema["minLength"].asInt64(0) && chars <= schema["maxLength"].asInt64(INT64_MAX);
        }
        if (t == "array" && v.isArray()) {
            if (int64_t(v.size()) < schema["minItems"].asInt64(0)
                || int64_t(v.size()) > schema["maxItems"].asInt64(INT64_MAX))
                return false;
            for (const Json &item : v.asArray())
                if (schema.find("items") && !validates(item, schema["items"]))
                    return false;
            return true;
        }
        if (t == "object" && v.isObject()) {
            for (const Json &r : schema["required"].asArray())
                if (!v.find(r.asString()))
                    return false;
            for (const auto &[key, value] : v.asObject()) {
                const Json *prop = schema["properties"].find(key);
                if (schema.find("properties") && !prop)
                    return false;
                if (prop && !validates(value, *prop))
                    return false;
            }
            return true;
        }
    }
    return false;
}

// A toy vocabulary: every byte, some multi-byte pieces as BPE has them, and one stop token
// (empty bytes, as special tokens are).
std::shared_ptr<const TokenTable> toyTable(int32_t &stopId)
{
    std::vector<std::string> vocab;
    for (int b = 0; b < 256; ++b)
        vocab.push_back(std::string(1, char(b)));
    for (const char *t : { "{\"", "\":", "true", "false", "null", "abc", "\"}", "},", "12", "\",\"", "]}",
             "[{", "hello world", "\xc3\xa9", "\xe2\x82\xac", "0.5", "e+", "\\n", "<tool_call>",
             "\n{\"name\": \"", "\"}}", "}\n</", "tool_call>", "name", "arguments", "\xf0\x9f", "\x80\x80" })
        vocab.push_back(t);
    vocab.push_back("");
    stopId = int32_t(vocab.size() - 1);
    return std::make_shared<const TokenTable>(std::move(vocab));
}

std::vector<int32_t> byteEncode(std::string_view s)
{
    std::vector<int32_t> out;
    for (const char c : s)
        out.push_back(int32_t(uint8_t(c)));
    return out;
}

// Samples with random logits under the constraint until it stops; returns the text.
std::string randomRun(GrammarConstraint &c, int32_t stopId, size_t vocab, int budget, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 3.0f);
    std::vector<float> logits(vocab);
    for (int n = 0; n < budget; ++n) {
        for (float &l : logits)
            l = normal(rng);
        const int32_t stops[1] = { stopId };
        c.mask(logits, budget - n, stops);
        std::vector<double> p(vocab);
        double sum = 0;
        for (size_t i = 0; i < vocab; ++i)
            sum += p[i] = std::isinf(logits[i]) ? 0.0 : std::exp(double(logits[i]));
        if (sum <= 0)
            return "<nothing allowed>";
        const double u = std::uniform_real_distribution<double>(0, sum)(rng);
        size_t pick = vocab;
        double cum = 0;
        for (size_t i = 0; i < vocab; ++i) {
            if (p[i] == 0)
                continue;
            cum += p[i];
            pick = i;
            if (u < cum)
                break;
        }
        if (int32_t(pick) == stopId)
            break;
        if (!c.accept(int32_t(pick)))
            return "<refused>";
        if (c.finished())
            break;
    }
    return c.text();
}

const char *const kSchema = R"({"type":"object","properties":{
  "name":{"type":"string","maxLength":10},"age":{"type":"integer"},
  "tags":{"type":"array","items":{"enum":["a","bb","c"]},"minItems":1,"maxItems":3},
  "ok":{"type":"boolean"},"score":{"type":["number","null"]},
  "nested":{"type":"object","properties":{"x":{"type":"number"},"y":{"const":"fixed"}},"required":["y"]},
  "v":{"anyOf":[{"type":"string","minLength":3},{"type":"null"},{"type":"array","items":{"type":"number"}}]}},
  "required":["name","age","nested"]})";

} // namespace

class TestJsonGrammar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anyObjectAcceptsObjectsOnly_data()
    {
        QTest::addColumn<QByteArray>("text"); // bytes: some are not UTF-8
        QTest::addColumn<bool>("ok");
        QTest::addRow("empty") << QByteArray("{}") << true;
        QTest::addRow("nested") << QByteArray(R"({"a":[1,-2.5e+3,true,null,{"b":"c\n\u00e9"}],"d":{}})")
                                << false; // \u
        QTest::addRow("nested no \\u")
            << QByteArray(R"({"a":[1,-2.5e+3,true,null,{"b":"c\n"}],"d":{}})") << true;
        QTest::addRow("utf8") << QByteArray("{\"k\":\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}") << true;
        QTest::addRow("overlong utf8") << QByteArray("{\"k\":\"\xc0\xaf\"}") << false;
        QTest::addRow("surrogate utf8") << QByteArray("{\"k\":\"\xed\xa0\x80\"}") << false;
        QTest::addRow("array root") << QByteArray("[]") << false;
        QTest::addRow("whitespace") << QByteArray("{ }") << false;
        QTest::addRow("leading zero") << QByteArray(R"({"a":01})") << false;
        QTest::addRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
        QTest::addRow("unclosed") << QByteArray(R"({"a":1)") << false;
        QTest::addRow("control char") << QByteArray("{\"a\":\"\x01\"}") << false;
    }
    void anyObjectAcceptsObjectsOnly()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QCOMPARE(accepts(JsonGrammar::anyObject(), text.toStdString()), ok);
    }

    void schemaDocuments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addRow("minimal") << R"({"name":"","age":0,"nested":{"y":"fixed"}})" << true;
        QTest::addRow("all") << R"({"name":"Bo","age":-3,"tags":["a","c"],"ok":false,"score":null,)"
                                R"("nested":{"x":1.5,"y":"fixed"},"v":[1,2]})"
                             << true;
        QTest::addRow("missing required") << R"({"name":"","nested":{"y":"fixed"}})" << false;
        QTest::addRow("out of order") << R"({"age":0,"name":"","nested":{"y":"fixed"}})" << false;
        QTest::addRow("unknown key") << R"({"name":"","age":0,"zzz":1,"nested":{"y":"fixed"}})" << false;
        QTest::addRow("integer with fraction") << R"({"name":"","age":1.5,"nested":{"y":"fixed"}})" << false;
        QTest::addRow("too long") << R"({"name":"12345678901","age":0,"nested":{"y":"fixed"}})" << false;
        QTest::addRow("enum miss") << R"({"name":"","age":0,"tags":["b"],"nested":{"y":"fixed"}})" << false;
        QTest::addRow("too few items") << R"({"name":"","age":0,"tags":[],"nested":{"y":"fixed"}})" << false;
        QTest::addRow("too many items")
            << R"({"name":"","age":0,"tags":["a","a","a","a"],"nested":{"y":"fixed"}})" << false;
        QTest::addRow("const miss") << R"({"name":"","age":0,"nested":{"y":"other"}})" << false;
        QTest::addRow("short anyOf string")
            << R"({"name":"","age":0,"nested":{"y":"fixed"},"v":"ab"})" << false;
    }
    void schemaDocuments()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(accepts(schemaGrammar(kSchema), text.toStdString()), ok);
    }

    void unsupportedKeywordsAreRefused_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("named");
        QTest::addRow("pattern") << R"({"type":"string","pattern":"^a"})"
                                 << "pattern";
        QTest::addRow("ref") << R"({"type":"object","properties":{"a":{"$ref":"#/$defs/x"}}})"
                             << "$ref";
        QTest::addRow("minimum") << R"({"type":"integer","minimum":1})"
                                 << "minimum";
        QTest::addRow("ambiguous anyOf") << R"({"anyOf":[{"type":"object"},{"type":"object"}]})"
                                         << "alternatives";
        QTest::addRow("required unknown") << R"({"type":"object","properties":{"a":{}},"required":["b"]})"
                                          << "'b'";
    }
    void unsupportedKeywordsAreRefused()
    {
        QFETCH(QString, schema);
        QFETCH(QString, named);
        auto g = JsonGrammar::fromSchema(Json::parse(schema.toStdString()).value());
        QVERIFY(!g.ok());
        QVERIFY2(QString::fromStdString(g.error().message).contains(named), g.error().message.c_str());
    }

    void toolCallGrammar()
    {
        auto params
            = Json::parse(R"({"type":"object","properties":{"city":{"type":"string"}},"required":["city"]})");
        auto g = JsonGrammar::toolCall({ { "get_weather", params.value() }, { "get_time", Json() } });
        QVERIFY(g.ok());
        QVERIFY(accepts(*g,
            "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\":\"Paris\"}}\n</tool_call>"));
        QVERIFY(accepts(*g, "<tool_call>\n{\"name\": \"get_time\", \"arguments\": {}}\n</tool_call>"));
        QVERIFY(!accepts(*g, "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {}}\n</tool_call>"));
        QVERIFY(!accepts(*g, "<tool_call>\n{\"name\": \"other\", \"arguments\": {}}\n</tool_call>"));
        QCOMPARE(feed(*g, "Sure!"), 0);
    }

    // The sorted-prefix walk must allow exactly the tokens whose bytes the automaton accepts one
    // by one from the same state.
    void maskEqualsPerTokenStepping()
    {
        int32_t stopId = 0;
        auto table = toyTable(stopId);
        const JsonGrammar reference = schemaGrammar(kSchema);
        for (const char *prefix : { "", "{", "{\"name\":\"ab", "{\"name\":\"\",\"age\":-1",
                 "{\"name\":\"\",\"age\":0,", "{\"name\":\"\",\"age\":0,\"tags\":[\"bb\"", "{\"name\":\"\xc3",
                 "{\"name\":\"\",\"age\":0,\"nested\":{\"y\":\"fixed\"},\"v\":\"ab" }) {
            GrammarConstraint c(schemaGrammar(kSchema), table, byteEncode);
            for (const char ch : std::string(prefix))
                QVERIFY(c.accept(int32_t(uint8_t(ch))));
            const std::vector<uint64_t> bits = c.allowed(1 << 20);
            std::vector<GrammarFrame> arena;
            GrammarState start = reference.initial(arena);
            for (const char ch : std::string(prefix))
                QVERIFY(reference.step(start, uint8_t(ch), arena));
            for (int32_t id = 0; id < int32_t(table->size()); ++id) {
                bool ok = !table->bytes(id).empty();
                GrammarState s = start;
                for (const char ch : table->bytes(id))
                    ok = ok && reference.step(s, uint8_t(ch), arena);
                const bool masked = (bits[size_t(id) / 64] >> (id % 64)) & 1;
                QVERIFY2(
                    masked == ok, qPrintable(QStringLiteral("prefix '%1' token %2").arg(prefix).arg(id)));
            }
        }
    }

    // Random logits stand in for a random model: whatever is drawn, the output parses and
    // validates, within the budget (finished by the forced shortest completion when needed).
    void randomOutputAlwaysValidates_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<int>("budget");
        QTest::addRow("schema, roomy") << QString(kSchema) << 300;
        QTest::addRow("schema, tight") << QString(kSchema) << 46;
        QTest::addRow("schema, medium") << QString(kSchema) << 70;
        QTest::addRow("json_object, tight") << QString() << 3;
        QTest::addRow("json_object") << QString() << 120;
        QTest::addRow("array root") << QString(
            R"({"type":"array","items":{"type":"object","properties":)"
            R"({"id":{"type":"integer"}},"required":["id"]},"minItems":2})")
                                    << 60;
    }
    void randomOutputAlwaysValidates()
    {
        QFETCH(QString, schema);
        QFETCH(int, budget);
        int32_t stopId = 0;
        auto table = toyTable(stopId);
        const Json schemaJson = schema.isEmpty() ? Json() : Json::parse(schema.toStdString()).value();
        for (uint32_t seed = 1; seed <= 40; ++seed) {
            GrammarConstraint c(
                schema.isEmpty() ? JsonGrammar::anyObject() : schemaGrammar(schema.toUtf8().constData()),
                table, byteEncode);
            const std::string text = randomRun(c, stopId, table->size(), budget, seed);
            auto parsed = Json::parse(text);
            QVERIFY2(parsed.ok(), text.c_str());
            QVERIFY2(
                schema.isEmpty() ? parsed->isObject() : validates(parsed.value(), schemaJson), text.c_str());
        }
    }

    void randomToolCallParses()
    {
        int32_t stopId = 0;
        auto table = toyTable(stopId);
        auto params
            = Json::parse(R"({"type":"object","properties":{"city":{"type":"string"}},"required":["city"]})");
        for (uint32_t seed = 1; seed <= 20; ++seed) {
            auto g = JsonGrammar::toolCall({ { "get_weather", params.value() }, { "get_time", Json() } });
            GrammarConstraint c(std::move(g.value()), table, byteEncode);
            const std::string text = randomRun(c, stopId, table->size(), 100, seed);
            ToolCallStream stream;
            auto pieces = stream.push(text);
            const auto rest = stream.flush();
            pieces.insert(pieces.end(), rest.begin(), rest.end());
            QCOMPARE(pieces.size(), size_t(1));
            QVERIFY2(pieces[0].isCall, text.c_str());
            QVERIFY(pieces[0].call.name == "get_weather" || pieces[0].call.name == "get_time");
            if (pieces[0].call.name == "get_weather")
                QVERIFY(Json::parse(pieces[0].call.argumentsJson)->find("city"));
        }
    }

    // Inside an unbounded string every step has the same automaton state: masks come from the cache.
    void masksAreCachedPerState()
    {
        int32_t stopId = 0;
        auto table = toyTable(stopId);
        GrammarConstraint c(JsonGrammar::anyObject(), table, byteEncode);
        for (const char ch : std::string("{\"k\":\"abcdef"))
            QVERIFY(c.accept(int32_t(uint8_t(ch))));
        (void)c.allowed(1000);
        QVERIFY(c.accept('x'));
        (void)c.allowed(1000);
        QCOMPARE(c.stats().cacheHits, int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestJsonGrammar)
#include "TestJsonGrammar.moc"
