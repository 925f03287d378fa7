// sb::Tokenizer on the real SmolLM3 tokenizer.json: reference vectors, special tokens, the GGUF
// (vector) constructor, streaming decode and malformed files.

#include "engine/bench/TokenizerBench.h"
#include "engine/core/Json.h"
#include "engine/core/Utf8.h"
#include "engine/model/TokenizerData.h"
#include "engine/model/TokenizerJson.h"
#include "engine/tokenizer/Tokenizer.h"

#include <QtTest>

#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <thread>

namespace {

const char *kTokenizerPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
const char *kVectorsPath = SB_TEST_DATA_DIR "/smollm3/tokenizer_vectors.jsonl";
const char *kMiniPath = SB_TEST_DATA_DIR "/tokenizer/mini_tokenizer.json";

sb::Json *findMember(sb::Json &object, const char *key)
{
    for (auto &member : *object.mutableObject())
        if (member.first == key)
            return &member.second;
    return nullptr;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

std::vector<int32_t> idsOf(const QList<int> &list)
{
    return std::vector<int32_t>(list.begin(), list.end());
}

QList<int> listOf(const std::vector<int32_t> &v)
{
    return QList<int>(v.begin(), v.end());
}

// Rebuilds the GGUF-style vocabulary (what llama.cpp's converter writes) from tokenizer.json.
sb::TokenizerVocab vocabFromJson(const sb::Json &root)
{
    sb::TokenizerVocab v;
    const sb::Json &model = root["model"];
    size_t size = 0;
    for (const auto &[text, id] : model["vocab"].asObject())
        size = std::max(size, size_t(id.asInt64()) + 1);
    for (const sb::Json &t : root["added_tokens"].asArray())
        size = std::max(size, size_t(t["id"].asInt64()) + 1);
    v.tokens.resize(size);
    v.tokenTypes.assign(size, int32_t(sb::TokenType::Normal));
    for (const auto &[text, id] : model["vocab"].asObject())
        v.tokens[size_t(id.asInt64())] = text;
    for (const sb::Json &t : root["added_tokens"].asArray()) {
        v.tokens[size_t(t["id"].asInt64())] = t["content"].asString();
        v.tokenTypes[size_t(t["id"].asInt64())]
            = int32_t(t["special"].asBool() ? sb::TokenType::Control : sb::TokenType::UserDefined);
    }
    for (const sb::Json &m : model["merges"].asArray())
        v.merges.push_back(m.asString());
    return v;
}

} // namespace

class TestTokenizer : public QObject {
    Q_OBJECT

private:
    std::optional<sb::Tokenizer> m_tok;

private slots:
    void initTestCase()
    {
        auto r = sb::Tokenizer::fromFile(kTokenizerPath);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        m_tok.emplace(std::move(r.value()));
        QCOMPARE(m_tok->vocabSize(), 128256);
        QCOMPARE(m_tok->mergeCount(), size_t(280147));
    }

