// GGUF: a hand-assembled file parsed field by field, writer -> reader round trips of every
// metadata type and tensor dtype, malformed files (each a clear error naming the file), and
// quantizeModel.

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>

#include "engine/model/Dequant.h"
#include "engine/model/FileIo.h"
#include "engine/model/Gguf.h"
#include "engine/model/GgufModel.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/Quantize.h"
#include "engine/model/TinyModel.h"

using namespace sb;

namespace {

// Little-endian byte assembler for hand-made files.
struct Bytes {
    std::string s;
    template <typename T> Bytes &put(T v)
    {
        s.append(reinterpret_cast<const char *>(&v), sizeof v);
        return *this;
    }
    Bytes &str(const std::string &x)
    {
        put<uint64_t>(x.size());
        s += x;
        return *this;
    }
    Bytes &padTo(size_t alignment)
    {
        while (s.size() % alignment)
            s += '\0';
        return *this;
    }
};

// A valid v3 file: one string KV, one u32 KV, tensor "t" of ggml dims [4, 2] (shape (2, 4)) F32.
struct HandFile {
    uint32_t version = 3;
    uint64_t nTensors = 1;
    uint64_t nKv = 2;
    uint32_t alignmentKv = 0; // 0: no general.alignment key
    uint32_t nDims = 2;
    uint64_t dim0 = 4;
    uint32_t type = 0;
    uint64_t offset = 0;
    std::string tensorName = "t";
    size_t dataBytes = 32;

    std::string build() const
    {
        Bytes b;
        b.put<uint32_t>(0x46554747).put(version).put(nTensors).put<uint64_t>(nKv + (alignmentKv ? 1 : 0));
        b.str("general.architecture").put<uint32_t>(8).str("smollm3");
        b.str("answer").put<uint32_t>(4).put<uint32_t>(42);
        if (alignmentKv)
            b.str("general.alignment").put<uint32_t>(4).put(alignmentKv);
        b.str(tensorName).put(nDims).put(dim0);
        for (uint32_t d = 1; d < nDims; ++d)
            b.put<uint64_t>(2);
        b.put(type).put(offset);
        b.padTo(alignmentKv ? alignmentKv : 32);
        for (size_t i = 0; i < dataBytes / 4; ++i)
            b.put(float(i));
        return b.s;
    }
};

TensorSource patternSource(std::string name, DType t, std::vector<int64_t> shape)
{
    const size_t n = tensorBytes(t, shape);
    return TensorSource { std::move(name), t, std::move(shape), [n]() -> Result<std::vector<std::byte>> {
                             std::vector<std::byte> v(n);
                             for (size_t i = 0; i < n; ++i)
                                 v[i] = std::byte(uint8_t(i * 7 + 3));
                             return v;
                         } };
}

std::string errorOf(const Result<GgufFile> &r)
{
    return r.ok() ? std::string("(no error)") : r.error().toString();
}

} // namespace

class TestGguf : public QObject {
    Q_OBJECT

private slots:
    void handAssembledFile()
    {
        const std::string image = HandFile().build();
        auto g
            = GgufFile::parse(reinterpret_cast<const std::byte *>(image.data()), image.size(), "hand.gguf");
        QVERIFY2(g.ok(), errorOf(g).c_str());
        QCOMPARE(g->version(), uint32_t(3));
        QCOMPARE(g->alignment(), uint64_t(32));
        QCOMPARE(g->getString("general.architecture").value_or(""), std::string("smollm3"));
        QCOMPARE(g->getInt("answer").value_or(0), int64_t(42));
        QVERIFY(!g->getInt("general.architecture"));
        QCOMPARE(g->tensors().size(), size_t(1));
        const TensorView &t = g->tensors()[0];
        QCOMPARE(t.shape, (std::vector<int64_t> { 2, 4 })); // ggml [4, 2] reversed
        QCOMPARE(t.dtype, DType::F32);
        QCOMPARE(g->dataOffset() % 32, uint64_t(0));
        QCOMPARE(t.data, reinterpret_cast<const std::byte *>(image.data()) + g->dataOffset());
        const std::vector<float> f = dequantizeTensor(t);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(f[size_t(i)], float(i));
    }

    void writerRoundTrip()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("rt.gguf").toStdString();
        GgufWriter w;
        w.setAlignment(64);
        GgufValue u8;
        u8.type = GgufType::Uint8;
        u8.i = 200;
        GgufValue i8;
        i8.type = GgufType::Int8;
        i8.i = -100;
        GgufValue u16;
        u16.type = GgufType::Uint16;
        u16.i = 60000;
        GgufValue i16;
        i16.type = GgufType::Int16;
        i16.i = -30000;
        GgufValue i64;
        i64.type = GgufType::Int64;
        i64.i = -(int64_t(1) << 40);
        GgufValue f64;
        f64.type = GgufType::Float64;
        f64.f = 0.1;
        GgufValue boolArr;
        boolArr.type = GgufType::Array;
        boolArr.arrayType = GgufType::Bool;
        boolArr.ints = { 1, 0, 1 };
        w.set("k.u8", u8);
        w.set("k.i8", i8);
        w.set("k.u16", u16);
        w.set("k.i16", i16);
        w.set("k.u32", GgufValue::u32(4000000000u));
        w.set("k.i32", GgufValue::i32(-5));
        w.set("k.u64", GgufValue::u64(uint64_t(1) << 50));
        w.set("k.i64", i64);
        w.set("k.f32", GgufValue::f32(1.5f));
        w.set("k.f64", f64);
        w.set("k.bool", GgufValue::boolean(true));
        w.set("k.str", GgufValue::string("héllo"));
        w.set("k.strs", GgufValue::stringArray({ "a", "", "Ġthe" }));
        w.set("k.ints", GgufValue::i32Array({ 1, -2, 3 }));
        w.set("k.floats", GgufValue::f32Array({ 0.5f, -1.25f }));
        w.set("k.bools", boolArr);
        const std::vector<std::pair<DType, std::vector<int64_t>>> tensors = {
            { DType::F32, { 3, 5 } },
            { DType::F16, { 2, 6 } },
            { DType::BF16, { 7 } },
            { DType::Q8_0, { 3, 64 } },
            { DType::Q4_0, { 2, 32 } },
            { DType::Q4_K, { 2, 256 } },
            { DType::Q6_K, { 1, 2, 512 } },
        };
        for (size_t i = 0; i < tensors.size(); ++i)
            w.addTensor(patternSource("t" + std::to_string(i), tensors[i].first, tensors[i].second));
        int progressCalls = 0;
        QVERIFY(w.write(path, [&](const ModelProgress &) {
                     ++progressCalls;
                     return true;
                 }).ok());
        QCOMPARE(progressCalls, int(tensors.size()));