    void referenceVectors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<int>>("ids");
        std::ifstream in(kVectorsPath);
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            if (line.empty())
                continue;
            auto row = sb::Json::parse(line);
            QVERIFY2(row.ok(), line.c_str());
            QList<int> ids;
            for (const sb::Json &id : row.value()["ids"].asArray())
                ids.append(int(id.asInt64()));
            QTest::addRow("line %d", ++n) << bytes(row.value()["text"].asString()) << ids;
        }
        QCOMPARE(n, 20);
    }

    void referenceVectors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<int>, ids);
        const std::string s = text.toStdString();
        QCOMPARE(listOf(m_tok->encode(s)), ids);
        // Round trip, and decoding the reference ids gives the text back.
        QCOMPARE(bytes(m_tok->decode(m_tok->encode(s))), text);
        QCOMPARE(bytes(m_tok->decode(idsOf(ids))), text);
        // Encoding twice (the second time through the word cache) gives the same ids.
        QCOMPARE(listOf(m_tok->encode(s)), ids);
    }

    void independentReference_data()
    {
        // 330 texts (long words for the heap merge path, many scripts, odd spacing) encoded by
        // tools/gen_bpe_reference_vectors.py: the regex itself plus textbook BPE in Python, which
        // reproduces tokenizer_vectors.jsonl before writing these.
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<int>>("ids");
        std::ifstream in(SB_TEST_DATA_DIR "/tokenizer/bpe_reference_vectors.jsonl");
        QVERIFY(in.good());
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            auto row = sb::Json::parse(line);
            QVERIFY2(row.ok(), line.c_str());
            QList<int> ids;
            for (const sb::Json &id : row.value()["ids"].asArray())
                ids.append(int(id.asInt64()));
            QTest::addRow("line %d", ++n) << bytes(row.value()["text"].asString()) << ids;
        }
        QVERIFY(n >= 300);
    }

    void independentReference()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<int>, ids);
        const std::string s = text.toStdString();
        QCOMPARE(listOf(m_tok->encode(s)), ids);
        QCOMPARE(bytes(m_tok->decode(m_tok->encode(s))), text);
    }

    void knownSpecialTokens()
    {
        QCOMPARE(m_tok->tokenId("<|begin_of_text|>"), 128000);
        QCOMPARE(m_tok->tokenId("<|end_of_text|>"), 128001);
        QCOMPARE(m_tok->tokenId("<think>"), 128002);
        QCOMPARE(m_tok->tokenId("</think>"), 128003);
        QCOMPARE(m_tok->tokenId("<|finetune_right_pad_id|>"), 128004);
        QCOMPARE(m_tok->tokenId("<|im_start|>"), 128011);
        QCOMPARE(m_tok->tokenId("<|im_end|>"), 128012);
        QCOMPARE(m_tok->bosId(), 128000);
        QVERIFY(m_tok->isSpecial(128012));
        QVERIFY(!m_tok->isSpecial(9906));
        QCOMPARE(m_tok->tokenId("Hello"), 9906); // vocabulary token by its bytes
        QCOMPARE(m_tok->tokenId("no such token at all"), -1);
        QCOMPARE(bytes(std::string(m_tok->tokenBytes(128012))), QByteArray("<|im_end|>"));
        QVERIFY(m_tok->tokenBytes(-1).empty());
        QVERIFY(m_tok->tokenBytes(1 << 20).empty());
    }

    void specialTokensParsedOnlyWhenAsked()
    {
        const std::string text = "<|im_start|>user\nHi<|im_end|>\n";
        const std::vector<int32_t> expected = { 128011, 882, 198, 13347, 128012, 198 };
        QCOMPARE(listOf(m_tok->encode(text, { .parseSpecial = true })), listOf(expected));
        const std::vector<int32_t> plain = m_tok->encode(text);
        QVERIFY(std::find(plain.begin(), plain.end(), 128011) == plain.end());
        QVERIFY(std::find(plain.begin(), plain.end(), 128012) == plain.end());
        QCOMPARE(m_tok->decode(plain), text);
        QCOMPARE(m_tok->decode(m_tok->encode(text, { .parseSpecial = true })), text);
        QCOMPARE(
            m_tok->decode(m_tok->encode(text, { .parseSpecial = true }), true), std::string("user\nHi\n"));
        // Adjacent specials, a special at the very start/end, and text that only looks special.
        const auto ids = m_tok->encode("<think></think><|im_end|x<|im_end|>", { .parseSpecial = true });
        QCOMPARE(ids.front(), 128002);
        QCOMPARE(ids[1], 128003);
        QCOMPARE(ids.back(), 128012);
        QCOMPARE(m_tok->decode(ids), std::string("<think></think><|im_end|x<|im_end|>"));
    }

    void bosIsOptional()
    {
        QCOMPARE(
            listOf(m_tok->encode("Hello world", { .addBos = true })), (QList<int> { 128000, 9906, 1917 }));
        QCOMPARE(listOf(m_tok->encode("", { .addBos = true })), QList<int> { 128000 });
        QCOMPARE(listOf(m_tok->encode("Hello world")), (QList<int> { 9906, 1917 }));
    }

    void longWordsUseTheHeapPathConsistently()
    {
        // Words longer than the small-word buffer take another merge path; both must agree with
        // the word merged in pieces that the short path handles (a run of one letter merges the
        // same way however long it is, modulo the tail).
        std::string word;
        for (int i = 0; i < 200; ++i)
            word += "ab";
        const auto ids = m_tok->encode(word);
        QCOMPARE(m_tok->decode(ids), word);
        std::string mixed;
        for (int i = 0; i < 100; ++i)
            mixed += "zqx";
        QCOMPARE(m_tok->decode(m_tok->encode(mixed)), mixed);
    }

    void arbitraryBytesRoundTrip()
    {
        // Random bytes, including ill-formed UTF-8: encode keeps every byte, decode restores it
        // (before the lossy UTF-8 clean-up, which we check separately).
        std::mt19937 rng(1234);
        for (int round = 0; round < 200; ++round) {
            std::string s(size_t(rng() % 64), '\0');
            for (char &c : s)
                c = char(rng() % 256);
            std::string raw;
            for (const int32_t id : m_tok->encode(s))
                raw += m_tok->tokenBytes(id);
            QCOMPARE(bytes(raw), bytes(s));
            QCOMPARE(bytes(m_tok->decode(m_tok->encode(s))), bytes(sb::toValidUtf8(s)));
        }
    }

    void streamingDecoderHoldsBackSplitCharacters()
    {
        // The emoji text splits 4-byte characters across tokens (e.g. 11410 235 118 = " 🍺").
        const std::string text
            = "Emoji: \xF0\x9F\x8D\xBA\xF0\x9F\x9A\x80\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB and "
              "symbols \xC2\xA9\xC2\xAE\xE2\x84\xA2";
        const auto ids = m_tok->encode(text);
        sb::StreamingDecoder dec(*m_tok);
        std::string out;
        int heldBack = 0;
        for (const int32_t id : ids) {
            const std::string piece = dec.push(id);
            QVERIFY2(sb::isValidUtf8(piece), "streamed piece is not valid UTF-8");
            heldBack += dec.pendingBytes() > 0;
            out += piece;
        }
        out += dec.flush();
        QCOMPARE(bytes(out), bytes(text));
        QVERIFY(heldBack > 0);
    }

    void streamingDecoderSpecialTokensAndFlush()
    {
        const auto ids = m_tok->encode(
            "<|im_start|>assistant\nGr\xC3\xBC\xC3\x9F\x65<|im_end|>", { .parseSpecial = true });
        sb::StreamingDecoder skip(*m_tok, true), keep(*m_tok, false);
        std::string a, b;
        for (const int32_t id : ids) {
            a += skip.push(id);
            b += keep.push(id);
        }
        a += skip.flush();
        b += keep.flush();
        QCOMPARE(bytes(a), QByteArray("assistant\nGr\xC3\xBC\xC3\x9F\x65"));
        QCOMPARE(bytes(b), QByteArray("<|im_start|>assistant\nGr\xC3\xBC\xC3\x9F\x65<|im_end|>"));

        // A character cut off at the end of the stream becomes U+FFFD on flush; an invalid id is
        // ignored.
        sb::StreamingDecoder cut(*m_tok);
        const int32_t firstByteOfBeer = m_tok->encode("\xF0\x9F\x8D\xBA").front(); // 9468 = "\xF0\x9F"
        QCOMPARE(bytes(std::string(m_tok->tokenBytes(firstByteOfBeer))).size() < 4, true);
        QCOMPARE(cut.push(firstByteOfBeer), std::string());
        QCOMPARE(cut.push(-5), std::string());
        QCOMPARE(cut.flush(), std::string("\xEF\xBF\xBD"));
        QCOMPARE(cut.pendingBytes(), size_t(0));
    }

    void vectorConstructorMatchesJson()
    {
        auto root = sb::Json::parse(readFile(kTokenizerPath));
        QVERIFY(root.ok());
        sb::TokenizerVocab vocab = vocabFromJson(root.value());
        auto r = sb::Tokenizer::fromVocab(vocab, "test.gguf");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        const sb::Tokenizer &g = r.value();
        QCOMPARE(g.vocabSize(), m_tok->vocabSize());
        QCOMPARE(g.bosId(), 128000);
        std::ifstream in(kVectorsPath);
        std::string line;
        while (std::getline(in, line)) {
            auto row = sb::Json::parse(line);
            QVERIFY(row.ok());
            const std::string &text = row.value()["text"].asString();
            QCOMPARE(listOf(g.encode(text)), listOf(m_tok->encode(text)));
        }
        const std::string chat = "<|im_start|>user\nHi<|im_end|>";
        QCOMPARE(listOf(g.encode(chat, { .parseSpecial = true })),
            listOf(m_tok->encode(chat, { .parseSpecial = true })));

        // Malformed vectors give errors naming the field.
        sb::TokenizerVocab bad = vocab;
        bad.tokenTypes.pop_back();
        auto e1 = sb::Tokenizer::fromVocab(bad, "x.gguf");
        QVERIFY(!e1.ok());
        QVERIFY2(e1.error().message.find("token_type") != std::string::npos, e1.error().message.c_str());
        bad = vocab;
        bad.merges[5] = "nospace";
        auto e2 = sb::Tokenizer::fromVocab(bad, "x.gguf");
        QVERIFY(!e2.ok());
        QVERIFY2(e2.error().message.find("tokenizer.ggml.merges[5]") != std::string::npos,
            e2.error().message.c_str());
        bad = vocab;
        bad.merges[7] = "\xC4\xA0 zzzzzzzzzzzz";
        auto e3 = sb::Tokenizer::fromVocab(bad, "x.gguf");
        QVERIFY(!e3.ok());
        QVERIFY2(e3.error().message.find("x.gguf") != std::string::npos, e3.error().message.c_str());
        bad = vocab;
        bad.tokenTypes[10] = 42;
        QVERIFY(!sb::Tokenizer::fromVocab(bad, "x.gguf").ok());
        QVERIFY(!sb::Tokenizer::fromVocab(sb::TokenizerVocab {}, "x.gguf").ok());
    }

    void ggufTokenizerData()
    {
        // The tiny test models' synthetic tokenizer, as GGUF metadata and as tokenizer.json,
        // encodes alike (the model engineers' writer and this reader agree).
        const sb::TokenizerData data = sb::syntheticTokenizerData(300);
        auto g = sb::Tokenizer::fromTokenizerData(data, "tiny.gguf");
        QVERIFY2(g.ok(), g.ok() ? "" : g.error().toString().c_str());
        auto j = sb::Tokenizer::fromJson(sb::syntheticTokenizerJson(300), "tiny/tokenizer.json");
        QVERIFY2(j.ok(), j.ok() ? "" : j.error().toString().c_str());
        QCOMPARE(g->vocabSize(), 300);
        QCOMPARE(g->bosId(), int32_t(sb::SyntheticTokenIds::kBeginOfText));
        QCOMPARE(g->tokenId("<|im_end|>"), int32_t(sb::SyntheticTokenIds::kImEnd));
        for (const char *text :
            { "the cat sat on the mat", "Hello, world!\n", "<|im_start|>user\nHi<|im_end|>" }) {
            QCOMPARE(listOf(g->encode(text, { .parseSpecial = true })),
                listOf(j->encode(text, { .parseSpecial = true })));
            QCOMPARE(g->decode(g->encode(text, { .parseSpecial = true })), std::string(text));
        }
        // The real vocabulary through TokenizerData (type 0 = undefined counts as normal).
        auto root = sb::Json::parse(readFile(kTokenizerPath));
        QVERIFY(root.ok());
        const sb::TokenizerVocab v = vocabFromJson(root.value());
        sb::TokenizerData real;
        real.pre = "llama-bpe";
        real.tokens = v.tokens;
        real.merges = v.merges;
        real.tokenTypes = v.tokenTypes;
        for (size_t i = 0; i < 1000; ++i)
            real.tokenTypes[i] = 0;
        real.bosTokenId = 128000;
        auto r = sb::Tokenizer::fromTokenizerData(real, "real.gguf");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QCOMPARE(listOf(r->encode("I'm sure they'll say it's fine.")),
            listOf(m_tok->encode("I'm sure they'll say it's fine.")));

        sb::TokenizerData other = data;
        other.model = "llama";
        auto e1 = sb::Tokenizer::fromTokenizerData(other, "spm.gguf");
        QVERIFY(!e1.ok());
        QCOMPARE(e1.error().code, sb::ErrorCode::Unsupported);
        QVERIFY(e1.error().message.find("tokenizer.ggml.model") != std::string::npos);
        other = data;
        other.pre = "qwen2";
        auto e2 = sb::Tokenizer::fromTokenizerData(other, "qwen.gguf");
        QVERIFY(!e2.ok());
        QVERIFY(e2.error().message.find("tokenizer.ggml.pre") != std::string::npos);
    }

    void concurrentEncodesAgree()
    {
        // The word cache is shared; several threads encoding at once get the same ids as one.
        const std::string text
            = "Unbelievably, antidisestablishmentarianism outlasted floccinaucinihilipilification! "
              "Grüße aus München, naïve café, 日本語のテキスト. 1234567 zzzqqqxxx";
        const std::vector<int32_t> expected = m_tok->encode(text);
        std::vector<std::vector<int32_t>> results(4);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < results.size(); ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 50; ++i)
                    results[t] = m_tok->encode(text + std::to_string(i % 7));
            });
        for (std::thread &th : threads)
            th.join();
        for (const auto &r : results)
            QCOMPARE(listOf(r), listOf(m_tok->encode(text + "0")));
        QCOMPARE(listOf(m_tok->encode(text)), listOf(expected));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expect"); // substring of the error message
        const std::string real = readFile(kTokenizerPath);
        QTest::addRow("empty") << QByteArray("") << QByteArray("invalid JSON");
        QTest::addRow("truncated 100") << bytes(real.substr(0, 100)) << QByteArray("invalid JSON");
        QTest::addRow("truncated half")
            << bytes(real.substr(0, real.size() / 2)) << QByteArray("invalid JSON");
        QTest::addRow("truncated end")
            << bytes(real.substr(0, real.size() - 3)) << QByteArray("invalid JSON");
        std::string flipped = real;
        flipped[real.size() / 3] = '\x01';
        QTest::addRow("control byte") << bytes(flipped) << QByteArray("invalid JSON");
        QTest::addRow("not an object") << QByteArray("[1,2]") << QByteArray("not an object");
        QTest::addRow("no model") << QByteArray("{}") << QByteArray("model");

        // Edits of a small valid file (tests/data/tokenizer/mini_tokenizer.json).
        auto parsed = sb::Json::parse(readFile(kMiniPath));
        QVERIFY(parsed.ok());
        const sb::Json mini = parsed.value();
        auto edit = [&](const char *name, const char *expect, auto &&change) {
            sb::Json doc = mini;
            change(doc, *findMember(doc, "model"));
            QTest::addRow("%s", name) << bytes(doc.dump()) << QByteArray(expect);
        };
        using sb::Json;
        edit("wrong model type", "model.type", [](Json &, Json &m) { m.set("type", Json("WordPiece")); });
        edit("vocab not object", "model.vocab", [](Json &, Json &m) { m.set("vocab", Json::array()); });
        edit("merges missing", "model.merges",
            [](Json &, Json &m) { m.mutableObject()->erase(m.mutableObject()->end() - 1); });
        edit("id not integer", "model.vocab[\"ab\"]",
            [](Json &, Json &m) { findMember(m, "vocab")->set("ab", Json("x")); });
        edit("negative id", "model.vocab[\"ab\"]",
            [](Json &, Json &m) { findMember(m, "vocab")->set("ab", Json(-4)); });
        edit("huge id", "2^24",
            [](Json &, Json &m) { findMember(m, "vocab")->set("ab", Json(int64_t(99999999999))); });
        edit("duplicate id", "used twice",
            [](Json &, Json &m) { findMember(m, "vocab")->set("ab", Json(3)); });
        edit("not byte-level", "not byte-level",
            [](Json &, Json &m) { findMember(m, "vocab")->set("a b", Json(280)); });
        edit("missing byte token", "byte 0x00", [](Json &, Json &m) {
            Json v = Json::object();
            v.set("a", Json(1));
            m.set("vocab", v);
        });
        edit("merge not a pair", "model.merges[1]",
            [](Json &, Json &m) { findMember(m, "merges")->mutableArray()->at(1) = Json("abc"); });
        edit("merge of unknown", "not in the vocabulary",
            [](Json &, Json &m) { findMember(m, "merges")->push(Json("b c")); });
        edit("merge wrong type", "model.merges[0]",
            [](Json &, Json &m) { findMember(m, "merges")->mutableArray()->at(0) = Json(7); });
        edit("added without id", "added_tokens[0].id", [](Json &d, Json &) {
            findMember(d, "added_tokens")->mutableArray()->at(0).set("id", Json(nullptr));
        });
        edit("added empty", "added_tokens[1].content", [](Json &d, Json &) {
            findMember(d, "added_tokens")->mutableArray()->at(1).set("content", Json(""));
        });
        edit("added not array", "added_tokens", [](Json &d, Json &) { d.set("added_tokens", Json(5)); });
        edit("byte fallback", "byte_fallback", [](Json &, Json &m) { m.set("byte_fallback", Json(true)); });
        edit("gpt2 pre-tokenizer", "pre_tokenizer", [](Json &d, Json &) {
            Json bl = Json::object();
            bl.set("type", Json("ByteLevel"));
            bl.set("use_regex", Json(true));
            d.set("pre_tokenizer", bl);
        });
        edit("no pre-tokenizer", "pre_tokenizer",
            [](Json &d, Json &) { d.set("pre_tokenizer", Json(nullptr)); });
        edit("normalizer", "normalizer", [](Json &d, Json &) {
            Json n = Json::object();
            n.set("type", Json("NFC"));
            d.set("normalizer", n);
        });
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expect);
        auto r = sb::Tokenizer::fromJson(
            std::string_view(json.constData(), size_t(json.size())), "bad/tokenizer.json");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.rfind("bad/tokenizer.json: ", 0) == 0, r.error().message.c_str());
        QVERIFY2(
            r.error().message.find(expect.toStdString()) != std::string::npos, r.error().message.c_str());
    }

    void smallValidFileWorks()
    {
        // One merge chain (a b -> ab, ab c -> abc; one as a pair, one as a string), a plain added
        // token matched even without parseSpecial, and a special one.
        auto r = sb::Tokenizer::fromFile(kMiniPath);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QCOMPARE(r->vocabSize(), 302);
        QCOMPARE(r->bosId(), -1);
        QCOMPARE(listOf(r->encode("abc ab[X][S]")), (QList<int> { 257, 32, 256, 300, 91, 83, 93 }));
        QCOMPARE(listOf(r->encode("abc ab[X][S]", { .parseSpecial = true, .addBos = true })),
            (QList<int> { 257, 32, 256, 300, 301 }));
        QVERIFY(r->isAdded(300));
        QVERIFY(!r->isSpecial(300));
        QVERIFY(r->isSpecial(301));
        QVERIFY(!r->isValidId(280)); // a hole in the id space
        QCOMPARE(r->decode(std::vector<int32_t> { 257, 280, 300, 301 }, true), std::string("abc[X]"));
    }

    void randomCorruptionsNeverCrash()
    {
        // Fuzz-style: bytes of the small tokenizer flipped, deleted or cut. Each load either fails
        // with a message naming the source or gives a tokenizer that encodes and decodes (this
        // matters under ASan/UBSan, where a bad index would be caught).
        const std::string mini = readFile(kMiniPath);
        std::mt19937 rng(99);
        int failed = 0, loaded = 0;
        for (int round = 0; round < 1500; ++round) {
            std::string doc = mini;
            const int edits = 1 + int(rng() % 3);
            for (int e = 0; e < edits; ++e) {
                const size_t at = rng() % doc.size();
                switch (rng() % 3) {
                case 0:
                    doc[at] = char(doc[at] ^ (1 << (rng() % 8)));
                    break;
                case 1:
                    doc.erase(at, 1 + rng() % 4);
                    break;
                default:
                    doc.resize(at);
                    break;
                }
                if (doc.empty())
                    break;
            }
            auto r = sb::Tokenizer::fromJson(doc, "fuzz.json");
            if (!r.ok()) {
                ++failed;
                QVERIFY2(r.error().message.rfind("fuzz.json: ", 0) == 0, r.error().message.c_str());
                continue;
            }
            ++loaded;
            const std::string text = "abc ab[X][S] \xF0\x9F\x8D\xBA zz\n";
            const auto ids = r->encode(text, { .parseSpecial = true, .addBos = true });
            for (const int32_t id : ids)
                QVERIFY(r->isValidId(id));
            (void)r->decode(ids);
        }
        QVERIFY(failed > 0);
        QVERIFY(loaded > 0);
    }

    void benchmarkApiWorks()
    {
        // Only that it runs and reports sane figures; speed itself is not asserted here.
        QCOMPARE(sb::englishBenchText(5000, 3), sb::englishBenchText(5000, 3));
        QVERIFY(sb::englishBenchText(5000, 3).size() >= 5000);
        sb::TokenizerBenchOptions options;
        options.targetBytes = 20000;
        options.runs = 1;
        options.loadRuns = 1;
        auto r = sb::benchTokenizer(kTokenizerPath, options);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QVERIFY(r->encodeMBps > 0.0);
        QVERIFY(r->decodeMBps > 0.0);
        QVERIFY(r->loadMs > 0.0);
        QVERIFY(r->textBytes >= 20000);
        QVERIFY(r->bytesPerToken > 3.0 && r->bytesPerToken < 8.0);
        QVERIFY(!sb::benchTokenizer("/nonexistent/tokenizer.json", options).ok());
    }

    void missingFileIsNotFound()
    {
        auto r = sb::Tokenizer::fromFile("/nonexistent/tokenizer.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, sb::ErrorCode::NotFound);
        QVERIFY(r.error().message.find("/nonexistent/tokenizer.json") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "TestTokenizer.moc"