        auto g = GgufFile::open(path);
        QVERIFY2(g.ok(), errorOf(g).c_str());
        QCOMPARE(g->alignment(), uint64_t(64));
        QCOMPARE(g->getInt("k.u8").value(), int64_t(200));
        QCOMPARE(g->getInt("k.i8").value(), int64_t(-100));
        QCOMPARE(g->getInt("k.u16").value(), int64_t(60000));
        QCOMPARE(g->getInt("k.i16").value(), int64_t(-30000));
        QCOMPARE(g->getInt("k.u32").value(), int64_t(4000000000));
        QCOMPARE(g->getInt("k.i32").value(), int64_t(-5));
        QCOMPARE(g->getInt("k.u64").value(), int64_t(1) << 50);
        QCOMPARE(g->getInt("k.i64").value(), -(int64_t(1) << 40));
        QCOMPARE(g->getFloat("k.f32").value(), 1.5);
        QCOMPARE(g->getFloat("k.f64").value(), 0.1);
        QCOMPARE(g->find("k.bool")->type, GgufType::Bool);
        QCOMPARE(g->find("k.bool")->i, int64_t(1));
        QCOMPARE(g->getString("k.str").value(), std::string("héllo"));
        QCOMPARE(g->find("k.strs")->strings, (std::vector<std::string> { "a", "", "Ġthe" }));
        QCOMPARE(g->find("k.ints")->ints, (std::vector<int64_t> { 1, -2, 3 }));
        QCOMPARE(g->find("k.floats")->floats, (std::vector<double> { 0.5, -1.25 }));
        QCOMPARE(g->find("k.bools")->ints, (std::vector<int64_t> { 1, 0, 1 }));
        QCOMPARE(g->find("k.bools")->arrayType, GgufType::Bool);
        QCOMPARE(g->tensors().size(), tensors.size());
        for (size_t i = 0; i < tensors.size(); ++i) {
            const TensorView *t = g->findTensor("t" + std::to_string(i));
            QVERIFY(t);
            QCOMPARE(t->dtype, tensors[i].first);
            QCOMPARE(t->shape, tensors[i].second);
            QCOMPARE((t->data - (t->data - g->dataOffset())) % 64, 0);
            QCOMPARE(size_t(t->data - g->tensors()[0].data) % 64, size_t(0));
            for (size_t b = 0; b < t->nbytes; ++b)
                QCOMPARE(uint8_t(t->data[b]), uint8_t(b * 7 + 3));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mustMention");
        QTest::addColumn<int>("code");
        const auto add = [](const char *tag, const std::string &s, const char *mention,
                             ErrorCode code = ErrorCode::Format) {
            QTest::addRow("%s", tag) << QByteArray(s.data(), qsizetype(s.size())) << QString(mention)
                                     << int(code);
        };
        add("empty", "", "truncated at offset 0");
        add("bad magic", "GGML" + HandFile().build().substr(4), "bad magic");
        HandFile v1;
        v1.version = 1;
        add("version 1", v1.build(), "version 1", ErrorCode::Unsupported);
        HandFile manyKv;
        manyKv.nKv = uint64_t(1) << 60;
        add("huge kv count", manyKv.build(), "metadata count");
        HandFile manyTensors;
        manyTensors.nTensors = uint64_t(1) << 40;
        add("huge tensor count", manyTensors.build(), "tensor count");
        std::string longString = HandFile().build();
        const uint64_t huge = uint64_t(1) << 50;
        std::memcpy(longString.data() + 24, &huge, 8); // length of the first key
        add("huge string length", longString, "truncated");
        HandFile badAlign;
        badAlign.alignmentKv = 24;
        add("alignment not a power of two", badAlign.build(), "general.alignment");
        HandFile misaligned;
        misaligned.offset = 4;
        add("misaligned offset", misaligned.build(), "not aligned");
        HandFile beyond;
        beyond.offset = 4096;
        add("data beyond end", beyond.build(), "beyond the end");
        HandFile truncatedData;
        truncatedData.dataBytes = 16;
        add("truncated data", truncatedData.build(), "tensor 't'");
        HandFile q41;
        q41.type = 3;
        add("unsupported ggml type", q41.build(), "Q4_1", ErrorCode::Unsupported);
        HandFile unknownType;
        unknownType.type = 9999;
        add("unknown ggml type", unknownType.build(), "unknown", ErrorCode::Unsupported);
        HandFile dims5;
        dims5.nDims = 5;
        add("five dims", dims5.build(), "5 dimensions");
        HandFile zeroDims;
        zeroDims.nDims = 0;
        add("zero dims", zeroDims.build(), "0 dimensions");
        HandFile blocks;
        blocks.type = 8; // Q8_0 with a 4-element row
        add("row not whole blocks", blocks.build(), "blocks");
        HandFile hugeDim;
        hugeDim.dim0 = uint64_t(1) << 62;
        add("implausible dimension", hugeDim.build(), "implausible");
        std::string badKvType = HandFile().build();
        const uint32_t t77 = 77;
        std::memcpy(badKvType.data() + 24 + 8 + 20, &t77, 4); // type of general.architecture
        add("unknown metadata type", badKvType, "unknown type 77");
        {
            Bytes b;
            b.put<uint32_t>(0x46554747).put<uint32_t>(3).put<uint64_t>(2).put<uint64_t>(0);
            for (int i = 0; i < 2; ++i)
                b.str("same").put<uint32_t>(1).put<uint64_t>(4).put<uint32_t>(0).put<uint64_t>(0);
            b.padTo(32).put<uint64_t>(0).put<uint64_t>(0);
            add("duplicate tensor", b.s, "duplicate tensor 'same'");
        }
        {
            Bytes b;
            b.put<uint32_t>(0x46554747).put<uint32_t>(3).put<uint64_t>(2).put<uint64_t>(0);
            b.str("a").put<uint32_t>(1).put<uint64_t>(16).put<uint32_t>(0).put<uint64_t>(0);
            b.str("b").put<uint32_t>(1).put<uint64_t>(16).put<uint32_t>(0).put<uint64_t>(32);
            b.padTo(32);
            b.s.append(96, '\0');
            add("overlapping tensors", b.s, "overlaps");
        }
        {
            Bytes b;
            b.put<uint32_t>(0x46554747).put<uint32_t>(3).put<uint64_t>(0).put<uint64_t>(2);
            b.str("k").put<uint32_t>(7).put<uint8_t>(1);
            b.str("k").put<uint32_t>(7).put<uint8_t>(0);
            add("duplicate key", b.s, "duplicate metadata key 'k'");
        }
        {
            Bytes b;
            b.put<uint32_t>(0x46554747).put<uint32_t>(3).put<uint64_t>(0).put<uint64_t>(1);
            b.str("k").put<uint32_t>(9).put<uint32_t>(9).put<uint64_t>(1);
            add("nested array", b.s, "array element type");
        }
        {
            Bytes b;
            b.put<uint32_t>(0x46554747).put<uint32_t>(3).put<uint64_t>(0).put<uint64_t>(1);
            b.str("k").put<uint32_t>(7).put<uint8_t>(5);
            add("bool out of range", b.s, "bool value 5");
        }
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mustMention);
        QFETCH(int, code);
        QTemporaryDir dir;
        const std::string path = dir.filePath("bad.gguf").toStdString();
        QVERIFY(writeTextFile(path, std::string_view(bytes.constData(), size_t(bytes.size()))).ok());
        auto g = GgufFile::open(path);
        QVERIFY(!g.ok());
        QCOMPARE(int(g.error().code), code);
        const QString message = QString::fromStdString(g.error().message);
        QVERIFY2(message.startsWith(QString::fromStdString(path)), qPrintable(message));
        QVERIFY2(message.contains(mustMention), qPrintable(message));
    }

    void missingModelTensor()
    {
        // A smollm3 GGUF whose metadata is complete but which lacks blk.1.ffn_up.weight.
        QTemporaryDir dir;
        TinyModelOptions o;
        o.config = TinyModelOptions::tinyModelConfig(300);
        const std::string good = dir.filePath("good.gguf").toStdString();
        QVERIFY(writeTinyModelGguf(o, good).ok());
        auto g = GgufFile::open(good);
        QVERIFY(g.ok());
        GgufWriter w;
        for (const auto &[k, v] : g->metadata())
            w.set(k, v);
        for (const TensorView &t : g->tensors()) {
            if (t.name == "blk.1.ffn_up.weight")
                continue;
            std::vector<int64_t> shape = t.shape;
            if (t.name == "blk.2.attn_k.weight")
                shape = { 16, 64 }; // wrong row count
            const size_t n = tensorBytes(t.dtype, shape);
            w.addTensor({ t.name, t.dtype, shape, [t, n]() -> Result<std::vector<std::byte>> {
                             return std::vector<std::byte>(t.data, t.data + n);
                         } });
        }
        const std::string bad = dir.filePath("bad.gguf").toStdString();
        QVERIFY(w.write(bad).ok());
        auto m = loadModel(bad);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.find("blk.1.ffn_up.weight' is missing (expected shape (128, 64))")
                != std::string::npos,
            m.error().message.c_str());
        QVERIFY(m.error().message.find(bad) != std::string::npos);
    }

    void quantize_data()
    {
        QTest::addColumn<int>("to");
        QTest::addColumn<double>("tolerance"); // max abs error relative to max |w| of the tensor
        QTest::addColumn<int>("hidden"); // k-quants need rows of whole 256-element super-blocks
        QTest::addRow("q8_0") << int(DType::Q8_0) << 1.0 / 127 << 64;
        QTest::addRow("q4_0") << int(DType::Q4_0) << 1.0 / 7 << 64;
        QTest::addRow("q4_k") << int(DType::Q4_K) << 1.0 / 7 << 256;
        QTest::addRow("q6_k") << int(DType::Q6_K) << 1.0 / 25 << 256;
        QTest::addRow("f16") << int(DType::F16) << 1e-3 << 64;
    }
    void quantize()
    {
        QFETCH(int, to);
        QFETCH(double, tolerance);
        QFETCH(int, hidden);
        QTemporaryDir dir;
        TinyModelOptions o;
        o.config = TinyModelOptions::tinyModelConfig(300);
        o.config.hiddenSize = hidden;
        o.config.intermediateSize = 2 * hidden;
        o.config.headDim = hidden / o.config.numHeads;
        o.seed = 9;
        const std::string hf = dir.filePath("hf").toStdString();
        QVERIFY(writeTinyModelHf(o, hf, DType::BF16).ok());
        const std::string out = dir.filePath("q.gguf").toStdString();
        int calls = 0;
        auto r = quantizeModel(hf, DType(to), out, [&](const ModelProgress &) {
            ++calls;
            return true;
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().toString().c_str());
        QCOMPARE(calls, 2 + 4 * 9);
        auto src = loadModel(hf);
        auto q = loadModel(out);
        QVERIFY(src.ok());
        QVERIFY2(q.ok(), q.ok() ? "" : q.error().toString().c_str());
        QCOMPARE(q->tokenizer.tokens.size(), size_t(300));
        QCOMPARE(q->weights.config.eosTokenId, src->weights.config.eosTokenId);
        for (const TensorSpec &spec : smolLM3TensorSpecs(src->weights.config)) {
            const TensorView &a = weightSlot(src->weights, spec);
            const TensorView &b = weightSlot(q->weights, spec);
            QCOMPARE(b.dtype, spec.isNorm() ? DType::F32 : DType(to));
            std::vector<float> fa = dequantizeTensor(a), fb = dequantizeTensor(b);
            if (spec.role == TensorRole::Wq || spec.role == TensorRole::Wk) {
                std::vector<float> hfOrder(fb.size());
                permuteRowsToSplitHalf(
                    fb.data(), hfOrder.data(), b.shape[0], b.shape[1], q->weights.config.headDim, 4);
                fb.swap(hfOrder);
            }
            float maxAbs = 0, maxDiff = 0;
            for (size_t i = 0; i < fa.size(); ++i) {
                maxAbs = std::max(maxAbs, std::fabs(fa[i]));
                maxDiff = std::max(maxDiff, std::fabs(fa[i] - fb[i]));
            }
            QVERIFY2(maxDiff <= tolerance * maxAbs, spec.ggufName.c_str());
        }
        // GGUF -> GGUF keeps the (already permuted) rows consistent: re-quantising Q8_0 to F32
        // gives back the Q8_0 values exactly.
        const std::string again = dir.filePath("again.gguf").toStdString();
        QVERIFY(quantizeModel(out, DType::F32, again).ok());
        auto g2 = loadModel(again);
        QVERIFY(g2.ok());
        QCOMPARE(dequantizeTensor(g2->weights.layers[1].wq), dequantizeTensor(q->weights.layers[1].wq));
        QCOMPARE(dequantizeTensor(g2->weights.layers[3].wk), dequantizeTensor(q->weights.layers[3].wk));
    }

    void quantizeErrors()
    {
        QTemporaryDir dir;
        auto r = quantizeModel(
            dir.filePath("none").toStdString(), DType::Q8_0, dir.filePath("o.gguf").toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        { // rows of 64 cannot hold 256-element k-quant super-blocks: refused, naming the tensor
            TinyModelOptions small;
            small.config = TinyModelOptions::tinyModelConfig(300);
            const std::string hf = dir.filePath("small").toStdString();
            QVERIFY(writeTinyModelHf(small, hf, DType::BF16).ok());
            auto k = quantizeModel(hf, DType::Q4_K, dir.filePath("k.gguf").toStdString());
            QVERIFY(!k.ok());
            QVERIFY2(
                k.error().message.find("token_embd.weight") != std::string::npos, k.error().message.c_str());
            QVERIFY(!QFileInfo::exists(dir.filePath("k.gguf"))); // nothing half-written is left
        }
        QVERIFY(parseDType("Q4_0").ok());
        QVERIFY(!parseDType("q5_1").ok());
        // Writing over the (memory-mapped) input is refused instead of corrupting it.
        TinyModelOptions o;
        o.config = TinyModelOptions::tinyModelConfig(300);
        const std::string gguf = dir.filePath("in.gguf").toStdString();
        QVERIFY(writeTinyModelGguf(o, gguf).ok());
        auto same = quantizeModel(gguf, DType::Q8_0, gguf);
        QVERIFY(!same.ok());
        QCOMPARE(same.error().code, ErrorCode::InvalidArgument);
        QVERIFY(loadModel(gguf).ok());
    }
};

QTEST_GUILESS_MAIN(TestGguf)
#include "TestGguf.moc"
